// Adds up the runner's own results across every browser and test file and
// prints one line, "N passed, N failed", that .ci/run repeats as its last line.
// A test file that fails to load counts as one failure.
function count(suite, totals) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) totals.skipped += 1;
    else if (t.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const s of suite.suites ?? []) count(s, totals);
}

export function totalsReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0 && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.failed += 1;
        }
      }
    },
    stop() {
      if (!totals) return;
      const skipped = totals.skipped ? ` (${totals.skipped} skipped)` : '';
      console.log(`\nsmp-widgets totals: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
    },
  };
}
