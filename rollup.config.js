// Two builds from one source tree:
//  1. dist/smp-widgets.js — the script-tag bundle: a small loader entry
//     (src/bundle.ts) over chunks/core.js (Lit's production build, the base
//     element, settings, localization, shared styles) and one chunk per element
//     in elements/, fetched when its tag is first seen on the page. Other
//     locales become small chunks in locales/.
//  2. dist/lib/ — one ES module per source module for npm users, with Lit left
//     as a dependency, so a bundler imports only what it uses.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import replace from '@rollup/plugin-replace';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import MagicString from 'magic-string';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! smp-widgets ${pkg.version} | ${pkg.license} | Lit: BSD-3-Clause */`;

/** Prints each written file's size, minified and gzipped, after the build. */
function sizes() {
  const rows = [];
  return {
    name: 'print-sizes',
    generateBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        const code = file.type === 'chunk' ? file.code : file.fileName.endsWith('.js') ? String(file.source) : undefined;
        if (code === undefined) continue;
        rows.push([`${options.dir ?? ''}/${file.fileName}`.replace(/^\//, ''), Buffer.byteLength(code), gzipSync(code, { level: 9 }).length]);
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

/**
 * Where each module of the script-tag bundle goes. A module that the entry
 * needs, or that two or more elements share (Lit, the base classes, settings,
 * styles), is in one core chunk, so an element costs exactly one extra
 * request, never a waterfall of small shared chunks; a module only one element
 * uses stays in that element's chunk. The core is a chunk of its own, not the
 * entry: element chunks import it by a path relative to themselves, and a page
 * that loads the entry as `smp-widgets.js?ver=2` (WordPress adds such queries)
 * would otherwise fetch and run a second copy of the entry.
 */
function bundleChunks() {
  let users; // module id -> Set of 'entry' and element define modules that import it statically
  const collect = (from, label, getModuleInfo) => {
    const stack = [from];
    while (stack.length) {
      const id = stack.pop();
      const info = getModuleInfo(id);
      if (!info) continue;
      const set = users.get(id) ?? new Set();
      if (set.has(label)) continue;
      set.add(label);
      users.set(id, set);
      stack.push(...info.importedIds);
    }
  };
  return (id, { getModuleInfo, getModuleIds }) => {
    if (!users) {
      users = new Map();
      const all = [...getModuleIds()];
      for (const entry of all.filter((m) => getModuleInfo(m)?.isEntry)) collect(entry, 'entry', getModuleInfo);
      for (const define of all.filter((m) => /\/src\/elements\/[\w-]+\/define\.ts$/.test(m))) collect(define, define, getModuleInfo);
    }
    if (getModuleInfo(id)?.isEntry || /\/src\/elements\/[\w-]+\/define\.ts$/.test(id)) return undefined;
    const set = users.get(id);
    if (!set) return undefined; // only imported dynamically (the calendar writer): its own chunk
    return set.has('entry') || set.size > 1 ? 'core' : undefined;
  };
}

/**
 * @lit/localize looks a message up by its `id`, and hashes the message text
 * into one at run time only when a `msg()` call has none. Every `msg()` in
 * src/ gives an id (this plugin fails the build if one does not), so the hasher
 * is dead weight in the script-tag bundle (0.3 KiB gzip, and parse time on
 * every page): it is replaced by a stub.
 */
function explicitMessageIds(record = (_module, _id) => {}) {
  const stub = '\0smp-no-msg-id-generation';
  const walk = (node, visit) => {
    if (!node || typeof node.type !== 'string') return;
    visit(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
      else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
    }
  };
  return {
    name: 'explicit-message-ids',
    resolveId(source, importer) {
      return source === './id-generation.js' && importer?.includes('@lit/localize') ? stub : null;
    },
    load(id) {
      return id === stub ? 'export const generateMsgId = () => "";' : null;
    },
    transform: {
      order: 'post', // after esbuild: it reads the JavaScript
      handler(code, id) {
        if (!id.includes('/src/') || id.includes('/generated/') || !code.includes('msg(')) return null;
        walk(this.parse(code), (node) => {
          if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
          const options = node.arguments[1];
          const idProp = options?.type === 'ObjectExpression' ? options.properties.find((p) => p.key?.name === 'id' || p.key?.value === 'id') : undefined;
          if (idProp?.value?.type === 'Literal') record(id, idProp.value.value);
          if (!idProp) this.error(`msg() without an { id } in ${id} at offset ${node.start}: give every message an id (the bundle does not hash message text).`);
        });
        return null;
      },
    },
  };
}

/**
 * Each locale's translations, split by element: `locales/<locale>/<element>.js`
 * holds the messages that element's chunk says, plus the few that the core
 * says (the entry's modules, or modules two or more elements share), so a page
 * in German with one checklist fetches one file with the checklist's messages,
 * not every element's. lit-localize still
 * generates one module per locale (`npm run localize:build`, checked by
 * `localize:check`); the split happens here, by which chunk each `msg()` id
 * ended up in, so it follows the code wherever it moves.
 *
 * In the bundle, localization.ts loads through `locale-parts.ts` instead of
 * `locale-loader.ts` (one module per locale, what npm users get), and each
 * element's define module first calls `usePart('<element>')`.
 */
function localeParts(record) {
  const root = new URL('.', import.meta.url).pathname;
  const parts = `${root}src/localization/locale-parts.ts`;
  const config = JSON.parse(readFileSync(new URL('./src/localization/lit-localize.json', import.meta.url), 'utf8'));
  const idsOf = new Map(); // module id -> Set of msg ids
  record.fn = (module, id) => {
    const set = idsOf.get(module) ?? new Set();
    set.add(id);
    idsOf.set(module, set);
  };
  // `runtime`: the path of chunks/translations.js from a locale file, imported first, so a
  // page that lists its locale files in <head> has @lit/localize's runtime with them.
  const serialize = (templates, runtime) => {
    let tagged = false;
    const entries = Object.entries(templates).map(([id, t]) => {
      if (typeof t === 'string') return `${JSON.stringify(id)}:${JSON.stringify(t)}`;
      if (!t?.strTag) throw new Error(`locale message ${id}: only strings and str\`\` templates are supported`);
      tagged = true;
      return `${JSON.stringify(id)}:s(${JSON.stringify([...t.strings])}${t.values.map((v) => `,${v}`).join('')})`;
    });
    // Also put in a page-wide registry under its own URL, so a page that loads this file in
    // its <head> (the recommended embed for a page not in English) has the messages at
    // hand for the first render: see locale-parts.ts. Without its query (`?ver=1`): the bundle
    // looks for the plain URL, and would otherwise fetch and run the file a second time.
    return `import${JSON.stringify(runtime)};${tagged ? 'const s=(t,...v)=>({strTag:!0,strings:t,values:v});' : ''}export const templates={${entries.join(',')}};(globalThis[Symbol.for("smp-widgets.locale-parts")]??={})[import.meta.url.split(/[?#]/)[0]]=templates;\n`;
  };
  return {
    name: 'locale-parts',
    resolveId(source, importer) {
      if (source === './locale-loader.js' && importer?.endsWith('/src/localization/translations.ts')) return `${root}src/localization/locale-part-loader.ts`;
      return null;
    },
    transform(code, id) {
      const element = /\/src\/elements\/([\w-]+)\/define\.ts$/.exec(id)?.[1];
      if (!element) return null;
      const s = new MagicString(code);
      s.prepend(`import { usePart as __smpUsePart } from ${JSON.stringify(parts)};\n__smpUsePart(${JSON.stringify(element)});\n`);
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
    async generateBundle(_options, bundle) {
      const { transform } = await import('esbuild');
      // msg id -> 'common' or the one element whose chunk says it
      const partOf = new Map();
      const elements = new Set();
      let runtime;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        if (file.moduleIds.some((m) => m.endsWith('/src/localization/translations.ts'))) runtime = `../../${file.fileName}`;
        const element = /^elements\/([\w-]+)\.js$/.exec(file.fileName)?.[1] ?? 'common';
        if (element !== 'common') elements.add(element);
        for (const module of file.moduleIds) {
          for (const id of idsOf.get(module) ?? []) partOf.set(id, partOf.has(id) && partOf.get(id) !== element ? 'common' : element);
        }
      }
      for (const locale of config.targetLocales) {
        const file = `${root}src/localization/generated/locales/${locale}.ts`;
        this.addWatchFile(file);
        let { code } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
        code = code.replace(/import\s*\{\s*str\s*\}\s*from\s*["']@lit\/localize["'];?/, 'const str=(strings,...values)=>({strTag:true,strings,values});');
        const { templates } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
        const split = new Map([['common', {}], ...[...elements].map((e) => [e, {}])]);
        for (const [id, t] of Object.entries(templates)) {
          const part = partOf.get(id);
          if (part) split.get(part)[id] = t; // a message no chunk says is left out
        }
        // The shared messages are few (0.1 KiB): each element's file carries them, which saves a request.
        const common = split.get('common');
        for (const element of elements) {
          this.emitFile({ type: 'asset', fileName: `locales/${locale}/${element}.js`, source: serialize({ ...common, ...split.get(element) }, runtime) });
        }
      }
    },
  };
}

/**
 * An English page never needs @lit/localize's runtime (`configureLocalization`,
 * its message lookup and its promises): localization.ts imports it, through
 * translations.ts, only when another language is wanted. Importing
 * `@lit/localize` itself would pull that runtime into the core (its index
 * re-exports it, and the runtime's module runs code when loaded), so in the
 * script-tag bundle `@lit/localize` is the three names src/ uses; the runtime
 * then lands in `chunks/translations.js`. A name src/ starts using that is not
 * listed here fails the build ("not exported").
 */
function runtimeOnDemand() {
  const shim = '\0smp-lit-localize';
  return {
    name: 'lit-localize-runtime-on-demand',
    resolveId(source, importer) {
      return source === '@lit/localize' && importer && !importer.includes('/node_modules/') ? shim : null;
    },
    load(id) {
      if (id !== shim) return null;
      return [
        "export { msg } from '@lit/localize/init/install.js';",
        "export { str } from '@lit/localize/internal/str-tag.js';",
        "export { updateWhenLocaleChanges } from '@lit/localize/internal/localized-controller.js';",
      ].join('\n');
    },
  };
}

/**
 * Code chunks written in ASCII only. A script's source stays in the JS heap for
 * as long as the page lives, and a single non-ASCII character (a typographic
 * apostrophe in an English string) makes V8 keep all of it at two bytes per
 * character: escaping the few such characters (as \uXXXX, valid in strings,
 * templates and regular expressions alike) halves that memory. terser's own
 * `ascii_only` skips template literals and regular expressions. Locale files
 * (assets, see localeParts) are mostly non-ASCII text, which escaping would
 * only bloat, and are left alone.
 */
function asciiOnly() {
  return {
    name: 'ascii-only',
    renderChunk(code, chunk) {
      if (!/[^\0-\x7f]/.test(code)) return null;
      const s = new MagicString(code);
      for (const m of code.matchAll(/[^\0-\x7f]/g)) {
        s.overwrite(m.index, m.index + 1, `\\u${m[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}

// The version comes from package.json only: src/version.ts says __SMP_VERSION__.
const version = () => replace({ preventAssignment: true, values: { __SMP_VERSION__: JSON.stringify(pkg.version) } });
const ts = () => [version(), esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', sourceMap: true })];

const messageIds = {}; // explicitMessageIds tells localeParts which module says which message

export default [
  {
    input: { 'smp-widgets': 'src/bundle.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      banner,
      entryFileNames: '[name].js',
      manualChunks: bundleChunks(),
      // Elements in elements/<name>.js (stable names, so a page can
      // <link rel="modulepreload"> them), the core and the on-demand calendar writer in chunks/.
      chunkFileNames: (chunk) => {
        if (chunk.name === 'core') return 'chunks/core.js';
        const element = chunk.moduleIds.map((id) => /\/src\/elements\/([\w-]+)\/define\./.exec(id)?.[1]).find(Boolean);
        return element ? `elements/${element}.js` : 'chunks/[name].js';
      },
    },
    plugins: [
      localeParts(messageIds),
      runtimeOnDemand(),
      explicitMessageIds((module, id) => messageIds.fn(module, id)),
      resolve({ exportConditions: ['production'] }),
      ts(),
      // Minifies the CSS inside Lit's css`` templates, which terser leaves alone. HTML and
      // SVG templates are left as written: the HTML minifier drops SVG paths after a
      // self-closed <circle/>, and gzip gains almost nothing from it.
      minifyHTML({ options: { shouldMinify: () => false } }),
      terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: /^!/ } }),
      asciiOnly(),
      sizes(),
    ],
  },
  {
    input: ['src/index.ts', 'src/classes.ts', 'src/elements/aftercare-checklist/define.ts', 'src/elements/pros-cons/define.ts', 'src/elements/recovery-timeline/define.ts', 'src/elements/practitioner-guide/define.ts'],
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
