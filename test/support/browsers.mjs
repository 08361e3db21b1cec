// Finds the browsers the test suite runs in: Chromium, Firefox ESR and
// WebKitGTK, all from Debian's packages. test/support/provision.mjs (run by
// `npm test` before anything else) installs missing ones with apt-get in one
// go when run as root on Debian/Ubuntu; anywhere else it stops with one line
// saying what to install. SMP_BROWSERS=chromium (or any comma-separated subset of
// chromium,firefox,webkit) narrows the run.
import { existsSync } from 'node:fs';
import { execSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'];
const XVFB = '/usr/bin/Xvfb';

const find = (paths) => paths.find((p) => existsSync(p));

function fail(message) {
  console.error(`[smp-widgets] ${message}`);
  process.exit(1);
}

/** The engines to run: SMP_BROWSERS, or all three. */
export function selectedBrowsers() {
  const wanted = (process.env.SMP_BROWSERS ?? ALL_BROWSERS.join(',')).split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = wanted.filter((b) => !ALL_BROWSERS.includes(b));
  if (unknown.length) fail(`SMP_BROWSERS has ${unknown.join(', ')}; use any of ${ALL_BROWSERS.join(', ')}.`);
  return wanted;
}

/** The Debian packages the selected engines lack here (empty when all are installed). */
export function missingPackages(browsers) {
  const missing = [];
  if (browsers.includes('chromium') && !process.env.CHROME_PATH && !find(CHROMIUM)) missing.push('chromium');
  if (browsers.includes('firefox') && !process.env.FIREFOX_PATH && !find(FIREFOX)) missing.push('firefox-esr');
  if (browsers.includes('webkit')) {
    if (!existsSync(WEBKIT_DRIVER) || !find(MINIBROWSER)) missing.push('webkit2gtk-driver');
    if (!process.env.DISPLAY && !existsSync(XVFB)) missing.push('xvfb');
  }
  return missing.length ? [...missing, 'fonts-dejavu-core'] : [];
}

/**
 * Installs `packages` with apt-get when this is Debian/Ubuntu and we are root;
 * anywhere else stops with one line saying what to install. Run by
 * test/support/provision.mjs, which first waits for the package lock.
 */
export function installPackages(packages) {
  if (!packages.length) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    fail(
      `Missing browser packages: install ${packages.join(' ')} (Debian/Ubuntu: apt-get install ${packages.join(' ')}), ` +
        `or run only what you have, e.g. SMP_BROWSERS=chromium CHROME_PATH=/path/to/chrome npm test.`,
    );
  }
  console.log(`[smp-widgets] installing ${packages.join(' ')} from Debian (first run only)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Should another apt start between our wait and now, apt itself waits for its lock too.
  const wait = '-o DPkg::Lock::Timeout=600';
  execSync(`apt-get ${wait} update -qq`, { stdio: 'inherit', env });
  execSync(`apt-get ${wait} install -y -qq --no-install-recommends ${packages.join(' ')}`, { stdio: 'inherit', env });
}

/**
 * Installs what the engines in `browsers` lack, synchronously (apt itself
 * waits for the dpkg lock). For scripts that cannot await;
 * test/support/provision.mjs also waits for apt's other locks, saying so.
 */
export function provision(browsers) {
  installPackages(missingPackages(browsers));
}

/** Path of Chrome or Chromium: CHROME_PATH or an installed one. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || find(CHROMIUM);
  if (!path || !existsSync(path)) fail(`No Chrome or Chromium found${process.env.CHROME_PATH ? ` at CHROME_PATH=${process.env.CHROME_PATH}` : ''}: install chromium or set CHROME_PATH.`);
  return path;
}

/** Path of Firefox: FIREFOX_PATH or Debian's firefox-esr. */
export function firefoxPath() {
  const path = process.env.FIREFOX_PATH || find(FIREFOX);
  if (!path || !existsSync(path)) fail('No Firefox found: install firefox-esr or set FIREFOX_PATH.');
  return path;
}

export const miniBrowserPath = () => find(MINIBROWSER);

const children = [];
const stopChildren = () => children.forEach((c) => c.kill());
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** An X display for MiniBrowser, which has no headless mode: $DISPLAY, or a private Xvfb started now. */
async function display() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(xvfb);
  const number = await new Promise((resolve, reject) => {
    xvfb.stdout.once('data', (d) => resolve(String(d).trim()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return `:${number}`;
}

/** Starts WebKitWebDriver (inside an X display) and returns the port it listens on. */
export async function startWebKitDriver(env = process.env) {
  env = { ...env, DISPLAY: await display() };
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env, stdio: 'ignore' });
  children.push(driver);
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return fail('WebKitWebDriver did not start.');
}
