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

describe('dist/: translations loaded per element', () => {
  let api: Bundle;
  before(async () => {
    api = await loadBundle('de');
  });
  after(() => {
    document.cookie = 'smp-fail-locale=; path=/; max-age=0';
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

  it('a locale whose files fail to load leaves English on screen and warns once', async () => {
    const el = await addWidget('smp-pros-cons');
    document.cookie = 'smp-fail-locale=it; path=/';
    const warnings = await captureWarnings(async () => {
      await api.setLocale('it');
      await el.updateComplete;
    });
    expect(api.getLocale()).to.equal('en');
    expect(heading(el)).to.equal('Pros and cons of scalp micropigmentation');
    expect(warnings.filter((w) => w.includes('"it" translations could not be loaded'))).to.have.length(1);
  });

  it('an element whose file fails to load stays in English, warns once naming it, and the others keep their language', async () => {
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
    expect(heading(guide!)).to.not.equal(spanish['guide.heading']);
    expect(heading(pros)).to.equal(spanish['pros-cons.heading']);
    document.cookie = 'smp-fail-locale=; path=/; max-age=0';
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
