import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/practitioner-guide/define.js';
import type { SmpPractitionerGuide } from '../../src/elements/practitioner-guide/practitioner-guide.js';
import { defaultGuide } from '../../src/content/practitioner-guide.js';
import { captureWarnings, part, printMedia, texts } from '../support/helpers.js';

// The ids of CONTENT.md section 4, in its order.
const ASK_IDS = ['training', 'experience', 'specialisation', 'inks', 'needles', 'facilities'];
const FIX_IDS = ['stop-adding', 'see-specialist', 'laser'];
const KEY = (name: string) => `smp-widgets:practitioner-guide:${name}`;

const ids = (el: Element, group: 'ask' | 'fix') => [...el.shadowRoot!.querySelectorAll(`.${group} [part~="item"]`)].map((li) => li.getAttribute('data-id'));
const box = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-id="${id}"] input[type="checkbox"]`)!;
const text = (el: Element, id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"] .text`)!.textContent!.trim();
const button = (el: Element, cls: 'print' | 'reset') => el.shadowRoot!.querySelector<HTMLButtonElement>(`button.${cls}`);
const title = (el: Element) => part(el, 'heading').textContent!.trim();

describe('<smp-practitioner-guide>', () => {
  beforeEach(() => localStorage.clear());

  describe('default content', () => {
    it('shows every item of the content brief: questions as checkboxes, remedies as a numbered, ordered list', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide></smp-practitioner-guide>`);
      expect(ids(el, 'ask')).to.deep.equal(ASK_IDS);
      expect(ids(el, 'fix')).to.deep.equal(FIX_IDS);
      expect(title(el)).to.equal('Your SMP practitioner');
      expect(texts(el, '[part~="group-heading"]')).to.deep.equal(['Before you choose', 'If your result is not right']);
      expect(el.shadowRoot!.querySelectorAll('.ask input[type="checkbox"]')).to.have.length(ASK_IDS.length);
      expect(el.shadowRoot!.querySelectorAll('.fix input')).to.have.length(0);
      // The remedies are an ordered list, numbered in order.
      const steps = el.shadowRoot!.querySelector('.fix [part~="list"]')!;
      expect(steps.localName).to.equal('ol');
      expect(texts(el, '.fix [part~="step-number"]')).to.deep.equal(['1', '2', '3']);
      expect(text(el, 'needles')).to.match(/needles/);
      expect(text(el, 'laser')).to.match(/laser/);
      expect(part(el, 'disclaimer').textContent).to.contain('not a doctor’s advice');
      expect(defaultGuide().map((i) => i.id)).to.deep.equal([...ASK_IDS, ...FIX_IDS]);
      await expect(el).to.be.accessible();
    });

    it('every checkbox is labelled by its question, and rows are thumb-sized', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide></smp-practitioner-guide>`);
      expect(box(el, 'inks').labels![0].textContent!.trim()).to.equal(text(el, 'inks'));
      expect(el.shadowRoot!.querySelector('[part~="item"] label')!.getBoundingClientRect().height).to.be.at.least(44);
      const r = box(el, 'inks').getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
    });

    it('heading and heading-level set the title and the level of the groups below it', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide heading="Pick with care" heading-level="3"></smp-practitioner-guide>`);
      expect(part(el, 'heading').localName).to.equal('h3');
      expect(title(el)).to.equal('Pick with care');
      expect([...el.shadowRoot!.querySelectorAll('[part~="group-heading"]')].map((h) => h.localName)).to.deep.equal(['h4', 'h4']);
    });

    it('the disclaimer can be replaced and hidden', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide disclaimer="Ask us anything."></smp-practitioner-guide>`);
      expect(part(el, 'disclaimer').textContent).to.equal('Ask us anything.');
      el.noDisclaimer = true;
      await el.updateComplete;
      expect(part(el, 'disclaimer')).to.equal(null);
    });
  });

  describe('variant', () => {
    it('choose shows only the questions, with its own title', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide variant="choose"></smp-practitioner-guide>`);
      expect(ids(el, 'ask')).to.deep.equal(ASK_IDS);
      expect(el.shadowRoot!.querySelector('.fix')).to.equal(null);
      expect(title(el)).to.equal('Choosing your SMP practitioner');
      expect(button(el, 'reset')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('fix shows only the remedies, with its own title and no clear button', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide variant="fix"></smp-practitioner-guide>`);
      expect(el.shadowRoot!.querySelector('.ask')).to.equal(null);
      expect(ids(el, 'fix')).to.deep.equal(FIX_IDS);
      expect(title(el)).to.equal('When SMP goes wrong');
      expect(button(el, 'reset')).to.equal(null);
      expect(button(el, 'print')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('the property switches groups at run time and is reflected', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide></smp-practitioner-guide>`);
      el.variant = 'fix';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('fix');
      expect(ids(el, 'ask')).to.deep.equal([]);
      el.variant = 'both';
      await el.updateComplete;
      expect(ids(el, 'ask')).to.deep.equal(ASK_IDS);
      expect(ids(el, 'fix')).to.deep.equal(FIX_IDS);
    });

    it('an unknown variant warns once, naming the value, and shows both groups', async () => {
      let el!: SmpPractitionerGuide;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide variant="questions"></smp-practitioner-guide>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((w) => w.includes('variant="questions"'))).to.have.length(1);
      expect(ids(el, 'ask')).to.deep.equal(ASK_IDS);
      expect(ids(el, 'fix')).to.deep.equal(FIX_IDS);
    });
  });

  describe('ticking', () => {
    it('ticks by mouse and fires smp-item-toggle, bubbling and composed', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide></smp-practitioner-guide>`);
      const event = oneEvent(el, 'smp-item-toggle');
      box(el, 'needles').click();
      const { detail, bubbles, composed } = await event;
      expect({ ...detail, bubbles, composed }).to.deep.equal({ id: 'needles', checked: true, done: 1, total: 6, bubbles: true, composed: true });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-id="needles"]')!.classList.contains('checked')).to.equal(true);
      expect(button(el, 'reset')!.getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('ticks by keyboard: Tab to the first question, Space to tick', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide></smp-practitioner-guide>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      try {
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(box(el, ASK_IDS[0]));
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        expect(box(el, ASK_IDS[0]).checked).to.equal(true);
      } finally {
        before.remove();
      }
    });

    it('fires smp-complete when the last question is ticked, and only then', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide hide="facilities"></smp-practitioner-guide>`);
      let completes = 0;
      el.addEventListener('smp-complete', () => completes++);
      for (const id of ASK_IDS.slice(0, 4)) box(el, id).click();
      expect(completes).to.equal(0);
      const event = oneEvent(el, 'smp-complete');
      box(el, 'needles').click();
      expect((await event).detail).to.deep.equal({ total: 5 });
      box(el, 'needles').click();
      box(el, 'needles').click();
      expect(completes).to.equal(2);
    });

    it('the clear control unticks everything without firing events, and keeps focus', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist="clear"></smp-practitioner-guide>`);
      expect(button(el, 'reset')!.getAttribute('aria-disabled')).to.equal('true');
      box(el, 'inks').click();
      box(el, 'training').click();
      await el.updateComplete;
      let events = 0;
      el.addEventListener('smp-item-toggle', () => events++);
      el.addEventListener('smp-complete', () => events++);
      button(el, 'reset')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(box(el, 'inks').checked).to.equal(false);
      expect(box(el, 'training').checked).to.equal(false);
      expect(events).to.equal(0);
      expect(button(el, 'reset')!.getAttribute('aria-disabled')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'reset'));
      expect(JSON.parse(localStorage.getItem(KEY('clear'))!)).to.deep.equal({ done: [] });
    });

    it('the clear control, shown disabled when nothing is ticked, does nothing then: no smp-reset, nothing saved', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist="clear-nothing"></smp-practitioner-guide>`);
      let resets = 0;
      el.addEventListener('smp-reset', () => resets++);
      expect(button(el, 'reset')!.getAttribute('aria-disabled')).to.equal('true');
      button(el, 'reset')!.click();
      await el.updateComplete;
      expect(resets).to.equal(0);
      expect(localStorage.getItem(KEY('clear-nothing'))).to.equal(null);
    });

    it('the print control opens the print dialog', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide></smp-practitioner-guide>`);
      const print = sinon.stub(window, 'print');
      try {
        button(el, 'print')!.click();
        expect(print.calledOnce).to.equal(true);
      } finally {
        print.restore();
      }
    });
  });

  describe('persist', () => {
    it('remembers ticks under its own key, apart from other lists, and nothing without persist', async () => {
      const a = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist></smp-practitioner-guide>`);
      box(a, 'inks').click();
      expect(JSON.parse(localStorage.getItem(KEY('default'))!)).to.deep.equal({ done: ['inks'] });
      const again = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist></smp-practitioner-guide>`);
      expect(box(again, 'inks').checked).to.equal(true);
      const other = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist="second-opinion"></smp-practitioner-guide>`);
      expect(box(other, 'inks').checked).to.equal(false);
      const plain = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide></smp-practitioner-guide>`);
      box(plain, 'training').click();
      expect(Object.keys(localStorage)).to.deep.equal([KEY('default')]);
    });

    it('fires no event when ticks are restored', async () => {
      localStorage.setItem(KEY('quiet'), JSON.stringify({ done: ASK_IDS }));
      let events = 0;
      const count = () => events++;
      document.addEventListener('smp-item-toggle', count);
      document.addEventListener('smp-complete', count);
      try {
        const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist="quiet"></smp-practitioner-guide>`);
        expect(ASK_IDS.every((id) => box(el, id).checked)).to.equal(true);
      } finally {
        document.removeEventListener('smp-item-toggle', count);
        document.removeEventListener('smp-complete', count);
      }
      expect(events).to.equal(0);
    });

    it('ignores unknown stored ids, non-strings and a corrupt value', async () => {
      localStorage.setItem(KEY('old'), JSON.stringify({ done: ['inks', 'retired', 7] }));
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist="old"></smp-practitioner-guide>`);
      expect(ASK_IDS.filter((id) => box(el, id).checked)).to.deep.equal(['inks']);
      localStorage.setItem(KEY('corrupt'), '{not json');
      const el2 = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist="corrupt"></smp-practitioner-guide>`);
      expect(ASK_IDS.filter((id) => box(el2, id).checked)).to.deep.equal([]);
      localStorage.setItem(KEY('wrong-shape'), JSON.stringify(['inks']));
      const el3 = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist="wrong-shape"></smp-practitioner-guide>`);
      expect(ASK_IDS.filter((id) => box(el3, id).checked)).to.deep.equal([]);
    });

    it('keeps working, with one warning, when storage throws', async () => {
      const getItem = sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      try {
        let el!: SmpPractitionerGuide;
        const warnings = await captureWarnings(async () => {
          el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist="blocked"></smp-practitioner-guide>`);
          box(el, 'inks').click();
          box(el, 'needles').click();
          await el.updateComplete;
        });
        expect(box(el, 'inks').checked && box(el, 'needles').checked).to.equal(true);
        // storage.ts warns once per page: at most one warning, never a flood or a throw.
        expect(warnings.filter((w) => w.includes('localStorage')).length).to.be.at.most(1);
      } finally {
        getItem.restore();
        setItem.restore();
      }
    });
  });

  describe('overrides', () => {
    it('light-DOM items replace by id, add new ones to their group, and ignore editor debris', async () => {
      let el!: SmpPractitionerGuide;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpPractitionerGuide>(html`
        <smp-practitioner-guide>
          <p></p>
          <ul>
            <li data-kind="ask" data-id="inks">Ask which ink brand they use.</li>
            <li data-kind="ask" data-id="photos">Ask to see photos of their work.</li>
            <li data-kind="fix" data-id="call-us">Call us for a free correction check.</li>
            <li data-id="laser">See our laser partner clinic.</li>
          </ul>
          <br />
        </smp-practitioner-guide>
      `);
      });
      expect(ids(el, 'ask')).to.deep.equal([...ASK_IDS, 'photos']);
      expect(text(el, 'inks')).to.equal('Ask which ink brand they use.');
      expect(ids(el, 'fix')).to.deep.equal([...FIX_IDS, 'call-us']);
      // An item with a default's id and no kind keeps the default's group, silently (it rewords that item).
      expect(text(el, 'laser')).to.equal('See our laser partner clinic.');
      expect(el.shadowRoot!.querySelector('.fix [data-id="laser"]')).to.not.equal(null);
      expect(warnings.join()).not.to.contain('laser');
      expect(texts(el, '.fix [part~="step-number"]')).to.deep.equal(['1', '2', '3', '4']);
      await expect(el).to.be.accessible();
    });

    it('picks up light-DOM items added later', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide></smp-practitioner-guide>`);
      const li = document.createElement('li');
      li.dataset.kind = 'fix';
      li.dataset.id = 'later';
      li.textContent = 'Added later.';
      el.append(li);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(ids(el, 'fix')).to.deep.equal([...FIX_IDS, 'later']);
    });

    it('the items property replaces every default', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`
        <smp-practitioner-guide
          .items=${[
            { id: 'q', kind: 'ask', text: 'Are you insured?' },
            { id: 's', kind: 'fix', text: 'Book a review visit.' },
          ]}
        ></smp-practitioner-guide>
      `);
      expect(ids(el, 'ask')).to.deep.equal(['q']);
      expect(ids(el, 'fix')).to.deep.equal(['s']);
      const event = oneEvent(el, 'smp-complete');
      box(el, 'q').click();
      expect((await event).detail).to.deep.equal({ total: 1 });
    });

    it('an item with an unknown kind warns, naming it, and is shown as a question', async () => {
      let el!: SmpPractitionerGuide;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide .items=${[{ id: 'x', kind: 'maybe', text: 'Ask about prices.' }]}></smp-practitioner-guide>`);
      });
      expect(warnings.join()).to.contain('"x"').and.to.contain('"maybe"');
      expect(ids(el, 'ask')).to.deep.equal(['x']);
    });

    it('items that is not an array warns and keeps the defaults', async () => {
      let el!: SmpPractitionerGuide;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide .items=${'nope' as unknown as []}></smp-practitioner-guide>`);
      });
      expect(warnings.join()).to.contain('"items"');
      expect(ids(el, 'ask')).to.deep.equal(ASK_IDS);
    });

    it('hide removes items from either group; a hidden question leaves the count', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide hide="inks laser"></smp-practitioner-guide>`);
      expect(ids(el, 'ask')).to.deep.equal(ASK_IDS.filter((id) => id !== 'inks'));
      expect(ids(el, 'fix')).to.deep.equal(['stop-adding', 'see-specialist']);
      const event = oneEvent(el, 'smp-item-toggle');
      box(el, 'training').click();
      expect((await event).detail.total).to.equal(5);
    });

    it('hiding every remedy removes the group; an unknown id in hide warns once', async () => {
      let el!: SmpPractitionerGuide;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide hide="${FIX_IDS.join(' ')} lazer"></smp-practitioner-guide>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(el.shadowRoot!.querySelector('.fix')).to.equal(null);
      expect(warnings.filter((w) => w.includes('"lazer"'))).to.have.length(1);
      // Hiding an item of the group a variant leaves out is not a typo: no warning.
      const quiet = await captureWarnings(() => fixture(html`<smp-practitioner-guide variant="choose" hide="laser"></smp-practitioner-guide>`));
      expect(quiet).to.deep.equal([]);
    });

    it('renders markup in item text as text', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`
        <smp-practitioner-guide .items=${[{ id: 'x', kind: 'fix', text: '<img src=x onerror="window.__pwned=1">' }]}>
          <li data-kind="ask" data-id="y">&lt;b&gt;bold&lt;/b&gt;</li>
        </smp-practitioner-guide>
      `);
      expect(el.shadowRoot!.querySelectorAll('img, b')).to.have.length(0);
      expect(text(el, 'x')).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(text(el, 'y')).to.equal('<b>bold</b>');
    });
  });

  describe('print', () => {
    let undo: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await undo?.();
      undo = undefined;
    });

    it('prints every question with an empty box and every step, black on white, without buttons', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide style="color: rgb(0, 0, 200)"></smp-practitioner-guide>`);
      box(el, 'inks').click();
      await el.updateComplete;
      undo = await printMedia(el);
      expect(getComputedStyle(part(el, 'actions')).display).to.equal('none');
      for (const id of [...ASK_IDS, ...FIX_IDS]) expect(getComputedStyle(el.shadowRoot!.querySelector(`[data-id="${id}"]`)!).display, id).to.not.equal('none');
      const ticked = box(el, 'inks');
      expect(getComputedStyle(ticked).appearance).to.equal('none');
      expect(getComputedStyle(ticked).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[data-id="inks"] .text')!).textDecorationLine).to.equal('none');
      expect(getComputedStyle(part(el, 'item')).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(part(el, 'step-number')).borderTopColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(part(el, 'intro')).color).to.equal('rgb(0, 0, 0)');
      await expect(el).to.be.accessible();
    });
  });

  describe('forced colours', () => {
    it('step numbers use system colours; a ticked question keeps the text colour (GrayText reads as disabled) and its strike-through', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide></smp-practitioner-guide>`);
      box(el, 'inks').click();
      await el.updateComplete;
      const probe = document.createElement('div');
      document.body.append(probe);
      const system = (c: string) => {
        probe.style.color = c;
        return getComputedStyle(probe).color;
      };
      const undo = await printMedia(el, '(forced-colors: active)');
      try {
        expect(getComputedStyle(part(el, 'step-number')).borderTopColor).to.equal(system('CanvasText'));
        const ticked = getComputedStyle(el.shadowRoot!.querySelector('.checked .text')!);
        expect(ticked.color).to.equal(system('CanvasText'));
        expect(ticked.color).not.to.equal(system('GrayText'));
        expect(ticked.textDecorationLine).to.equal('line-through');
      } finally {
        probe.remove();
        await undo();
      }
    });
  });

  describe('bad input', () => {
    it('a bad heading-level warns once and uses 2; nothing throws', async () => {
      let el!: SmpPractitionerGuide;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide heading-level="9"></smp-practitioner-guide>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(part(el, 'heading').localName).to.equal('h2');
      expect(warnings.filter((w) => w.includes('heading-level="9"'))).to.have.length(1);
    });

    it('takes what frameworks hand it: persist = true, variant = null', async () => {
      const el = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide></smp-practitioner-guide>`);
      (el as unknown as { persist: unknown }).persist = true;
      (el as unknown as { variant: unknown }).variant = null;
      await captureWarnings(() => el.updateComplete);
      box(el, 'inks').click();
      expect(JSON.parse(localStorage.getItem(KEY('default'))!)).to.deep.equal({ done: ['inks'] });
      expect(ids(el, 'fix')).to.deep.equal(FIX_IDS);
    });
  });
});
