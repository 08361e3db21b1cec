import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/index.js';
import type { SmpAftercareChecklist } from '../../src/elements/aftercare-checklist/aftercare-checklist.js';
import type { SmpRecoveryTimeline } from '../../src/elements/recovery-timeline/recovery-timeline.js';
import type { SmpPractitionerGuide } from '../../src/elements/practitioner-guide/practitioner-guide.js';
import { captureWarnings } from '../support/helpers.js';
import { blankFrame } from './support.js';

const KEY = (name: string) => `smp-widgets:aftercare-checklist:${name}`;
const box = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-id="${id}"] input[type="checkbox"]`)!;
const progress = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const saved = (name: string) => JSON.parse(localStorage.getItem(KEY(name))!).done as string[];
const checklist = (persist: string) => fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist=${persist}></smp-aftercare-checklist>`);
const tick = async (el: SmpAftercareChecklist, id: string) => {
  box(el, id).click();
  await el.updateComplete;
};

const GUIDE_KEY = (name: string) => `smp-widgets:practitioner-guide:${name}`;
const guideSaved = (name: string) => JSON.parse(localStorage.getItem(GUIDE_KEY(name))!).done as string[];
const guide = (persist: string) => fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist=${persist}></smp-practitioner-guide>`);
const ticked = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.closest('li')!.dataset.id).sort();

/** Opens a same-origin window on the test page's origin: another tab, as far as storage goes. */
async function otherTab(): Promise<{ storage: Storage; close(): void }> {
  const frame = await blankFrame();
  return { storage: frame.contentWindow!.localStorage, close: () => frame.remove() };
}
/** The elements of a `<div>` rendered from `template`, once each has rendered, and the `<div>`. */
async function rendered<T extends Element & { updateComplete: Promise<unknown> }>(template: TemplateResult): Promise<{ wrap: HTMLElement; els: T[] }> {
  const wrap = await fixture<HTMLElement>(template);
  const els = [...wrap.children] as T[];
  await Promise.all(els.map((el) => el.updateComplete));
  return { wrap, els };
}
const storageEvent = () => new Promise((r) => window.addEventListener('storage', r, { once: true }));

/** Keys that are not ours, set before each test: none may be touched. */
const FOREIGN = { theme: 'dark', 'smp-widgets-other': '1', 'smp-widgets': 'x', 'cart:items': '[1,2]' };

describe('hardening: storage', () => {
  beforeEach(() => {
    localStorage.clear();
    for (const [k, v] of Object.entries(FOREIGN)) localStorage.setItem(k, v);
  });
  afterEach(() => {
    for (const [k, v] of Object.entries(FOREIGN)) expect(localStorage.getItem(k), `key "${k}" untouched`).to.equal(v);
    expect(Object.keys(localStorage).filter((k) => !(k in FOREIGN)).every((k) => /^smp-widgets:(aftercare-checklist|recovery-timeline|practitioner-guide):/.test(k))).to.equal(true);
  });

  it('27 corrupt or foreign values under our keys: the widget works, shows what is valid, and the next tick saves cleanly', async () => {
    const shapes = [
      '', '{', 'null', 'true', '0', '"done"', '[]', '{}', '[1,2]', '{"done":null}', '{"done":"a b"}', '{"done":{}}', '{"day":5,"done":[]}',
      '{"day":"x","done":[1,null,{}]}', '{"day":"2026-01-01","done":["no-sun",7,"no-sun"]}', '{"__proto__":{"done":["no-sun"]}}',
      '{"constructor":{"prototype":{"x":1}}}', '"<img src=x onerror=alert(1)>"', '{"day":"2026-01-01","done":["<script>alert(1)</script>"]}',
      'NaN', '1e400', '{"done":[' + '"x",'.repeat(10000) + '"y"]}', '\u0000', '{"done":["no-sun"],"day":"2026-01-01","extra":true}',
      JSON.stringify({ day: '2026-01-01', done: ['no-sun'.repeat(10000)] }), '[{"done":["no-sun"]}]', '{"day":["2026"],"done":["no-sun"]}',
    ];
    expect(shapes).to.have.length(27);
    for (const [i, raw] of shapes.entries()) {
      localStorage.setItem(KEY(`c${i}`), raw);
      const el = await checklist(`c${i}`);
      expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]').length, raw.slice(0, 40)).to.equal(12);
      expect(progress(el)).to.match(/^[01] of 12 done$/);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      await tick(el, 'wear-hat');
      expect(saved(`c${i}`)).to.include('wear-hat');
    }
  });

  it('the timeline ignores corrupt saved dates and keeps the attribute’s', async () => {
    for (const raw of ['{', '5', '["2026-02-30", 7, null]', '{"a":1}', '"2026-03-02"']) {
      localStorage.setItem('smp-widgets:recovery-timeline:t', raw);
      const el = await fixture<SmpRecoveryTimeline>(html`<smp-recovery-timeline persist="t" session-date="2026-03-02"></smp-recovery-timeline>`);
      expect(el.shadowRoot!.querySelectorAll('[part~="step"]').length, raw).to.be.greaterThan(3);
      expect(el.shadowRoot!.querySelector('[part~="when"]')!.textContent, raw).to.match(/2026|Mar|3/);
    }
  });

  it('storage that is full says "full", keeps the ticks on the page, and tries again on the next tick', async () => {
    const el = await checklist('full');
    await tick(el, 'no-sun');
    const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('quota', 'QuotaExceededError'));
    let warnings: string[] = [];
    try {
      warnings = await captureWarnings(async () => {
        await tick(el, 'no-rub');
        await tick(el, 'wear-hat');
      });
    } finally {
      setItem.restore();
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('full').and.not.to.contain('not available');
    expect(progress(el)).to.equal('3 of 12 done');
    await tick(el, 'no-sweat');
    expect(saved('full').sort()).to.deep.equal(['no-rub', 'no-sun', 'no-sweat', 'wear-hat']);
  });

  it('two elements sharing a persist name stay in step; neither overwrites the other’s ticks', async () => {
    const { els: [a, b] } = await rendered<SmpAftercareChecklist>(html`<div>
      <smp-aftercare-checklist persist="shared"></smp-aftercare-checklist>
      <smp-aftercare-checklist persist="shared"></smp-aftercare-checklist>
    </div>`);
    await tick(a, 'no-sun');
    await b.updateComplete;
    expect(box(b, 'no-sun').checked).to.equal(true);
    await tick(b, 'no-rub');
    await a.updateComplete;
    expect(progress(a)).to.equal('2 of 12 done');
    expect(saved('shared').sort()).to.deep.equal(['no-rub', 'no-sun']);
  });

  it('another tab (a same-origin window) editing the same list: this one follows through the storage event', async () => {
    const el = await checklist('tabs');
    await tick(el, 'no-sun');
    const tab = await otherTab();
    try {
      // The other tab ticks one more and saves.
      const other = tab.storage;
      const changed = storageEvent();
      other.setItem(KEY('tabs'), JSON.stringify({ day: JSON.parse(other.getItem(KEY('tabs'))!).day, done: ['no-sun', 'no-rub'] }));
      await changed;
      await el.updateComplete;
      expect(box(el, 'no-rub').checked, 'followed the other tab').to.equal(true);
      // Then this tab ticks: the other tab's tick is kept.
      await tick(el, 'wear-hat');
      expect(saved('tabs').sort()).to.deep.equal(['no-rub', 'no-sun', 'wear-hat']);
      // The other tab clears everything.
      const cleared = storageEvent();
      other.removeItem(KEY('tabs'));
      await cleared;
      await el.updateComplete;
      expect(progress(el)).to.equal('0 of 12 done');
    } finally {
      tab.close();
    }
  });

  it('"Clear all ticks" fires smp-reset, so a host counting smp-item-toggle stays in step', async () => {
    const el = await checklist('count');
    let done = 0;
    el.addEventListener('smp-item-toggle', (e) => (done = e.detail.done));
    const resets: { done: number; total: number }[] = [];
    el.addEventListener('smp-reset', (e) => {
      resets.push(e.detail);
      done = e.detail.done;
    });
    await tick(el, 'no-sun');
    await tick(el, 'no-rub');
    expect(done).to.equal(2);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.reset')!.click();
    await el.updateComplete;
    expect(resets).to.deep.equal([{ done: 0, total: 12 }]);
    expect(done).to.equal(0);
    expect(saved('count')).to.deep.equal([]);
  });
  it('the guide saves its ticks only under smp-widgets:practitioner-guide:<name>', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<smp-practitioner-guide persist="g"></smp-practitioner-guide>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    const ours = Object.keys(localStorage).filter((k) => !(k in FOREIGN));
    expect(ours).to.deep.equal(['smp-widgets:practitioner-guide:g']);
  });

  describe('the timeline\'s remembered date', () => {
    type Timeline = SmpRecoveryTimeline & { updateComplete: Promise<unknown> };
    const field = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
    const enter = async (el: Timeline, value: string) => {
      field(el).value = value;
      field(el).dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    const current = (el: Element) => el.shadowRoot!.querySelector('[aria-current]');

    it('two timelines with one persist name: a date entered in one shows in the other', async () => {
      const { els: [a, b] } = await rendered<Timeline>(html`<div>
        <smp-recovery-timeline date-input persist="p"></smp-recovery-timeline>
        <smp-recovery-timeline date-input persist="p"></smp-recovery-timeline>
      </div>`);
      await enter(a, '2026-03-02');
      await b.updateComplete;
      expect(field(b).value).to.equal('2026-03-02');
      await enter(b, '');
      await a.updateComplete;
      expect(field(a).value).to.equal('');
    });

    it('a timeline taken off the page and put back shows the date entered meanwhile in another of the same name', async () => {
      const { wrap, els: [a, b] } = await rendered<Timeline>(html`<div>
        <smp-recovery-timeline date-input persist="route"></smp-recovery-timeline>
        <smp-recovery-timeline date-input persist="route"></smp-recovery-timeline>
      </div>`);
      b.remove();
      await enter(a, '2026-03-02');
      wrap.append(b);
      await b.updateComplete;
      expect(field(b).value).to.equal('2026-03-02');
      expect(b.shadowRoot!.querySelector('[data-start]'), 'a personal timeline: its steps are dated').to.not.equal(null);
    });

    it('another tab saving a date: this timeline follows through the storage event', async () => {
      const el = await fixture<Timeline>(html`<smp-recovery-timeline date-input persist="tab"></smp-recovery-timeline>`);
      const tab = await otherTab();
      try {
        const changed = storageEvent();
        tab.storage.setItem('smp-widgets:recovery-timeline:tab', JSON.stringify(['2026-04-01']));
        await changed;
        await el.updateComplete;
        expect(field(el).value).to.equal('2026-04-01');
      } finally {
        tab.close();
      }
    });

    it('clearing the field over session-date: the general timeline the patient chose survives a reload', async () => {
      const today = new Date();
      const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      const el = await fixture<Timeline>(html`<smp-recovery-timeline date-input persist="clr" session-date=${iso}></smp-recovery-timeline>`);
      expect(field(el).value, 'the clinic date first').to.equal(iso);
      expect(current(el), 'dated: a current step').to.not.equal(null);
      await enter(el, '');
      expect(current(el), 'general timeline').to.equal(null);
      // A reload: a new element reading the same storage.
      const again = await fixture<Timeline>(html`<smp-recovery-timeline date-input persist="clr" session-date=${iso}></smp-recovery-timeline>`);
      expect(field(again).value, 'still cleared').to.equal('');
      expect(current(again), 'still the general timeline').to.equal(null);
    });
  });

  describe('the practitioner guide', () => {
    it('corrupt or foreign values under its key: the questions work, and the next tick saves cleanly', async () => {
      const shapes = ['', '{', 'null', '0', '"done"', '[]', '{}', '{"done":null}', '{"done":"inks"}', '{"done":{}}', '{"done":[1,null,{}]}',
        '{"__proto__":{"done":["inks"]}}', '{"done":["<img src=x onerror=alert(1)>"]}', '{"done":[' + '"x",'.repeat(10000) + '"y"]}', '[{"done":["inks"]}]'];
      for (const [i, raw] of shapes.entries()) {
        localStorage.setItem(GUIDE_KEY(`c${i}`), raw);
        const el = await guide(`c${i}`);
        expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]').length, raw.slice(0, 40)).to.equal(6);
        expect(ticked(el), raw.slice(0, 40)).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
        box(el, 'training').click();
        await el.updateComplete;
        expect(guideSaved(`c${i}`)).to.include('training');
      }
    });

    it('two guides sharing a persist name stay in step; a checklist of the same name is another list', async () => {
      const { els: [a, b, list] } = await rendered<SmpPractitionerGuide>(html`<div>
        <smp-practitioner-guide persist="shared"></smp-practitioner-guide>
        <smp-practitioner-guide persist="shared"></smp-practitioner-guide>
        <smp-aftercare-checklist persist="shared"></smp-aftercare-checklist>
      </div>`);
      box(a, 'training').click();
      await b.updateComplete;
      expect(box(b, 'training').checked).to.equal(true);
      box(b, 'inks').click();
      await a.updateComplete;
      expect(ticked(a)).to.deep.equal(['inks', 'training']);
      expect(guideSaved('shared').sort()).to.deep.equal(['inks', 'training']);
      expect(list.shadowRoot!.querySelectorAll('input:checked')).to.have.length(0);
      expect(localStorage.getItem(KEY('shared'))).to.equal(null);
    });

    it('another tab editing the same guide: this one follows, keeps the other tab’s ticks, and follows a clear', async () => {
      const el = await guide('tabs');
      box(el, 'training').click();
      await el.updateComplete;
      const tab = await otherTab();
      try {
        const changed = storageEvent();
        tab.storage.setItem(GUIDE_KEY('tabs'), JSON.stringify({ done: ['training', 'inks'] }));
        await changed;
        await el.updateComplete;
        expect(box(el, 'inks').checked, 'followed the other tab').to.equal(true);
        box(el, 'experience').click();
        await el.updateComplete;
        expect(guideSaved('tabs').sort()).to.deep.equal(['experience', 'inks', 'training']);
        const cleared = storageEvent();
        tab.storage.removeItem(GUIDE_KEY('tabs'));
        await cleared;
        await el.updateComplete;
        expect(ticked(el)).to.deep.equal([]);
      } finally {
        tab.close();
      }
    });

    it('a guide taken off the page and put back (a single-page app’s route) shows the ticks saved meanwhile, and its next tick keeps them', async () => {
      const { wrap, els: [a, b] } = await rendered<SmpPractitionerGuide>(html`<div>
        <smp-practitioner-guide persist="route"></smp-practitioner-guide>
        <smp-practitioner-guide persist="route"></smp-practitioner-guide>
      </div>`);
      box(a, 'training').click();
      await b.updateComplete;
      b.remove();
      box(a, 'inks').click();
      await a.updateComplete;
      wrap.append(b);
      await b.updateComplete;
      expect(ticked(b), 'the tick made while it was away').to.deep.equal(['inks', 'training']);
      box(b, 'experience').click();
      await b.updateComplete;
      expect(guideSaved('route').sort()).to.deep.equal(['experience', 'inks', 'training']);
    });

    it('a guide moved on the page keeps a tick that full storage could not save', async () => {
      const wrap = await fixture(html`<div><smp-practitioner-guide persist="moved"></smp-practitioner-guide></div>`);
      const el = wrap.firstElementChild as SmpPractitionerGuide;
      await el.updateComplete;
      const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('quota', 'QuotaExceededError'));
      try {
        await captureWarnings(async () => {
          box(el, 'training').click();
          await el.updateComplete;
          wrap.prepend(document.createElement('p'));
          wrap.append(el); // a framework reordering its children
          await el.updateComplete;
        });
      } finally {
        setItem.restore();
      }
      expect(ticked(el)).to.deep.equal(['training']);
    });

    it('a guide taken off the page keeps a tick full storage could not save when another name is saved meanwhile', async () => {
      const { wrap, els: [a, b] } = await rendered<SmpPractitionerGuide>(html`<div>
        <smp-practitioner-guide persist="unsaved"></smp-practitioner-guide>
        <smp-practitioner-guide persist="other"></smp-practitioner-guide>
      </div>`);
      const setItem = Storage.prototype.setItem;
      // Full for this guide's ticks only: another, shorter value still fits.
      const stub = sinon.stub(Storage.prototype, 'setItem').callsFake(function (this: Storage, key: string, value: string) {
        if (key.endsWith(':unsaved')) throw new DOMException('quota', 'QuotaExceededError');
        setItem.call(this, key, value);
      });
      try {
        await captureWarnings(async () => {
          box(a, 'training').click();
          await a.updateComplete;
          a.remove();
          box(b, 'inks').click();
          await b.updateComplete;
          wrap.prepend(a);
          await a.updateComplete;
        });
      } finally {
        stub.restore();
      }
      expect(guideSaved('other')).to.deep.equal(['inks']);
      expect(ticked(a), 'nothing was saved under its own name while it was away').to.deep.equal(['training']);
    });

    it('questions written without data-id keep their ticks when the clinic adds one before them between visits', async () => {
      const first = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist="no-ids" variant="choose" defaults="none">
        <li data-kind="ask">Ask to see photos of people they treated a year ago.</li>
        <li data-kind="ask">Ask what a correction would cost.</li>
      </smp-practitioner-guide>`);
      const text = (el: Element) => [...el.shadowRoot!.querySelectorAll('input:checked')].map((i) => i.closest('li')!.textContent!.trim());
      first.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[0].click();
      await first.updateComplete;
      first.remove();
      const next = await fixture<SmpPractitionerGuide>(html`<smp-practitioner-guide persist="no-ids" variant="choose" defaults="none">
        <li data-kind="ask">Ask how long they have done SMP.</li>
        <li data-kind="ask">Ask to see photos of people they treated a year ago.</li>
        <li data-kind="ask">Ask what a correction would cost.</li>
      </smp-practitioner-guide>`);
      expect(text(next)).to.deep.equal(['Ask to see photos of people they treated a year ago.']);
    });

    it('"Clear all ticks" fires smp-reset with the number of questions', async () => {
      const el = await guide('count');
      const resets: unknown[] = [];
      el.addEventListener('smp-reset', (e) => resets.push(e.detail));
      box(el, 'training').click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.reset')!.click();
      await el.updateComplete;
      expect(resets).to.deep.equal([{ done: 0, total: 6 }]);
      expect(guideSaved('count')).to.deep.equal([]);
    });

    it('storage that is full: the tick stays on the page with one warning, and is saved on the next tick', async () => {
      const el = await guide('full');
      const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('quota', 'QuotaExceededError'));
      let warnings: string[] = [];
      try {
        warnings = await captureWarnings(async () => {
          box(el, 'training').click();
          await el.updateComplete;
        });
      } finally {
        setItem.restore();
      }
      expect(warnings.filter((w) => w.includes('full'))).to.have.length.at.most(1);
      expect(box(el, 'training').checked).to.equal(true);
      box(el, 'inks').click();
      await el.updateComplete;
      expect(guideSaved('full').sort()).to.deep.equal(['inks', 'training']);
    });
  });
});
