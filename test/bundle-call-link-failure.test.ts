import { expect, fixture, html } from '@open-wc/testing';
import { addWidget, callOf, failChunkOnce, loadBundle, stopFailingChunks, telLoads, until, type Widget } from './support/bundle-page.js';
import { captureWarnings } from './support/helpers.js';

// The call-link reader (dist/chunks/tel.js) failing to download while the page
// goes on: what the checklist says about it, and whether a later phone text
// still gets its link. Its own test file, so its page starts with the reader
// not loaded; the tests run in order.

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
};

describe('dist/: a failed download of the call-link reader', () => {
  before(async () => {
    await loadBundle('en');
  });
  after(() => {
    stopFailingChunks();
  });

  it('a phone text changed to a plain number while the reader downloads: no warning about the text no longer shown', async () => {
    failChunkOnce('tel');
    const host = await fixture(html`<div></div>`);
    const warnings = await captureWarnings(async () => {
      host.innerHTML = '<smp-aftercare-checklist phone="020 7946 0000 (Mon–Fri 9–17)"></smp-aftercare-checklist>';
      await customElements.whenDefined('smp-aftercare-checklist');
      const el = host.firstElementChild as Widget;
      // The first render (the noted text, the reader's download started), without giving the
      // network a turn: microtasks only.
      for (let i = 0; i < 100 && !callOf(el); i++) await Promise.resolve();
      expect(callOf(el)?.localName, 'the noted text, shown while the reader downloads').to.equal('span');
      el.setAttribute('phone', '020 7946 0001');
      await el.updateComplete;
      expect(callOf(el)!.getAttribute('href')).to.equal('tel:02079460001');
      // The download fails meanwhile.
      await until(() => telLoads().length > 0, 'the request for tel.js');
      await frames(3);
      expect(callOf(el)!.getAttribute('href'), 'still the plain number').to.equal('tel:02079460001');
    });
    expect(telLoads()).to.deep.equal(['/dist/chunks/tel.js']);
    // The page shows "Call 020 7946 0001" as a link: a warning that "020 7946 0000 (Mon–Fri 9–17)"
    // is shown without a call link is about a number that is nowhere on the page.
    expect(warnings.filter((w) => w.includes('did not download'))).to.deep.equal([]);
  });

  it('a later phone text on another checklist still gets its call link, in every engine', async () => {
    // The failure above was one dropped request (the server answers every later one): a
    // checklist added afterwards must not be left without its link for the rest of the page's life.
    const el = await addWidget('smp-aftercare-checklist', 'phone="+49 (0)30/24 56 78 Mo–Fr"');
    expect(callOf(el)!.localName, 'a link, not the number as text').to.equal('a');
    expect(callOf(el)!.getAttribute('href')).to.equal('tel:+4930245678');
  });
});
