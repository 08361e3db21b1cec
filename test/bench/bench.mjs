// `npm run bench`: builds, then prints (and writes as JSON) the figures the
// library is held to, all measured in one run against the built bundle in
// Debian's headless Chromium:
//  - bytes of every output (minified, gzip) and of what each page downloads;
//  - cold loads of each element alone, all elements together, a static-HTML
//    floor for each (the same rendered content as plain HTML in a declarative
//    shadow root + ~10 lines of JS) and a Lit floor (the same content drawn by
//    the smallest Lit element that can, see reference.mjs): time until the content is visible, script
//    time, long tasks, layout shift and JS heap after GC, medians of interleaved
//    loads with the ratio to the static floor, at 1× and 4× CPU;
//  - scaling with 1, 10 and 50 instances of each element;
//  - time to re-render after a tick and after an <html lang> change;
//  - what the heap holds over the static floor, by kind (code, strings, shapes…);
//  - every main-thread task over 50 ms at 4× CPU, from a trace, script and rendering
//    apart: the Long Tasks API above does not report rendering tasks (a page's first
//    layout), so the static floor's own long tasks show only here;
//  - how much of the downloaded JS runs at load (block coverage), and which modules the rest is;
//  - a Lighthouse run of the plain four-widget page.
// Figures only: no thresholds, nothing here fails a build.
//
//   npm run bench                        # build, then everything (a few minutes on 2 cores)
//   npm run bench -- --runs 21           # more cold loads per page (default 15)
//   npm run bench -- --no-build --dist /path/to/other/dist --out other.json   # another build, e.g. main's
//   npm run bench -- --skip lighthouse,scaling   # any of loads, scaling, rerender, heap, tasks, coverage, lighthouse
//   npm run bench -- --pages checklist,all      # cold loads of these pages only (default: every element, and all)
//   npm run bench -- --lit-floors every         # a Lit floor for every page (default: checklist,all, the pages the budget is set for)
//   npm run bench -- --compare [--baseline /path/to/old/dist]
//        # also the checklist and all-elements pages with other embeds (the one script tag
//        # alone, modulepreload hints), and with --baseline every page with another build, with
//        # the recommended embed when it has the same files, else its one tag
import { readFileSync, readdirSync, existsSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { execFileSync, spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join, extname, relative } from 'node:path';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map';
import { chromiumPath, provision } from '../support/browsers.mjs';
import { embed, floorPage, widgetPage, ELEMENTS } from './pages.mjs';
import { buildReference } from './reference.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', 15));
const dist = option('dist', join(root, 'dist'));
const out = option('out', join(root, 'test/bench/results.json'));
const skip = new Set(option('skip', '').split(',').filter(Boolean));
const compare = args.includes('--compare');
const only = option('pages', '').split(',').filter(Boolean);
const baseline = option('baseline', undefined);
const litFloors = option('lit-floors', 'checklist,all').split(',');
const hasLitFloor = (name) => litFloors.includes('every') || litFloors.includes(name);
// How long each part that ran took, printed at the end: the whole run should take minutes, not a quarter of an hour.
const took = {};
const started = performance.now();
let lap = started;
const timed = (part) => {
  took[part] = Math.round((performance.now() - lap) / 1000);
  lap = performance.now();
};
const THROTTLES = [1, 4];
const VIEWPORT = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

if (!args.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
timed('build');
if (!existsSync(join(dist, 'smp-widgets.js'))) {
  console.error(`No smp-widgets.js in ${dist}: run npm run build.`);
  process.exit(1);
}

const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const table = (head, rows) => {
  const cells = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r, j) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ') + (j === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : '')).join('\n');
};

// ---- bytes -------------------------------------------------------------------
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'lib' ? [] : walk(path);
    return path.endsWith('.js') ? [path] : [];
  });
}
const sizes = Object.fromEntries(
  walk(dist)
    .map((path) => {
      const code = readFileSync(path);
      return [relative(dist, path), { min: code.length, gzip: gzipSync(code, { level: 9 }).length }];
    })
    .sort((a, b) => a[0].localeCompare(b[0])),
);
console.log(`\nbytes per output (${relative(root, dist) || dist})\n`);
console.log(table(['file', 'minified', 'gzip'], Object.entries(sizes).map(([f, s]) => [f, kib(s.min), kib(s.gzip)])));

