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
 * Fixes to the generated JSX types, for what React 19 and Preact do with a prop: they set it as a
 * property only when the element has a property of that name, and otherwise write an attribute.
 * - A kebab-case prop (`session-date`, `heal-days`) is always written as an attribute, so it takes
 *   only what an attribute carries (a `Date` would be its `toString()`, `[3, 5]` would be "3,5"),
 *   and its camelCase property (`sessionDate`, `healDays`) is a prop too, with the property's type.
 *   A number's attribute also takes its digits as text (`heading-level="3"`, as HTML writes it).
 */
const jsxProps = () => ({
  name: 'smp-jsx-props',
  packageLinkPhase() {
    const file = 'dist/jsx.d.ts';
    const text = readFileSync(file, 'utf8');
    let out = text;
    const base = 'type BaseEvents = {};';
    if (!out.includes(base)) throw new Error(`${file}: no "${base}" to put AttributeValue after`);
    out = out.replace(base, `${base}\n\n/** What a value written as an attribute can be. */\ntype AttributeValue<T> = Extract<T, string | number | boolean | undefined> | (T extends number ? \`\${number}\` : never);`);
    const kebab = /( {2}\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n)? {2}"([a-z]+(?:-[a-z]+)+)"\?: (Smp\w+)\["(\w+)"\];/g;
    let count = 0;
    out = out.replace(kebab, (_all, doc = '', attribute, component, field) => {
      count++;
      return `${doc}  "${attribute}"?: AttributeValue<${component}["${field}"]>;\n${doc}  ${field}?: ${component}["${field}"];`;
    });
    if (!count) throw new Error(`${file}: no kebab-case attribute prop found`);
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
    jsxProps(),
  ],
};
