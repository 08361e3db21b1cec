// Zips the plugin into dist/smp-widgets-wordpress.zip, with smp-widgets/ as
// its top folder, ready for Plugins → Add New → Upload Plugin. Run after
// `npm run build` (which fills the plugin's build/ folder). Writes
// languages/smp-widgets.pot first (make-pot.mjs), so the zip's is current, and
// compiles languages/*.po to the .mo and JSON files WordPress loads (po.mjs).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { POT, checkDomains, extract } from './make-pot.mjs';
import { compile } from './po.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const plugin = join(root, 'wordpress', 'smp-widgets');
const target = join(root, 'dist', 'smp-widgets-wordpress.zip');

if (!existsSync(join(plugin, 'build', 'smp-widgets.js'))) {
  console.error('[smp-widgets] wordpress/smp-widgets/build/ is empty: run `npm run build` first.');
  process.exit(1);
}

// The translation template, from the plugin's current strings.
const pot = extract();
writeFileSync(POT, pot);
const problems = checkDomains();
if (problems.length) {
  for (const p of problems) console.error(`[smp-widgets] ${p}`);
  process.exit(1);
}
// The shipped translations: each languages/*.po as the .mo and block-editor JSON WordPress loads.
const compiled = compile();

const entries = {};
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else entries[`smp-widgets/${relative(plugin, path).split('\\').join('/')}`] = readFileSync(path);
  }
})(plugin);

mkdirSync(dirname(target), { recursive: true });
const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
writeFileSync(target, zip);
console.log(`${relative(root, target)}: ${Object.keys(entries).length} files (${compiled.length} compiled translation files), ${(zip.length / 1024).toFixed(1)} KiB`);
