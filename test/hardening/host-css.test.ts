import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

// Styles found on real clinic sites: old themes, reset sheets, page builders.
const HOSTILE: Record<string, string> = {
  'universal all: unset, 62.5% root': `* { all: unset; } html { font-size: 62.5%; }`,
  'universal all: unset !important': `* { all: unset !important; } html { font-size: 62.5% !important; }`,
  '62.5% root, tiny body': `html { font-size: 62.5%; } body { font-size: 1rem; line-height: 1; }`,
  'list and button resets, !important on li, button, input': `
    ul, ol, li { list-style: none; margin: 0; padding: 0; }
    button { all: unset; }
    li { font-size: 8px !important; color: transparent !important; display: inline !important; }
    button, input { display: none !important; width: 0 !important; height: 0 !important; opacity: 0 !important; }
    h1, h2, h3, h4, h5, h6, p { font-size: 9px !important; margin: 0 !important; }`,
};

/** Smallest legible text, and the smallest target a thumb can hit (WCAG 2.5.8 asks 24 px). */
const MIN_TEXT_PX = 14;
const MIN_TARGET_PX = 24;

const px = (el: Element, prop: 'fontSize' | 'lineHeight') => parseFloat(getComputedStyle(el)[prop]);

async function hits(el: Widget, target: Element): Promise<boolean> {
  target.scrollIntoView({ block: 'center' });
  // Firefox hit-tests the old scroll position until the next frame.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const r = target.getBoundingClientRect();
  const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return hit === target || target.contains(hit) || (hit?.closest('label')?.contains(target) ?? false);
}

describe('hardening: hostile host-page CSS', () => {
  let sheet: HTMLStyleElement;
  afterEach(() => sheet?.remove());

  for (const [name, css] of Object.entries(HOSTILE)) {
    it(`${name}: every widget legible and usable`, async () => {
      localStorage.clear();
      sheet = document.createElement('style');
      sheet.textContent = css;
      document.head.append(sheet);
      const wrap = await fixture(html`<div>
        <smp-aftercare-checklist></smp-aftercare-checklist>
        <smp-pros-cons></smp-pros-cons>
        <smp-recovery-timeline session-date="2026-03-02"></smp-recovery-timeline>
        <smp-practitioner-guide></smp-practitioner-guide>
      </div>`);
      const [checklist, ...others] = [...wrap.children] as Widget[];
      const guide = others[2];
      for (const el of [checklist, ...others]) {
        await el.updateComplete;
        const root = el.shadowRoot!;
        const heading = root.querySelector('[part~="heading"]')!;
        const text = root.querySelector('[part~="item"] span, [part~="text"]')!;
        expect(px(text, 'fontSize'), `${el.localName} text size`).to.be.at.least(MIN_TEXT_PX);
        expect(px(heading, 'fontSize'), `${el.localName} heading larger than text`).to.be.greaterThan(px(text, 'fontSize'));
        const base = root.querySelector('[part~="base"]')!.getBoundingClientRect();
        expect(base.width, `${el.localName} width`).to.be.greaterThan(250);
        expect(getComputedStyle(text).color, `${el.localName} text visible`).to.not.equal('rgba(0, 0, 0, 0)');
      }
      const box = checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      const r = box.getBoundingClientRect();
      expect(Math.min(r.width, r.height), 'checkbox size').to.be.at.least(MIN_TARGET_PX);
      expect(await hits(checklist, box), 'checkbox is on top where it is drawn').to.equal(true);
      box.click();
      await checklist.updateComplete;
      expect(checklist.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('1 of');
      const reset = checklist.shadowRoot!.querySelector<HTMLButtonElement>('button.reset')!;
      const b = reset.getBoundingClientRect();
      expect(Math.min(b.width, b.height), 'button size').to.be.at.least(MIN_TARGET_PX);
      expect(await hits(checklist, reset), 'button is on top where it is drawn').to.equal(true);
      expect(px(reset, 'fontSize'), 'button text').to.be.at.least(MIN_TEXT_PX);
      // The guide's questions: the same checkbox rows, as large and as usable.
      const question = guide.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      const q = question.getBoundingClientRect();
      expect(Math.min(q.width, q.height), 'guide checkbox size').to.be.at.least(MIN_TARGET_PX);
      expect(await hits(guide, question), 'guide checkbox is on top where it is drawn').to.equal(true);
      question.click();
      await guide.updateComplete;
      expect(question.checked, 'guide question ticked').to.equal(true);
      const step = guide.shadowRoot!.querySelector('[part~="step-number"]')!;
      expect(px(step, 'fontSize'), 'guide step number').to.be.at.least(MIN_TEXT_PX - 1);
    });
  }

  // A theme's own display on the element: its card lays out as with display: block (same width,
  // same height, so the same breakpoints), not split between the frame and the sizer beside it.
  const DISPLAYS: Record<string, { css: string; parent?: string }> = {
    'display: flex': { css: 'display: flex' },
    'display: contents in a flex row': { css: 'display: contents', parent: 'display: flex' },
    'display: contents in a flex row with a gap': { css: 'display: contents', parent: 'display: flex; gap: 8px' },
    'display: grid with a gap': { css: 'display: grid; gap: 16px' },
    'display: contents in a grid': { css: 'display: contents', parent: 'display: grid; grid-template-columns: 600px 600px; gap: 8px' },
    'display: inline-flex; width: 100%': { css: 'display: inline-flex; width: 100%' },
  };
  for (const [name, { css, parent = '' }] of Object.entries(DISPLAYS)) {
    it(`${name} on the element: the card is as wide and as tall as with display: block`, async () => {
      for (const tag of ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide']) {
        const wrap = await fixture<HTMLElement>(html`<div style="width: 600px">
          <div></div>
          <div></div>
        </div>`);
        const [plain, themed] = [...wrap.children] as HTMLElement[];
        plain.append(document.createElement(tag));
        themed.setAttribute('style', parent);
        const el = document.createElement(tag);
        el.setAttribute('style', css);
        themed.append(el);
        const widgets = [plain.firstElementChild, el] as Widget[];
        await Promise.all(widgets.map((w) => w.updateComplete));
        const [a, b] = widgets.map((w) => w.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect());
        expect(Math.round(b.width), `${tag} with ${css}: card width`).to.equal(Math.round(a.width));
        expect(Math.round(b.height), `${tag} with ${css}: card height`).to.equal(Math.round(a.height));
        expect(Math.round(b.top - themed.getBoundingClientRect().top), `${tag} with ${css}: nothing above the card`).to.equal(0);
        expect(Math.round(b.left - themed.getBoundingClientRect().left), `${tag} with ${css}: nothing before the card`).to.equal(0);
      }
    });
  }
});
