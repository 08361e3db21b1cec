import { expect, fixture } from '@open-wc/testing';
import { captureWarnings } from '../support/helpers.js';
import { templates as german } from '../../src/localization/generated/locales/de.js';

// Two copies of the built bundle from two folders (a theme's and a plugin's; the second served by
// test/support/as-version-middleware.mjs as another release), both started by the page's two script
// tags before either has registered a widget, on a German page whose widgets are in its HTML. Its own
// test file: no copy has run on this page before. Each element is downloaded once, by one copy, which
// registers every widget, so they all follow the page's language.
const bundle = new URL('../../dist/smp-widgets.js', import.meta.url).href;
type Lib = { VERSION: string; getLocale(): string };
type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons'];

/** The element files the page downloaded, with the copy each came from (its `as-version`, or '' for the first folder's). */
const elementLoads = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((url) => url.pathname.startsWith('/dist/elements/'))
    .map((url) => `${url.pathname.slice('/dist/elements/'.length)} ${url.searchParams.get('as-version') ?? ''}`);

describe('hardening: two copies started together, before either registered a widget', () => {
  after(() => {
    document.documentElement.lang = 'en';
  });

  it('each element is downloaded once, by one copy, and every widget is in the page\'s language', async () => {
    document.documentElement.lang = 'de';
    const page = await fixture<HTMLElement>(`<div>${TAGS.map((tag) => `<${tag} phone="020 7946 0000"></${tag}>`).join('')}</div>`);
    let copies: Lib[] = [];
    const warnings = await captureWarnings(async () => {
      // The two script tags: both modules start at once, and both loaders see the two tags.
      copies = (await Promise.all([import(/* @vite-ignore */ bundle), import(/* @vite-ignore */ `${bundle}?as-version=9.9.9`)])) as Lib[];
      await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
      const widgets = [...page.children] as Widget[];
      await Promise.all(widgets.map((el) => el.updateComplete));
    });
    expect(copies.map((c) => c.VERSION)).to.deep.equal([copies[0].VERSION, '9.9.9']);

    const loads = elementLoads();
    expect(loads.length, loads.join(', ')).to.equal(TAGS.length);
    // One copy registered both: their files came from one folder, and their classes are of one version.
    expect(new Set(loads.map((l) => l.split(' ')[1])).size, loads.join(', ')).to.equal(1);
    const versions = TAGS.map((tag) => (customElements.get(tag) as unknown as { smpVersion: string }).smpVersion);
    expect(new Set(versions).size, versions.join(', ')).to.equal(1);
    // The other version says, once, that it was not registered.
    expect(warnings, warnings.join('\n')).to.have.length(1);

    // Both in German, marked German.
    for (const [el, heading] of [
      [page.children[0], german['aftercare.heading']],
      [page.children[1], german['pros-cons.heading']],
    ] as const) {
      const root = (el as Widget).shadowRoot!;
      await (el as Widget).updateComplete;
      const base = root.querySelector('[part~="base"]')!;
      expect(base.getAttribute('lang'), el.localName).to.equal('de');
      expect(root.querySelector('[part~="heading"]')!.textContent!.trim(), el.localName).to.equal(heading);
    }
  });
});
