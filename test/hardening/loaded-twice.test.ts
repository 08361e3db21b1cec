import { expect, fixture } from '@open-wc/testing';
import { captureWarnings } from '../support/helpers.js';
import { elementLoads } from '../support/bundle-page.js';

// Two different releases of the built bundle on one page: a theme ships one,
// a plugin another (served by test/support/as-version-middleware.mjs).
const bundle = new URL('../../dist/smp-widgets.js', import.meta.url).href;
type Lib = { VERSION: string; setLocale(l: string | null): Promise<void>; getLocale(): string; load(): Promise<unknown> };
type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'];
/** The element files the copy served with `?as-version=<version>` downloaded. */
const loadsOf = (version: string) => elementLoads().filter((l) => l.copy === version).map((l) => l.file);

describe('hardening: loaded twice, two versions on one page', () => {
  let first: Lib;
  let second: Lib;
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);

  before(async () => {
    window.addEventListener('error', onError);
    first = await import(/* @vite-ignore */ bundle);
    // The first copy registers every element (the bundle loads each one when its tag appears, or on load()).
    await first.load();
  });
  after(() => window.removeEventListener('error', onError));

  it('the second version loads without an error, warns once in all, and the first definition wins', async () => {
    const warnings = await captureWarnings(async () => {
      second = await import(/* @vite-ignore */ `${bundle}?as-version=9.9.9`);
      await import(/* @vite-ignore */ `${bundle}?as-version=9.9.9&again`);
      // The second copy sees the tags on the page and loads its own element modules, which find them taken.
      await fixture('<div><smp-aftercare-checklist phone="1234"></smp-aftercare-checklist><smp-pros-cons></smp-pros-cons><smp-recovery-timeline></smp-recovery-timeline><smp-practitioner-guide></smp-practitioner-guide></div>');
      await second.load();
    });
    expect(second.VERSION).to.equal('9.9.9');
    expect(errors).to.deep.equal([]);
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.contain(first.VERSION).and.to.contain('9.9.9');
    // The second copy's loader finds the tags registered: it downloads none of its element files, which would register nothing.
    expect(loadsOf('9.9.9')).to.deep.equal([]);
    for (const tag of TAGS) {
      expect((customElements.get(tag) as unknown as { smpVersion: string }).smpVersion, tag).to.equal(first.VERSION);
    }
    const el = (await fixture('<smp-pros-cons></smp-pros-cons>')) as Widget;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(5);
  });

  it('the same version from another folder (a theme\'s copy and a plugin\'s) says nothing and downloads no element file', async () => {
    const warnings = await captureWarnings(async () => {
      const same = (await import(/* @vite-ignore */ `${bundle}?as-version=${first.VERSION}&folder=theme`)) as Lib;
      await fixture(`<div>${TAGS.map((tag) => `<${tag} phone="020 7946 0000"></${tag}>`).join('')}</div>`);
      expect(await same.load()).to.deep.equal(TAGS.map((tag) => customElements.get(tag)));
    });
    expect(warnings).to.deep.equal([]);
    expect(loadsOf(first.VERSION)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('setLocale() and getLocale() from the second copy act on the page’s one language', async () => {
    const el = (await fixture('<smp-pros-cons></smp-pros-cons>')) as Widget;
    await el.updateComplete;
    await second.setLocale('de');
    await el.updateComplete;
    expect(first.getLocale()).to.equal('de');
    expect(second.getLocale()).to.equal('de');
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('de');
    await second.setLocale(null);
    await el.updateComplete;
    expect(first.getLocale()).to.equal('en');
    expect(errors).to.deep.equal([]);
  });
});
