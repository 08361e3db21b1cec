import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { getLocale, matchLocale, setLocale, supportedLocales } from '../src/localization/localization.js';
import { captureWarnings, pageLang } from './support/helpers.js';
import { englishDays } from '../src/internal/dates.js';

const TARGETS = ['es', 'fr', 'de', 'it', 'pt-BR', 'nl', 'tr', 'ar'] as const;
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Every element in one page, the timeline personal (session on 9 Jan 2026, today 12 Jan). */
async function renderAll(): Promise<Widget[]> {
  const page = await fixture(html`
    <div style="width: 900px">
      <smp-aftercare-checklist phone="555 0100"></smp-aftercare-checklist>
      <smp-pros-cons></smp-pros-cons>
      <smp-recovery-timeline session-date="2026-01-09"></smp-recovery-timeline>
      <smp-practitioner-guide></smp-practitioner-guide>
      <smp-practitioner-guide variant="choose"></smp-practitioner-guide>
      <smp-practitioner-guide variant="fix"></smp-practitioner-guide>
    </div>
  `);
  const widgets = [...page.children] as Widget[];
  await Promise.all(widgets.map((w) => w.updateComplete));
  return widgets;
}

/** The words a widget shows: every text node with a letter in it, across its shadow root. */
function shownText(widget: Widget): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent!.replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(text)) out.push(text);
  }
  return out;
}

const base = (w: Widget) => w.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

