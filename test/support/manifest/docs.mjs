// The README's API tables, generated from dist/custom-elements.json (which
// `npm run build` generates from the JSDoc). `npm run docs` rewrites every
// block between `<!-- api:NAME -->` and `<!-- /api -->` in README.md;
// `node test/support/manifest/docs.mjs --check` only says which are stale
// (check-manifest.mjs runs it in `npm test`).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemes } from './smp-manifest-plugin.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const README = `${ROOT}README.md`;
export const MANIFEST = `${ROOT}dist/custom-elements.json`;

const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text == null || text === '' ? '—' : `\`${cell(text)}\``);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function declarations(manifest) {
  const byName = new Map();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.kind === 'class') byName.set(d.name, d);
  return byName;
}

/** Attributes and public properties a user sets, in source order, attribute first. */
function inputs(decl, own) {
  const rows = [];
  const mine = (x) => !own || !x.inheritedFrom;
  for (const a of decl.attributes ?? []) if (mine(a)) rows.push({ attribute: a.name, property: a.fieldName, type: a.type?.text, default: a.default, description: a.description });
  for (const m of decl.members ?? []) {
    if (m.kind !== 'field' || m.static || (m.privacy && m.privacy !== 'public') || !mine(m) || m.readonly) continue;
    if (rows.some((r) => r.property === m.name)) continue;
    rows.push({ attribute: undefined, property: m.name, type: m.type?.text, default: m.default, description: m.description });
  }
  return rows;
}

/** Every generated block, by marker name. */
export function blocks(manifest) {
  const decls = declarations(manifest);
  const out = new Map();
  const base = decls.get('SmpElement');
  const clinic = decls.get('SmpClinicElement');

  out.set(
    'shared:attributes',
    table(
      ['attribute', 'property', 'type', 'default', 'what it does'],
      inputs(base, true).map((r) => [code(r.attribute), code(r.property), code(r.type), code(r.default), cell(r.description)]),
    ),
  );
  out.set(
    'shared:tokens',
    table(
      ['custom property', 'light default', 'dark default', 'used for'],
      (base.cssProperties ?? []).map((p) => {
        const { light, dark } = schemes(p.default);
        return [code(p.name), code(light), dark === light ? 'same' : code(dark), cell(p.description)];
      }),
    ),
  );
  out.set(
    'clinic:attributes',
    table(
      ['attribute', 'property and `configure()` key', 'type', 'what it says'],
      inputs(clinic, true).map((r) => [code(r.attribute), code(r.property), code(r.type), cell(r.description)]),
    ),
  );

  for (const decl of decls.values()) {
    if (!decl.tagName) continue;
    const tag = decl.tagName;
    out.set(
      `${tag}:attributes`,
      table(
        ['attribute', 'property', 'type', 'default', 'what it does'],
        inputs(decl, true).map((r) => [code(r.attribute), code(r.property), code(r.type), code(r.default), cell(r.description)]),
      ),
    );
    out.set(
      `${tag}:events`,
      decl.events?.length
        ? table(
            ['event', '`detail`', 'when'],
            decl.events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
          )
        : 'Events: none.',
    );
    out.set(
      `${tag}:parts`,
      table(
        ['part', ''],
        (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
    const ownProps = (decl.cssProperties ?? []).filter((p) => !p.inheritedFrom);
    out.set(
      `${tag}:css`,
      table(
        ['custom property', 'default', ''],
        ownProps.map((p) => [code(p.name), code(p.default), cell(p.description)]),
      ) + '\n\nAnd every [shared token](#colour-schemes).',
    );
  }
  return out;
}

const MARKER = /(<!-- api:([\w:-]+) -->\n)([\s\S]*?)(<!-- \/api -->)/g;

/** README with every block regenerated, and the names of blocks that changed or are unknown. */
export function render(readme, manifest) {
  const generated = blocks(manifest);
  const stale = [];
  const unknown = [];
  const seen = new Set();
  const text = readme.replace(MARKER, (all, open, name, body, close) => {
    seen.add(name);
    if (!generated.has(name)) {
      unknown.push(name);
      return all;
    }
    const next = `${generated.get(name)}\n`;
    if (next !== body) stale.push(name);
    return `${open}${next}${close}`;
  });
  const missing = [...generated.keys()].filter((n) => !seen.has(n));
  return { text, stale, unknown, missing };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const readme = readFileSync(README, 'utf8');
  const { text, stale, unknown, missing } = render(readme, manifest);
  if (process.argv.includes('--check')) {
    if (stale.length) console.error(`README API tables are stale: ${stale.join(', ')}. Run \`npm run docs\`.`);
    process.exitCode = stale.length ? 1 : 0;
  } else {
    writeFileSync(README, text);
    console.log(stale.length ? `README: regenerated ${stale.join(', ')}` : 'README: API tables already up to date');
  }
  if (unknown.length) console.warn(`README markers with no table: ${unknown.join(', ')}`);
  if (missing.length) console.warn(`Tables with no README marker: ${missing.join(', ')}`);
}
