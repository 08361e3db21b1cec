import { expect } from '@open-wc/testing';
import { addWidget, heading, loadBundle, until, type Bundle, type Widget } from './support/bundle-page.js';
import { templates as arabic } from '../src/localization/generated/locales/ar.js';

// The script-tag bundle on an Arabic page of its own, where one element's locale file answers only
// after the three seconds a first render waits for it (test/support/fail-locale-middleware.mjs delays
// it). In the meantime that widget shows English, and says so (lang="en" dir="ltr": a screen reader
// reads it with an English voice, the layout runs left to right); once its file arrives it shows
// Arabic, marked lang="ar" dir="rtl". Another element whose file came in time is Arabic throughout.
const ENGLISH = 'Pros and cons of scalp micropigmentation';
const ENGLISH_DISCLAIMER = 'This is general guidance, not a doctor’s advice. Always do what your practitioner tells you.';
const base = (el: Widget): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
const disclaimerOf = (el: Widget): string => el.shadowRoot!.querySelector('[part~="disclaimer"]')?.textContent?.trim() ?? '';
/** What the widget shows and how it is marked: its title, its disclaimer, its lang and dir, its computed direction. */
const state = (el: Widget) => ({
  heading: heading(el),
  disclaimer: disclaimerOf(el),
  lang: base(el).getAttribute('lang'),
  dir: base(el).getAttribute('dir'),
  direction: getComputedStyle(base(el)).direction,
});

/** The state of a widget wholly in Arabic, its title the message `heading`. */
const inArabic = (heading: keyof typeof arabic) => ({ heading: arabic[heading], disclaimer: arabic['common.disclaimer'], lang: 'ar', dir: 'rtl', direction: 'rtl' });

describe('bundle: a locale file that arrives after the first render stopped waiting for it', () => {
  let api: Bundle;
  before(async () => {
    // The pros and cons' and the timeline's Arabic answer after 4.5 s; the checklist's at once.
    document.cookie = 'smp-slow-locale=ar/pros-cons:4500|ar/recovery-timeline:4500; path=/';
    api = await loadBundle('ar');
  });
  after(() => {
    document.cookie = 'smp-slow-locale=; path=/; max-age=0';
  });

  it('shows English marked as English while the file is on its way, then Arabic marked as Arabic', async () => {
    const checklist = await addWidget('smp-aftercare-checklist', 'phone="020 7946 0000"');
    expect(api.getLocale()).to.equal('ar');
    expect(state(checklist)).to.deep.equal(inArabic('aftercare.heading'));

    const started = performance.now();
    const pros = await addWidget('smp-pros-cons');
    const waited = performance.now() - started;
    expect(waited, 'the first render waited for its file').to.be.greaterThan(2500);
    expect(waited, 'but not until it arrived').to.be.lessThan(4400);
    // In the meantime: English, all of it, marked as English.
    expect(state(pros)).to.deep.equal({ heading: ENGLISH, disclaimer: ENGLISH_DISCLAIMER, lang: 'en', dir: 'ltr', direction: 'ltr' });
    expect(pros.shadowRoot!.textContent, 'no Arabic letters in the English widget').to.not.match(/[\u0600-\u06ff]/);
    // The checklist keeps its Arabic.
    expect(state(checklist).lang).to.equal('ar');
    expect(api.getLocale(), 'the page\'s language').to.equal('ar');

    await until(() => heading(pros) !== ENGLISH, 'the Arabic file arrived', 6000);
    await pros.updateComplete;
    expect(state(pros)).to.deep.equal(inArabic('pros-cons.heading'));
    expect(state(checklist).lang).to.equal('ar');
  });

  it('a widget taken out of the page while its file is on its way shows Arabic when put back after it came', async () => {
    const timeline = await addWidget('smp-recovery-timeline');
    expect(base(timeline).getAttribute('lang'), 'English while its file is late').to.equal('en');
    const parent = timeline.parentElement!;
    timeline.remove(); // a framework re-mounting it: out of the page when its file arrives
    const arrived = () => performance.getEntriesByType('resource').some((e) => /\/locales\/ar\/recovery-timeline\.js/.test(e.name) && (e as PerformanceResourceTiming).responseEnd > 0);
    await until(arrived, 'the Arabic file arrived', 6000);
    await new Promise((r) => setTimeout(r, 100));
    parent.append(timeline);
    await timeline.updateComplete;
    expect(state(timeline)).to.deep.equal(inArabic('recovery-timeline.heading'));
  });
});
