import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SmpAftercareChecklist } from '../../src/elements/aftercare-checklist/aftercare-checklist.js';
import type { SmpProsCons } from '../../src/elements/pros-cons/pros-cons.js';
import { configure, parseCount, parseSpan } from '../../src/internal/settings.js';
import { setLocale, getLocale } from '../../src/localization/localization.js';
import { afterEmptyCheck, captureWarnings, texts } from '../support/helpers.js';
import { make, type Widget } from './support.js';

// Any property, of any type: handing elements wrong types is the point here.
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'] as const;

const items = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="item"], [part~="step"]').length;
const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')!;

/** Renders, without throwing, and shows content (no blank widget). */
async function rendersContent(el: Widget) {
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part~="base"]'), `${el.localName} rendered`).to.not.equal(null);
  expect(items(el), `${el.localName} items`).to.be.greaterThan(0);
}

describe('hardening: bad input', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => configure({ dryDays: undefined, assessmentDays: undefined, phone: undefined, contactUrl: undefined }));

  describe('non-string values for text properties never throw', () => {
    it('persist = true (a bare attribute in JSX) saves under "default"; ticking works', async () => {
      const el = (await make('smp-aftercare-checklist')) as Widget & SmpAftercareChecklist;
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      (el as unknown as Record<string, unknown>).persist = true;
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.click();
      await el.updateComplete;
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(JSON.parse(localStorage.getItem('smp-widgets:aftercare-checklist:default')!).done).to.have.length(1);
      expect(el.persist).to.equal('');
    });

    it('the guide: persist = true saves under "default", persist = false saves nothing; ticking works', async () => {
      const el = await make('smp-practitioner-guide');
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      el.persist = true;
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem('smp-widgets:practitioner-guide:default')!).done).to.have.length(1);
      localStorage.clear();
      el.persist = false;
      await el.updateComplete;
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1].click();
      await el.updateComplete;
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(Object.keys(localStorage)).to.deep.equal([]);
    });

    it('the guide: variant empty, unknown, a number, an object or 100 KB shows both groups, one warning per value', async () => {
      const el = await make('smp-practitioner-guide');
      for (const bad of ['', 'CHOOSEN', 'none', 5, { toString: () => 'fix' }, Symbol('v'), 'x'.repeat(100 * 1024)]) {
        const warnings = await captureWarnings(async () => {
          el.variant = bad;
          await rendersContent(el);
          expect(el.shadowRoot!.querySelectorAll('[part~="group"]').length, String(bad).slice(0, 20)).to.equal(2);
        });
        expect(warnings.length, `${String(bad).slice(0, 20)}: ${warnings.join('\n')}`).to.be.at.most(1);
        expect(warnings.every((w) => w.length < 500)).to.equal(true);
      }
    });

    it('persist = false does not persist', async () => {
      const el = await make('smp-aftercare-checklist');
      el.persist = false;
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await el.updateComplete;
      expect(Object.keys(localStorage)).to.deep.equal([]);
    });

    it('an element created after localization started is not blank when given persist = true before connecting', async () => {
      await make('smp-pros-cons'); // localization has started
      const el = document.createElement('smp-aftercare-checklist') as Widget;
      el.persist = true;
      (await fixture(html`<div></div>`)).append(el);
      await rendersContent(el);
    });

    for (const tag of ['smp-aftercare-checklist', 'smp-practitioner-guide', 'smp-recovery-timeline']) {
      it(`<${tag}> given persist = true, taken off the page and put back before its first render, renders, with persist read as the default name`, async () => {
        await make('smp-pros-cons'); // localization has started
        const wrap = await fixture(html`<div></div>`);
        const el = document.createElement(tag) as Widget;
        el.persist = true;
        wrap.append(el);
        el.remove(); // a framework moving it before it rendered
        wrap.append(el);
        await rendersContent(el);
        expect(el.persist).to.equal('');
      });
    }

    for (const tag of TAGS) {
      it(`<${tag}>: heading, hide, disclaimer, scheme as numbers, booleans, arrays, objects, symbols`, async () => {
        const el = await make(tag);
        const warnings = await captureWarnings(async () => {
          for (const value of [42, true, false, ['a', 'b'], { toString: () => 'x' }, Symbol('s'), 12n, Object.create(null)]) {
            for (const prop of ['heading', 'hide', 'disclaimer', 'scheme']) {
              el[prop] = value;
              await rendersContent(el);
              el[prop] = undefined;
            }
          }
          el.heading = 42;
          await el.updateComplete;
          expect(heading(el).textContent!.trim()).to.equal('42');
        });
        // Values that are not text are ignored with a warning naming the property; those turned into
        // text are then checked as text (no such scheme, no item with that id).
        expect(warnings.every((w) => /(heading|hide|disclaimer|scheme): .* is not text|scheme="|hide: no item/.test(w)), warnings.join('\n')).to.equal(true);
        expect(warnings.filter((w) => w.includes('heading: Symbol(s) (symbol) is not text'))).to.have.length(1);
      });
    }

    it('hide as an array hides those ids', async () => {
      const el = await make('smp-pros-cons');
      const before = items(el);
      el.hide = ['affordable', 'durable'];
      await el.updateComplete;
      expect(items(el)).to.equal(before - 2);
    });

    it('headingLevel = "3" (a string from a framework) renders <h3> without a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make('smp-pros-cons');
        el.headingLevel = '3';
        await el.updateComplete;
        expect(heading(el).localName).to.equal('h3');
        expect(el.shadowRoot!.querySelector('[part~="group-heading"]')!.localName).to.equal('h4');
      });
      expect(warnings).to.deep.equal([]);
    });

    it('heading-level out of range or not a number: <h2> and one warning naming the value', async () => {
      for (const bad of ['0', '7', '2.5', '1e1', 'x', '']) {
        const warnings = await captureWarnings(async () => {
          const el = await make('smp-pros-cons', { 'heading-level': bad });
          expect(heading(el).localName, bad).to.equal('h2');
        });
        expect(warnings.length, `heading-level="${bad}"`).to.be.at.most(1);
      }
    });
  });

  describe('numbers', () => {
    it('parseCount is strict like parseSpan: digits only, 0 to 3650', () => {
      for (const bad of ['1e1', '0x5', '1e20', '1.0', '-1', '+3', ' ', '3 days', 1e20, 1.5, -1, 3651, '100000000', NaN, Infinity, null, {}, [3]]) {
        expect(parseCount(bad), String(bad)).to.equal(undefined);
      }
      expect(parseCount('12')).to.equal(12);
      expect(parseCount(' 7 ')).to.equal(7);
      expect(parseCount(3650)).to.equal(3650);
      expect(parseSpan('3-99999999')).to.equal(undefined);
      expect(parseSpan([3, 1e20])).to.equal(undefined);
      expect(parseSpan('10-14')).to.deep.equal([10, 14]);
    });

    it('-0 (a count worked out in script) is 0, and as a day count (at least 1) warns and keeps the default, in every language', async () => {
      expect(Object.is(parseCount(-0), 0), 'parseCount(-0)').to.equal(true);
      expect(Object.is(parseSpan([-0, 2])![0], 0), 'parseSpan([-0, 2])').to.equal(true);
      const warnings = await captureWarnings(async () => {
        configure({ dryDays: -0 });
        try {
          const en = await make('smp-aftercare-checklist');
          expect(en.shadowRoot!.textContent).to.contain('for 5 days after each session').and.not.contain('-0');
          await setLocale('de');
          const de = await make('smp-aftercare-checklist');
          await de.updateComplete;
          expect(de.shadowRoot!.textContent).to.contain('5 Tage').and.not.contain('-0');
        } finally {
          await setLocale(null);
        }
      });
      expect(warnings.some((w) => /dryDays.*0.*1 to 3650|dry-days.*0.*1 to 3650/.test(w)), warnings.join('\n')).to.equal(true);
    });

    it('huge day counts never blank the timeline: one warning each, defaults kept', async () => {
      const cases: [Record<string, string>, string][] = [
        [{ 'assessment-days': '100000000' }, 'assessment-days'],
        [{ 'dry-days': '1e20' }, 'dry-days'],
        [{ 'heal-days': '3-99999999' }, 'heal-days'],
        [{ 'session-interval': '100000000' }, 'session-interval'],
      ];
      for (const [attrs, name] of cases) {
        const errors: string[] = [];
        const warnings = await captureWarnings(async () => {
          const onError = (e: ErrorEvent) => errors.push(String(e.message));
          window.addEventListener('error', onError);
          const el = await make('smp-recovery-timeline', { ...attrs, 'session-date': '2026-03-02 2026-03-20' });
          await rendersContent(el);
          expect(el.shadowRoot!.textContent).to.not.contain('Invalid');
          window.removeEventListener('error', onError);
        });
        expect(errors, name).to.deep.equal([]);
        expect(warnings.filter((w) => w.includes(name)), `${name}: ${warnings.join('\n')}`).to.have.length(1);
      }
    });

    it('a light-DOM step with data-from="99999999" keeps its default timing, with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const wrap = await fixture(html`<div></div>`);
        wrap.innerHTML = `<smp-recovery-timeline session-date="2026-03-02"><ul><li data-id="assessment" data-from="99999999">Check</li></ul></smp-recovery-timeline>`;
        const el = wrap.firstElementChild as Widget;
        await rendersContent(el);
        expect(texts(el, '[part~="step"]').join(' ')).to.contain('Check');
      });
      expect(warnings.filter((w) => w.includes('99999999'))).to.have.length(1);
    });

    it('configure() with a Symbol, an object or a function does not blank any widget; one warning each', async () => {
      const els = await Promise.all(TAGS.map((t) => make(t)));
      const warnings = await captureWarnings(async () => {
        configure({ dryDays: Symbol('x') as unknown as number, assessmentDays: { valueOf: () => 3 } as unknown as number, phone: Symbol('p') as unknown as string });
        configure(null as never);
        configure('dryDays' as never);
        for (const el of els) await rendersContent(el);
      });
      expect(warnings.length, warnings.join('\n')).to.be.within(4, 5);
      expect(warnings.join('\n')).to.contain('Symbol(x)');
    });
  });

  describe('locale', () => {
    it('setLocale(5), setLocale({}) resolve (English) with one warning each, not a TypeError', async () => {
      const warnings = await captureWarnings(async () => {
        await setLocale(5 as never);
        await setLocale({} as never);
      });
      expect(getLocale()).to.equal('en');
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('setLocale(5)');
      await setLocale(null);
    });
  });

  describe('items', () => {
    it('duplicated ids in items: one box, the first kept, one warning; ticking it counts once', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make('smp-aftercare-checklist');
        el.items = [
          { id: 'a', kind: 'do', text: 'First' },
          { id: 'a', kind: 'do', text: 'Second' },
          { id: 'b', kind: 'do', text: 'Other' },
        ];
        await el.updateComplete;
        expect(texts(el, '[part~="item"]')).to.deep.equal(['First', 'Other']);
        el.shadowRoot!.querySelector<HTMLInputElement>('[data-id="a"] input')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('1 of 2');
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"a"');
    });

    it('duplicated ids in the guide’s items: one box, the first kept, one warning; ticking it counts once', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make('smp-practitioner-guide');
        const events: number[] = [];
        el.addEventListener('smp-item-toggle', (e) => events.push((e as CustomEvent).detail.done));
        el.items = [
          { id: 'q', kind: 'ask', text: 'First' },
          { id: 'q', kind: 'ask', text: 'Second' },
          { id: 'r', kind: 'ask', text: 'Other' },
        ];
        await el.updateComplete;
        expect(texts(el, '[part~="item"]')).to.deep.equal(['First', 'Other']);
        el.shadowRoot!.querySelector<HTMLInputElement>('[data-id="q"] input')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('input:checked')).to.have.length(1);
        expect(events).to.deep.equal([1]);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"q"');
    });

    // A CMS field left blank: a row with nothing to read is skipped (a checkbox with no label
    // fails axe's "label" rule), as an empty <li> written in the page is.
    // Ids differ per element: warnOnce says each message once per page.
    const blanks: Array<[(typeof TAGS)[number], string, (el: Widget, b: string, e: string) => void]> = [
      ['smp-aftercare-checklist', 'items', (el, b, e) => (el.items = [{ id: b, kind: 'do', text: '  ' }, { id: e, kind: 'do', text: '' }, { id: 'ok', kind: 'do', text: 'Fine' }])],
      ['smp-practitioner-guide', 'items', (el, b, e) => (el.items = [{ id: b, kind: 'ask', text: '\n\t' }, { id: e, kind: 'ask', text: '' }, { id: 'ok', kind: 'ask', text: 'Fine' }])],
      ['smp-pros-cons', 'pros', (el, b, e) => (el.pros = [{ id: b, text: ' ' }, { id: e, text: '' }, { id: 'ok', text: 'Fine' }])],
      ['smp-recovery-timeline', 'steps', (el, b, e) => (el.steps = [{ id: b, text: ' ', title: ' ' }, { id: e, text: '' }, { id: 'ok', text: 'Fine' }])],
    ];
    for (const [tag, property, set] of blanks) {
      it(`<${tag}> ${property} with blank text: skipped with one warning each, the rest shown, accessible`, async () => {
        const el = await make(tag);
        const warnings = await captureWarnings(async () => {
          set(el, `${tag}-b`, `${tag}-e`);
          await el.updateComplete;
        });
        // The rows the property gave: the checklist, guide and timeline show only those; the pros
        // and cons card shows its pros (and its default cons, in their own group).
        const rows = tag === 'smp-recovery-timeline' ? '[part~="step"]' : tag === 'smp-pros-cons' ? '.pros [part~="item"]' : '[part~="item"]';
        expect(texts(el, rows).map((t) => t.replace(/\s+/g, ' ').trim())).to.deep.equal(['Fine']);
        expect(warnings).to.have.length(2);
        expect(warnings[0]).to.contain(`"${property}"[0] (id "${tag}-b") has no text`);
        expect(warnings[1]).to.contain(`"${property}"[1] (id "${tag}-e") has no text`);
        await expect(el).to.be.accessible();
      });
    }

    // Ids from a database or a CMS are often numbers: read as their digits, not dropped (which
    // left a checklist with no steps and a pros-and-cons card with no pros).
    const numbered: Array<[(typeof TAGS)[number], string, string, (el: Widget, items: unknown) => void]> = [
      ['smp-aftercare-checklist', 'items', '[part~="item"]', (el, items) => ((el as Widget & { items: unknown }).items = items)],
      ['smp-practitioner-guide', 'items', '[part~="item"]', (el, items) => ((el as Widget & { items: unknown }).items = items)],
      ['smp-pros-cons', 'pros', '.pros [part~="item"]', (el, items) => ((el as SmpProsCons).pros = items as SmpProsCons['pros'])],
      ['smp-recovery-timeline', 'steps', '[part~="step"]', (el, items) => ((el as Widget & { steps: unknown }).steps = items)],
    ];
    for (const [tag, property, rows, set] of numbered) {
      it(`<${tag}> ${property} with numbers for ids (and a number for text): shown, no warning; none usable: the defaults, one warning`, async () => {
        const kind = tag === 'smp-practitioner-guide' ? 'ask' : 'do';
        const el = await make(tag);
        const defaults = texts(el, rows);
        const warnings = await captureWarnings(async () => {
          set(el, [
            { id: 1, kind, text: 'Wash gently after day 5.' },
            { id: 2, kind, text: 2026 },
          ]);
          await el.updateComplete;
        });
        expect(texts(el, rows).map((t) => t.replace(/\s+/g, ' ').trim())).to.deep.equal(['Wash gently after day 5.', '2026']);
        expect([...el.shadowRoot!.querySelectorAll(rows)].map((r) => r.closest('[data-id]')?.getAttribute('data-id'))).to.deep.equal(['1', '2']);
        expect(warnings).to.deep.equal([]);
        const none = await captureWarnings(async () => {
          set(el, [{ id: { nested: true }, text: 'x' }, null, { id: Number.NaN, text: 'y' }]);
          await el.updateComplete;
        });
        expect(texts(el, rows), 'a blank widget would be worse: the defaults').to.deep.equal(defaults);
        expect(none.filter((w) => w.includes(`<${tag}> "${property}": none of its 3 entries has an id and text; showing the defaults.`))).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('a class instance with a number for id keeps what its getters say (an urgent item stays urgent)', async () => {
      class Item {
        constructor(
          readonly id: number,
          readonly text: string,
        ) {}
        get kind() {
          return this.id === 9 ? 'urgent' : 'avoid';
        }
      }
      const el = (await make('smp-aftercare-checklist')) as Widget & { items: unknown };
      const warnings = await captureWarnings(async () => {
        el.items = [new Item(7, 'Keep it dry.'), new Item(9, 'Call us if it bleeds.')];
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(texts(el, '.group.avoid [part~="item"]').join(' ')).to.contain('Keep it dry.');
      expect(el.shadowRoot!.querySelector('[part~="urgent"]')!.textContent).to.contain('Call us if it bleeds.');
    });

    it('the same duplicate ids given to every element: each element says so, naming itself', async () => {
      const twice = [{ id: 'twice-everywhere', kind: 'do', text: 'One' }, { id: 'twice-everywhere', kind: 'do', text: 'Two' }];
      const els = await Promise.all(TAGS.map((tag) => make(tag)));
      const warnings = await captureWarnings(async () => {
        for (const el of els) {
          if (el.localName === 'smp-pros-cons') (el as SmpProsCons).pros = twice;
          else if (el.localName === 'smp-recovery-timeline') (el as Widget & { steps: unknown }).steps = twice;
          else (el as Widget & { items: unknown }).items = twice;
        }
        await Promise.all(els.map((el) => el.updateComplete));
      });
      for (const tag of TAGS) {
        const property = tag === 'smp-pros-cons' ? 'pros' : tag === 'smp-recovery-timeline' ? 'steps' : 'items';
        expect(warnings.filter((w) => w.includes(`<${tag}> "${property}": the id "twice-everywhere" appears more than once`)), tag).to.have.length(1);
      }
    });

    // Nothing left to show (an empty list, defaults="none" with no items, every id hidden): the
    // title alone, with one warning, and no button that would act on nothing.
    const empties: Array<[string, (typeof TAGS)[number], Record<string, string>, (el: Widget) => void]> = [
      ['items = []', 'smp-aftercare-checklist', {}, (el) => (el.items = [])],
      ['defaults="none"', 'smp-practitioner-guide', { defaults: 'none' }, () => {}],
      ['pros = [] and cons = []', 'smp-pros-cons', {}, (el) => ((el.pros = []), (el.cons = []))],
      ['steps = [] with a session date', 'smp-recovery-timeline', { 'session-date': '2026-01-09' }, (el) => (el.steps = [])],
    ];
    for (const [label, tag, attrs, act] of empties) {
      it(`<${tag}> with ${label}: its title, no list and no buttons, one warning`, async () => {
        const warnings = await captureWarnings(async () => {
          const el = await make(tag, attrs);
          act(el);
          await el.updateComplete;
          expect(heading(el).textContent!.trim()).to.not.equal('');
          expect(el.shadowRoot!.querySelectorAll('[part~="list"], [part~="item"], [part~="step"], button, [part~="progress"]')).to.have.length(0);
          await expect(el).to.be.accessible();
          await afterEmptyCheck(); // the warning waits two frames for items that come late
        });
        expect(warnings).to.deep.equal([`[smp-widgets] <${tag}> has no items to show (defaults="none", an empty list, or every item hidden); only its title is shown.`]);
      });
    }

    it('a checklist with only an urgent item: the urgent box and Print, no progress and no "Clear all ticks", no warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make('smp-aftercare-checklist', { defaults: 'none', phone: '+44 20 7946 0000' });
        el.innerHTML = '<li data-kind="urgent" data-id="u">Call us if it swells.</li>';
        await new Promise((r) => setTimeout(r)); // the light-DOM observer's record
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="urgent"]')!.textContent).to.contain('Call us if it swells.');
        expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Print checklist']);
        expect(el.shadowRoot!.querySelector('[part~="progress"]')).to.equal(null);
      });
      // Its first render had nothing, but the item came in the next task: no warning.
      await afterEmptyCheck();
      expect(warnings).to.deep.equal([]);
    });

    it('items that a framework or a fetch adds a task after the first render: no "no items" warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = document.createElement('smp-pros-cons') as Widget;
        el.setAttribute('defaults', 'none');
        (await fixture(html`<div></div>`)).append(el);
        await new Promise((r) => setTimeout(r));
        el.innerHTML = '<li data-kind="pro" data-id="natural">Looks natural</li>';
        await afterEmptyCheck();
        await el.updateComplete;
        expect(texts(el, '[part~="item"]')).to.deep.equal(['Looks natural']);
      });
      expect(warnings).to.deep.equal([]);
    });

    it('a step given with a blank title keeps its default title', async () => {
      const el = await make('smp-recovery-timeline');
      expect(texts(el, '[part~="title"]')[0]).to.equal('Consultation');
      el.steps = [{ id: 'consultation', text: 'Our own words', title: '   ' }];
      await el.updateComplete;
      expect(texts(el, '[part~="title"]')).to.deep.equal(['Consultation']);
    });

    it('duplicated data-id in light DOM: the first is kept, one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const wrap = await fixture(html`<div></div>`);
        wrap.innerHTML = `<smp-pros-cons><ul><li data-id="x" data-kind="pro">One</li><li data-id="x" data-kind="pro">Two</li></ul></smp-pros-cons>`;
        const el = wrap.firstElementChild as Widget;
        await el.updateComplete;
        const all = texts(el, '[part~="item"]');
        expect(all).to.contain('One');
        expect(all).to.not.contain('Two');
      });
      expect(warnings.filter((w) => w.includes('"x"'))).to.have.length(1);
    });

    it('3,000 unknown hide ids: a handful of short warnings, none repeating the whole value, fast', async () => {
      const hide = Array.from({ length: 3000 }, (_, i) => `no-such-item-${i}`).join(' ');
      const started = performance.now();
      const warnings = await captureWarnings(async () => {
        const el = await make('smp-pros-cons', { hide });
        for (let i = 0; i < 5; i++) {
          el.requestUpdate();
          await el.updateComplete;
        }
      });
      const ms = performance.now() - started;
      console.log(`3,000 unknown hide ids: ${ms.toFixed(0)} ms for six renders`);
      expect(warnings.length).to.be.within(1, 6);
      expect(warnings.every((w) => w.length < 200)).to.equal(true);
      expect(warnings.join('\n')).to.contain('no-such-item-0').and.to.contain('2995 more');
    });

    it('10,000 items through a property: all rendered, ticking one counts one', async () => {
      const el = await make('smp-aftercare-checklist');
      const started = performance.now();
      el.items = Array.from({ length: 10000 }, (_, i) => ({ id: `i${i}`, kind: i % 2 ? 'avoid' : 'do', text: `Item ${i}` }));
      await el.updateComplete;
      console.log(`10,000 checklist items: first render ${(performance.now() - started).toFixed(0)} ms`);
      expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]')).to.have.length(10000);
      el.shadowRoot!.querySelector<HTMLInputElement>('[data-id="i9999"] input')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(`1 of ${(10000).toLocaleString('en')}`); // counts are formatted for the page's language
    });

    it('100 KB of text in every attribute and item: rendered as text, no hang', async () => {
      const huge = 'x'.repeat(100 * 1024);
      const warnings = await captureWarnings(async () => {
        for (const tag of TAGS) {
          const wrap = await fixture(html`<div></div>`);
          const el = document.createElement(tag) as Widget;
          for (const a of ['heading', 'hide', 'disclaimer', 'scheme', 'persist', 'layout', 'variant', 'phone', 'contact-url', 'dry-days', 'session-date', 'heading-level'])
            el.setAttribute(a, huge);
          el.innerHTML = `<ul><li data-id="${huge}" data-kind="${huge}">${huge}</li></ul>`;
          wrap.append(el);
          await rendersContent(el);
          expect(heading(el).textContent!.length).to.be.greaterThan(100 * 1024 - 1);
        }
      });
      expect(warnings.every((w) => w.length < 1000), 'warnings quote long values cut short').to.equal(true);
    });
  });

  describe('attributes reflect only what the author wrote', () => {
    it('pros-cons does not write layout="auto" onto a host that never had it', async () => {
      const el = (await make('smp-pros-cons')) as Widget & SmpProsCons;
      expect(el.hasAttribute('layout')).to.equal(false);
      el.layout = 'stacked';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('stacked');
    });

    it('the guide does not write variant="both" onto a host that never had it', async () => {
      const el = await make('smp-practitioner-guide');
      expect(el.hasAttribute('variant')).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('[part~="group"]')).to.have.length(2);
      el.variant = 'choose';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('choose');
    });
  });

  describe('the light-DOM observer', () => {
    it('does not re-read items when the host’s own attributes change, but does when an item’s data-* does', async () => {
      const wrap = await fixture(html`<div></div>`);
      wrap.innerHTML = `<smp-pros-cons><ul><li data-id="own" data-kind="pro">Own</li></ul></smp-pros-cons>`;
      const el = wrap.firstElementChild as Widget & SmpProsCons;
      await el.updateComplete;
      let reads = 0;
      const original = el.querySelectorAll.bind(el);
      el.querySelectorAll = ((s: string) => {
        reads++;
        return original(s);
      }) as typeof el.querySelectorAll;
      const settle = () => new Promise((r) => setTimeout(r, 0));
      for (let i = 0; i < 20; i++) el.setAttribute('data-test', String(i));
      el.setAttribute('heading', 'New');
      await settle();
      expect(reads, 'host attributes').to.equal(0);
      el.querySelector('li')!.dataset.kind = 'con';
      await settle();
      await el.updateComplete;
      expect(reads, 'item data-*').to.equal(1);
      expect(el.shadowRoot!.querySelector('.cons [data-id="own"]')).to.not.equal(null);
    });
  });
});
