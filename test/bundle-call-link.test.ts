import { expect } from '@open-wc/testing';
import { addWidget, callOf, distLoads, failChunkOnce, loadBundle, stopFailingChunks, telLoads, type Widget } from './support/bundle-page.js';
import { captureWarnings } from './support/helpers.js';

// The script-tag bundle's call link: a number written as digits and spaces is
// dialled by the checklist itself; any other phone text downloads the reader
// of hours, day names and brackets (dist/chunks/tel.js) once. Its own test
// file, so its page starts with nothing loaded; the tests run in order.

const box = (el: HTMLElement | null) => {
  const r = el!.getBoundingClientRect();
  return [Math.round(r.width), Math.round(r.height)];
};

describe('dist/: the call link reads a plain number without downloading the reader', () => {
  before(async () => {
    await loadBundle('en');
  });
  /** The size of the number shown as text when the reader failed (each test's widgets are removed after it). */
  let failedBox: number[] = [];
  after(() => {
    stopFailingChunks();
  });

  it('"+44 20 7946 0000" links at once and downloads nothing more', async () => {
    const el = await addWidget('smp-aftercare-checklist', 'phone="+44 20 7946 0000"');
    expect(callOf(el)!.localName).to.equal('a');
    expect(callOf(el)!.getAttribute('href')).to.equal('tel:+442079460000');
    const plain = await addWidget('smp-aftercare-checklist', 'phone="020 7946 0000"');
    expect(callOf(plain)!.getAttribute('href')).to.equal('tel:02079460000');
    expect(distLoads()).to.include('/dist/elements/aftercare-checklist.js');
    expect(telLoads()).to.deep.equal([]);
  });

  it('a failed download of the reader: the number shows without a link, with one warning', async () => {
    failChunkOnce('tel');
    let el!: Widget;
    const warnings = await captureWarnings(async () => {
      el = await addWidget('smp-aftercare-checklist', 'phone="020 7946 0000 (Mon–Fri 9–17)"');
    });
    expect(telLoads()).to.deep.equal(['/dist/chunks/tel.js']);
    expect(callOf(el)!.localName, 'the number as text').to.equal('span');
    expect(callOf(el)!.textContent).to.contain('020 7946 0000 (Mon–Fri 9–17)');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('phone="020 7946 0000 (Mon–Fri 9–17)"').and.contain('did not download');
    failedBox = box(callOf(el));
  });

  // The next phone text asks again, at a new address (`?retry=1`): Firefox keeps a module that
  // failed for the page's lifetime, so the same address would fail again without a request.
  it('the next phone text downloads it again: the link, in the box the text had', async () => {
    let el!: Widget;
    const warnings = await captureWarnings(async () => {
      el = await addWidget('smp-aftercare-checklist', 'phone="020 7946 0000 (Mon–Fri 9–17)"');
    });
    expect(warnings).to.deep.equal([]);
    expect(telLoads()).to.deep.equal(['/dist/chunks/tel.js', '/dist/chunks/tel.js?retry=1']);
    expect(callOf(el)!.localName).to.equal('a');
    expect(callOf(el)!.getAttribute('href')).to.equal('tel:02079460000');
    // The text shown while the reader downloads takes the place and size the link then takes.
    expect(box(callOf(el))).to.deep.equal(failedBox);
  });

  it('another checklist, another text: no new download, its link after updateComplete', async () => {
    const el = await addWidget('smp-aftercare-checklist', 'phone="+49 (0)30/24 56 78 Mo–Fr"');
    expect(telLoads()).to.have.length(2);
    expect(callOf(el)!.getAttribute('href')).to.equal('tel:+4930245678');
    // A plain number again after a noted one: read at once.
    el.setAttribute('phone', '030 901820');
    await el.updateComplete;
    expect(callOf(el)!.getAttribute('href')).to.equal('tel:030901820');
  });
});
