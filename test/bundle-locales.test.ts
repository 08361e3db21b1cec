import { expect } from '@open-wc/testing';
import { captureWarnings } from './support/helpers.js';
import { addWidget, distLoads, heading, loadBundle, localeLoads, until, type Bundle, type Widget } from './support/bundle-page.js';
import { targetLocales } from '../src/localization/generated/locale-codes.js';

// The script-tag bundle's translations: one file per locale and element
// (dist/locales/<locale>/<element>.js), split at build time from lit-localize's
// one module per locale, fetched for the elements on the page only. Its own
// test file, so its page starts in German with no element and no locale loaded.
const ELEMENTS = ['aftercare-checklist', 'pros-cons', 'recovery-timeline', 'practitioner-guide'];

type Templates = Record<string, string | { strTag: true; strings: readonly string[]; values: readonly number[] }>;

const generated = async (locale: string): Promise<Templates> =>
  ((await import(/* @vite-ignore */ `../src/localization/generated/locales/${locale}.ts`)) as { templates: Templates }).templates;

/** How many times the page loaded a module whose path ends with `path`. */
const requests = (path: string): number => distLoads().filter((p) => p.split('?')[0].endsWith(path)).length;

/** A message as data, to compare a built file's with the generated module's. */
const plain = (t: Templates[string]) => (typeof t === 'string' ? t : { strings: [...t.strings], values: [...t.values] });

const ENGLISH_DISCLAIMER = 'This is general guidance, not a doctor’s advice. Always do what your practitioner tells you.';

/** The widgets on the page, of one tag or every one. */
const widgets = (tag = ELEMENTS.map((e) => `smp-${e}`).join(',')): Widget[] => [...document.querySelectorAll<Widget>(tag)];
const base = (el: Widget): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
const disclaimerOf = (el: Widget): string => el.shadowRoot!.querySelector('[part~="disclaimer"]')?.textContent?.trim() ?? '';

/** All of the widget is English and says so: its lang and dir, its title, its disclaimer. */
function expectEnglish(el: Widget): void {
  expect(base(el).getAttribute('lang'), `${el.localName} lang`).to.equal('en');
  expect(base(el).getAttribute('dir'), `${el.localName} dir`).to.equal('ltr');
  expect(getComputedStyle(base(el)).direction, `${el.localName} direction`).to.equal('ltr');
  expect(disclaimerOf(el), `${el.localName} disclaimer`).to.equal(ENGLISH_DISCLAIMER);
}

/** The widget shows `locale` and says so: its lang and dir, and its disclaimer in that language. */
function expectIn(el: Widget, locale: string, messages: Templates): void {
  expect(base(el).getAttribute('lang'), `${el.localName} lang`).to.equal(locale);
  expect(base(el).getAttribute('dir'), `${el.localName} dir`).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
  expect(disclaimerOf(el), `${el.localName} disclaimer`).to.equal(messages['common.disclaimer']);
}

