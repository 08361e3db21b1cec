// Finds the browsers the test suite runs in, installing Debian's packages
// when run as root on Debian/Ubuntu and none is found. Anywhere else it stops
// with one line saying what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

let aptUpdated = false;
function aptInstall(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) return false;
  console.log(`[smp-widgets] installing ${packages.join(' ')} from Debian (first run only)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) execSync('apt-get update -qq', { stdio: 'inherit', env });
  aptUpdated = true;
  execSync(`apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, { stdio: 'inherit', env });
  return true;
}

function fail(message) {
  console.error(`[smp-widgets] ${message}`);
  process.exit(1);
}

/** Path of a Chrome or Chromium: CHROME_PATH, an installed one, or Debian's `chromium` installed now. */
export function chromiumPath() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    fail(`CHROME_PATH=${process.env.CHROME_PATH} does not exist; point it at a Chrome or Chromium binary.`);
  }
  const found = CHROMIUM.find((p) => existsSync(p));
  if (found) return found;
  if (aptInstall(['chromium', 'fonts-dejavu-core']) && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return fail('No Chrome or Chromium found: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.');
}
