// The Lit floor for `npm run bench`: for each page, the same rendered content
// (the markup and styles the static floor serializes from a real render) drawn
// by the smallest Lit element that can — one template with no bindings but the
// checklist's "N of M done" count, native checkboxes, no settings, storage,
// translations or warnings — bundled alone with Lit's production build and
// minified like the library. What a page pays for Lit itself, next to what it
// pays for smp-widgets: the "one minimal Lit element" row, rebuilt
// from today's content in every run.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Text safe inside a JavaScript template literal. */
const literal = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** The element's source: its markup as one template, the count bound, the styles as written. */
function source(tag, { css, markup }) {
  const count = /(\d+) of (\d+) done/;
  const template = literal(markup).replace(count, (_m, _done, total) => `\${this.done} of ${total} done`);
  return `
customElements.define('${tag}', class extends LitElement {
  static properties = { done: { state: true } };
  static styles = unsafeCSS(\`${literal(css)}\`);
  constructor() {
    super();
    this.done = 0;
  }
  render() {
    return html\`<div @change=\${(e) => (this.done = [...this.renderRoot.querySelectorAll('input:checked')].length)}>${template}</div>\`;
  }
});
`;
}

/**
 * Builds one module per scenario into a temporary folder and returns it with
 * each scenario's `{ file, tags }`. `scenarios`: `{ name, shadows }`, the
 * shadows as the static floor has them.
 */
export async function buildReference(scenarios, root) {
  const dir = mkdtempSync(join(os.tmpdir(), 'smp-bench-lit-'));
  const out = {};
  for (const { name, shadows } of scenarios) {
    const tags = shadows.map((s) => `smp-ref-${s.tag.replace(/^smp-/, '')}`);
    const entry = join(dir, `${name}.src.js`);
    writeFileSync(entry, `import { LitElement, html, unsafeCSS } from 'lit';\n${shadows.map((s, i) => source(tags[i], s)).join('')}`);
    const bundle = await rollup({
      input: entry,
      plugins: [resolve({ exportConditions: ['production'], modulePaths: [join(root, 'node_modules')] }), terser({ ecma: 2021, module: true, compress: { passes: 2 } })],
      onwarn: () => {},
    });
    await bundle.write({ file: join(dir, `${name}.js`), format: 'es' });
    await bundle.close();
    rmSync(entry);
    out[name] = { file: `${name}.js`, tags };
  }
  return { dir, pages: out };
}
