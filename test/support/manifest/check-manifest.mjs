// `npm run manifest:check` (part of `npm test`, after the build): checks that
// dist/custom-elements.json is complete and usable by tools, that the editor
// data made from it is there, and that the README's API tables are current.
// Prints one "smp-widgets totals: N passed, N failed" line; exits 1 on failure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { validateCem } from '@wc-toolkit/cem-validator';
import { README, MANIFEST, declarations, render } from './docs.mjs';
import { tokenDefaults } from './smp-manifest-plugin.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const decls = declarations(manifest);
const elements = [...decls.values()].filter((d) => d.tagName);
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'];

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    const problems = (await fn()) ?? [];
    if (problems.length) throw new Error(problems.join('\n    '));
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${error.message}`);
  }
}

const srcText = (dir) => {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'generated') walk(path);
      } else if (entry.name.endsWith('.ts')) out.push([path, readFileSync(path, 'utf8')]);
    }
  };
  walk(dir);
  return out;
};

console.log('custom elements manifest:');

await check('@wc-toolkit/cem-validator finds no error in package.json and the manifest', async () => {
  const said = [];
  const log = console.log;
  console.log = (...args) => said.push(format(...args));
  try {
    await validateCem(manifest, {
      packageJsonPath: join(ROOT, 'package.json'),
      cemFileName: 'custom-elements.json',
      // The abstract base classes are not elements of their own.
      exclude: ['SmpElement', 'SmpClinicElement'],
      rules: {
        manifest: {
          // The analyzer (0.11, the newest) writes schema 1.0.0; the validator wants 2.1.0.
          schemaVersion: 'warning',
          // This rule expects a `typeDefinitionPath` under src/; ours sit beside each module in dist/lib (checked below).
          typeDefinitionPath: 'off',
        },
      },
    });
  } catch (error) {
    // eslint-disable-next-line no-control-regex
    throw new Error(said.join('\n').replace(/\x1b\[[0-9;]*m/g, '') || error.message);
  } finally {
    console.log = log;
  }
});

await check('every element is in the manifest, defined by its define module, and published', () => {
  const problems = [];
  for (const tag of TAGS) {
    const decl = elements.find((d) => d.tagName === tag);
    if (!decl) problems.push(`${tag}: no declaration`);
    const defs = manifest.modules.filter((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag));
    const definedIn = defs.map((m) => m.path);
    const expected = `dist/lib/elements/${tag.replace('smp-', '')}/define.js`;
    if (!definedIn.includes(expected)) problems.push(`${tag}: defined in ${definedIn.join(', ') || 'no module'}, expected ${expected}`);
    if (!pkg.exports[`./${tag.replace('smp-', '')}`]) problems.push(`${tag}: no package export`);
  }
  for (const m of manifest.modules) {
    for (const e of m.exports ?? []) {
      if (e.kind === 'custom-element-definition' && !/^smp-/.test(e.name)) problems.push(`${m.path}: bogus definition "${e.name}"`);
    }
  }
  return problems;
});

await check('every module path in the manifest is a published file with its type declarations', () =>
  manifest.modules.flatMap((m) => {
    const problems = [];
    if (!m.path.startsWith('dist/')) problems.push(`${m.path} is not a published path`);
    if (!existsSync(join(ROOT, m.path))) problems.push(`${m.path} does not exist`);
    if (!existsSync(join(ROOT, m.path.replace(/\.js$/, '.d.ts')))) problems.push(`${m.path}: no .d.ts`);
    return problems;
  }),
);

await check('attributes and properties have real types and defaults', () => {
  const problems = [];
  for (const d of [...elements, decls.get('SmpElement'), decls.get('SmpClinicElement')]) {
    for (const x of [...(d.attributes ?? []), ...(d.members ?? []).filter((m) => m.kind === 'field')]) {
      const where = `${d.name}.${x.name}`;
      if (x.privacy === 'private') problems.push(`${where}: private member documented`);
      if (!x.type?.text && !x.static) problems.push(`${where}: no type`);
      if (x.type?.text && /\[['"]|\bundefined\b/.test(x.type.text)) problems.push(`${where}: unresolved type ${x.type.text}`);
      if (x.default && /^[A-Z][A-Z0-9_]+$/.test(x.default)) problems.push(`${where}: default is the constant ${x.default}`);
      if ((x.privacy ?? 'public') === 'public' && !x.static && !x.description) problems.push(`${where}: no description`);
    }
    for (const a of d.attributes ?? []) if (!a.fieldName) problems.push(`${d.name} [${a.name}]: no property`);
  }
  const headingLevel = decls.get('SmpProsCons').attributes.find((a) => a.name === 'heading-level');
  if (headingLevel?.default !== '2') problems.push(`heading-level default is ${headingLevel?.default}`);
  return problems;
});

await check('events: only documented smp- events, each with a detail type', () => {
  const problems = [];
  const expected = { 'smp-aftercare-checklist': ['smp-item-toggle', 'smp-complete'], 'smp-recovery-timeline': ['smp-date-change'], 'smp-practitioner-guide': ['smp-item-toggle', 'smp-complete'] };
  for (const d of elements) {
    for (const e of d.events ?? []) {
      if (!e.name?.startsWith('smp-')) problems.push(`${d.tagName}: event named "${e.name}"`);
      if (!e.type?.text?.startsWith('{')) problems.push(`${d.tagName} ${e.name}: detail type "${e.type?.text}"`);
      if (!e.description) problems.push(`${d.tagName} ${e.name}: no description`);
    }
    for (const name of expected[d.tagName] ?? []) if (!d.events?.some((e) => e.name === name)) problems.push(`${d.tagName}: ${name} missing`);
  }
  // Every smp- event the code can fire (an event class's super('smp-…') or a new CustomEvent('smp-…'))
  // is documented on an element with `@fires {Class} smp-… - …`.
  const documented = new Set(elements.flatMap((d) => (d.events ?? []).map((e) => e.name)));
  for (const [file, text] of srcText(join(ROOT, 'src'))) {
    for (const m of text.matchAll(/(?:super|new CustomEvent)\(\s*'(smp-[\w-]+)'/g)) {
      if (!documented.has(m[1])) problems.push(`${m[1]} (fired in ${file.slice(ROOT.length)}) is not documented with @fires on its element`);
    }
  }
  return problems;
});

await check('parts: every static part name in a template is documented on its element', () => {
  const problems = [];
  const shared = readFileSync(join(ROOT, 'src/internal/smp-element.ts'), 'utf8');
  const partsIn = (text) => new Set([...text.matchAll(/part="([^"$]+)"/g)].flatMap((m) => m[1].trim().split(/\s+/)));
  for (const d of elements) {
    const file = join(ROOT, 'src/elements', d.tagName.replace('smp-', ''), `${d.tagName.replace('smp-', '')}.ts`);
    const used = new Set([...partsIn(readFileSync(file, 'utf8')), ...partsIn(shared)]);
    const documented = new Set((d.cssParts ?? []).map((p) => p.name));
    for (const p of used) if (!documented.has(p)) problems.push(`${d.tagName}: part "${p}" used but not documented`);
    for (const p of d.cssParts ?? []) if (!p.description) problems.push(`${d.tagName}: part "${p.name}" has no description`);
  }
  return problems;
});

/** An element's own tokens are `--smp-<short name>-*`: checklist, pros-cons, timeline, guide. */
const tokenPrefix = (tag) => tag.replace(/^smp-(aftercare-|recovery-|practitioner-)?/, '');

await check('CSS custom properties: every public --smp-* token is documented, with its default', () => {
  const problems = [];
  const tokens = tokenDefaults();
  const used = new Set(srcText(join(ROOT, 'src')).flatMap(([, text]) => [...text.matchAll(/var\((--smp-[\w-]+)/g)].map((m) => m[1])));
  for (const d of elements) {
    const documented = new Map((d.cssProperties ?? []).map((p) => [p.name, p]));
    const own = tokenPrefix(d.tagName);
    for (const name of used) {
      const isOther = TAGS.some((t) => t !== d.tagName && name.startsWith(`--smp-${tokenPrefix(t)}-`));
      if (!isOther && !documented.has(name)) problems.push(`${d.tagName}: ${name} not documented`);
    }
    for (const p of documented.values()) {
      if (!p.default) problems.push(`${d.tagName}: ${p.name} has no default`);
      else if (tokens.has(p.name) && tokens.get(p.name) !== p.default) problems.push(`${d.tagName}: ${p.name} default ${p.default}, styles say ${tokens.get(p.name)}`);
      if (!used.has(p.name)) problems.push(`${d.tagName}: ${p.name} documented but never read (${own})`);
    }
  }
  const accent = decls.get('SmpElement').cssProperties.find((p) => p.name === '--smp-color-accent');
  if (!/^light-dark\(/.test(accent?.default ?? '')) problems.push(`--smp-color-accent default "${accent?.default}" gives no dark value`);
  return problems;
});

await check('editor data: VS Code custom data, web-types and JSX types name every element', () => {
  const problems = [];
  const html = JSON.parse(readFileSync(join(ROOT, 'dist/vscode.html-custom-data.json'), 'utf8'));
  const css = JSON.parse(readFileSync(join(ROOT, 'dist/vscode.css-custom-data.json'), 'utf8'));
  const webTypes = JSON.parse(readFileSync(join(ROOT, 'dist/web-types.json'), 'utf8'));
  const jsx = readFileSync(join(ROOT, 'dist/jsx.d.ts'), 'utf8');
  for (const tag of TAGS) {
    const vs = html.tags?.find((t) => t.name === tag);
    if (!vs) problems.push(`vscode: ${tag} missing`);
    else if (!vs.attributes?.some((a) => a.name === 'heading-level')) problems.push(`vscode: ${tag} lacks heading-level`);
    if (!webTypes.contributions?.html?.elements?.some((e) => e.name === tag)) problems.push(`web-types: ${tag} missing`);
    if (!jsx.includes(`"${tag}":`)) problems.push(`jsx: ${tag} missing`);
  }
  if (!css.properties?.some((p) => p.name === '--smp-color-accent')) problems.push('vscode css: --smp-color-accent missing');
  const cssNames = css.properties?.map((p) => p.name) ?? [];
  if (new Set(cssNames).size !== cssNames.length) problems.push('vscode css: a custom property is listed more than once');
  if (!jsx.includes('"onsmp-item-toggle"')) problems.push('jsx: onsmp-item-toggle missing');
  for (const [key, file] of [['web-types', pkg['web-types']], ['customElements', pkg.customElements]]) {
    if (!file || !existsSync(join(ROOT, file))) problems.push(`package.json ${key}: ${file} does not exist`);
  }
  return problems;
});

await check('editor data: the attribute values VS Code offers are values the attribute takes', () => {
  // VS Code suggests each listed value as you type the attribute's value: only the keywords of a
  // type made of string literals ('auto' | 'columns' | 'stacked') belong there, never a piece of
  // a TypeScript type ("[number, number]" for heal-days, "Date" for session-date).
  const problems = [];
  const html = JSON.parse(readFileSync(join(ROOT, 'dist/vscode.html-custom-data.json'), 'utf8'));
  for (const element of elements) {
    const vs = html.tags?.find((t) => t.name === element.tagName);
    for (const attr of vs?.attributes ?? []) {
      const literals = [...((element.attributes ?? []).find((a) => a.name === attr.name)?.type?.text ?? '').matchAll(/(['"])([^'"]*)\1/g)].map((m) => m[2]);
      const wrong = (attr.values ?? []).map((v) => v.name).filter((v) => !literals.includes(v));
      if (wrong.length) problems.push(`vscode: ${element.tagName} ${attr.name} offers ${wrong.map((v) => JSON.stringify(v)).join(', ')}`);
      // The attributes that take keywords (warned about when another value is given): an editor offers them.
      if (['scheme', 'defaults', 'layout', 'orientation', 'variant'].includes(attr.name) && !(attr.values ?? []).length) {
        problems.push(`vscode: ${element.tagName} ${attr.name} takes keywords but offers none (type it as a union of string literals)`);
      }
    }
  }
  return problems;
});

await check('README API tables are generated from this manifest (`npm run docs`)', () => {
  const { stale, missing, unknown } = render(readFileSync(README, 'utf8'), manifest);
  return [...stale.map((n) => `stale: ${n} — run \`npm run docs\``), ...missing.map((n) => `no README marker for ${n}`), ...unknown.map((n) => `unknown marker ${n}`)];
});

const count = (key, filter = () => true) => elements.reduce((n, d) => n + (d[key] ?? []).filter(filter).length, 0);
console.log(
  `manifest documents, over ${elements.length} elements: ${count('attributes')} attributes, ` +
    `${count('members', (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')} public properties, ${count('events')} events, ` +
    `${count('cssParts')} parts, ${count('cssProperties')} CSS properties ` +
    `(${decls.get('SmpElement')?.cssProperties?.length ?? 0} shared tokens, ${count('cssProperties', (p) => !p.inheritedFrom)} element tokens)`,
);
const unique = (key, filter = () => true) => new Set(elements.flatMap((d) => (d[key] ?? []).filter(filter).map((x) => x.name))).size;
console.log(
  `distinct names: ${unique('attributes')} attributes, ${unique('members', (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')} properties, ` +
    `${unique('events')} events, ${unique('cssParts')} parts, ${unique('cssProperties')} CSS custom properties`,
);
console.log(`smp-widgets totals: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
