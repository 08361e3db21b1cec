// `npm run bench`: prints the figures the library is held to — bundle and
// locale sizes (minified, gzip), time to first render and memory of many
// widgets in headless Chromium against the built bundle. Figures only: no
// thresholds, nothing here fails a build. Run `npm run build` first.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../support/browsers.mjs';
import { provision } from '../support/provision.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = `${root}/dist`;
if (!existsSync(`${dist}/smp-widgets.js`)) {
  console.error('Run npm run build first.');
  process.exit(1);
}

const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
const files = ['smp-widgets.js', ...readdirSync(`${dist}/chunks`).map((f) => `chunks/${f}`), ...readdirSync(`${dist}/locales`).map((f) => `locales/${f}`)].filter((f) => f.endsWith('.js'));
console.log('size                              minified        gzip');
for (const f of files) {
  const code = readFileSync(`${dist}/${f}`);
  console.log(`  ${f.padEnd(30)} ${kib(code.length).padStart(10)}  ${kib(gzipSync(code, { level: 9 }).length).padStart(10)}`);
}

const server = await startDevServer({ config: { rootDir: root, port: 8765, hostname: '127.0.0.1' }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const origin = `http://127.0.0.1:${server.config.port}`;
await provision(['chromium']);
const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/test/bench/bench.html`);
  await page.waitForFunction(() => customElements.get('smp-recovery-timeline'));
  const results = await page.evaluate(async () => {
    const tags = {
      'smp-pros-cons': '',
      'smp-aftercare-checklist': ' phone="555 0100"',
      'smp-recovery-timeline': ' session-date="2026-01-09"',
      'smp-practitioner-guide': '',
    };
    const out = {};
    // Warm up: compile templates and styles once, so the figures are per element, not first-use costs.
    const warm = document.createElement('div');
    warm.innerHTML = Object.entries(tags).map(([tag, attrs]) => `<${tag}${attrs}></${tag}>`).join('');
    document.body.append(warm);
    await Promise.all([...warm.children].map((el) => el.updateComplete));
    warm.remove();
    for (const [tag, attrs] of Object.entries(tags)) {
      const n = 50;
      globalThis.gc?.();
      const heapBefore = performance.memory?.usedJSHeapSize ?? 0;
      const host = document.createElement('div');
      document.body.append(host);
      const t0 = performance.now();
      host.innerHTML = Array.from({ length: n }, () => `<${tag}${attrs}></${tag}>`).join('');
      await Promise.all([...host.children].map((el) => el.updateComplete));
      const t1 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const t2 = performance.now();
      globalThis.gc?.();
      const heapAfter = performance.memory?.usedJSHeapSize ?? 0;
      host.remove();
      out[tag] = { n, render: (t1 - t0) / n, withLayout: (t2 - t0) / n, heapPer: (heapAfter - heapBefore) / n };
    }
    return out;
  });
  console.log(`\nrender in headless Chromium (${(await browser.version()).replace('HeadlessChrome/', '')}), 50 of each, per element:`);
  for (const [tag, r] of Object.entries(results)) {
    console.log(`  ${tag.padEnd(26)} ${r.render.toFixed(2).padStart(6)} ms to render, ${r.withLayout.toFixed(2).padStart(6)} ms with first layout, ${kib(r.heapPer).padStart(10)} JS heap`);
  }
} finally {
  await browser.close();
  await server.stop();
}
