// Two builds from one source tree:
//  1. dist/smp-widgets.js — the script-tag bundle: every element, English
//     content and Lit (production build) in one minified, self-registering
//     ES module. Other locales become small chunks beside it.
//  2. dist/lib/ — one ES module per source module for npm users, with Lit left
//     as a dependency, so a bundler imports only what it uses.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! smp-widgets ${pkg.version} | ${pkg.license} | Lit: BSD-3-Clause */`;

/** Prints each written file's size, minified and gzipped, after the build. */
function sizes() {
  const rows = [];
  return {
    name: 'print-sizes',
    generateBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const bytes = Buffer.byteLength(file.code);
        rows.push([`${options.dir ?? ''}/${file.fileName}`.replace(/^\//, ''), bytes, gzipSync(file.code, { level: 9 }).length]);
      }
    },
    closeBundle() {
      if (!rows.length) return;
      const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
      const width = Math.max(...rows.map((r) => r[0].length));
      console.log('\nsize (minified / gzip):');
      for (const [name, min, gz] of rows.sort((a, b) => a[0].localeCompare(b[0]))) {
        console.log(`  ${name.padEnd(width)}  ${kib(min).padStart(10)}  ${kib(gz).padStart(10)}`);
      }
      rows.length = 0;
    },
  };
}

const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', sourceMap: true });

export default [
  {
    input: { 'smp-widgets': 'src/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      banner,
      entryFileNames: '[name].js',
      chunkFileNames: 'locales/[name].js',
    },
    plugins: [
      resolve({ exportConditions: ['production'] }),
      ts(),
      // Minifies the CSS inside Lit's css`` templates, which terser leaves alone. HTML and
      // SVG templates are left as written: the HTML minifier drops SVG paths after a
      // self-closed <circle/>, and gzip gains almost nothing from it.
      minifyHTML({ options: { shouldMinify: () => false } }),
      terser({ ecma: 2021, module: true, format: { comments: /^!/ } }),
      sizes(),
    ],
  },
  {
    input: ['src/index.ts', 'src/classes.ts', 'src/elements/aftercare-checklist/define.ts', 'src/elements/pros-cons/define.ts', 'src/elements/recovery-timeline/define.ts'],
    external: [/^lit($|\/)/, /^@lit\//],
    output: {
      dir: 'dist/lib',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
    plugins: [ts()],
  },
];
