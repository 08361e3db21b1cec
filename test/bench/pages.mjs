// The pages `npm run bench` loads: each written as a clinic would, with the
// README's recommended embed, and its static-HTML floor.

/** The elements, with the attributes a clinic page typically sets. */
export const ELEMENTS = [
  { name: 'checklist', tag: 'smp-aftercare-checklist', attrs: 'phone="+44 20 7946 0000"' },
  { name: 'pros-cons', tag: 'smp-pros-cons', attrs: '' },
  { name: 'timeline', tag: 'smp-recovery-timeline', attrs: 'session-date="2026-01-09"' },
  { name: 'guide', tag: 'smp-practitioner-guide', attrs: '' },
];

const head = (title, extra = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <link rel="icon" href="data:,">
    <meta name="description" content="Aftercare, pros and cons and the recovery timeline of scalp micropigmentation, from your clinic.">
${extra}
    <style>body { font: 1rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 40rem; padding: 1rem; color: #1f2933; } main > * { margin-block: 1.5rem; }</style>
  </head>
  <body>
    <header><h1>Scalp micropigmentation at our clinic</h1><p>What to expect, how to look after your scalp, and when it heals.</p></header>
    <main>`;

const foot = `
    </main>
    <footer><p>Text below the widgets: it would move if a widget appeared late or changed size.</p><p><a href="https://clinic.example/contact">Contact the clinic</a></p></footer>
  </body>
</html>
`;

/**
 * The `<head>` lines that load smp-widgets, served from `base`:
 *  - `recommended` (the README's embed): a modulepreload for the core, a
 *    render-blocking module script for each element the page uses, then the
 *    one script tag, which loads any other tag added later;
 *  - `preload`: modulepreload hints for the core and each element, then the one tag;
 *  - `one-tag`: the one script tag alone.
 * `files` says which files the build has, so an older single-file build gets
 * the one tag only.
 */
export function embed(kind, tags, files, base = '/dist/') {
  const chunk = (tag) => `elements/${tag.replace(/^smp-/, '')}.js`;
  const lines = [];
  if (kind !== 'one-tag' && files.has('chunks/core.js')) lines.push(`<link rel="modulepreload" href="${base}chunks/core.js">`);
  for (const tag of new Set(tags)) {
    if (!files.has(chunk(tag))) continue;
    if (kind === 'preload') lines.push(`<link rel="modulepreload" href="${base}${chunk(tag)}">`);
    if (kind === 'recommended') lines.push(`<script type="module" blocking="render" src="${base}${chunk(tag)}"></script>`);
  }
  lines.push(`<script type="module" src="${base}smp-widgets.js"></script>`);
  return lines.map((l) => `    ${l}`).join('\n');
}

/** A page with the given widgets, loaded by the given `<head>` lines (see `embed`). */
export const widgetPage = (widgets, headLines) => head('SMP aftercare', headLines) + widgets.map((w) => `\n      <${w.tag} ${w.attrs}></${w.tag}>`).join('') + foot;

/**
 * The floor: the same rendered content as static HTML (a declarative shadow
 * root with its styles, so it looks the same) and about ten lines of JS that
 * keep the checklist's count up to date.
 */
export const floorPage = (shadows) =>
  head('SMP aftercare') +
  shadows.map((s) => `\n      <div class="smp-static ${s.tag}"><template shadowrootmode="open"><style>${s.css}</style>${s.markup}</template></div>`).join('') +
  `
    <script>
      for (const host of document.querySelectorAll('.smp-static')) {
        host.shadowRoot.addEventListener('change', () => {
          const boxes = [...host.shadowRoot.querySelectorAll('input[type=checkbox]')];
          const done = boxes.filter((box) => box.checked).length;
          const progress = host.shadowRoot.querySelector('[part~="progress"]');
          if (progress) progress.textContent = done + ' of ' + boxes.length + ' done';
          host.classList.toggle('complete', done === boxes.length);
        });
      }
    </script>` +
  foot;
