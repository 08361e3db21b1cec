// The script-tag loader after a chunk fails to load once (a dropped
// connection): every tag was on the page at the start, so the loader had
// nothing left to wait for; a tag added later must still load the element,
// from a new URL (Firefox keeps a failed module in its module map).
import { expect, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../support/helpers.js';

const bundle = new URL('../../dist/smp-widgets.js', import.meta.url).href;
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'];

describe('hardening: the loader retries a chunk that failed', () => {
  after(() => {
    document.cookie = 'smp-fail-chunk=; path=/; max-age=0';
  });

  it('every tag present at start, pros-cons fails once: adding the tag again loads it', async () => {
    document.cookie = `smp-fail-chunk=pros-cons.t${Date.now()}; path=/`;
    for (const tag of TAGS) document.body.append(document.createElement(tag));
    const warnings = await captureWarnings(async () => {
      await import(/* @vite-ignore */ bundle);
      await waitUntil(() => TAGS.filter((t) => t !== 'smp-pros-cons').every((t) => customElements.get(t)), 'the others load', { timeout: 5000 });
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(customElements.get('smp-pros-cons'), 'the failed chunk').to.equal(undefined);
    expect(warnings.filter((w) => w.includes('<smp-pros-cons> could not be loaded')), warnings.join('\n')).to.have.length(1);

    const again = document.createElement('smp-pros-cons');
    document.body.append(again);
    await waitUntil(() => customElements.get('smp-pros-cons'), 'loaded on the retry', { timeout: 5000 });
    const el = document.querySelector('smp-pros-cons') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length, 'the first tag upgrades too').to.be.greaterThan(0);
  });
});
