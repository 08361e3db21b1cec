import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from './support/helpers.js';

// The shipped script-tag bundle (built by `npm test` before the browser tests),
// checked as a clinic page would use it.
const bundle = new URL('../dist/smp-widgets.js', import.meta.url).href;

describe('dist/smp-widgets.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ bundle);
  });

  it('registers every element', () => {
    for (const tag of ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide']) expect(customElements.get(tag), tag).to.not.equal(undefined);
  });

  it('renders each element with its content, icons intact, without warnings', async () => {
    const warnings = await captureWarnings(async () => {
      for (const tag of ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide']) {
        const el = await fixture(html`<div></div>`);
        el.innerHTML = `<${tag}></${tag}>`;
        const widget = el.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await widget.updateComplete;
        const root = widget.shadowRoot!;
        expect(root.querySelector('h2')!.textContent!.trim().length, tag).to.be.greaterThan(5);
        expect(root.querySelectorAll('li').length, tag).to.be.greaterThan(5);
        // Every icon keeps all its shapes (a minifier once dropped the paths).
        for (const svg of root.querySelectorAll('svg')) {
          expect(svg.querySelectorAll(':scope > path').length, `${tag} icon`).to.be.greaterThan(0);
          expect(svg.querySelectorAll('circle > *').length, `${tag} icon`).to.equal(0);
        }
        await expect(widget).to.be.accessible();
      }
    });
    expect(warnings).to.deep.equal([]);
  });

  it('uses the production build of Lit', async () => {
    const source = await (await fetch(bundle)).text();
    expect(source.includes('Lit is in dev mode'), 'dev-mode Lit in the bundle').to.equal(false);
    expect(source.startsWith('/*! smp-widgets '), 'served as built').to.equal(true);
  });

  it('loading it a second time from another URL is silent', async () => {
    const warnings = await captureWarnings(() => import(/* @vite-ignore */ `${bundle}?again`));
    expect(warnings).to.deep.equal([]);
  });
});