// ---- server ------------------------------------------------------------------
// Serves the repository, `/dist/` from the chosen build, and generated pages under /bench/,
// gzip-compressed once and then from memory, as a real server or CDN serves static files (so
// the figures time the browser, not this script's compressor). Every load is in a fresh browser
// context, so cold.
const pages = new Map();
let referenceDir; // the Lit floor's modules, served under /reference/ (see reference.mjs)
/** The file a served JS path comes from: the build, the baseline build or the Lit floor. */
const servedFile = (path) =>
  path.startsWith('/dist/') ? join(dist, path.slice(6)) : baseline && path.startsWith('/baseline/') ? join(baseline, path.slice(10)) : referenceDir && path.startsWith('/reference/') ? join(referenceDir, path.slice(11)) : undefined;
const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css' };
const gzipped = new Map(); // body -> its gzip, for bodies served before
const compressed = (body) => {
  const key = typeof body === 'string' ? body : body.toString('latin1');
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
  return gzipped.get(key);
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const send = (status, body, type) => {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(gzip ? compressed(body) : body);
  };
  if (pages.has(path)) return send(200, pages.get(path), 'text/html');
  const file = servedFile(path) ?? join(root, path);
  if (![root, dist, baseline, referenceDir].some((dir) => dir && file.startsWith(dir))) return send(403, 'no', 'text/plain');
  if (!existsSync(file) || statSync(file).isDirectory()) return send(404, 'not found', 'text/plain');
  send(200, readFileSync(file), types[extname(file)] ?? 'application/octet-stream');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const distFiles = new Set(Object.keys(sizes));

provision(['chromium']);
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
});
const chromiumVersion = (await browser.version()).replace(/^HeadlessChrome\//, '');

/** Before any page script: observers for long tasks and layout shifts, and a promise for "visible". */
const PROBE = `(() => {
  const probe = (window.__probe = { longTasks: [], shifts: 0 });
  const tasks = (list) => { for (const e of list) probe.longTasks.push(e.duration); };
  const shifts = (list) => { for (const e of list) if (!e.hadRecentInput) probe.shifts += e.value; };
  const taskObserver = new PerformanceObserver((l) => tasks(l.getEntries()));
  taskObserver.observe({ type: 'longtask', buffered: true });
  const shiftObserver = new PerformanceObserver((l) => shifts(l.getEntries()));
  shiftObserver.observe({ type: 'layout-shift', buffered: true });
  // After "visible": what a widget does a moment after its first render (a check two frames and
  // a task later, see whenSettled in smp-element.ts) has run, and its long tasks and shifts are in,
  // also those not yet handed to the observers (takeRecords).
  probe.settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
    tasks(taskObserver.takeRecords());
    shifts(shiftObserver.takeRecords());
    resolve();
  }, 50))));
  // Visible: every smp-* element on the page defined and rendered, then the frame that shows it painted.
  probe.visible = new Promise((resolve) => {
    const ready = async () => {
      const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('smp-'));
      await Promise.all([...new Set(widgets.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
      await Promise.all(widgets.map((el) => el.updateComplete));
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready); else ready();
  });
})();`;

/** One cold load in a fresh browser context: the figures of one page at one CPU throttle. */
async function coldLoad(path, throttle) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await cdp.send('Performance.enable');
    await page.evaluateOnNewDocument(PROBE);
    const bytes = { js: 0, jsRequests: 0 };
    page.on('response', async (response) => {
      if (!/\.m?js(\?|$)/.test(response.url())) return;
      bytes.jsRequests++;
      const path = new URL(response.url()).pathname;
      const file = servedFile(path);
      if (file && existsSync(file)) bytes.js += gzipSync(readFileSync(file), { level: 9 }).length;
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    const visible = await page.evaluate(() => window.__probe.visible);
    // Let late tasks and shifts land, then read the page's figures.
    await page.evaluate(() => window.__probe.settled());
    const probe = await page.evaluate(() => ({ longTasks: window.__probe.longTasks, shifts: window.__probe.shifts, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN }));
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    // Heap at full speed only (the table's figure): a forced GC under 4× throttling takes long and says the same.
    let heap = NaN;
    if (throttle === 1) {
      await cdp.send('HeapProfiler.collectGarbage');
      heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    return {
      visible: Math.max(visible, probe.fcp),
      script: metrics.ScriptDuration * 1000,
      longTasks: probe.longTasks.length,
      longestTask: Math.max(0, ...probe.longTasks),
      cls: probe.shifts,
      heap,
      jsGzip: bytes.js,
      jsRequests: bytes.jsRequests,
    };
  } finally {
    await context.close();
  }
}

/**
 * A cold load in a fresh browser context, read once it is visible and settled as the loads above are:
 * `before(page)` runs before the page is opened, `read(page)` gives the answer; the context is closed after.
 */
async function settledPage(path, read, before = async () => {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.evaluateOnNewDocument(PROBE);
    await before(page);
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(() => window.__probe.visible);
    await page.evaluate(() => window.__probe.settled());
    return await read(page);
  } finally {
    await context.close();
  }
}

// ---- pages -------------------------------------------------------------------
// Each element alone and all together, with the README's recommended embed, and the
// static floor of each: the same rendered content, serialized once from a real render.
// With --compare, the checklist and all-elements pages also with other embeds, and with
// --baseline every page also with another build.
const tagsOf = (s) => s.widgets.map((w) => w.tag);
const scenarios = [...ELEMENTS.map((e) => ({ name: e.name, widgets: [e] })), { name: 'all', widgets: ELEMENTS }].filter((s) => !only.length || only.includes(s.name));
if (only.some((name) => !scenarios.some((s) => s.name === name))) {
  console.error(`--pages: use any of ${[...ELEMENTS.map((e) => e.name), 'all'].join(', ')}.`);
  process.exit(1);
}
if (litFloors.some((name) => name !== 'every' && !ELEMENTS.some((e) => e.name === name) && name !== 'all')) {
  console.error(`--lit-floors: use every, or any of ${[...ELEMENTS.map((e) => e.name), 'all'].join(', ')}.`);
  process.exit(1);
}
for (const s of scenarios) pages.set(`/bench/${s.name}.html`, widgetPage(s.widgets, embed('recommended', tagsOf(s), distFiles)));
const variants = [];
if (compare) {
  for (const s of scenarios) {
    if (['checklist', 'all'].includes(s.name)) {
      for (const kind of ['preload', 'one-tag']) {
        variants.push({ floor: s.name, page: `${s.name}.${kind}` });
        pages.set(`/bench/${s.name}.${kind}.html`, widgetPage(s.widgets, embed(kind, tagsOf(s), distFiles)));
      }
    }
    if (baseline) {
      variants.push({ floor: s.name, page: `${s.name}.baseline` });
      // The same embed as this build's pages when the other build has the same files (an earlier
      // split build), else its one tag (the single-file bundle).
      const baselineFiles = new Set(walk(baseline).map((path) => relative(baseline, path)));
      pages.set(`/bench/${s.name}.baseline.html`, widgetPage(s.widgets, embed('recommended', tagsOf(s), baselineFiles, '/baseline/')));
    }
  }
}
const floors = []; // each scenario's rendered shadows, for the Lit floor
{
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  await page.evaluateOnNewDocument(PROBE);
  for (const s of scenarios) {
    await page.goto(`${origin}/bench/${s.name}.html`);
    await page.evaluate(() => window.__probe.visible);
    // Shadow content and styles as plain HTML: Lit's comment markers dropped, styles inlined.
    const shadows = await page.evaluate(() =>
      [...document.querySelectorAll('main > *')].filter((el) => el.shadowRoot).map((el) => {
        const css = [...el.shadowRoot.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
        const markup = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
        return { tag: el.localName, css, markup, attrs: [...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ') };
      }),
    );
    pages.set(`/bench/${s.name}-static.html`, floorPage(shadows));
    floors.push({ name: s.name, shadows });
  }
  await context.close();
}
// The Lit floor: the same content, the smallest Lit element, loaded as the recommended embed loads ours (render-blocking).
{
  const reference = await buildReference(floors.filter((f) => hasLitFloor(f.name)), root);
  referenceDir = reference.dir;
  for (const [name, { file, tags }] of Object.entries(reference.pages)) {
    pages.set(`/bench/${name}-lit.html`, widgetPage(tags.map((tag) => ({ tag, attrs: '' })), `    <script type="module" blocking="render" src="/reference/${file}"></script>`));
  }
}

timed('setup and pages');
const results = { date: new Date().toISOString(), chromium: chromiumVersion, cpus: os.cpus().length, loadavg: os.loadavg(), runs: RUNS, dist: relative(root, dist) || dist, sizes, loads: {}, scaling: {}, rerender: {}, lighthouse: null };

// ---- cold loads, interleaved -------------------------------------------------
if (!skip.has('loads')) console.log(`\ncold loads: ${RUNS} of each page at each CPU throttle, interleaved (Chromium ${chromiumVersion}, ${VIEWPORT.width}×${VIEWPORT.height}, load ${os.loadavg()[0].toFixed(1)})…`);
/** A scenario's pages: its static floor, its Lit floor if it has one, and the widgets. */
const pagesOf = (name) => [`${name}-static`, ...(hasLitFloor(name) ? [`${name}-lit`] : []), name];
const paths = [...scenarios.flatMap((s) => pagesOf(s.name)), ...variants.map((v) => v.page)];
const samples = {};
for (let run = 0; run < (skip.has('loads') ? 0 : RUNS); run++) {
  for (const throttle of THROTTLES) {
    for (const p of paths) {
      const key = `${p}@${throttle}`;
      (samples[key] ??= []).push(await coldLoad(`/bench/${p}.html`, throttle));
      if (process.env.SMP_BENCH_DEBUG) console.log(key, JSON.stringify(samples[key].at(-1)));
    }
  }
  process.stdout.write(`${run + 1} `);
}
console.log('\n');
for (const [key, list] of Object.entries(samples)) {
  const pick = (f) => median(list.map((x) => x[f]));
  // Medians, but CLS is the largest seen: one load that shifts is one too many.
  results.loads[key] = { visible: pick('visible'), script: pick('script'), longTasks: pick('longTasks'), longestTask: pick('longestTask'), cls: Math.max(...list.map((x) => x.cls)), heap: pick('heap'), jsGzip: pick('jsGzip'), jsRequests: pick('jsRequests') };
}
const rows = [];
const row = (label, page, floor) => {
  const r1 = results.loads[`${page}@1`];
  const r4 = results.loads[`${page}@4`];
  const ratio = (t) => results.loads[`${page}@${t}`].visible / results.loads[`${floor}-static@${t}`].visible;
  rows.push([
    label,
    kib(r1.jsGzip),
    r1.jsRequests,
    `${r1.visible.toFixed(0)} / ${r4.visible.toFixed(0)} ms`,
    `${ratio(1).toFixed(2)} / ${ratio(4).toFixed(2)}`,
    `${r1.script.toFixed(1)} / ${r4.script.toFixed(1)} ms`,
    `${r1.longTasks} / ${r4.longTasks}${r4.longestTask ? ` (${r4.longestTask.toFixed(0)} ms)` : ''}`,
    `${r1.cls.toFixed(3)} / ${r4.cls.toFixed(3)}`,
    page.endsWith('-static') ? kib(r1.heap) : `+${kib(r1.heap - results.loads[`${floor}-static@1`].heap)}`,
  ]);
  results.loads[`${page}@1`].ratio = ratio(1);
  results.loads[`${page}@4`].ratio = ratio(4);
};
for (const s of skip.has('loads') ? [] : scenarios) {
  row(`${s.name}: static floor`, `${s.name}-static`, s.name);
  if (hasLitFloor(s.name)) row(`${s.name}: Lit floor`, `${s.name}-lit`, s.name);
  row(`${s.name}: smp-widgets`, s.name, s.name);
  for (const v of variants.filter((x) => x.floor === s.name)) row(`${s.name}: ${v.page.split('.')[1]}`, v.page, s.name);
}
if (rows.length) console.log(table(['page', 'JS gzip', 'JS files', 'visible 1× / 4×', '×static 1× / 4×', 'script 1× / 4×', 'long tasks 1× / 4× (longest)', 'CLS max 1× / 4×', 'heap after GC'], rows));
if (rows.length) console.log('Medians of the loads, except CLS: the largest. Heap: JS heap after GC, the static floor in full, the widgets over it.');
if (!skip.has('loads')) timed('cold loads');

// ---- scaling -----------------------------------------------------------------
if (!skip.has('scaling')) {
  const counts = [1, 10, 50];
  const runs = Math.max(5, Math.round(RUNS / 3));
  for (const e of ELEMENTS) for (const n of counts) pages.set(`/bench/${e.name}-x${n}.html`, widgetPage(Array(n).fill(e), embed('recommended', [e.tag], distFiles)));
  console.log(`\nscaling: ${runs} cold loads at 1× CPU with 1, 10 and 50 of each element…`);
  const scale = {};
  for (let run = 0; run < runs; run++) for (const e of ELEMENTS) for (const n of counts) (scale[`${e.name}×${n}`] ??= []).push(await coldLoad(`/bench/${e.name}-x${n}.html`, 1));
  const srows = [];
  for (const e of ELEMENTS) {
    const row = [e.name];
    for (const n of counts) {
      const list = scale[`${e.name}×${n}`];
      const r = { visible: median(list.map((x) => x.visible)), script: median(list.map((x) => x.script)), heap: median(list.map((x) => x.heap)) };
      results.scaling[`${e.name}×${n}`] = r;
      row.push(`${r.visible.toFixed(0)} ms, ${kib(r.heap)}`);
    }
    srows.push(row);
  }
  console.log(table(['element', ...counts.map((n) => `×${n}: visible, heap`)], srows));
  timed('scaling');
}

// ---- re-render ---------------------------------------------------------------
if (!skip.has('rerender')) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  await page.evaluateOnNewDocument(PROBE);
  await page.goto(`${origin}/bench/all.html`);
  await page.evaluate(() => window.__probe.visible);
  results.rerender = await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('main > *')].filter((el) => el.localName.startsWith('smp-'));
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const settle = async () => {
      await Promise.all(widgets.map((w) => w.updateComplete));
      await frame();
    };
    const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const list = document.querySelector('smp-aftercare-checklist');
    const ticks = [];
    for (let i = 0; i < 15; i++) {
      const box = list.shadowRoot.querySelectorAll('input[type=checkbox]')[i % 4];
      const t0 = performance.now();
      box.click();
      await list.updateComplete;
      await frame();
      ticks.push(performance.now() - t0);
    }
    // <html lang> to a locale not loaded yet (a fetch, then every widget re-renders), then back and forth once loaded.
    const setLang = async (lang) => {
      const t0 = performance.now();
      const ready = new Promise((r) => window.addEventListener('lit-localize-status', (e) => e.detail.status === 'ready' && r(), { once: false }));
      document.documentElement.lang = lang;
      await Promise.race([ready, new Promise((r) => setTimeout(r, 5000))]);
      await settle();
      return performance.now() - t0;
    };
    const cold = [];
    const warm = [];
    for (const lang of ['de', 'fr', 'es', 'it', 'nl', 'tr', 'pt-BR']) {
      cold.push(await setLang(lang));
      await setLang('en');
    }
    for (let i = 0; i < 7; i++) {
      warm.push(await setLang(['de', 'fr'][i % 2]));
      await setLang('en');
    }
    return { tick: med(ticks), langNotLoaded: med(cold), langLoaded: med(warm), samples: { ticks: ticks.length, cold: cold.length, warm: warm.length } };
  });
  await context.close();
  const r = results.rerender;
  console.log(`\nre-render, all four elements on one page, 1× CPU (median): after a tick ${r.tick.toFixed(1)} ms; after <html lang> changes to a locale not loaded yet ${r.langNotLoaded.toFixed(1)} ms, already loaded ${r.langLoaded.toFixed(1)} ms`);
  timed('re-render');
}
// ---- heap composition ----------------------------------------------------------
// What the heap after GC holds over the static floor, by kind, from one heap snapshot of each
// page (static floor, Lit floor, smp-widgets): says what dominates the heap figure above.
if (!skip.has('heap') && !skip.has('loads')) {
  const KINDS = [
    ['compiled code', (type) => type === 'code'],
    ['strings', (type) => /string$/.test(type)],
    ['object shapes', (type) => type === 'object shape'],
    ['JS objects, arrays, closures', (type) => ['object', 'closure', 'array', 'regexp', 'number', 'symbol', 'bigint', 'hidden'].includes(type)],
    ['DOM, styles and engine', (type) => type === 'native'],
  ];
  const composition = (path) =>
    settledPage(path, async (page) => {
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.collectGarbage');
      const chunks = [];
      cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      const { snapshot, nodes } = JSON.parse(chunks.join(''));
      const fields = snapshot.meta.node_fields;
      const typeNames = snapshot.meta.node_types[0];
      const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
      const bytes = Object.fromEntries(KINDS.map(([kind]) => [kind, 0]));
      for (let i = 0; i < nodes.length; i += fields.length) {
        const type = typeNames[nodes[i + typeAt]];
        const kind = KINDS.find(([, test]) => test(type));
        if (kind) bytes[kind[0]] += nodes[i + sizeAt];
      }
      return bytes;
    });
  console.log('\nheap composition: one snapshot after GC of each page at 1× CPU, KiB over the static floor…');
  results.heapComposition = {};
  const hrows = [];
  for (const s of scenarios) {
    const base = await composition(`/bench/${s.name}-static.html`);
    for (const [label, path] of [...(hasLitFloor(s.name) ? [['Lit floor', `${s.name}-lit`]] : []), ['smp-widgets', s.name]]) {
      const bytes = await composition(`/bench/${path}.html`);
      const over = Object.fromEntries(KINDS.map(([kind]) => [kind, bytes[kind] - base[kind]]));
      results.heapComposition[path] = over;
      hrows.push([`${s.name}: ${label}`, ...KINDS.map(([kind]) => `${over[kind] >= 0 ? '+' : ''}${(over[kind] / 1024).toFixed(0)}`)]);
    }
  }
  console.log(table(['page', ...KINDS.map(([kind]) => kind)], hrows));
  console.log('Compiled code: bytecode, baseline machine code and their metadata, for the functions that ran. A snapshot counts DOM and engine objects that the JS heap figure above leaves out.');
  timed('heap composition');
}
// ---- long tasks, from a trace ---------------------------------------------------
// The table above counts what the Long Tasks API reports, and Chromium reports only the
// tasks that run script: a task that loads the document, or lays out and paints it (its
// first layout is the costliest work at 4×), is left out, even on the static floor. A trace
// sees every task on the page's main thread. Each task over 50 ms is put under the kind of
// work that takes most of it: script (module evaluation, callbacks, microtasks: Lit renders
// there), layout and paint (style, layout, paint), or loading (committing the navigation,
// parsing the HTML). Tracing slows a load a little: compare the pages with each other.
if (!skip.has('tasks') && !skip.has('loads')) {
  const RUNS_TRACED = Math.max(5, Math.round(RUNS / 3));
  const KIND = {
    script: ['v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'v8.compile', 'v8.compileModule'],
    layout: ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'],
    loading: ['DocumentLoader::CommitNavigation', 'ParseHTML', 'ParseAuthorStyleSheet', 'NavigationBodyLoader::StartLoadingBody', 'NavigationBodyLoader::OnReadable'],
  };
  const kindOf = new Map(Object.entries(KIND).flatMap(([kind, names]) => names.map((n) => [n, kind])));
  const tracedLoad = async (path) => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport(VIEWPORT);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluateOnNewDocument(PROBE);
      await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'] });
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => window.__probe.visible);
      await page.evaluate(() => window.__probe.settled());
      const api = await page.evaluate(() => window.__probe.longTasks.filter((d) => d > 50).length);
      const { traceEvents } = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
      const nav = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === `${origin}${path}`);
      if (!nav) return null;
      const own = traceEvents.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.ts + (e.dur ?? 0) >= nav.ts).sort((a, b) => a.ts - b.ts);
      const summary = { script: [], layout: [], loading: [], api };
      for (const task of own.filter((e) => e.name === 'RunTask' && e.dur > 50_000)) {
        const time = { script: 0, layout: 0, loading: 0 };
        // Top-level work inside the task only: a layout forced by script counts as script.
        let end = task.ts;
        for (const e of own) {
          if (e.ts >= task.ts + task.dur) break;
          if (e.ts < task.ts || e.ts < end || !kindOf.has(e.name)) continue;
          time[kindOf.get(e.name)] += e.dur;
          end = e.ts + e.dur;
        }
        const kind = Object.keys(time).reduce((a, b) => (time[b] > time[a] ? b : a));
        summary[kind].push(task.dur / 1000);
        if (process.env.SMP_BENCH_DEBUG) console.log(path, kind, (task.dur / 1000).toFixed(0), JSON.stringify(time));
      }
      return summary;
    } finally {
      await context.close();
    }
  };
  const traced = scenarios.filter((s) => ['checklist', 'all'].includes(s.name));
  console.log(`\nlong tasks from a trace: ${RUNS_TRACED} traced cold loads of each page at 4× CPU…`);
  const list = {};
  for (let run = 0; run < RUNS_TRACED; run++) for (const s of traced) for (const p of pagesOf(s.name)) {
    const r = await tracedLoad(`/bench/${p}.html`);
    if (r) (list[p] ??= []).push(r);
  }
  results.tasks = {};
  const trows = [];
  const ms = (n) => (n ? `${n.toFixed(0)} ms` : '–');
  for (const s of traced) {
    for (const [label, p] of [['static floor', `${s.name}-static`], ['Lit floor', `${s.name}-lit`], ['smp-widgets', s.name]]) {
      const loads = list[p] ?? [];
      if (!loads.length) continue;
      const longest = (kind) => median(loads.map((l) => Math.max(0, ...l[kind])));
      const r = {
        loads: loads.length,
        over50: median(loads.map((l) => l.script.length + l.layout.length + l.loading.length)),
        longestScript: longest('script'),
        longestLayout: longest('layout'),
        longestLoading: longest('loading'),
        reportedByApi: median(loads.map((l) => l.api)),
      };
      results.tasks[p] = r;
      trows.push([`${s.name}: ${label}`, r.over50, ms(r.longestScript), ms(r.longestLayout), ms(r.longestLoading), r.reportedByApi]);
    }
  }
  console.log(table(['page', 'tasks > 50 ms', 'longest: script', 'layout and paint', 'loading', 'Long Tasks API saw'], trows));
  console.log('Medians of the traced loads at 4× CPU. Each long task under the work that takes most of it (see the comment in bench.mjs).');
  timed('traced loads');
}
// ---- code run at load ---------------------------------------------------------------
// Of the JS a page downloads, how much runs before its widgets are visible and settled
// (V8's block coverage: a function never called, a branch never taken, is code that did not
// run), and, through the build's source maps, which modules the rest belongs to. What ran,
// minified and gzip-compressed on its own, is the floor of any split of this code into files
// loaded on demand: the byte budget cannot be met by loading less of it, only by running less.
if (!skip.has('coverage')) {
  console.log('\ncode run at load: one cold load of each page at 1× CPU, with block coverage…');
  const maps = new Map(); // a served file -> its source map's consumer, or null
  const consumerOf = async (file) => {
    if (!maps.has(file)) maps.set(file, existsSync(`${file}.map`) ? await new SourceMapConsumer(readFileSync(`${file}.map`, 'utf8')) : null);
    return maps.get(file);
  };
  const moduleName = (source) => (source ?? '?').replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/');
  const coverageOf = (path) =>
    settledPage(
      path,
      async (page) => {
        // In one order whatever order the browser reports them in: the files are compressed together.
        const entries = (await page.coverage.stopJSCoverage()).filter((e) => servedFile(new URL(e.url).pathname)).sort((a, b) => a.url.localeCompare(b.url));
        let [all, ran, ranText, allText] = [0, 0, '', ''];
        const unused = {}; // module -> minified bytes that did not run
        for (const { url, text, ranges } of entries) {
          const used = new Uint8Array(text.length);
          for (const r of ranges) used.fill(1, r.start, r.end);
          all += text.length;
          allText += text;
          for (let i = 0; i < text.length; i++) if (used[i]) ran++, (ranText += text[i]);
          const consumer = await consumerOf(servedFile(new URL(url).pathname));
          if (!consumer) continue;
          const starts = [0];
          for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
          const mappings = [];
          consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
          mappings.forEach((m, k) => {
            const next = mappings[k + 1];
            const [from, to] = [starts[m.generatedLine - 1] + m.generatedColumn, next ? starts[next.generatedLine - 1] + next.generatedColumn : text.length];
            let idle = 0;
            for (let i = from; i < to; i++) idle += 1 - used[i];
            if (idle) unused[moduleName(m.source)] = (unused[moduleName(m.source)] ?? 0) + idle;
          });
        }
        const gzip = (s) => gzipSync(s, { level: 9 }).length;
        return { files: entries.length, min: all, ran, gzip: gzip(allText), ranGzip: gzip(ranText), unused: Object.fromEntries(Object.entries(unused).sort((a, b) => b[1] - a[1])) };
      },
      (page) => page.coverage.startJSCoverage({ resetOnNavigation: false }),
    );
  results.coverage = {};
  const crows = [];
  for (const s of scenarios) {
    for (const [label, p] of [...(hasLitFloor(s.name) ? [['Lit floor', `${s.name}-lit`]] : []), ['smp-widgets', s.name]]) {
      const c = (results.coverage[p] = await coverageOf(`/bench/${p}.html`));
      crows.push([`${s.name}: ${label}`, c.files, kib(c.min), `${kib(c.ran)} (${Math.round((100 * c.ran) / c.min)} %)`, kib(c.gzip), kib(c.ranGzip)]);
    }
  }
  console.log(table(['page', 'JS files', 'minified', 'ran at load', 'gzip', 'what ran, gzip'], crows));
  for (const name of ['checklist', 'all'].filter((n) => results.coverage[n])) {
    const top = Object.entries(results.coverage[name].unused).slice(0, 8);
    console.log(`${name}: minified bytes that did not run, by module: ${top.map(([m, n]) => `${m} ${n}`).join(', ')}`);
  }
  console.log('"What ran, gzip": the code that ran, cut out of each file and compressed alone, the bytes no split into files loaded on demand can go below.');
  timed('coverage');
}
await browser.close();

