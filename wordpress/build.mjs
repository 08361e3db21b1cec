// Fills the WordPress plugin's build/ folder from dist/ (run by `npm run build`
// after rollup): the script-tag bundle and every chunk folder rollup emits
// beside it, found by walking dist/ — every .js (and .js.map) file outside
// dist/lib/ (the npm modules), so per-element or other new chunks come along. Also writes build/item-ids.json,
// the default item ids per element, for the block editor's "hide" checkboxes.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(root, 'wordpress', 'smp-widgets', 'build');

// JavaScript and its source maps only: the manifest, editor data files (web-types, VS Code
// data), type declarations and the plugin zip stay out.
const skipDir = (rel) => rel === 'lib';
const wanted = (rel) => rel.endsWith('.js') || rel.endsWith('.js.map');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = relative(dist, path).split('\\').join('/');
    if (statSync(path).isDirectory()) return skipDir(rel) ? [] : files(path);
    return wanted(rel) ? [rel] : [];
  });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const copied = files(dist);
if (!copied.includes('smp-widgets.js')) {
  console.error('[smp-widgets] wordpress/build.mjs: dist/smp-widgets.js is missing; run rollup first.');
  process.exit(1);
}
for (const rel of copied) {
  mkdirSync(dirname(join(out, rel)), { recursive: true });
  cpSync(join(dist, rel), join(out, rel));
}

// Default item ids, read from the content modules (`{ id: 'keep-dry', … }`).
const content = { 'aftercare-checklist': 'aftercare', 'pros-cons': 'pros-cons', 'recovery-timeline': 'recovery-timeline', 'practitioner-guide': 'practitioner-guide' };
const ids = {};
for (const [slug, file] of Object.entries(content)) {
  const source = readFileSync(join(root, 'src', 'content', `${file}.ts`), 'utf8');
  ids[slug] = [...new Set([...source.matchAll(/\bid:\s*'([a-z0-9-]+)'/g)].map((m) => m[1]))];
}
writeFileSync(join(out, 'item-ids.json'), `${JSON.stringify(ids)}\n`);
console.log(`wordpress/smp-widgets/build: ${copied.length} files from dist/, item ids for ${Object.keys(ids).length} elements`);
