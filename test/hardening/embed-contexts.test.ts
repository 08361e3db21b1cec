import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, part, settled, texts } from '../support/helpers.js';
import type { Widget } from './support.js';

// Where pages really put the elements: moved into a document with no window,
// cloned, stamped from a <template>, inside a framework's open or closed
// shadow root, under an ancestor's dir="rtl", and created hidden (display:
// none, a closed <details>, a dialog not open, a 0-wide container) then shown.

const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'];

/** Errors that escaped to the page while `run` ran. */
async function noEscapes(run: () => Promise<void>): Promise<string[]> {
  const escaped: string[] = [];
  const onError = (e: ErrorEvent) => escaped.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => escaped.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return escaped;
}

const styled = (el: Element): boolean => {
  const base = el.shadowRoot!.querySelector('[part~="base"]')!;
  const style = getComputedStyle(base);
  return parseFloat(style.paddingTop) > 0 && parseFloat(style.borderTopLeftRadius) > 0;
};

const itemCount = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="item"], [part~="step"]').length;

describe('hardening: embedding contexts', () => {
  afterEach(() => localStorage.clear());

  it('moved into a document with no window (createHTMLDocument) and back: no throw, styled and reacting at home', async () => {
    for (const tag of TAGS) {
      const escaped = await noEscapes(async () => {
        const wrap = await fixture(html`<div></div>`);
        wrap.innerHTML = `<${tag} persist="inert" session-date="2026-03-02" phone="020 7946 0000 (Mon–Fri)"></${tag}>`;
        const el = wrap.firstElementChild as Widget;
        await el.updateComplete;
        const inert = document.implementation.createHTMLDocument('inert');
        inert.body.append(inert.adoptNode(el));
        el.setAttribute('heading', 'Away');
        await el.updateComplete;
        wrap.append(document.adoptNode(el));
        el.setAttribute('heading', 'Home again');
        await settled(el);
        expect(styled(el), tag).to.equal(true);
        expect(texts(el, '[part~="heading"]')[0], tag).to.equal('Home again');
        expect(itemCount(el), tag).to.be.greaterThan(3);
      });
      expect(escaped, tag).to.deep.equal([]);
    }
  });

  it('cloneNode(true) and a <template> stamped with importNode: each copy renders on its own, with its own ids', async () => {
    const wrap = await fixture(html`<div></div>`);
    wrap.innerHTML = `<smp-aftercare-checklist persist="clone" hide="no-sun"><li data-kind="do" data-id="own">Own item</li></smp-aftercare-checklist>`;
    const first = wrap.firstElementChild as Widget;
    await first.updateComplete;
    const copy = first.cloneNode(true) as Widget;
    wrap.append(copy);
    await copy.updateComplete;
    expect(copy.shadowRoot).to.not.equal(first.shadowRoot);
    expect(texts(copy, '[part~="item"]')).to.deep.equal(texts(first, '[part~="item"]'));
    expect(texts(copy, '[part~="item"]')).to.include('Own item');
    // One shared list: a tick in one is a tick in the other (the same persist name).
    const box = first.shadowRoot!.querySelector<HTMLInputElement>('[part~="checkbox"]')!;
    box.click();
    await copy.updateComplete;
    expect(copy.shadowRoot!.querySelector<HTMLInputElement>('[part~="checkbox"]')!.checked).to.equal(true);

    const template = document.createElement('template');
    template.innerHTML = TAGS.map((t) => `<${t} heading="From a template" heading-level="4"></${t}>`).join('');
    for (const el of template.content.children) expect((el as Widget).updateComplete, 'inert inside the template').to.equal(undefined);
    const stamped = document.importNode(template.content, true);
    wrap.append(stamped);
    const els = [...wrap.children].slice(2) as Widget[];
    expect(els.map((e) => e.localName)).to.deep.equal(TAGS);
    for (const el of els) {
      await el.updateComplete;
      const h = part(el, 'heading');
      expect(h.localName, el.localName).to.equal('h4');
      expect(h.textContent!.trim()).to.equal('From a template');
    }
  });

  for (const mode of ['open', 'closed'] as const) {
    it(`inside a framework's ${mode} shadow root: ticks sync with the page's list, theme tokens and print rules reach it`, async () => {
      const wrap = await fixture(html`<div></div>`);
      const host = document.createElement('div');
      wrap.append(host);
      const root = host.attachShadow({ mode });
      root.innerHTML = `<style>:host { --smp-color-accent: rgb(1, 2, 3); }</style><smp-aftercare-checklist persist="shadow"></smp-aftercare-checklist>`;
      const inner = root.querySelector('smp-aftercare-checklist') as Widget;
      const outer = document.createElement('smp-aftercare-checklist') as Widget;
      outer.setAttribute('persist', 'shadow');
      wrap.append(outer);
      await Promise.all([inner.updateComplete, outer.updateComplete]);
      const progress = getComputedStyle(part(inner, 'progress-bar')).backgroundColor;
      expect(progress, 'the token from the framework’s :host').to.equal('rgb(1, 2, 3)');
      inner.shadowRoot!.querySelector<HTMLInputElement>('[part~="checkbox"]')!.click();
      await outer.updateComplete;
      expect(outer.shadowRoot!.querySelector<HTMLInputElement>('[part~="checkbox"]')!.checked, 'the page’s list follows').to.equal(true);
      outer.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')[1].click();
      await inner.updateComplete;
      expect(inner.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')[1].checked, 'and the other way').to.equal(true);
      // Events cross the framework's root.
      let heard = 0;
      host.addEventListener('smp-item-toggle', () => heard++);
      inner.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')[2].click();
      expect(heard).to.equal(1);
    });
  }

  it('under an ancestor with dir="rtl" on a left-to-right page: English text stays left to right', async () => {
    const wrap = await fixture(html`<div dir="rtl"></div>`);
    wrap.innerHTML = TAGS.map((t) => `<${t}></${t}>`).join('');
    for (const el of [...wrap.children] as Widget[]) {
      await el.updateComplete;
      const base = part(el, 'base');
      expect(getComputedStyle(base).direction, el.localName).to.equal('ltr');
      expect(getComputedStyle(part(el, 'heading')).textAlign, el.localName).to.be.oneOf(['start', 'left']);
    }
  });

  it('created hidden (display:none, a closed <details>, a dialog not yet open, a 0-wide container), then shown: laid out like any other', async () => {
    const wrap = await fixture(html`<div style="width: 320px">
      <div class="none" style="display: none"></div>
      <details class="details"><summary>More</summary></details>
      <dialog class="dialog"></dialog>
      <div class="zero" style="container-type: inline-size; width: 0; overflow: hidden"></div>
    </div>`);
    const spots = ['.none', '.details', '.dialog', '.zero'].map((s) => wrap.querySelector<HTMLElement>(s)!);
    const made: Widget[] = [];
    const warnings = await captureWarnings(async () => {
      for (const spot of spots) {
        spot.innerHTML = `<smp-recovery-timeline session-date="2026-03-02" orientation="horizontal"></smp-recovery-timeline><smp-pros-cons></smp-pros-cons>`;
        made.push(...([...spot.children] as Widget[]));
      }
      await Promise.all(made.map((e) => e.updateComplete));
      for (const el of made) expect(itemCount(el), el.localName).to.be.greaterThan(3);
      // Shown.
      spots[0].style.display = 'block';
      (spots[1] as HTMLDetailsElement).open = true;
      (spots[2] as HTMLDialogElement).show();
      spots[3].style.width = '320px';
      await Promise.all(made.map((e) => settled(e)));
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
    });
    expect(warnings).to.deep.equal([]);
    for (const el of made) {
      const base = part(el, 'base');
      expect(base.getBoundingClientRect().width, `${el.localName} in ${el.parentElement!.className}`).to.be.greaterThan(200);
      expect(base.getBoundingClientRect().height, `${el.localName} in ${el.parentElement!.className}`).to.be.greaterThan(100);
      if (el.localName === 'smp-recovery-timeline') {
        // A 320-px horizontal timeline scrolls: its row is a labelled, focusable region once shown.
        const scroller = el.shadowRoot!.querySelector('[role="region"]');
        expect(scroller, `the scrolling row of the timeline in ${el.parentElement!.className}`).to.not.equal(null);
      }
    }
    (spots[2] as HTMLDialogElement).close();
  });

  // A container that takes its width from its content: the box the element's container queries
  // measure (container-type: inline-size) counts for nothing there, so unless the element says
  // how wide it would like to be (its sizer), it collapses to one letter per line.
  it('inside containers that size to their content (inline-block, float, centred flex and grid, a modal dialog): a readable width, never wider than the page', async () => {
    const wrap = await fixture(html`<div style="width: 700px">
      <div class="inline-block" style="display: inline-block"></div>
      <div class="float" style="float: left"></div>
      <div style="clear: both"></div>
      <div class="flex-centred" style="display: flex; flex-direction: column; align-items: center"></div>
      <div class="grid-centred" style="display: grid; place-items: center"></div>
      <div class="flex-row" style="display: flex; gap: 8px; width: 300px"></div>
      <div class="narrow-centred" style="display: flex; flex-direction: column; align-items: center; width: 300px"></div>
    </div>`);
    const spots = [...wrap.querySelectorAll<HTMLElement>('[class]')];
    for (const spot of spots) spot.innerHTML = TAGS.map((t) => `<${t}></${t}>`).join('');
    const dialog = document.createElement('dialog');
    dialog.className = 'modal dialog';
    dialog.innerHTML = TAGS.map((t) => `<${t}></${t}>`).join('');
    wrap.append(dialog);
    dialog.showModal();
    try {
      const els = [...wrap.querySelectorAll<Widget>(TAGS.join(','))];
      expect(els).to.have.length(TAGS.length * (spots.length + 1));
      await Promise.all(els.map((e) => settled(e)));
      for (const el of els) {
        const where = `${el.localName} in ${el.parentElement!.className}`;
        const width = el.getBoundingClientRect().width;
        if (el.parentElement!.className === 'narrow-centred') {
          // Centred in a column narrower than it would like: as wide as the column, not wider.
          expect(width, where).to.be.closeTo(300, 1);
          continue;
        }
        if (el.parentElement!.className === 'flex-row') {
          // Four side by side in 300 px: they share it, as before, rather than overflow it.
          expect(width, where).to.be.at.most(300);
          continue;
        }
        expect(width, where).to.be.at.least(280);
        expect(width, where).to.be.at.most(Math.max(innerWidth, 700));
        const h = part(el, 'heading').getBoundingClientRect();
        expect(h.height, `${where}: the title is not one letter per line`).to.be.below(120);
      }
    } finally {
      dialog.close();
    }
  });

  // The same boxes in a column narrower than the 40em the widget asks for: it takes the column
  // (its title and items wrap), where a fixed intrinsic width ran 640 px over a 250 px column.
  it('inside content-sized boxes in a 250 px column (inline-block, float, absolute, a table cell): as wide as the column, not wider; a width set wider than the parent is kept', async () => {
    const wrap = await fixture(html`<div style="width: 250px; position: relative">
      <div class="inline-block" style="display: inline-block"></div>
      <div class="float" style="float: left"></div>
      <div style="clear: both"></div>
      <div class="absolute" style="position: absolute; top: 0; left: 0; visibility: hidden"></div>
      <table class="table" style="border-collapse: collapse"><tbody><tr><td class="cell" style="padding: 0"></td></tr></tbody></table>
      <div class="set-wide"></div>
    </div>`);
    for (const spot of wrap.querySelectorAll<HTMLElement>('.inline-block, .float, .absolute, .cell')) spot.innerHTML = TAGS.map((t) => `<${t}></${t}>`).join('');
    wrap.querySelector('.set-wide')!.innerHTML = TAGS.map((t) => `<${t} style="width: 400px"></${t}>`).join('');
    const els = [...wrap.querySelectorAll<Widget>(TAGS.join(','))];
    await Promise.all(els.map((e) => settled(e)));
    for (const el of els) {
      const where = `${el.localName} in ${el.parentElement!.className}`;
      const width = el.getBoundingClientRect().width;
      if (el.parentElement!.className === 'set-wide') expect(width, where).to.be.closeTo(400, 1);
      else expect(width, where).to.be.closeTo(250, 1);
    }
    expect(wrap.querySelector('table')!.getBoundingClientRect().width, 'the table').to.be.closeTo(250, 1);
  });

  // The usual "full-bleed" on a phone: negative margins pull a card out to the screen's edges.
  // A block with width auto is as wide as its column less its margins, so wider than the column.
  it('pulled out of its column by negative margins (a phone full-bleed, a 100vw breakout), left to right and right to left: as wide as the page asks', async () => {
    const wrap = await fixture(html`<div style="width: 600px; margin: 0 auto">
      <div class="ltr" style="width: 300px; padding: 0 16px"></div>
      <div class="rtl" dir="rtl" style="width: 300px; padding: 0 16px"></div>
      <div class="breakout"></div>
    </div>`);
    for (const t of TAGS) {
      wrap.querySelector('.ltr')!.insertAdjacentHTML('beforeend', `<${t} style="margin-inline: -16px"></${t}>`);
      wrap.querySelector('.rtl')!.insertAdjacentHTML('beforeend', `<${t} style="margin-inline: -16px"></${t}>`);
      wrap.querySelector('.breakout')!.insertAdjacentHTML('beforeend', `<${t} style="margin-inline: calc(50% - 50vw)"></${t}>`);
    }
    const els = [...wrap.querySelectorAll<Widget>(TAGS.join(','))];
    await Promise.all(els.map((e) => settled(e)));
    for (const el of els) {
      const where = `${el.localName} in ${el.parentElement!.className}`;
      const parent = el.parentElement!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      if (el.parentElement!.className === 'breakout') {
        // 600 − 2 × (300 − 50vw): 100vw.
        expect(box.width, where).to.be.closeTo(innerWidth, 1);
      } else {
        // Edge to edge of the padded column: 300 + 2 × 16.
        expect(box.width, where).to.be.closeTo(332, 1);
        expect(box.left, where).to.be.closeTo(parent.left, 1);
      }
    }
  });

  it('far down the page under content-visibility: auto, and under zoom: laid out when reached', async () => {
    const wrap = await fixture(html`<div>
      <div style="height: 3000px"></div>
      <div class="far" style="content-visibility: auto; contain-intrinsic-size: auto 500px"></div>
      <div class="zoom" style="zoom: 1.5; width: 400px"></div>
    </div>`);
    const far = wrap.querySelector<HTMLElement>('.far')!;
    const zoom = wrap.querySelector<HTMLElement>('.zoom')!;
    far.innerHTML = '<smp-recovery-timeline session-date="2026-03-02"></smp-recovery-timeline>';
    zoom.innerHTML = '<smp-aftercare-checklist></smp-aftercare-checklist>';
    const [t, c] = [far.firstElementChild as Widget, zoom.firstElementChild as Widget];
    await Promise.all([t.updateComplete, c.updateComplete]);
    expect(itemCount(t)).to.be.greaterThan(3);
    far.scrollIntoView();
    await settled(t);
    await new Promise((r) => requestAnimationFrame(r));
    expect(part(t, 'base').getBoundingClientRect().height).to.be.greaterThan(200);
    const box = c.shadowRoot!.querySelector<HTMLInputElement>('[part~="checkbox"]')!;
    // 24 px at least, before zoom; more after it.
    expect(box.getBoundingClientRect().width).to.be.at.least(24);
  });
});
