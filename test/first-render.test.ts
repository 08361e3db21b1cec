import { expect, fixture, html } from '@open-wc/testing';
import { pageLang } from './support/helpers.js';

// What an English page pays before its first widget shows. Each costs
// Chromium milliseconds on a slow phone and the static-HTML floor pays none:
// the browser's number and date data (loaded by the first Intl.NumberFormat
// and Intl.DateTimeFormat) and a `storage` listener (registered only once a
// widget remembers something). This file runs in its own page, so nothing
// before it has paid any of them.

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const counts = { numberFormats: 0, dateFormats: 0, storageListeners: 0 };
/** `format` (an Intl formatter's constructor), counting in `counts[key]` each formatter made, with or without `new`. */
const counting = <F extends typeof Intl.NumberFormat | typeof Intl.DateTimeFormat>(format: F, key: 'numberFormats' | 'dateFormats'): F =>
  new Proxy(format, {
    construct(target, args) {
      counts[key]++;
      return Reflect.construct(target, args);
    },
    apply(target, thisArg, args) {
      counts[key]++;
      return Reflect.apply(target, thisArg, args);
    },
  });
const NumberFormat = Intl.NumberFormat;
Intl.NumberFormat = counting(NumberFormat, 'numberFormats');
const DateTimeFormat = Intl.DateTimeFormat;
Intl.DateTimeFormat = counting(DateTimeFormat, 'dateFormats');
const addEventListener = window.addEventListener;
window.addEventListener = function (this: Window, type: string, ...rest: [EventListenerOrEventListenerObject, (boolean | AddEventListenerOptions)?]) {
  if (type === 'storage') counts.storageListeners++;
  return addEventListener.call(this, type, ...rest);
} as typeof window.addEventListener;

/** Renders of each widget, counted from the moment its class is defined. */
const renders = new Map<Element, number>();

describe('first render of an English page', () => {
  before(async () => {
    // Set directly: pageLang() would start localization before any widget does.
    document.documentElement.lang = 'en';
    await import('../src/index.js');
    for (const tag of ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-practitioner-guide', 'smp-recovery-timeline']) {
      const proto = customElements.get(tag)!.prototype as { render(): unknown };
      const render = proto.render;
      proto.render = function (this: Element) {
        renders.set(this, (renders.get(this) ?? 0) + 1);
        return render.call(this);
      };
    }
  });
  after(() => {
    Intl.NumberFormat = NumberFormat;
    Intl.DateTimeFormat = DateTimeFormat;
    window.addEventListener = addEventListener;
  });

  it('shows every count and date without loading the number or date data, and without a storage listener', async () => {
    const els = [
      await fixture<Widget>(html`<smp-aftercare-checklist phone="+44 20 7946 0000"></smp-aftercare-checklist>`),
      await fixture<Widget>(html`<smp-pros-cons></smp-pros-cons>`),
      await fixture<Widget>(html`<smp-practitioner-guide></smp-practitioner-guide>`),
      await fixture<Widget>(html`<smp-recovery-timeline></smp-recovery-timeline>`),
      await fixture<Widget>(html`<smp-recovery-timeline session-date="2026-01-09"></smp-recovery-timeline>`),
    ];
    await Promise.all(els.map((el) => el.updateComplete));
    const text = els.map((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).join(' ');
    expect(text).to.contain('for 5 days after each session');
    expect(text).to.contain('0 of 12 done');
    expect(text).to.contain('about 2\u20133 hours');
    expect(text).to.contain('in about 3\u20134 days');
    expect(text).to.contain('Fri, Jan 9');
    expect(counts.numberFormats, 'Intl.NumberFormat created').to.equal(0);
    expect(counts.dateFormats, 'Intl.DateTimeFormat created').to.equal(0);
    expect(counts.storageListeners, 'storage listeners').to.equal(0);
  });

  it('renders each widget once: following <html lang> at start does not draw them again', async () => {
    // The widgets above started localization (the first connected element does); let it settle.
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const widgets = [...renders.keys()];
    expect(widgets).to.have.length(5);
    for (const el of widgets) expect(renders.get(el), el.localName).to.equal(1);
  });

  it('registers one storage listener for the page once a widget remembers, and follows other tabs', async () => {
    const a = await fixture<Widget>(html`<smp-aftercare-checklist persist="first-render"></smp-aftercare-checklist>`);
    const b = await fixture<Widget>(html`<smp-practitioner-guide persist="first-render"></smp-practitioner-guide>`);
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(counts.storageListeners).to.equal(1);
    // Another tab ticks the first item: the storage event reaches this checklist.
    const key = 'smp-widgets:aftercare-checklist:first-render';
    const first = a.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    const value = JSON.stringify({ day: '2026-01-01', done: [first.closest<HTMLElement>('[data-id]')!.dataset.id] });
    localStorage.setItem(key, value);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
    await a.updateComplete;
    expect(a.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.equal(true);
    localStorage.removeItem(key);
  });

  it('a British English page writes its dates without the date data too', async () => {
    await pageLang('en-GB');
    const timeline = await fixture<Widget>(html`<smp-recovery-timeline session-date="2026-01-09"></smp-recovery-timeline>`);
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.textContent).to.contain('Fri 9 Jan');
    expect(counts.dateFormats, 'Intl.DateTimeFormat created').to.equal(0);
    await pageLang('en');
  });

  it('loads the number and date data for other languages (German counts and dates come from Intl)', async () => {
    await pageLang('de');
    const el = await fixture<Widget>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
    const timeline = await fixture<Widget>(html`<smp-recovery-timeline session-date="2026-01-09"></smp-recovery-timeline>`);
    await Promise.all([el.updateComplete, timeline.updateComplete]);
    expect(el.shadowRoot!.textContent).to.contain('5 Tage');
    expect(timeline.shadowRoot!.textContent).to.contain('9. Jan');
    expect(counts.numberFormats).to.be.greaterThan(0);
    expect(counts.dateFormats).to.be.greaterThan(0);
    await pageLang('en');
  });
});