describe('dist/: translations loaded per element', () => {
  let api: Bundle;
  before(async () => {
    api = await loadBundle('de');
  });
  after(() => {
    document.cookie = 'smp-fail-locale=; path=/; max-age=0';
    document.cookie = 'smp-slow-locale=; path=/; max-age=0';
  });

  it('a German page with one checklist fetches one translation file: the checklist\'s German', async () => {
    const german = await generated('de');
    expect(localeLoads(), 'nothing before an element is on the page').to.deep.equal([]);
    const el = await addWidget('smp-aftercare-checklist', 'phone="020 7946 0000"');
    await until(() => heading(el) === german['aftercare.heading'], 'German checklist heading');
    expect(api.getLocale()).to.equal('de');
    expect(localeLoads()).to.deep.equal(['/dist/locales/de/aftercare-checklist.js']);
    // The checklist's messages that live in the core (the disclaimer) are in German too.
    expect(el.shadowRoot!.textContent).to.contain(String(german['common.disclaimer'] ?? '').slice(0, 20));
  });

  it('an element added later gets its German messages, fetched when it arrives, before it first shows', async () => {
    const german = await generated('de');
    const el = await addWidget('smp-pros-cons');
    // Its first render waited for its messages: never an English frame first.
    expect(heading(el)).to.equal(german['pros-cons.heading']);
    expect(requests('/dist/locales/de/pros-cons.js')).to.equal(1);
    expect(requests('/dist/locales/de/aftercare-checklist.js')).to.equal(1);
    expect(requests('/dist/locales/de/recovery-timeline.js')).to.equal(0);
  });

  it('setLocale() to another language fetches its file for each element on the page, and back', async () => {
    const french = await generated('fr');
    const german = await generated('de');
    const el = await addWidget('smp-pros-cons');
    await api.setLocale('fr');
    await el.updateComplete;
    expect(heading(el)).to.equal(french['pros-cons.heading']);
    expect(requests('/dist/locales/fr/pros-cons.js')).to.equal(1);
    expect(requests('/dist/locales/fr/aftercare-checklist.js')).to.equal(1);
    expect(requests('/dist/locales/fr/practitioner-guide.js')).to.equal(0);
    await api.setLocale(null);
    await el.updateComplete;
    expect(api.getLocale()).to.equal('de');
    expect(heading(el)).to.equal(german['pros-cons.heading']);
    expect(requests('/dist/locales/de/pros-cons.js'), 'not fetched again').to.equal(1);
  });

  it('a locale whose files all fail to load leaves every widget in English, marked as English, and warns once', async () => {
    const el = await addWidget('smp-pros-cons');
    document.cookie = 'smp-fail-locale=it; path=/';
    const warnings = await captureWarnings(async () => {
      await api.setLocale('it');
      await el.updateComplete;
    });
    document.cookie = 'smp-fail-locale=; path=/; max-age=0';
    for (const widget of widgets()) expectEnglish(widget);
    expect(heading(el)).to.equal('Pros and cons of scalp micropigmentation');
    expect(warnings.filter((w) => w.includes('"it" translations')), warnings.join('\n')).to.have.length(1);
    await api.setLocale(null);
  });

  it('an element whose file fails to load stays in English, marked as English, warns once naming it, and the others keep their language', async () => {
    const spanish = await generated('es');
    const pros = await addWidget('smp-pros-cons');
    await api.setLocale('es');
    await pros.updateComplete;
    expect(heading(pros)).to.equal(spanish['pros-cons.heading']);
    document.cookie = 'smp-fail-locale=es; path=/';
    let guide: Widget | undefined;
    const warnings = await captureWarnings(async () => {
      guide = await addWidget('smp-practitioner-guide');
      await until(() => requests('/dist/locales/es/practitioner-guide.js') > 0, 'the guide\'s Spanish file requested');
      await new Promise((r) => setTimeout(r, 100));
      await guide.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('"es" translations of <smp-practitioner-guide> could not be loaded'))).to.have.length(1);
    // Its file answered after the others' (they were loaded already): the guide alone is English, all of it.
    expectEnglish(guide!);
    expect(heading(pros)).to.equal(spanish['pros-cons.heading']);
    expectIn(pros, 'es', spanish);
    document.cookie = 'smp-fail-locale=; path=/; max-age=0';
    await api.setLocale(null);
  });

  // One element's file fails while the locale loads with every element on the page: whichever
  // file is answered first, that element alone is English (text, disclaimer, lang, dir).
  for (const [locale, order, slow] of [
    ['nl', 'before', 'nl/aftercare-checklist:400|nl/practitioner-guide:400'],
    ['pt-BR', 'after', 'pt-BR/pros-cons:400'],
  ] as const) {
    it(`a locale loaded for every element at once, with one element's file failing ${order} the others answer: that element alone is English`, async () => {
      const messages = await generated(locale);
      document.cookie = `smp-fail-locale=${locale}/pros-cons; path=/`;
      document.cookie = `smp-slow-locale=${slow}; path=/`;
      const warnings = await captureWarnings(async () => {
        await api.setLocale(locale);
        await Promise.all(widgets().map((w) => w.updateComplete));
      });
      document.cookie = 'smp-fail-locale=; path=/; max-age=0';
      document.cookie = 'smp-slow-locale=; path=/; max-age=0';
      expect(api.getLocale()).to.equal(locale);
      for (const w of widgets('smp-pros-cons')) expectEnglish(w);
      for (const w of [...widgets('smp-aftercare-checklist'), ...widgets('smp-practitioner-guide')]) expectIn(w, locale, messages);
      expect(warnings.filter((w) => w.includes(`"${locale}" translations of <smp-pros-cons> could not be loaded`)), warnings.join('\n')).to.have.length(1);
      expect(warnings.filter((w) => w.includes(`"${locale}" translations`)), warnings.join('\n')).to.have.length(1);
      await api.setLocale(null);
    });
  }

  it('right to left: an element whose Arabic file fails is English and left to right, also an element that arrives while Arabic loads', async () => {
    const arabic = await generated('ar');
    document.cookie = 'smp-fail-locale=ar/recovery-timeline; path=/';
    document.cookie = 'smp-slow-locale=ar/aftercare-checklist:500|ar/pros-cons:500|ar/practitioner-guide:500; path=/';
    let timeline: Widget | undefined;
    const warnings = await captureWarnings(async () => {
      // The timeline's code arrives after Arabic began loading for the others, and its file fails before theirs answer.
      const switching = api.setLocale('ar');
      timeline = await addWidget('smp-recovery-timeline', 'session-date="2026-03-02"');
      await switching;
      await Promise.all(widgets().map((w) => w.updateComplete));
    });
    document.cookie = 'smp-fail-locale=; path=/; max-age=0';
    document.cookie = 'smp-slow-locale=; path=/; max-age=0';
    expect(warnings.filter((w) => w.includes('"ar" translations of <smp-recovery-timeline> could not be loaded')), warnings.join('\n')).to.have.length(1);
    expectEnglish(timeline!);
    const text = timeline!.shadowRoot!.textContent!;
    expect(text, 'no Arabic letters or digits').to.not.match(/[\u0600-\u06ff]/);
    expect(text, 'no bidi isolates').to.not.match(/[\u2066-\u2069]/);
    expect(text, 'an English date').to.match(/Mar/);
    for (const w of widgets().filter((w) => w !== timeline)) {
      expectIn(w, 'ar', arabic);
      expect(getComputedStyle(base(w)).direction).to.equal('rtl');
    }
    await api.setLocale(null);
  });

  // Last: importing every file puts them in the page's module map, where a staged failure could not reach them.
  it('the element files of each locale hold every generated message, with the same text and placeholders', async () => {
    for (const locale of targetLocales) {
      const source = await generated(locale);
      const seen = new Set<string>();
      for (const element of ELEMENTS) {
        // A query of its own: an engine may keep a module that failed above as failed (Firefox does).
        const url = new URL(`../dist/locales/${locale}/${element}.js?content`, import.meta.url).href;
        const { templates } = (await import(/* @vite-ignore */ url)) as { templates: Templates };
        for (const [id, t] of Object.entries(templates)) {
          expect(source, `${locale}/${element}: ${id}`).to.have.property(id);
          expect(plain(t), `${locale}/${element}: ${id}`).to.deep.equal(plain(source[id]));
          seen.add(id);
        }
        if (element !== 'aftercare-checklist') continue;
        expect(Object.keys(templates).some((id) => id.startsWith('pros-cons.')), `${locale}: no pros-and-cons message in the checklist's file`).to.equal(false);
      }
      expect([...seen].sort(), `${locale}: every message in some file`).to.deep.equal(Object.keys(source).sort());
    }
  });
});
