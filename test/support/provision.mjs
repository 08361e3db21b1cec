// `npm test` runs this first: it makes sure the browsers the suite needs are
// installed (see browsers.mjs), installing the missing Debian packages when it
// can. Another apt or dpkg process (unattended upgrades, a second checkout's
// tests) holds the package lock for a while: wait for it, saying so, instead
// of failing.
import { existsSync, statSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { missingPackages, selectedBrowsers, installPackages } from './browsers.mjs';

const LOCKS = process.env.SMP_APT_LOCKS ? process.env.SMP_APT_LOCKS.split(',') : ['/var/lib/dpkg/lock-frontend', '/var/lib/dpkg/lock', '/var/lib/apt/lists/lock', '/var/cache/apt/archives/lock'];
const WAIT_MS = Number(process.env.SMP_APT_WAIT_MS ?? 10 * 60 * 1000);
const POLL_MS = 3000;

/** The lock files some process holds now, read from /proc/locks (no tools needed). */
function heldLocks() {
  let table;
  try {
    table = readFileSync('/proc/locks', 'utf8');
  } catch {
    return [];
  }
  return LOCKS.filter((file) => {
    if (!existsSync(file)) return false;
    const { ino } = statSync(file);
    return new RegExp(`:${ino}\\s`).test(table);
  });
}

async function waitForApt() {
  const started = Date.now();
  let said = false;
  for (;;) {
    const held = heldLocks();
    if (!held.length) return;
    if (Date.now() - started > WAIT_MS) {
      console.error(`[smp-widgets] the package lock (${held.join(', ')}) has been held for ${Math.round(WAIT_MS / 60000)} minutes; giving up.`);
      process.exit(1);
    }
    if (!said) console.log(`[smp-widgets] another apt/dpkg process holds ${held.join(', ')}; waiting for it (up to ${Math.round(WAIT_MS / 60000)} minutes)…`);
    said = true;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Installs the Debian packages `browsers` (engine names) lack, after waiting
 * for the package lock. Also used by the bench and screenshot scripts.
 */
export async function provision(browsers) {
  const missing = missingPackages(browsers);
  if (!missing.length) return;
  await waitForApt();
  installPackages(missing);
}

// Run as a script (`npm test`'s first step): the engines SMP_BROWSERS selects.
// SMP_PROVISION_FORCE_WAIT=1 with SMP_APT_LOCKS (comma-separated lock files)
// tries the waiting out without installing anything.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.env.SMP_PROVISION_FORCE_WAIT) {
    await waitForApt();
    console.log('[smp-widgets] the package lock is free.');
  } else await provision(selectedBrowsers());
}