// ---- Lighthouse --------------------------------------------------------------
if (!skip.has('lighthouse')) {
  pages.set('/bench/lighthouse.html', widgetPage(ELEMENTS, embed('recommended', ELEMENTS.map((e) => e.tag), distFiles)));
  console.log('\nLighthouse (mobile) of the plain four-widget page, with the recommended embed…');
  const report = await new Promise((resolve) => {
    const child = spawn(join(root, 'node_modules/.bin/lighthouse'), [`${origin}/bench/lighthouse.html`, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], {
      env: { ...process.env, CHROME_PATH: chromiumPath() },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve(code === 0 ? JSON.parse(stdout) : { error: stderr.trim().split('\n').pop() }));
  });
  if (report.error) console.log(`Lighthouse failed: ${report.error}`);
  else {
    results.lighthouse = Object.fromEntries(Object.values(report.categories).map((c) => [c.id, Math.round(c.score * 100)]));
    results.lighthouse.version = report.lighthouseVersion;
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id}${a.displayValue ? ` ${a.displayValue}` : ''}`);
    if (process.env.SMP_LIGHTHOUSE_REPORT) writeFileSync(process.env.SMP_LIGHTHOUSE_REPORT, JSON.stringify(report));
    results.lighthouse.belowFullMarks = failing;
    console.log(`Lighthouse ${report.lighthouseVersion}: ${Object.entries(results.lighthouse).filter(([k]) => !['version', 'belowFullMarks'].includes(k)).map(([k, v]) => `${k} ${v}`).join(', ')}${failing.length ? ` (below full marks: ${failing.join(', ')})` : ''}`);
  }
}

if (!skip.has('lighthouse')) timed('Lighthouse');
results.seconds = took;
const total = Math.round((performance.now() - started) / 1000);
console.log(`\ntime: ${Math.floor(total / 60)} min ${total % 60} s (${Object.entries(took).map(([part, t]) => `${part} ${t} s`).join(', ')})`);
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written to ${relative(root, out)}`);
server.close();
rmSync(referenceDir, { recursive: true, force: true });
