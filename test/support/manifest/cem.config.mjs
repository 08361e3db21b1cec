// Config for @custom-elements-manifest/analyzer, run by `npm run build`:
//   cem analyze --config test/support/manifest/cem.config.mjs
// Writes dist/custom-elements.json and, from it, the editor data: VS Code
// custom HTML/CSS data, JetBrains web-types and JSX types.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { smpManifestPlugin } from './smp-manifest-plugin.mjs';

// The element classes are abstract bases or registered elements; only the latter are in the editor data.
const exclude = ['SmpElement', 'SmpClinicElement'];
const moduleOf = (tag) => `./lib/elements/${tag.replace(/^smp-/, '')}/${tag.replace(/^smp-/, '')}.js`;

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/localization/generated/**'],
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
    customElementJetBrainsPlugin({ outdir: 'dist', fileName: 'web-types.json', exclude, packageJson: true, hideLogs: true }),
    customElementJsxPlugin({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      exclude,
      componentTypePath: (_name, tag) => moduleOf(tag ?? ''),
      hideLogs: true,
    }),
  ],
};
