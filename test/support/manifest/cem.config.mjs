// Config for @custom-elements-manifest/analyzer, run by `npm run build`:
//   cem analyze --config test/support/manifest/cem.config.mjs
// Writes dist/custom-elements.json and, from it, the editor data: VS Code
// custom HTML/CSS data, JetBrains web-types and JSX types.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import { smpManifestPlugin } from './smp-manifest-plugin.mjs';

/** The shared tokens are documented on every element; VS Code's CSS data needs each once. */
const dedupeCssData = () => ({
  name: 'smp-dedupe-css-data',
  packageLinkPhase() {
    const file = 'dist/vscode.css-custom-data.json';
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const seen = new Set();
    data.properties = data.properties.filter((p) => !seen.has(p.name) && seen.add(p.name));
    writeFileSync(file, JSON.stringify(data, null, 2));
  },
});

/**
 * The VS Code plugin lists every member of an attribute's type union but string and number as a
 * value to suggest ("[number, number]" for heal-days, "Date" for session-date). Only the keywords
 * of a type of string literals are values an attribute takes; the rest are dropped.
 */
const keywordValuesOnly = () => ({
  name: 'smp-vscode-keyword-values',
  packageLinkPhase({ customElementsManifest }) {
    const file = 'dist/vscode.html-custom-data.json';
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
    for (const tag of data.tags ?? []) {
      const element = declarations.find((d) => d.tagName === tag.name);
      for (const attr of tag.attributes ?? []) {
        const type = element?.attributes?.find((a) => a.name === attr.name)?.type?.text ?? '';
        const literals = [...type.matchAll(/(['"])([^'"]*)\1/g)].map((m) => m[2]);
        if (attr.values) attr.values = attr.values.filter((v) => literals.includes(v.name));
      }
    }
    writeFileSync(file, JSON.stringify(data, null, 2));
  },
});

/**
 * `persist` is a text property that a bare attribute sets (`<smp-aftercare-checklist persist />`:
 * the element reads `true` as the empty string), so its JSX prop also takes a boolean.
 */
const jsxBarePersist = () => ({
  name: 'smp-jsx-bare-persist',
  packageLinkPhase() {
    const file = 'dist/jsx.d.ts';
    const text = readFileSync(file, 'utf8');
    const out = text.replace(/(\bpersist\?: Smp\w+\["persist"\]);/g, '$1 | boolean;');
    if (out === text) throw new Error(`${file}: no persist prop found to widen`);
    writeFileSync(file, out);
  },
});

// The element classes are abstract bases or registered elements; only the latter are in the editor data.
const exclude = ['SmpElement', 'SmpClinicElement'];
const moduleOf = (tag) => `./lib/elements/${tag.replace(/^smp-/, '')}/${tag.replace(/^smp-/, '')}.js`;

export default {
  globs: ['src/**/*.ts'],
  // bundle.ts, loader.ts, locale-parts.ts and locale-part-loader.ts are the script-tag bundle's (dist/smp-widgets.js), not npm modules.
  exclude: ['src/localization/generated/**', 'src/bundle.ts', 'src/loader.ts', 'src/localization/locale-parts.ts', 'src/localization/locale-part-loader.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    smpManifestPlugin(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      exclude,
      hideLogs: true,
    }),
    dedupeCssData(),
    keywordValuesOnly(),
    customElementJetBrainsPlugin({ outdir: 'dist', fileName: 'web-types.json', exclude, packageJson: false, hideLogs: true }),
    customElementJsxPlugin({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      exclude,
      componentTypePath: (_name, tag) => moduleOf(tag ?? ''),
      hideLogs: true,
    }),
    jsxBarePersist(),
  ],
};
