import { expect, fixture, html } from '@open-wc/testing';
import { callOf, distLoads, heading, loadBundle, telLoads, until, type Bundle, type Widget } from '../support/bundle-page.js';
import { captureWarnings } from '../support/helpers.js';

// The script-tag bundle while its files are still on their way: an element
// removed while its own chunk, the call-link reader (chunks/tel.js) or a
// locale is loading, then put back or never put back; <html lang> flipped
// faster than the locales arrive; setLocale() racing <html lang>. Its own
// file, so the page starts with nothing loaded; the tests run in order.

/** Errors that escaped to the page (a throw from a lifecycle callback, a rejected promise nobody handled). */
const escaped: string[] = [];
const onError = (e: ErrorEvent) => escaped.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => escaped.push(`unhandled rejection: ${String(e.reason)}`);

const PHONE = '020 7946 0000 (Mon–Fri)';
const GERMAN_TITLE = 'Ihre Checkliste für die Nachsorge';

describe('hardening: the bundle while its files load', () => {
  let bundle: Bundle;
  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    bundle = await loadBundle('en');
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    expect(escaped, 'nothing escapes to the page').to.deep.equal([]);
  });

  it('removed before its element chunk arrived, then put back: upgraded then, with the link; nothing warned', async () => {
    const wrap = await fixture(html`<div></div>`);
    let el!: Widget;
    const warnings = await captureWarnings(async () => {
      wrap.innerHTML = `<smp-aftercare-checklist phone="${PHONE}"></smp-aftercare-checklist><smp-pros-cons></smp-pros-cons>`;
      el = wrap.firstElementChild as Widget;
      const other = wrap.lastElementChild as Widget;
      await Promise.resolve(); // the loader's observer has seen the tags
      el.remove();
      other.remove(); // never put back
      await customElements.whenDefined('smp-aftercare-checklist');
      await customElements.whenDefined('smp-pros-cons');
      expect(el.shadowRoot, 'not upgraded while off the page').to.equal(null);
      wrap.append(el);
      await until(() => !!callOf(el) && callOf(el)!.localName === 'a', 'the call link');
    });
    expect(warnings).to.deep.equal([]);
    expect(callOf(el)!.getAttribute('href')).to.equal('tel:02079460000');
    expect(telLoads()).to.deep.equal(['/dist/chunks/tel.js']);
  });

  it('removed while the call-link reader downloads: it still reads the number, and shows the link when put back', async () => {
    const wrap = await fixture(html`<div></div>`);
    const phone = '020 7946 0001 (Mon–Fri 9–17)';
    const warnings = await captureWarnings(async () => {
      const els = [0, 1, 2].map(() => {
        const el = document.createElement('smp-aftercare-checklist') as Widget;
        el.setAttribute('phone', phone);
        wrap.append(el);
        return el;
      });
      // Off the page before the first render ran.
      for (const el of els) el.remove();
      await Promise.all(els.map((e) => e.updateComplete));
      wrap.append(els[0]);
      await els[0].updateComplete;
      expect(callOf(els[0])!.getAttribute('href')).to.equal('tel:02079460001');
      // Removed and put back 20 times within one task, with the phone changing each time.
      for (let i = 0; i < 20; i++) {
        els[1].setAttribute('phone', `020 7946 ${String(i).padStart(4, '0')} (Sat)`);
        wrap.append(els[1]);
        els[1].remove();
      }
      wrap.append(els[1]);
      await els[1].updateComplete;
      expect(callOf(els[1])!.getAttribute('href')).to.equal('tel:02079460019');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('100 attribute changes in one task: the last values show, each bad value warned once at most', async () => {
    const wrap = await fixture(html`<div></div>`);
    wrap.innerHTML = '<smp-recovery-timeline></smp-recovery-timeline><smp-practitioner-guide></smp-practitioner-guide>';
    const [timeline, guide] = [...wrap.children] as Widget[];
    await customElements.whenDefined('smp-recovery-timeline');
    await customElements.whenDefined('smp-practitioner-guide');
    await Promise.all([timeline.updateComplete, guide.updateComplete]);
    const warnings = await captureWarnings(async () => {
      for (let i = 0; i < 100; i++) {
        timeline.setAttribute('session-date', `2026-03-${String((i % 28) + 1).padStart(2, '0')}`);
        timeline.setAttribute('heading-level', String((i % 9) - 1));
        timeline.setAttribute('heading', `T${i}`);
        guide.setAttribute('variant', i % 2 ? 'fix' : 'choose');
        guide.setAttribute('heading', `G${i}`);
      }
      await Promise.all([timeline.updateComplete, guide.updateComplete]);
    });
    expect(heading(timeline)).to.equal('T99');
    expect(heading(guide)).to.equal('G99');
    expect(timeline.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h2'); // 99 % 9 - 1 = -1: invalid, the default
    expect(guide.getAttribute('variant')).to.equal('fix');
    expect(warnings.length, warnings.join('\n')).to.be.at.most(1);
  });

  it('<html lang> flipped 50 times between two languages not loaded yet: the text ends in the last one', async () => {
    const wrap = await fixture(html`<div></div>`);
    wrap.innerHTML = '<smp-aftercare-checklist phone="020 7946 0000"></smp-aftercare-checklist>';
    const el = wrap.firstElementChild as Widget;
    await el.updateComplete;
    expect(heading(el)).to.equal('Your aftercare checklist');
    const warnings = await captureWarnings(async () => {
      for (let i = 0; i < 50; i++) {
        document.documentElement.lang = i % 2 ? 'fr' : 'de';
        // Some flips in the same task, some a microtask or a task apart.
        if (i % 3 === 1) await Promise.resolve();
        if (i % 7 === 3) await new Promise((r) => setTimeout(r));
      }
      // The last flip: i = 49 → French.
      await until(() => bundle.getLocale() === 'fr' && heading(el) === 'Votre liste de soins après la séance', `French, not ${bundle.getLocale()} "${heading(el)}"`, 8000);
      // And it stays French once every download has settled.
      await new Promise((r) => setTimeout(r, 500));
    });
    expect(bundle.getLocale()).to.equal('fr');
    expect(heading(el)).to.equal('Votre liste de soins après la séance');
    expect(warnings).to.deep.equal([]);
  });

  it('setLocale() racing <html lang>: the explicit language wins, and null follows the page again', async () => {
    const wrap = await fixture(html`<div></div>`);
    wrap.innerHTML = '<smp-aftercare-checklist></smp-aftercare-checklist>';
    const el = wrap.firstElementChild as Widget;
    await el.updateComplete;
    document.documentElement.lang = 'es';
    const explicit = bundle.setLocale('de');
    document.documentElement.lang = 'pt-BR';
    await explicit;
    await new Promise((r) => setTimeout(r, 300));
    expect(bundle.getLocale()).to.equal('de');
    await el.updateComplete;
    expect(heading(el)).to.equal(GERMAN_TITLE);
    document.documentElement.lang = 'fr';
    const back = bundle.setLocale(null);
    document.documentElement.lang = 'de-AT';
    await back;
    await until(() => bundle.getLocale() === 'de', `German from the page, not ${bundle.getLocale()}`);
    await el.updateComplete;
    expect(heading(el)).to.equal(GERMAN_TITLE);
    document.documentElement.lang = 'en';
    await until(() => bundle.getLocale() === 'en', 'English');
  });

  it('removed while its locale loads, never put back: no error, no warning; the next one renders in that locale', async () => {
    const wrap = await fixture(html`<div></div>`);
    const warnings = await captureWarnings(async () => {
      document.documentElement.lang = 'ar';
      wrap.innerHTML = '<smp-recovery-timeline session-date="2026-03-02"></smp-recovery-timeline>';
      const gone = wrap.firstElementChild as Widget;
      await Promise.resolve();
      gone.remove();
      await gone.updateComplete;
      wrap.innerHTML = '<smp-recovery-timeline session-date="2026-03-02"></smp-recovery-timeline>';
      const el = wrap.firstElementChild as Widget;
      await until(() => bundle.getLocale() === 'ar', `Arabic, not ${bundle.getLocale()} (html lang ${document.documentElement.lang})`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    });
    expect(warnings).to.deep.equal([]);
    expect(distLoads().filter((p) => p.startsWith('/dist/locales/ar/'))).to.include('/dist/locales/ar/recovery-timeline.js');
    document.documentElement.lang = 'en';
    await until(() => bundle.getLocale() === 'en', 'English');
  });
});
