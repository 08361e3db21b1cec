import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SmpAftercareChecklist } from '../src/elements/aftercare-checklist/aftercare-checklist.js';
import { captureWarnings, settled } from './support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Tabs from a button before the widget until focus leaves it; returns what had focus inside, in order. */
async function tabThrough(widget: Widget): Promise<Element[]> {
  const before = document.createElement('button');
  before.textContent = 'before';
  const after = document.createElement('button');
  after.textContent = 'after';
  widget.before(before);
  widget.after(after);
  before.focus();
  const seen: Element[] = [];
  try {
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement === after) return seen;
      const inside = widget.shadowRoot!.activeElement;
      if (inside && seen.at(-1) !== inside) seen.push(inside);
    }
    throw new Error(`focus never left <${widget.localName}> after 40 presses of Tab: a keyboard trap`);
  } finally {
    before.remove();
    after.remove();
  }
}

const label = (el: Element) => (el instanceof HTMLInputElement ? `${el.type}:${el.labels?.[0]?.textContent?.trim() ?? ''}` : `${el.localName}:${el.textContent!.trim()}`);

describe('keyboard and targets', () => {
  it('checklist: every checkbox, the contact links, then the buttons, in reading order; no trap', async () => {
    const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone="555 0100" contact-url="https://clinic.example/"></smp-aftercare-checklist>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('[data-id="no-sun"] input')!.click();
    await el.updateComplete;
    const order = (await tabThrough(el)).map(label);
    const boxes = [...el.shadowRoot!.querySelectorAll('input[type="checkbox"]')].map(label);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map(label);
    expect(order.filter((l) => l.startsWith('checkbox:'))).to.deep.equal(boxes);
    expect(order.indexOf(boxes.at(-1)!)).to.be.lessThan(order.indexOf(label(el.shadowRoot!.querySelector('button.print')!)));
    expect(order.slice(-2)).to.deep.equal(['button:Print checklist', 'button:Clear all ticks']);
    // WebKit, like Safari, tabs only to form controls by default; the other engines must reach the links, in order.
    const tabbedLinks = order.filter((o) => o.startsWith('a:'));
    if (/Chrome\/|Firefox\//.test(navigator.userAgent)) expect(tabbedLinks).to.deep.equal(links);
    else for (const l of tabbedLinks) expect(links).to.include(l);
  });

  it('timeline: the date field, then "Add to calendar" on a phone; the scrolling row between them when wide; no trap', async () => {
    const phone = await fixture(html`<div style="width:390px"><smp-recovery-timeline date-input session-date="2026-01-09"></smp-recovery-timeline></div>`);
    const narrow = phone.firstElementChild as Widget;
    await narrow.updateComplete;
    expect((await tabThrough(narrow)).map((e) => e.localName)).to.deep.equal(['input', 'button']);
    const page = await fixture(html`<div style="width:1000px"><smp-recovery-timeline date-input session-date="2026-01-09"></smp-recovery-timeline></div>`);
    const wide = page.firstElementChild as Widget;
    await settled(wide);
    await new Promise((r) => requestAnimationFrame(r));
    const order = await tabThrough(wide);
    expect(order.map((e) => e.localName)).to.deep.equal(['input', 'div', 'button']);
    expect([order[1].getAttribute('part'), order[1].getAttribute('role')]).to.deep.equal(['scroller', 'region']);
  });

  it('practitioner guide: every question, then print and clear; no trap', async () => {
    const el = await fixture<Widget>(html`<smp-practitioner-guide></smp-practitioner-guide>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('[data-id="inks"] input')!.click();
    await el.updateComplete;
    const order = (await tabThrough(el)).map(label);
    const boxes = [...el.shadowRoot!.querySelectorAll('input[type="checkbox"]')].map(label);
    expect(boxes).to.have.length(6);
    expect(order).to.deep.equal([...boxes, 'button:Print this guide', 'button:Clear all ticks']);
  });

  it('pros and cons: nothing to focus, and Tab passes straight through', async () => {
    const el = await fixture<Widget>(html`<smp-pros-cons></smp-pros-cons>`);
    expect(await tabThrough(el)).to.deep.equal([]);
  });

  it('every control is at least 24×24 CSS px and shows a solid focus ring', async () => {
    const page = await fixture(html`
      <div style="font-size: 16px">
        <smp-aftercare-checklist phone="555 0100" contact-url="https://clinic.example/"></smp-aftercare-checklist>
        <smp-recovery-timeline date-input session-date="2026-01-09"></smp-recovery-timeline>
        <smp-practitioner-guide></smp-practitioner-guide>
      </div>
    `);
    const controls: Element[] = [];
    for (const w of page.children) {
      await (w as Widget).updateComplete;
      controls.push(...w.shadowRoot!.querySelectorAll('input, button, a'));
    }
    expect(controls.length).to.be.greaterThan(22);
    const problems: string[] = [];
    for (const c of controls) {
      const r = c.getBoundingClientRect();
      if (r.width < 24 || r.height < 24) problems.push(`${label(c)} is ${r.width}×${r.height}`);
      (c as HTMLElement).focus({ focusVisible: true } as FocusOptions);
      const style = getComputedStyle(c);
      if (c.matches(':focus-visible') && (style.outlineStyle !== 'solid' || parseFloat(style.outlineWidth) < 2)) problems.push(`${label(c)} focus ring ${style.outlineStyle} ${style.outlineWidth}`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('never throws out of a lifecycle callback with hostile input', async () => {
    const warnings = await captureWarnings(async () => {
      const page = await fixture(html`<div></div>`);
      page.innerHTML = `
        <smp-aftercare-checklist heading-level="x" hide="<b>" persist="" dry-days="-3" phone="nope" contact-url="javascript:1" scheme="neon"><li data-kind="?">?</li></smp-aftercare-checklist>
        <smp-pros-cons layout="3d" heading-level="0"><li>no kind</li></smp-pros-cons>
        <smp-recovery-timeline session-date="2026-13-40 soon" session-interval="-1" orientation="diagonal" heal-days="9-2"><li data-from="x">?</li></smp-recovery-timeline>
        <smp-practitioner-guide variant="all" persist="" heading-level="7" hide="?" scheme="neon"><li data-kind="maybe">?</li></smp-practitioner-guide>`;
      for (const w of page.children) {
        await (w as Widget).updateComplete;
        expect(w.shadowRoot!.querySelector('[part~="heading"]'), w.localName).to.not.equal(null);
        w.remove();
        document.body.append(w);
        await (w as Widget).updateComplete;
        w.remove();
      }
    });
    expect(warnings.length).to.be.greaterThan(10);
  });
});
