import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/aftercare-checklist/define.js';
import type { SmpAftercareChecklist } from '../../src/elements/aftercare-checklist/aftercare-checklist.js';
import { defaultAftercare } from '../../src/content/aftercare.js';
import { DEFAULT_PROTOCOL, configure } from '../../src/internal/settings.js';
import { captureWarnings, part, printMedia, texts } from '../support/helpers.js';

const DO_IDS = ['clean-touch', 'petroleum-jelly', 'quality-product', 'wear-hat', 'prescribed-cream'];
const AVOID_IDS = ['keep-dry', 'no-sun', 'no-touch', 'no-sweat', 'no-products', 'no-rub', 'no-chemicals'];
const KEY = (name: string) => `smp-widgets:aftercare-checklist:${name}`;

const ids = (el: Element, group: 'do' | 'avoid') =>
  [...el.shadowRoot!.querySelectorAll(`.${group} [part~="item"]`)].map((li) => li.getAttribute('data-id'));
const box = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-id="${id}"] input[type="checkbox"]`)!;
const progress = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const button = (el: Element, cls: 'print' | 'reset') => el.shadowRoot!.querySelector<HTMLButtonElement>(`button.${cls}`)!;

describe('<smp-aftercare-checklist>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => configure({ dryDays: undefined, phone: undefined, contactUrl: undefined }));

  describe('default content', () => {
    it('shows every item of the content brief, grouped by kind, with the urgent item as a callout', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      expect(ids(el, 'do')).to.deep.equal(DO_IDS);
      expect(ids(el, 'avoid')).to.deep.equal(AVOID_IDS);
      const urgent = part(el, 'urgent');
      expect(urgent.querySelector('[data-id="reaction"]')!.textContent).to.match(/itching, swelling/i);
      expect(urgent.textContent).to.contain('When to get help');
      expect([...urgent.querySelectorAll('[data-id]')].map((p) => p.getAttribute('data-id'))).to.deep.equal(['reaction', 'warning-signs', 'emergency']);
      expect(urgent.querySelector('input')).to.equal(null);
      expect(texts(el, '[part~="group-heading"]')).to.deep.equal(['Do', 'Avoid']);
      expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]')).to.have.length(12);
      expect(part(el, 'disclaimer').textContent).to.contain('not a doctor’s advice');
      const defaults = defaultAftercare(DEFAULT_PROTOCOL);
      expect(defaults.map((i) => i.id).sort()).to.deep.equal([...DO_IDS, ...AVOID_IDS, 'reaction', 'warning-signs', 'emergency'].sort());
      await expect(el).to.be.accessible();
    });

    it('every checkbox is labelled by its item text', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      const input = box(el, 'no-rub');
      expect(input.labels![0].textContent!.trim()).to.equal('Don’t rub the treated area.');
    });
  });

  describe('clinic protocol numbers', () => {
    it('puts the default 5 dry days in the text', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      expect(el.shadowRoot!.querySelector('[data-id="keep-dry"]')!.textContent).to.contain('for 5 days');
    });

    it('follows dry-days on the element, with singular wording for one day', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist dry-days="3"></smp-aftercare-checklist>`);
      expect(el.shadowRoot!.querySelector('[data-id="keep-dry"]')!.textContent).to.contain('for 3 days');
      el.setAttribute('dry-days', '1');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-id="keep-dry"]')!.textContent).to.contain('for 1 day ');
    });

    it('follows page-wide configure(), which the element attribute overrides', async () => {
      const a = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      const b = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist dry-days="7"></smp-aftercare-checklist>`);
      configure({ dryDays: 4 });
      await a.updateComplete;
      await b.updateComplete;
      expect(a.shadowRoot!.querySelector('[data-id="keep-dry"]')!.textContent).to.contain('for 4 days');
      expect(b.shadowRoot!.querySelector('[data-id="keep-dry"]')!.textContent).to.contain('for 7 days');
    });

    it('follows a configure() made while it was out of the page, once put back', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      const parent = el.parentElement!;
      el.remove();
      configure({ dryDays: 4 });
      await new Promise((r) => setTimeout(r));
      parent.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-id="keep-dry"]')!.textContent).to.contain('for 4 days');
    });

    it('an invalid number warns, naming the value, and keeps the default', async () => {
      let el!: SmpAftercareChecklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist dry-days="five"></smp-aftercare-checklist>`);
      });
      expect(warnings.join()).to.contain('dry-days="five"');
      expect(el.shadowRoot!.querySelector('[data-id="keep-dry"]')!.textContent).to.contain('for 5 days');
    });
  });

  describe('contact', () => {
    it('a phone number becomes a tel: link in the urgent callout', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone="+44 (20) 7946-0000"></smp-aftercare-checklist>`);
      const link = part(el, 'urgent').querySelector<HTMLAnchorElement>('a.call')!;
      expect(link.getAttribute('href')).to.equal('tel:+442079460000');
      expect(link.textContent).to.contain('+44 (20) 7946-0000');
      await expect(el).to.be.accessible();
    });

    it('the call link shows a space between "Call" and the number (the link is a flex box)', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone="+44 20 7946 0000"></smp-aftercare-checklist>`);
      const link = part(el, 'urgent').querySelector<HTMLAnchorElement>('a.call')!;
      const number = link.querySelector('.number')!;
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      let text: Node | null;
      while ((text = walker.nextNode()) && !text.textContent!.includes('Call'));
      const word = document.createRange();
      word.setStart(text!, text!.textContent!.indexOf('Call'));
      word.setEnd(text!, text!.textContent!.indexOf('Call') + 'Call'.length);
      expect(word.getBoundingClientRect().width, 'the word is measured').to.be.greaterThan(5);
      const gap = number.getBoundingClientRect().left - word.getBoundingClientRect().right;
      expect(gap, 'rendered space before the number').to.be.greaterThan(1);
      // The digits are a box of their own, which a link's underline does not reach: they draw it.
      expect(getComputedStyle(number).display).to.equal('inline-block');
      expect(getComputedStyle(number).textDecorationLine).to.equal(getComputedStyle(link).textDecorationLine);
      expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    });

    it('with every urgent item hidden, the box still carries the clinic’s number and contact page, on screen and on paper', async () => {
      const el = await fixture<SmpAftercareChecklist>(
        html`<smp-aftercare-checklist phone="+44 20 7946 0000" contact-url="https://clinic.example/contact" hide="reaction warning-signs emergency"></smp-aftercare-checklist>`,
      );
      const urgent = part(el, 'urgent');
      expect(urgent.querySelectorAll('.urgent-text')).to.have.length(0);
      expect(urgent.querySelector<HTMLAnchorElement>('a.call')!.getAttribute('href')).to.equal('tel:+442079460000');
      expect(urgent.querySelector<HTMLAnchorElement>('a.contact-link')!.getAttribute('href')).to.equal('https://clinic.example/contact');
      const undoPrint = await printMedia(el);
      try {
        expect(getComputedStyle(urgent).display).to.not.equal('none');
        expect(getComputedStyle(urgent.querySelector('a.call')!).display).to.not.equal('none');
        // Firefox reports the rule's attr() unresolved.
        expect(getComputedStyle(urgent.querySelector('a.contact-link')!, '::after').content).to.match(/clinic\.example\/contact|attr\(data-print\)/);
        expect(urgent.querySelector('a.contact-link')!.getAttribute('data-print')).to.equal('https://clinic.example/contact');
      } finally {
        await undoPrint();
      }
      await expect(el).to.be.accessible();
      // Without a phone or a contact page, and nothing urgent, there is no box.
      el.removeAttribute('phone');
      el.removeAttribute('contact-url');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="urgent"]')).to.equal(null);
    });

    it('a contact page becomes a link; page-wide settings work too', async () => {
      configure({ contactUrl: 'https://clinic.example/contact' });
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      expect(part(el, 'contact').querySelector('a')!.getAttribute('href')).to.equal('https://clinic.example/contact');
      el.setAttribute('contact-url', 'mailto:care@clinic.example');
      await el.updateComplete;
      expect(part(el, 'contact').querySelector('a')!.getAttribute('href')).to.equal('mailto:care@clinic.example');
    });

    it('refuses a javascript: contact link with a warning', async () => {
      let el!: SmpAftercareChecklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist contact-url="javascript:alert(1)"></smp-aftercare-checklist>`);
      });
      expect(warnings.join()).to.contain('contact-url="javascript:alert(1)" refused');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(part(el, 'urgent')).to.not.equal(null);
    });

    it('a site address or e-mail without a scheme links to the site or mails it, with a warning; a path stays on this site, silently', async () => {
      const href = (el: SmpAftercareChecklist) => part(el, 'contact').querySelector('a')!.getAttribute('href');
      const cases: Array<[string, string, string | null]> = [
        ['www.clinic.example/contact', 'https://www.clinic.example/contact', 'contact-url="www.clinic.example/contact" has no scheme: linked as https://www.clinic.example/contact'],
        ['clinic.example:8443/contact?x=1', 'https://clinic.example:8443/contact?x=1', 'linked as https://clinic.example:8443/contact?x=1'],
        ['klinik.bücher.example', new URL('https://klinik.bücher.example').href, 'linked as https://klinik.bücher.example'],
        ['care@clinic.example', 'mailto:care@clinic.example', 'contact-url="care@clinic.example" has no scheme: linked as mailto:care@clinic.example'],
        ['info@clinic.example?subject=SMP', 'mailto:info@clinic.example?subject=SMP', 'linked as mailto:info@clinic.example?subject=SMP'],
        ['/contact', new URL('/contact', document.baseURI).href, null],
        // A file next to this page, as WordPress's esc_url leaves it: not a site called contact.html.
        ['contact.html', new URL('contact.html', document.baseURI).href, null],
        ['index.php?page_id=42', new URL('index.php?page_id=42', document.baseURI).href, null],
        ['kontakt.htm#formular', new URL('kontakt.htm#formular', document.baseURI).href, null],
        ['index.php/kontakt/', new URL('index.php/kontakt/', document.baseURI).href, null],
        ['/12345', new URL('/12345', document.baseURI).href, null],
        ['./contact', new URL('./contact', document.baseURI).href, null],
      ];
      for (const [value, expected, warning] of cases) {
        let el!: SmpAftercareChecklist;
        const warnings = await captureWarnings(async () => {
          el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist contact-url=${value}></smp-aftercare-checklist>`);
        });
        expect(href(el), value).to.equal(expected);
        if (warning) expect(warnings.filter((w) => w.includes(warning)), value).to.have.length(1);
        else expect(warnings, value).to.deep.equal([]);
      }
    });

    it('a phone number in contact-url is no link (a page that does not exist): ignored, with a warning that says where it goes', async () => {
      let el!: SmpAftercareChecklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist contact-url="+971 50 123 4567"></smp-aftercare-checklist>`);
      });
      expect(el.shadowRoot!.querySelector('a.contact-link')).to.equal(null);
      expect(warnings.join()).to.contain('contact-url="+971 50 123 4567" is a phone number, not a link: set it as phone (or write tel:+971501234567)');
      // In Arabic-Indic digits too.
      const arabic = await captureWarnings(async () => {
        el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist contact-url="٠٥٠ ١٢٣ ٤٥٦٧"></smp-aftercare-checklist>`);
      });
      expect(el.shadowRoot!.querySelector('a.contact-link')).to.equal(null);
      expect(arabic.join()).to.contain('contact-url="٠٥٠ ١٢٣ ٤٥٦٧" is a phone number, not a link');
    });

    it('ignores a phone attribute with no number in it, with a warning', async () => {
      const warnings = await captureWarnings(() => fixture(html`<smp-aftercare-checklist phone="call us"></smp-aftercare-checklist>`));
      expect(warnings.join()).to.contain('phone="call us"');
    });
  });

  describe('ticking', () => {
    it('ticks by mouse, updates the progress line and fires smp-item-toggle', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      expect(progress(el)).to.equal('0 of 12 done');
      const event = oneEvent(el, 'smp-item-toggle');
      box(el, 'wear-hat').click();
      const { detail, bubbles, composed } = await event;
      expect({ ...detail, bubbles, composed }).to.deep.equal({ id: 'wear-hat', checked: true, done: 1, total: 12, bubbles: true, composed: true });
      await el.updateComplete;
      expect(progress(el)).to.equal('1 of 12 done');
      expect(el.shadowRoot!.querySelector('[data-id="wear-hat"]')!.classList.contains('checked')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('the progress line is a polite live region', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      // role=status is an implicitly polite live region; nothing overrides it.
      expect(status.getAttribute('aria-live')).to.equal(null);
      expect(getComputedStyle(status).display).to.not.equal('none');
    });

    it('ticks by keyboard: Tab to a checkbox, Space to tick', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(box(el, DO_IDS[0]));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(box(el, DO_IDS[0]).checked).to.equal(true);
      expect(progress(el)).to.equal('1 of 12 done');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(box(el, DO_IDS[1]));
      before.remove();
    });

    it('fires smp-complete when the last item is ticked, and only then', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist hide=${AVOID_IDS.join(' ')}></smp-aftercare-checklist>`);
      let completes = 0;
      el.addEventListener('smp-complete', () => completes++);
      for (const id of DO_IDS.slice(0, -1)) box(el, id).click();
      expect(completes).to.equal(0);
      const event = oneEvent(el, 'smp-complete');
      box(el, DO_IDS.at(-1)!).click();
      expect((await event).detail).to.deep.equal({ total: 5 });
      await el.updateComplete;
      expect(progress(el)).to.equal('5 of 5 done');
      await expect(el).to.be.accessible();
    });

    it('the reset control clears every tick without firing toggle events', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="reset"></smp-aftercare-checklist>`);
      expect(button(el, 'reset').getAttribute('aria-disabled')).to.equal('true');
      box(el, 'no-sun').click();
      box(el, 'no-rub').click();
      await el.updateComplete;
      let toggles = 0;
      el.addEventListener('smp-item-toggle', () => toggles++);
      button(el, 'reset').click();
      await el.updateComplete;
      expect(progress(el)).to.equal('0 of 12 done');
      expect(box(el, 'no-sun').checked).to.equal(false);
      expect(toggles).to.equal(0);
      expect(JSON.parse(localStorage.getItem(KEY('reset'))!).done).to.deep.equal([]);
    });

    it('the reset control, shown disabled when nothing is ticked, does nothing then: no smp-reset, nothing saved', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="reset-nothing"></smp-aftercare-checklist>`);
      let resets = 0;
      el.addEventListener('smp-reset', () => resets++);
      expect(button(el, 'reset').getAttribute('aria-disabled')).to.equal('true');
      button(el, 'reset').click();
      await el.updateComplete;
      expect(resets).to.equal(0);
      expect(localStorage.getItem(KEY('reset-nothing'))).to.equal(null);
    });

    it('fires no event when ticks are restored from storage', async () => {
      localStorage.setItem(KEY('quiet'), JSON.stringify({ day: '2000-01-01', done: DO_IDS }));
      let events = 0;
      const count = () => events++;
      document.addEventListener('smp-item-toggle', count);
      document.addEventListener('smp-complete', count);
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="quiet"></smp-aftercare-checklist>`);
      document.removeEventListener('smp-item-toggle', count);
      document.removeEventListener('smp-complete', count);
      expect(progress(el)).to.equal('5 of 12 done');
      expect(events).to.equal(0);
    });
  });

  it('the reset control keeps keyboard focus when it clears the last tick', async () => {
    const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
    box(el, 'no-sun').click();
    await el.updateComplete;
    expect(button(el, 'reset').getAttribute('aria-disabled')).to.equal('false');
    button(el, 'reset').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(progress(el)).to.equal('0 of 12 done');
    expect(button(el, 'reset').getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'reset'));
  });

  describe('persistence', () => {
    it('keeps ticks across a real page reload', async () => {
      const frame = document.createElement('iframe');
      frame.src = new URL('../fixtures/checklist-page.html', import.meta.url).href;
      const loaded = () => new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const ready = async () => {
        const el = frame.contentDocument!.querySelector('smp-aftercare-checklist') as SmpAftercareChecklist;
        await frame.contentWindow!.customElements.whenDefined('smp-aftercare-checklist');
        await el.updateComplete;
        return el;
      };
      let load = loaded();
      document.body.append(frame);
      await load;
      let el = await ready();
      box(el, 'wear-hat').click();
      box(el, 'no-sun').click();
      await el.updateComplete;
      expect(progress(el)).to.equal('2 of 12 done');

      load = loaded();
      frame.contentWindow!.location.reload();
      await load;
      el = await ready();
      expect(box(el, 'wear-hat').checked).to.equal(true);
      expect(box(el, 'no-sun').checked).to.equal(true);
      expect(box(el, 'no-rub').checked).to.equal(false);
      expect(progress(el)).to.equal('2 of 12 done');
      frame.remove();
    });

    it('keeps separate lists apart by the persist value, and nothing without persist', async () => {
      const a = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="after-session-1"></smp-aftercare-checklist>`);
      box(a, 'no-sun').click();
      const b = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="after-session-2"></smp-aftercare-checklist>`);
      expect(box(b, 'no-sun').checked).to.equal(false);
      expect(JSON.parse(localStorage.getItem(KEY('after-session-1'))!).done).to.deep.equal(['no-sun']);
      const plain = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      box(plain, 'wear-hat').click();
      expect(Object.keys(localStorage).sort()).to.deep.equal([KEY('after-session-1')]);
    });

    it('ignores stored ids that no longer exist and a corrupt stored value', async () => {
      localStorage.setItem(KEY('old'), JSON.stringify({ day: '2026-01-01', done: ['wear-hat', 'retired-item', 42] }));
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="old"></smp-aftercare-checklist>`);
      expect(progress(el)).to.equal('1 of 12 done');
      expect(box(el, 'wear-hat').checked).to.equal(true);
      localStorage.setItem(KEY('corrupt'), '{not json');
      const el2 = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="corrupt"></smp-aftercare-checklist>`);
      expect(progress(el2)).to.equal('0 of 12 done');
    });

    it('keeps working without persistence, with one warning, when storage throws', async () => {
      const getItem = sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      try {
        let el!: SmpAftercareChecklist;
        const warnings = await captureWarnings(async () => {
          el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="blocked"></smp-aftercare-checklist>`);
          box(el, 'no-sun').click();
          box(el, 'no-rub').click();
          await el.updateComplete;
        });
        expect(progress(el)).to.equal('2 of 12 done');
        expect(warnings.filter((w) => w.includes('localStorage'))).to.have.length(1);
      } finally {
        getItem.restore();
        setItem.restore();
      }
    });

    describe('daily', () => {
      let clock: sinon.SinonFakeTimers;
      beforeEach(() => {
        clock = sinon.useFakeTimers({ now: new Date(2026, 0, 14, 23, 59, 0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      });
      afterEach(() => clock.restore());

      it('drops ticks saved on an earlier day', async () => {
        localStorage.setItem(KEY('daily'), JSON.stringify({ day: '2026-01-13', done: ['no-sun'] }));
        const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="daily" daily></smp-aftercare-checklist>`);
        expect(progress(el)).to.equal('0 of 12 done');
        localStorage.setItem(KEY('daily2'), JSON.stringify({ day: '2026-01-14', done: ['no-sun'] }));
        const today = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="daily2" daily></smp-aftercare-checklist>`);
        expect(progress(today)).to.equal('1 of 12 done');
      });

      it('clears the ticks at local midnight on a page left open', async () => {
        const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="night" daily></smp-aftercare-checklist>`);
        box(el, 'no-sun').click();
        await el.updateComplete;
        clock.tick(30_000);
        await el.updateComplete;
        expect(progress(el)).to.equal('1 of 12 done');
        clock.tick(31_000); // past 00:00 on 15 January
        await el.updateComplete;
        expect(progress(el)).to.equal('0 of 12 done');
        expect(JSON.parse(localStorage.getItem(KEY('night'))!)).to.deep.equal({ day: '2026-01-15', done: [] });
      });

      it('clears them when a list taken out of the page comes back on a later day', async () => {
        const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="away" daily></smp-aftercare-checklist>`);
        box(el, 'no-sun').click();
        const parent = el.parentElement!;
        el.remove();
        clock.tick(120_000); // midnight passes while it is detached
        parent.append(el);
        await el.updateComplete;
        expect(progress(el)).to.equal('0 of 12 done');
      });

      it('without daily, ticks survive midnight', async () => {
        const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist="keep"></smp-aftercare-checklist>`);
        box(el, 'no-sun').click();
        clock.tick(120_000);
        await el.updateComplete;
        expect(progress(el)).to.equal('1 of 12 done');
      });
    });
  });

  describe('overrides', () => {
    it('light-DOM items replace by id, add new ones, and ignore editor debris', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`
        <smp-aftercare-checklist>
          <p></p>
          <ul>
            <li data-kind="do" data-id="prescribed-cream">Use the cream from your kit twice a day.</li>
            <li data-kind="avoid" data-id="no-swim">No swimming pools for two weeks.</li>
            <li data-kind="urgent" data-id="fever">A fever after your session: call us now.</li>
          </ul>
          <br />
        </smp-aftercare-checklist>
      `);
      expect(ids(el, 'do')).to.deep.equal(DO_IDS);
      expect(el.shadowRoot!.querySelector('[data-id="prescribed-cream"]')!.textContent!.trim()).to.equal('Use the cream from your kit twice a day.');
      expect(ids(el, 'avoid')).to.deep.equal([...AVOID_IDS, 'no-swim']);
      expect(part(el, 'urgent').querySelector('[data-id="fever"]')).to.not.equal(null);
      expect(progress(el)).to.equal('0 of 13 done');
      await expect(el).to.be.accessible();
    });

    it('the items property replaces every default', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`
        <smp-aftercare-checklist
          .items=${[
            { id: 'a', kind: 'do', text: 'Rest' },
            { id: 'b', kind: 'avoid', text: 'Gym' },
            { id: 'c', kind: 'urgent', text: 'Bleeding that does not stop' },
          ]}
        ></smp-aftercare-checklist>
      `);
      expect(ids(el, 'do')).to.deep.equal(['a']);
      expect(ids(el, 'avoid')).to.deep.equal(['b']);
      expect(part(el, 'urgent').textContent).to.contain('Bleeding that does not stop');
      expect(progress(el)).to.equal('0 of 2 done');
    });

    it('an item without a valid kind warns and is still shown', async () => {
      let el!: SmpAftercareChecklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist .items=${[{ id: 'x', kind: 'maybe', text: 'Sleep well' }]}></smp-aftercare-checklist>`);
      });
      expect(warnings.join()).to.contain('"maybe"');
      expect(ids(el, 'do')).to.deep.equal(['x']);
    });

    it('hide removes items and they leave the count', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist hide="no-sun wear-hat reaction warning-signs emergency"></smp-aftercare-checklist>`);
      expect(ids(el, 'do')).to.not.include('wear-hat');
      expect(ids(el, 'avoid')).to.not.include('no-sun');
      expect(part(el, 'urgent')).to.equal(null);
      expect(progress(el)).to.equal('0 of 10 done');
    });

    it('renders markup in item text as text', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`
        <smp-aftercare-checklist .items=${[{ id: 'x', kind: 'do', text: '<img src=x onerror="window.__pwned=1">' }]}>
          <li data-kind="urgent" data-id="y">&lt;b&gt;now&lt;/b&gt;</li>
        </smp-aftercare-checklist>
      `);
      expect(el.shadowRoot!.querySelectorAll('img, b')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[data-id="x"]')!.textContent!.trim()).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(el.shadowRoot!.querySelector('[data-id="y"]')!.textContent!.trim()).to.equal('<b>now</b>');
    });
  });

  describe('print', () => {
    let undo: () => Promise<void>;
    afterEach(() => undo?.());

    it('the print control calls the browser print dialog', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      const print = sinon.stub(window, 'print');
      try {
        button(el, 'print').click();
        expect(print.calledOnce).to.equal(true);
      } finally {
        print.restore();
      }
    });

    it('prints every item with an empty box, no buttons, black on white, the contact line kept', async () => {
      const el = await fixture<SmpAftercareChecklist>(
        html`<smp-aftercare-checklist phone="555 0100" contact-url="mailto:care@clinic.example" style="color: rgb(0, 0, 200)"></smp-aftercare-checklist>`,
      );
      box(el, 'no-sun').click();
      await el.updateComplete;
      undo = await printMedia(el);
      expect(getComputedStyle(part(el, 'actions')).display).to.equal('none');
      expect(getComputedStyle(part(el, 'progress')).display).to.equal('none');
      for (const id of [...DO_IDS, ...AVOID_IDS]) {
        const row = el.shadowRoot!.querySelector(`[data-id="${id}"]`)!;
        expect(getComputedStyle(row).display, id).to.not.equal('none');
      }
      const ticked = box(el, 'no-sun');
      expect(getComputedStyle(ticked).appearance).to.equal('none');
      expect(getComputedStyle(ticked).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[data-id="no-sun"] .text')!).textDecorationLine).to.equal('none');
      expect(getComputedStyle(part(el, 'item')).color).to.equal('rgb(0, 0, 0)');
      // The contact line stays: the call link shows the number, the contact link prints its address.
      const call = part(el, 'contact').querySelector('a.call')!;
      expect(getComputedStyle(call).display).to.not.equal('none');
      expect(call.textContent).to.contain('555 0100');
      const contact = part(el, 'contact').querySelector<HTMLAnchorElement>('a.contact-link')!;
      expect(contact.dataset.print).to.equal('care@clinic.example');
      expect(getComputedStyle(contact, '::after').content).to.match(/care@clinic\.example|attr\(data-print\)/);
      await expect(el).to.be.accessible();
    });
  });

  it('printed in a narrow column, the contact address is never hyphenated (a hyphen in an e-mail or a URL is a different address)', async () => {
    // Below 20em the card hyphenates (hyphens: auto); Firefox then breaks "recepti-on@sm-pcli-nicex-amp-le.com"
    // at hyphens that are not in the address, and a patient types them.
    const wrap = await fixture<HTMLElement>(html`<div lang="de" style="width: 200px">
      <smp-aftercare-checklist contact-url="mailto:reception@smpclinicexample.com"></smp-aftercare-checklist>
    </div>`);
    const el = wrap.firstElementChild as SmpAftercareChecklist;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'base')).hyphens, 'the narrow card hyphenates its text').to.equal('auto');
    const undo = await printMedia(el);
    try {
      const contact = part(el, 'contact').querySelector<HTMLAnchorElement>('a.contact-link')!;
      expect(contact.dataset.print).to.equal('reception@smpclinicexample.com');
      expect(getComputedStyle(contact, '::after').hyphens).to.equal('manual');
    } finally {
      await undo();
    }
  });

  describe('accessibility', () => {
    // axe with every item ticked, on screen and printed, in both palettes: test/theming.test.ts.
    it('checkbox rows are at least 44px tall and the boxes at least 24px', async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
      const row = el.shadowRoot!.querySelector('[part~="item"] label')!.getBoundingClientRect();
      const input = box(el, 'no-rub').getBoundingClientRect();
      expect(row.height).to.be.at.least(44);
      expect(input.width).to.be.at.least(24);
      expect(input.height).to.be.at.least(24);
    });
  });
});
