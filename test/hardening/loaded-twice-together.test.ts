import { expect, fixture } from '@open-wc/testing';
import { captureWarnings } from '../support/helpers.js';
import { elementLoads, failChunkOnce, heading, stopFailingChunks } from '../support/bundle-page.js';
import { templates as german } from '../../src/localization/generated/locales/de.js';

// Two copies of the built bundle from two folders (a theme's and a plugin's; the second served by
// test/support/as-version-middleware.mjs as another release), both started by the page's two script
// tags before either has registered a widget, on a German page. Its own test file: no copy has run on
// this page before. Each element is downloaded once, by one copy, which registers every widget, so they
// all follow the page's language; only an element the first copy cannot load is the other copy's.
const bundle = new URL('../../dist/smp-widgets.js', import.meta.url).href;
type Lib = { VERSION: string; getLocale(): string };
type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons'];

/** What a widget shows and says it is in: its title, and the lang and dir of its content. */
const state = (el: Widget) => {
  const base = el.shadowRoot!.querySelector('[part~="base"]')!;
  return { heading: heading(el), lang: base.getAttribute('lang'), dir: base.getAttribute('dir') };
};

describe('hardening: two copies started together, before either registered a widget', () => {
  let copies: Lib[] = [];
  before(async () => {
    document.documentElement.lang = 'de';
    await captureWarnings(async () => {
      // The two script tags: both modules run before the widgets are in the page, so both loaders see them arrive at once.
      copies = (await Promise.all([import(/* @vite-ignore */ bundle), import(/* @vite-ignore */ `${bundle}?as-version=9.9.9`)])) as Lib[];
    });
  });
  after(() => {
    stopFailingChunks();
    document.documentElement.lang = 'en';
  });

  it('each element is downloaded once, by one copy, and every widget is in the page\'s language', async () => {
    let page!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      page = await fixture<HTMLElement>(`<div>${TAGS.map((tag) => `<${tag} phone="020 7946 0000"></${tag}>`).join('')}</div>`);
      await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
      await Promise.all([...page.children].map((el) => (el as Widget).updateComplete));
    });
    expect(copies.map((c) => c.VERSION)).to.deep.equal([copies[0].VERSION, '9.9.9']);

    const loads = elementLoads();
    const listed = loads.map((l) => `${l.file} ${l.copy}`).join(', ');
    expect(loads.length, listed).to.equal(TAGS.length);
    // One copy registered both: their files came from one folder, and their classes are of one version.
    expect(new Set(loads.map((l) => l.copy)).size, listed).to.equal(1);
    const versions = TAGS.map((tag) => (customElements.get(tag) as unknown as { smpVersion: string }).smpVersion);
    expect(new Set(versions).size, versions.join(', ')).to.equal(1);
    // The other version says, once, that it was not registered.
    expect(warnings, warnings.join('\n')).to.have.length(1);

    const [checklist, pros] = [...page.children] as Widget[];
    expect(state(checklist)).to.deep.equal({ heading: german['aftercare.heading'], lang: 'de', dir: 'ltr' });
    expect(state(pros)).to.deep.equal({ heading: german['pros-cons.heading'], lang: 'de', dir: 'ltr' });
  });

  it('an element the first copy could not load is the other copy\'s: shown, in English and marked English, beside German widgets', async () => {
    // The next request for the guide's file fails: the first copy's (the other copy asks it first).
    failChunkOnce('practitioner-guide');
    const page = await fixture<HTMLElement>('<div><smp-aftercare-checklist phone="020 7946 0000"></smp-aftercare-checklist><smp-practitioner-guide></smp-practitioner-guide></div>');
    await captureWarnings(async () => {
      await customElements.whenDefined('smp-practitioner-guide');
      await Promise.all([...page.children].map((el) => (el as Widget).updateComplete));
    });
    const guides = elementLoads().filter((l) => l.file === 'practitioner-guide.js');
    expect(guides.length, `the first copy's failed request, then the other's: ${guides.map((l) => l.copy).join(', ')}`).to.equal(2);
    const [checklist, guide] = [...page.children] as Widget[];
    // Its copy does not run the page's language: English, and it says so (never English text marked German).
    expect(state(guide)).to.deep.equal({ heading: 'Your SMP practitioner', lang: 'en', dir: 'ltr' });
    expect(state(checklist).lang).to.equal('de');
  });
});
