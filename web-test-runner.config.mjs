import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumPath } from './test/support/browsers.mjs';
import { totalsReporter } from './test/support/totals-reporter.mjs';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: chromiumPath(),
    // --no-sandbox: required as root. --disable-background-networking and friends keep
    // Chromium off the network; the backgrounding flags keep requestAnimationFrame
    // running in test pages that are not the focused tab.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
  },
});

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' })],
  browsers: [chromium],
  // One page at a time: a background tab gets no animation frames, which open-wc's fixture waits for.
  concurrency: 1,
  browserStartTimeout: 60000,
  testFramework: { config: { ui: 'bdd', timeout: 10000 } },
  reporters: [defaultReporter(), totalsReporter()],
};