describe('localization', () => {
  let clock: sinon.SinonFakeTimers;
  let english: Set<string>;

  before(async () => {
    clock = sinon.useFakeTimers({ now: new Date(2026, 0, 12, 10), toFake: ['Date'], shouldAdvanceTime: true });
    await pageLang('en');
    english = new Set((await renderAll()).flatMap(shownText));
    expect(english.size).to.be.greaterThan(80);
  });
  // A test that pins a locale must never leave it pinned for the next.
  afterEach(() => setLocale(null));
  after(async () => {
    clock.restore();
    await setLocale(null);
    await pageLang('en');
  });

  it('has the nine locales, English first as the source', () => {
    expect([...supportedLocales].sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pt-BR', 'tr']);
  });

  describe('every locale has every message, none left in English', () => {
    for (const locale of TARGETS) {
      it(locale, async () => {
        const xliff = new DOMParser().parseFromString(await (await fetch(new URL(`../src/localization/xliff/${locale}.xlf`, import.meta.url))).text(), 'text/xml');
        const units = [...xliff.querySelectorAll('trans-unit')];
        const { templates } = (await import(`../src/localization/generated/locales/${locale}.ts`)) as { templates: Record<string, unknown> };
        expect(Object.keys(templates).sort()).to.deep.equal(units.map((u) => u.getAttribute('id')).sort());
        const untranslated = units.filter((u) => {
          const target = u.querySelector('target');
          return !target || target.textContent!.trim() === '' || target.textContent!.trim() === u.querySelector('source')!.textContent!.trim();
        });
        expect(untranslated.map((u) => u.getAttribute('id'))).to.deep.equal([]);
      });
    }
  });

  describe('renders only the locale’s own text, with its dates', () => {
    for (const locale of TARGETS) {
      it(locale, async () => {
        await pageLang(locale);
        const widgets = await renderAll();
        const leftovers = widgets.flatMap(shownText).filter((t) => english.has(t));
        expect(leftovers, `English left in ${locale}`).to.deep.equal([]);
        for (const w of widgets) {
          expect(base(w).lang).to.equal(locale);
          expect(base(w).dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        }
        const timeline = widgets[2];
        const sessionDate = timeline.shadowRoot!.querySelector('[data-id="session"] .date')!.textContent!.trim();
        // In right-to-left text a date is isolated (U+2068 … U+2069), so the text around it cannot reorder it.
        if (locale === 'ar') expect(sessionDate).to.match(/^\u2068[^\u2068\u2069]+\u2069$/);
        expect(sessionDate.replace(/[\u2066-\u2069]/g, '')).to.equal(
          new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(2026, 0, 9)),
        );
        expect(timeline.shadowRoot!.querySelector('[part~="summary"]')!.textContent).to.contain(sessionDate);
        // A date at the end of a sentence ("… 22. Nov.") must not leave a doubled full stop.
        expect(timeline.shadowRoot!.querySelector('[part~="summary"]')!.textContent).to.not.match(/\.\./);
      });
    }
  });

  it('follows a change of <html lang> at run time, re-rendering the same elements', async () => {
    await pageLang('en');
    const [checklist] = await renderAll();
    const title = () => checklist.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
    const inEnglish = title();
    await pageLang('de');
    await checklist.updateComplete;
    const inGerman = title();
    expect(inGerman).to.not.equal(inEnglish);
    await pageLang('fr');
    await checklist.updateComplete;
    expect(title()).to.not.equal(inGerman);
    expect(getLocale()).to.equal('fr');
  });

  it('an element taken out of the page while <html lang> changes shows the new language when put back', async () => {
    await pageLang('en');
    const widgets = await renderAll();
    const parent = widgets[0].parentElement!;
    const titles = () => widgets.map((w) => w.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim());
    const langs = () => widgets.map((w) => base(w).getAttribute('lang'));
    const inEnglish = titles();
    // A framework moving the widgets (a list re-ordered, a tab re-mounted): out of the page, back later.
    for (const w of widgets) w.remove();
    await pageLang('ar');
    parent.append(...widgets);
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(langs()).to.deep.equal(widgets.map(() => 'ar'));
    titles().forEach((title, i) => {
      expect(title, widgets[i].localName).to.not.equal(inEnglish[i]);
      expect(title, widgets[i].localName).to.match(/[\u0600-\u06ff]/);
    });
    await pageLang('en');
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(titles()).to.deep.equal(inEnglish);
  });

  it('a change of <html lang> within one language re-renders the dates', async () => {
    await pageLang('en-US');
    const [, , timeline] = await renderAll();
    const date = () => timeline.shadowRoot!.querySelector('[data-id="session"] .date')!.textContent!.trim();
    // US and British English are written by englishDays (compared with Intl in test/internal/english-dates.test.ts).
    const fmt = (tag: string) => englishDays(tag, false, new Date(2026, 0, 9));
    expect(fmt('en-US')).to.equal('Fri, Jan 9');
    expect(fmt('en-GB')).to.equal('Fri 9 Jan');
    expect(date()).to.equal(fmt('en-US'));
    await pageLang('en-GB');
    await timeline.updateComplete;
    expect(fmt('en-GB')).to.not.equal(fmt('en-US'));
    expect(date()).to.equal(fmt('en-GB'));
    // Written with an underscore, as some CMSs write it (en_GB): still British.
    await pageLang('en_US');
    await timeline.updateComplete;
    expect(date()).to.equal(fmt('en-US'));
    await pageLang('en_GB');
    await timeline.updateComplete;
    expect(date()).to.equal(fmt('en-GB'));
    // setLocale('en') on this British page: the same text, and the dates of the locale asked for, now, not at the next render.
    await setLocale('en');
    await timeline.updateComplete;
    expect(date()).to.equal(fmt('en-US'));
    // Back to following the page: British dates again.
    await setLocale(null);
    await timeline.updateComplete;
    expect(date()).to.equal(fmt('en-GB'));
  });

  it('matches regional and related tags to the nearest language', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('pt')).to.equal('pt-BR');
    expect(matchLocale('pt-PT')).to.equal('pt-BR');
    expect(matchLocale('PT_br')).to.equal('pt-BR');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('de-AT')).to.equal('de');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('xx')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
  });

  it('es-MX pages get Spanish text and Mexican dates', async () => {
    await pageLang('es-MX');
    expect(getLocale()).to.equal('es');
    const [, , timeline] = await renderAll();
    const date = timeline.shadowRoot!.querySelector('[data-id="session"] .date')!.textContent!.trim();
    expect(date).to.equal(new Intl.DateTimeFormat('es-MX', { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(2026, 0, 9)));
  });

  it('an unknown language shows English and warns once', async () => {
    await pageLang('de');
    const warnings = await captureWarnings(async () => {
      await pageLang('xx');
      await pageLang('de');
      await pageLang('xx');
    });
    expect(getLocale()).to.equal('en');
    expect(warnings.filter((w) => w.includes('lang="xx"'))).to.have.length(1);
    const widgets = await renderAll();
    expect(widgets.flatMap(shownText).some((t) => english.has(t))).to.equal(true);
  });

  it('setLocale() pins a language over <html lang>; null follows the page again', async () => {
    await pageLang('de');
    await setLocale('it');
    expect(getLocale()).to.equal('it');
    document.documentElement.lang = 'fr';
    await new Promise((r) => setTimeout(r, 50));
    expect(getLocale()).to.equal('it');
    await setLocale(null);
    expect(getLocale()).to.equal('fr');
  });

  describe('right to left', () => {
    beforeEach(() => pageLang('ar'));

    it('runs Arabic right to left and mirrors every layout', async () => {
      const [checklist, prosCons, timeline, guide] = await renderAll();
      for (const w of [checklist, prosCons, timeline, guide]) expect(getComputedStyle(base(w)).direction).to.equal('rtl');
      const rect = (w: Widget, s: string) => w.shadowRoot!.querySelector(s)!.getBoundingClientRect();
      // Columns: the first group (pros, do) sits on the right.
      expect(rect(prosCons, '.pros').left).to.be.greaterThan(rect(prosCons, '.cons').left);
      expect(rect(checklist, '.do').left).to.be.greaterThan(rect(checklist, '.avoid').left);
      // Checkbox right of its text; icons right of items.
      expect(rect(checklist, '[part~="item"] input').left).to.be.greaterThan(rect(checklist, '[part~="item"] .text').left);
      expect(rect(prosCons, '[part~="item"] .icon').left).to.be.greaterThan(rect(prosCons, '[part~="item"] span').left);
      // Progress fills from the right.
      expect(Math.round(rect(checklist, '.progress-bar').right)).to.equal(Math.round(rect(checklist, '.progress-track').right));
      // Guide: questions (first group) on the right, checkbox and step number right of their text.
      expect(rect(guide, '.ask').left).to.be.greaterThan(rect(guide, '.fix').left);
      expect(rect(guide, '[part~="item"] input').left).to.be.greaterThan(rect(guide, '[part~="item"] .text').left);
      expect(rect(guide, '[part~="step-number"]').left).to.be.greaterThan(rect(guide, '.step .text').left);
      // Timeline (vertical): the marker rail is on the right of the text.
      timeline.setAttribute('orientation', 'vertical');
      await timeline.updateComplete;
      expect(rect(timeline, '[data-id="session"] .marker').left).to.be.greaterThan(rect(timeline, '[data-id="session"] .body').left);
    });

    it('is axe-clean in Arabic', async () => {
      for (const w of await renderAll()) await expect(w).to.be.accessible();
    });
  });

  it('is axe-clean in Spanish', async () => {
    await pageLang('es');
    for (const w of await renderAll()) await expect(w).to.be.accessible();
  });
});
