import { readFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactEsmPlugin } from './test/support/react-esm-plugin.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumPath, firefoxPath, miniBrowserPath, selectedBrowsers, startWebKitDriver } from './test/support/browsers.mjs';
import { totalsReporter } from './test/support/totals-reporter.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { failLocaleMiddleware } from './test/support/fail-locale-middleware.mjs';
import { failChunkMiddleware } from './test/support/fail-chunk-middleware.mjs';
import { cspMiddleware } from './test/support/csp-middleware.mjs';
import { asVersionMiddleware } from './test/support/as-version-middleware.mjs';

// The version the sources are served with, as the build injects it (src/version.ts).
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Every test runs in Chromium, Firefox and WebKit, all from Debian's packages
// (installed by test/support/provision.mjs, which `npm test` runs first).
// SMP_BROWSERS=chromium (or firefox, webkit, comma-separated) runs a subset.
const wanted = selectedBrowsers();

// Each engine runs in a time zone with daylight saving, a different one each
// (northern spring/autumn in Europe and the US, southern in Chile, whose clock
// moves forward at midnight, so that one day a year has no 00:00), so the
// timeline's calendar-day arithmetic is tested across real clock changes.
export const TIME_ZONES = { chromium: 'Europe/Berlin', firefox: 'America/New_York', webkit: 'America/Santiago' };
const withZone = (engine) => ({ ...process.env, TZ: TIME_ZONES[engine] });

const browsers = [];
let chromium;
if (wanted.includes('chromium')) {
  browsers.push(
    (chromium = chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        env: withZone('chromium'),
        // --no-sandbox: required as root. --disable-background-networking and friends keep
        // Chromium off the network; the backgrounding flags keep requestAnimationFrame
        // running in test pages that are not the focused tab.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    })),
  );
}
if (wanted.includes('firefox')) {
  // Puppeteer drives Firefox over WebDriver BiDi; no geckodriver needed.
  const firefox = chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true, env: withZone('firefox') } });
  firefox.name = 'Firefox';
  browsers.push(firefox);
}
if (wanted.includes('webkit')) {
  // WebKitGTK's MiniBrowser, driven by WebKitWebDriver inside a private Xvfb.
  const port = await startWebKitDriver(withZone('webkit'));
  const webkit = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
    },
  });
  webkit.name = 'WebKit';
  browsers.push(webkit);
}

export default {
  files: ['test/**/*.test.ts', '!test/chromium/**'],
  // Tests that need Chromium's DevTools protocol (the accessibility-tree snapshot).
  groups: chromium ? [{ name: 'chromium-only', files: 'test/chromium/**/*.test.ts', browsers: [chromium] }] : [],
  nodeResolve: true,
  middleware: [failLocaleMiddleware, failChunkMiddleware, cspMiddleware, asVersionMiddleware],
  plugins: [
    reactEsmPlugin(),
    a11ySnapshotPlugin(), forcedColorsPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'esnext', define: { __SMP_VERSION__: JSON.stringify(pkg.version) } })],
  browsers,
  // One page at a time per browser: a background tab gets no animation frames,
  // which open-wc's fixture waits for.
  concurrency: 1,
  // The three engines at once: the runner's default is two, which left WebKit to start after one of
  // the others had finished. Tests mostly wait (frames, timers, the network), so on 2 cores the
  // whole run took 238 s instead of 303. (Two pages at once in one engine fail tests that need frames.)
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testFramework: { config: { ui: 'bdd', timeout: 10000 } },
  reporters: [defaultReporter(), totalsReporter()],
};
