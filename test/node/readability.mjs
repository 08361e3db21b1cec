// `npm run readability`: the reading level of every default English text.
// Patient material should read at grade 5–6 or below (Flesch–Kincaid). The
// English source of every message is in the XLIFF files (lit-localize extracts
// it from the code), so this reads it there, fills each placeholder with a
// typical value (the clinic's numbers, a date, a step title) and grades:
//   - the whole: every sentence-like message together, grade ≤ 5;
//   - each of those sentences on its own, grade ≤ 8.
// Headings, labels and buttons (no full stop) are not sentences: Flesch–Kincaid
// means nothing for one or two words ("Consultation" alone scores 32).
// Prints the figures and one "smp-widgets totals" line; exits 1 on failure.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { syllable } from 'syllable';

const MAX_OVERALL = 5;
const MAX_SENTENCE = 8;
const xliff = readFileSync(fileURLToPath(new URL('../../src/localization/xliff/de.xlf', import.meta.url)), 'utf8');

/** A typical value for a placeholder, in words, as a reader would say it. */
function sample(equiv) {
  if (/date|Date/.test(equiv)) return 'Mon 12 Jan'; // as en-GB shows a date
  if (/title/.test(equiv)) return 'Recovered';
  if (/phone/.test(equiv)) return '020 7946 0000';
  if (/dayCount|days\(|Days\(/.test(equiv)) return '5 days';
  if (/hours|Hours/.test(equiv)) return '2–3 hours';
  return '5';
}

const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const messages = [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g)].map(([, id, source]) => ({
  id,
  text: decode(source.replace(/<x id="\d+" equiv-text="([^"]*)"\/>/g, (_, equiv) => sample(decode(equiv)))),
}));

/** Sentences of a message: split after . ! ? followed by a space. */
const sentences = (text) => text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
/** Words: runs of letters (with inner apostrophes and hyphens) or of digits; a number reads as one word of one syllable per group. */
const words = (s) => s.match(/[\p{L}]+(?:[’'-][\p{L}]+)*|\d+/gu) ?? [];
const syllables = (w) => (/^\d+$/.test(w) ? 1 : Math.max(1, syllable(w)));

function grade(list) {
  let w = 0;
  let syl = 0;
  for (const s of list) {
    const ws = words(s);
    w += ws.length;
    syl += ws.reduce((n, x) => n + syllables(x), 0);
  }
  return 0.39 * (w / list.length) + 11.8 * (syl / w) - 15.59;
}

// The whole: messages written as sentences (items, steps, intro, disclaimer, summaries).
const prose = messages.filter((m) => /[.!?]$/.test(m.text)).flatMap((m) => sentences(m.text));
const overall = grade(prose);
const graded = messages.filter((m) => /[.!?]$/.test(m.text)).flatMap((m) => sentences(m.text).map((s) => ({ id: m.id, s, g: grade([s]) }))).sort((a, b) => b.g - a.g);

let passed = 0;
let failed = 0;
const check = (ok, label) => {
  if (ok) passed++;
  else {
    failed++;
    console.error(`  FAIL ${label}`);
  }
};
console.log(`Reading level of the English defaults (Flesch–Kincaid grade, ${prose.length} sentences in ${messages.length} messages):`);
console.log(`  overall: ${overall.toFixed(1)} (limit ${MAX_OVERALL})`);
console.log('  hardest sentences:');
for (const { id, s, g } of graded.slice(0, 5)) console.log(`    ${g.toFixed(1)}  ${id}: ${s}`);
check(overall <= MAX_OVERALL, `overall grade ${overall.toFixed(1)} is above ${MAX_OVERALL}`);
for (const { id, s, g } of graded) check(g <= MAX_SENTENCE, `${id}: grade ${g.toFixed(1)} is above ${MAX_SENTENCE}: "${s}"`);
console.log(`smp-widgets totals: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
