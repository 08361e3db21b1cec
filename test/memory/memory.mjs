// Memory after many create/connect/disconnect cycles of each element, on the
// built script-tag bundle in Chromium: `npm run memory` (after `npm run build`).
// Prints figures; asserts nothing and is not part of `npm test`.
//
// For each element, 1,000 times: create it (with `persist`, a phone text the
// call-link reader must read, a `lang`), connect it, wait for its render,
// remove it and drop it. Then, after a forced garbage collection, counts over
// the DevTools protocol:
//  - live instances of each element's class (Runtime.queryObjects on its prototype);
//  - event listeners on window, document and the library's Symbol.for(...) stores
//    (DOMDebugger.getEventListeners).
// Run once on an English page and once with <html lang="de">. One of each element stays on
// the page throughout, so "1" per element is the figure with nothing left behind.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CYCLES = Number(process.env.SMP_MEMORY_CYCLES ?? 1000);
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'];
const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };

const page = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>memory</title>
<script type="module">import { load } from '/dist/smp-widgets.js'; await load(); window.ready = true;</script></head><body><main></main></body></html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/memory-')) {
    res.writeHead(200, { 'content-type': 'text/html' }).end(page(url.pathname.slice('/memory-'.length)));
    return;
  }
  const file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(join(root, 'dist'))) return void res.writeHead(404).end();
  try {
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});

/** Counts after a forced collection: live instances per tag, listeners per target. */
async function census(tab, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const instances = {};
  for (const tag of TAGS) {
    const { result: proto } = await cdp.send('Runtime.evaluate', { expression: `customElements.get('${tag}').prototype` });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    instances[tag] = result.value;
    await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  }
  const listeners = {};
  const targets = {
    window: 'window',
    document: 'document',
    'storage channel': `globalThis[Symbol.for('smp-widgets.storage')]`,
    'settings store': `globalThis[Symbol.for('smp-widgets.clinic-settings')]`,
  };
  for (const [name, expression] of Object.entries(targets)) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) {
      listeners[name] = 'none';
      continue;
    }
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    listeners[name] = found.length;
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { result: nodes } = await cdp.send('Runtime.evaluate', { expression: 'document.querySelectorAll("*").length', returnByValue: true });
  const { result: warnings } = await cdp.send('Runtime.evaluate', { expression: `globalThis[Symbol.for('smp-widgets.warnings')]?.size ?? 0`, returnByValue: true });
  return { instances, listeners, heapKiB: Math.round(usedSize / 1024), nodes: nodes.value, warnings: warnings.value };
}

for (const lang of ['en', 'de']) {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await tab.goto(`${origin}/memory-${lang}`);
  await tab.waitForFunction('window.ready === true');
  // One of each stays on the page, so every chunk and locale file is loaded before counting,
  // and the count of live instances reads 1 each when nothing is left behind (0 would mean
  // the count sees nothing at all).
  await tab.evaluate(async (tags) => {
    for (const tag of tags) {
      const el = document.createElement(tag);
      el.setAttribute('phone', '020 7946 0000 (Mon–Fri)');
      document.querySelector('main').append(el);
      await el.updateComplete;
    }
  }, TAGS);
  const before = await census(tab, cdp);
  const started = performance.now();
  await tab.evaluate(
    async (tags, cycles) => {
      for (const tag of tags) {
        for (let i = 0; i < cycles; i++) {
          const el = document.createElement(tag);
          el.setAttribute('persist', `memory-${i % 3}`);
          el.setAttribute('phone', `020 7946 ${String(i % 10000).padStart(4, '0')} (Mon–Fri)`);
          el.setAttribute('session-date', '2026-03-02');
          el.setAttribute('lang', i % 2 ? 'de' : 'fr');
          document.querySelector('main').append(el);
          await el.updateComplete;
          el.remove();
        }
      }
    },
    TAGS,
    CYCLES,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const after = await census(tab, cdp);
  console.log(`<html lang="${lang}">, ${CYCLES} cycles of each of ${TAGS.length} elements (${seconds} s):`);
  console.log(`  live instances after GC   before ${JSON.stringify(before.instances)}`);
  console.log(`                            after  ${JSON.stringify(after.instances)}`);
  console.log(`  event listeners           before ${JSON.stringify(before.listeners)}`);
  console.log(`                            after  ${JSON.stringify(after.listeners)}`);
  console.log(`  JS heap used              before ${before.heapKiB} KiB, after ${after.heapKiB} KiB`);
  console.log(`  elements in the document  before ${before.nodes}, after ${after.nodes}`);
  console.log(`  distinct warnings kept    before ${before.warnings}, after ${after.warnings} (at most 500)`);
  await tab.close();
}

await browser.close();
server.close();
