// `npm run package:check` (part of `npm test`, after the build): the package
// as a user gets it. Packs it with `npm pack`, installs the tarball into a
// throwaway project (offline from npm's cache when it can, so it is fast and
// needs no more than the npm registry), then:
//  - checks dist/lib has nothing a user's bundler would take for a file to bundle;
//  - checks every dist/lib module that acts when imported is in "sideEffects" (else a
//    bundler drops it);
//  - imports every entry point in Node, with no DOM (as server rendering does);
//  - imports every entry point in Chromium from the installed package, and
//    checks each element registers and renders;
//  - type-checks a TypeScript consumer that uses the tag-name map, the event
//    map, the JSX types, and expects errors where a user gets types wrong.
// Prints one "smp-widgets totals: N passed, N failed" line; exits 1 on failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'];
const ENTRIES = ['smp-widgets', 'smp-widgets/classes', 'smp-widgets/aftercare-checklist', 'smp-widgets/pros-cons', 'smp-widgets/recovery-timeline', 'smp-widgets/practitioner-guide'];

let passed = 0;
let failed = 0;
async function check(name, fn) {
  const started = Date.now();
  try {
    const problems = (await fn()) ?? [];
    if (problems.length) throw new Error(problems.join('\n    '));
    passed++;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${String(error.stack ?? error).split('\n').slice(0, 12).join('\n    ')}`);
  }
}

const run = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
};

/** Every JavaScript module in dist/lib (what an npm user's bundler reads), as [path, source]. */
function libModules(dir = join(ROOT, 'dist/lib')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return libModules(path);
    return entry.name.endsWith('.js') ? [[path, readFileSync(path, 'utf8')]] : [];
  });
}

const work = mkdtempSync(join(tmpdir(), 'smp-widgets-pack-'));
const project = join(work, 'consumer');
let tarball;
console.log(`package (${work}):`);

try {
  await check('npm pack makes a tarball with the dist files, the manifest and the editor data', () => {
    // `npm test` writes the WordPress plugin's zip into dist/ after this check, and `npm run
    // package:wordpress` does too: a pack or publish after either must not ship it. A placeholder
    // stands in for it while packing when there is none.
    const zip = join(ROOT, 'dist/smp-widgets-wordpress.zip');
    const placeholder = !existsSync(zip);
    if (placeholder) writeFileSync(zip, '');
    let out;
    try {
      out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
    } finally {
      if (placeholder) rmSync(zip, { force: true });
    }
    const [info] = JSON.parse(out);
    tarball = join(work, info.filename);
    const files = new Set(info.files.map((f) => f.path));
    const want = ['dist/smp-widgets.js', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/classes.js', 'dist/custom-elements.json', 'dist/web-types.json', 'dist/jsx.d.ts', 'dist/vscode.html-custom-data.json', 'README.md', 'LICENSE'];
    const problems = want.filter((f) => !files.has(f)).map((f) => `${f} is not in the tarball`);
    if ([...files].some((f) => f.startsWith('test/') || f.startsWith('node_modules/'))) problems.push('tests or node_modules are in the tarball');
    if (files.has('dist/smp-widgets-wordpress.zip')) problems.push('dist/smp-widgets-wordpress.zip (the WordPress plugin) is in the tarball');
    return problems;
  });

  await check('dist/lib has no new URL(\'<file>\', import.meta.url): bundlers (webpack 5, Vite) would look for that file', () => {
    // An npm user's bundler takes `new URL('literal', import.meta.url)` for an asset to bundle; a
    // path that exists only in the script-tag bundle (`../chunks/tel.js`) stops their build.
    const problems = [];
    for (const [path, source] of libModules()) {
      const found = source.match(/new URL\(\s*(['"`])[^'"`]*\1\s*,\s*import\.meta\.url\s*\)/g);
      if (found) problems.push(`${path.slice(ROOT.length)}: ${found.join(', ')}`);
    }
    return problems;
  });

  await check('every dist/lib module that acts when imported is listed in package.json "sideEffects"', async () => {
    // Bundlers drop a module listed as free of side effects when nothing reads its exports: Vite 8
    // (Rolldown) dropped the body of localization/translations.js, which is imported for its call
    // alone, and a German page of an npm user's app stayed in English without a warning. A
    // top-level statement other than a declaration, an import or export, or setting a static
    // field of a class declared in the same module, is such an act.
    const { parse } = await import('acorn');
    const listed = pkg.sideEffects.map((glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
    const problems = [];
    for (const [path, source] of libModules()) {
      const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
      const classes = new Set(ast.body.filter((n) => n.type === 'ClassDeclaration').map((n) => n.id.name));
      const local = (n) => n.expression.type === 'AssignmentExpression' && n.expression.left.type === 'MemberExpression' && classes.has(n.expression.left.object.name);
      const acts = ast.body.filter((n) => n.type === 'ExpressionStatement' && !n.directive && !local(n));
      const file = `./${path.slice(ROOT.length)}`;
      if (acts.length && !listed.some((re) => re.test(file))) {
        problems.push(`${file} is not in "sideEffects" but runs ${source.slice(acts[0].start, acts[0].end).slice(0, 60)}…`);
      }
    }
    return problems;
  });

  await check('the tarball installs into a new project with its dependencies', () => {
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
    // Offline first (npm's cache already holds lit); online only if the cache lacks something.
    let r = run('npm', ['install', '--offline', '--no-package-lock', tarball], project);
    if (!r.ok) r = run('npm', ['install', '--prefer-offline', '--no-package-lock', tarball], project);
    if (!r.ok) return [r.out];
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/smp-widgets/package.json'), 'utf8'));
    const problems = [];
    if (installed.version !== pkg.version) problems.push(`installed ${installed.version}`);
    for (const dep of ['lit', '@lit/localize']) {
      if (!/^\^/.test(installed.dependencies[dep])) problems.push(`${dep} is pinned (${installed.dependencies[dep]}): an app with its own Lit would get a second copy`);
    }
    return problems;
  });

  await check('every entry point imports in Node without a DOM (server rendering)', () => {
    const problems = [];
    for (const entry of ENTRIES) {
      const code = `const m = await import(${JSON.stringify(entry)}); if (!Object.keys(m).length) throw new Error('no exports');`;
      const r = run(process.execPath, ['--input-type=module', '-e', code], project);
      if (!r.ok) problems.push(`${entry}: ${r.out.split('\n').find((l) => /Error/.test(l)) ?? r.out}`);
    }
    // With no registry at all (no DOM shim), the guarded define does nothing instead of throwing.
    const define = `import { define } from 'smp-widgets/classes'; delete globalThis.customElements; define('smp-x', class {});`;
    const r = run(process.execPath, ['--input-type=module', '-e', define], project);
    if (!r.ok) problems.push(`define() without customElements: ${r.out.split('\n').find((l) => /Error/.test(l)) ?? r.out}`);
    const version = run(process.execPath, ['--input-type=module', '-e', `import { VERSION } from 'smp-widgets'; console.log(VERSION);`], project);
    if (version.out !== pkg.version) problems.push(`VERSION is "${version.out}", package.json says ${pkg.version}`);
    return problems;
  });

  await check('a TypeScript consumer type-checks against the tag-name map, event map and JSX types', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `import 'smp-widgets';
import { SmpAftercareChecklist, SmpRecoveryTimeline, SmpPractitionerGuide, configure } from 'smp-widgets';
import { SmpItemToggleEvent, defaultAftercare, DEFAULT_PROTOCOL, type ItemToggleDetail } from 'smp-widgets/classes';
import type { CustomElements } from 'smp-widgets/jsx';
import { load, VERSION as bundleVersion } from 'smp-widgets/smp-widgets.js';

// The script-tag bundle's exports are typed too.
load('smp-pros-cons').then((loaded: CustomElementConstructor | undefined) => console.log(loaded, bundleVersion.length));
// @ts-expect-error: load() takes one tag name
load(['smp-pros-cons']);

// The tag-name map types createElement and querySelector.
const checklist: SmpAftercareChecklist = document.createElement('smp-aftercare-checklist');
checklist.items = [{ id: 'wash', kind: 'do', text: 'Wash gently.' }, ...defaultAftercare(DEFAULT_PROTOCOL)];
checklist.headingLevel = 3;
// README, Bad input: "a number becomes its digits, true the empty string, an array its items joined by spaces".
checklist.persist = true;
checklist.hide = ['no-sun', 'no-sweat'];
const timeline: SmpRecoveryTimeline | null = document.querySelector('smp-recovery-timeline');
timeline?.calendarEvents();
const guide: SmpPractitionerGuide = document.createElement('smp-practitioner-guide');
guide.variant = 'choose';
guide.addEventListener('smp-item-toggle', (event) => console.log(event.detail.id));

// The event map types listeners.
checklist.addEventListener('smp-item-toggle', (event) => {
  const toggled: SmpItemToggleEvent = event;
  const detail: ItemToggleDetail = event.detail;
  console.log(toggled.type, detail.id, detail.checked, detail.done, detail.total);
});
document.addEventListener('smp-complete', (event) => console.log(event.detail.total));
timeline?.addEventListener('smp-date-change', (event) => console.log(event.detail.dates.join(' ')));

// JSX types (React 19, Preact, Solid…) for each element.
const props: CustomElements['smp-pros-cons'] = { layout: 'stacked', 'heading-level': 3, hide: 'affordable' };
// README: "an array (hide={['a', 'b']}) its items joined by spaces"; heading-level="3" as HTML writes it.
const written: CustomElements['smp-pros-cons'] = { hide: ['affordable', 'simple'], 'heading-level': '3' };
console.log(written);
const handlers: CustomElements['smp-aftercare-checklist'] = { 'onsmp-item-toggle': (e) => console.log(e.detail.checked) };
console.log(props, handlers);
// README: "true (a bare attribute in JSX: <smp-aftercare-checklist persist />) the empty string".
const bare: [CustomElements['smp-aftercare-checklist'], CustomElements['smp-recovery-timeline'], CustomElements['smp-practitioner-guide']] = [{ persist: true }, { persist: true, 'date-input': true }, { persist: 'questions' }];
console.log(bare);
// React 19 and Preact set a prop as a property only when the element has one by that name, so a
// kebab-case prop is always written as an attribute: it takes what an attribute can carry, and
// the camelCase property takes the rest (a Date, an array, a [min, max] span).
const personal: CustomElements['smp-recovery-timeline'] = { sessionDate: [new Date(2026, 0, 9), '2026-01-23'], healDays: [3, 5], headingLevel: 3, dateInput: true, 'session-date': '2026-01-09', 'heal-days': '3-5', 'heading-level': 3, 'date-input': true };
// @ts-expect-error: a Date written as an attribute is its toString(), not a date the timeline reads
const dateAttribute: CustomElements['smp-recovery-timeline'] = { 'session-date': new Date(2026, 0, 9) };
// @ts-expect-error: [3, 5] written as an attribute is "3,5", not a span
const spanAttribute: CustomElements['smp-aftercare-checklist'] = { 'heal-days': [3, 5] };
console.log(personal, dateAttribute, spanAttribute);

// configure() keys are typed; README: "pass \`undefined\` to clear a key" (also with exactOptionalPropertyTypes).
configure({ dryDays: 4, healDays: [3, 4], sessionHours: '2-3', phone: '+44 20 7946 0000' });
configure({ dryDays: undefined, phone: undefined });
// @ts-expect-error: "telephone" is no setting
configure({ telephone: '020 7946 0000' });

// Mistakes a user can make are caught.
// @ts-expect-error: "maybe" is not a kind
checklist.items = [{ id: 'x', kind: 'maybe', text: 'x' }];
// @ts-expect-error: the detail has no "count"
document.addEventListener('smp-complete', (event) => event.detail.count);
// @ts-expect-error: variant takes choose, fix or both
guide.variant = 'all';
// @ts-expect-error: layout takes auto, columns or stacked
const bad: CustomElements['smp-pros-cons'] = { layout: 'grid' };
console.log(bad);
`,
    );
    const problems = [];
    // README: `bundler`, `node16`/`nodenext`, and the old `node10` (through `typesVersions`).
    for (const moduleResolution of ['bundler', 'nodenext', 'node10']) {
      const tsconfig = {
        compilerOptions: {
          target: 'ES2022',
          module: moduleResolution === 'nodenext' ? 'NodeNext' : 'ES2022',
          moduleResolution,
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          types: [],
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      };
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
      const r = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
      if (!r.ok) problems.push(`moduleResolution ${moduleResolution}:\n${r.out}`);
    }
    return problems;
  });

  await check('each entry alone types its tags and their events (no other import adds them)', () => {
    // README: "Importing an element adds it to HTMLElementTagNameMap and its events to
    // GlobalEventHandlersEventMap". Each consumer imports one entry only, in its own program,
    // so no other import (smp-widgets/classes exports the event classes) brings the event map.
    const uses = {
      'smp-aftercare-checklist': `el.addEventListener('smp-item-toggle', (e) => e.detail.checked);
el.addEventListener('smp-complete', (e) => e.detail.total);
el.addEventListener('smp-reset', (e) => e.detail.done);`,
      'smp-practitioner-guide': `el.addEventListener('smp-item-toggle', (e) => e.detail.checked);
el.addEventListener('smp-complete', (e) => e.detail.total);
el.addEventListener('smp-reset', (e) => e.detail.done);`,
      'smp-recovery-timeline': `el.addEventListener('smp-date-change', (e) => e.detail.dates);`,
      'smp-pros-cons': `el.layout = 'stacked';`,
    };
    const consumers = { 'smp-widgets': TAGS, ...Object.fromEntries(TAGS.map((t) => [`smp-widgets/${t.replace(/^smp-/, '')}`, [t]])) };
    const problems = [];
    for (const [entry, tags] of Object.entries(consumers)) {
      const dir = join(project, 'alone', entry.replace(/\W/g, '-'));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'consumer.ts'), `import ${JSON.stringify(entry)};\n` + tags.map((t) => `{\nconst el = document.createElement('${t}');\n${uses[t]}\n}`).join('\n') + '\n');
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
      for (const moduleResolution of ['nodenext', 'node10']) {
        const tsconfig = { compilerOptions: { target: 'ES2022', module: moduleResolution === 'nodenext' ? 'NodeNext' : 'ES2022', moduleResolution, lib: ['ES2022', 'DOM'], strict: true, noEmit: true, types: [], skipLibCheck: false, typeRoots: [] }, files: ['consumer.ts'] };
        writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
        const r = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir);
        if (!r.ok) problems.push(`import '${entry}' alone, moduleResolution ${moduleResolution}:\n${r.out}`);
      }
    }
    return problems;
  });

  await check('bundled with rollup, an element entry (with configure and setLocale from smp-widgets/classes) brings no other element', async () => {
    // What an app's bundler does with the installed package: each element's entry, and the same
    // with the run-time API taken from smp-widgets/classes (side-effect free), holds its own
    // element only; smp-widgets itself registers every element.
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const problems = [];
    const apps = Object.fromEntries(TAGS.flatMap((tag) => {
      const entry = `smp-widgets/${tag.replace(/^smp-/, '')}`;
      return [
        [`${entry}`, { code: `import '${entry}';`, tags: [tag] }],
        [`${entry} + classes`, { code: `import '${entry}'; import { configure, setLocale, getLocale, supportedLocales, VERSION } from 'smp-widgets/classes'; configure({ dryDays: 4 }); setLocale('de'); console.log(getLocale(), supportedLocales, VERSION);`, tags: [tag] }],
      ];
    }));
    apps['smp-widgets'] = { code: `import 'smp-widgets';`, tags: TAGS };
    for (const [name, { code, tags }] of Object.entries(apps)) {
      // The app is a module in the consumer project, so smp-widgets resolves to the installed tarball.
      const app = join(project, 'app.js');
      const bundle = await rollup({
        input: app,
        plugins: [{ name: 'app', resolveId: (id) => (id === app ? id : null), load: (id) => (id === app ? code : null) }, nodeResolve({ browser: true })],
        onwarn: (w) => problems.push(`${name}: ${w.message}`),
      });
      // The entry chunk is what the page loads first; dynamic chunks (locales, tel, ics) come later.
      const { output } = await bundle.generate({ format: 'es' });
      await bundle.close();
      const entry = output.find((o) => o.type === 'chunk' && o.isEntry).code;
      for (const tag of TAGS) {
        const defined = entry.includes(`'${tag}'`) || entry.includes(`"${tag}"`);
        if (defined !== tags.includes(tag)) problems.push(`${name}: <${tag}> ${defined ? 'is in the bundle' : 'is missing'}`);
      }
    }
    return problems;
  });

  await check('in Chromium, each entry point of the installed package registers and renders its elements', async () => {
    const { startDevServer } = await import('@web/dev-server');
    const puppeteer = (await import('puppeteer-core')).default;
    const pages = {
      'bundle.html': `<script type="module" src="/node_modules/smp-widgets/dist/smp-widgets.js"></script>`,
      'index.html': `<script type="module">import 'smp-widgets';</script>`,
      'elements.html': `<script type="module">import 'smp-widgets/aftercare-checklist'; import 'smp-widgets/pros-cons'; import 'smp-widgets/recovery-timeline'; import 'smp-widgets/practitioner-guide';</script>`,
      'classes.html': `<script type="module">
        import * as c from 'smp-widgets/classes';
        window.registeredByClasses = ${JSON.stringify(TAGS)}.filter((t) => customElements.get(t));
        customElements.define('smp-aftercare-checklist', c.SmpAftercareChecklist);
        customElements.define('smp-pros-cons', c.SmpProsCons);
        customElements.define('smp-recovery-timeline', c.SmpRecoveryTimeline);
        customElements.define('smp-practitioner-guide', c.SmpPractitionerGuide);
      </script>`,
    };
    // The checklist gets the clinic contact it asks for (without one it warns once, by design).
    const markup = TAGS.map((t) => (t === 'smp-aftercare-checklist' ? `<${t} phone="020 7946 0000"></${t}>` : `<${t}></${t}>`)).join('');
    for (const [name, script] of Object.entries(pages)) {
      writeFileSync(join(project, name), `<!doctype html><html lang="en"><body>${markup}${script}</body></html>`);
    }
    const server = await startDevServer({
      config: { rootDir: project, port: 20000 + Math.floor(Math.random() * 30000), hostname: '127.0.0.1', nodeResolve: { exportConditions: ['production'] } },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
    });
    const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const problems = [];
    try {
      for (const name of Object.keys(pages)) {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'warn' && errors.push(`warning: ${m.text()}`));
        await page.goto(`http://127.0.0.1:${server.config.port}/${name}`);
        const result = await page
          .waitForFunction(
            (tags) => tags.every((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.querySelector('h2')?.textContent?.trim()),
            { timeout: 10000 },
            TAGS,
          )
          .then(() => page.evaluate((tags) => ({ headings: tags.map((t) => document.querySelector(t).shadowRoot.querySelector('h2').textContent.trim()), early: window.registeredByClasses }), TAGS))
          .catch((e) => ({ error: e.message }));
        if (result.error) problems.push(`${name}: ${result.error}`);
        if (result.early?.length) problems.push(`${name}: smp-widgets/classes registered ${result.early.join(', ')}`);
        if (errors.length) problems.push(`${name}: ${errors.join('; ')}`);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.stop();
    }
    return problems;
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`smp-widgets totals: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
