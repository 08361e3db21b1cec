import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SmpAftercareChecklist } from '../src/elements/aftercare-checklist/aftercare-checklist.js';
import { contrastOf } from './support/color.js';
import { captureWarnings, part, printMedia } from './support/helpers.js';

/** The local date `days` ago as YYYY-MM-DD. */
const isoDaysAgo = (days: number): string => {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

type Check = [selector: string, property: 'color' | 'backgroundColor' | 'borderTopColor', min: number, against?: string];

/** What must be legible in each element: text 4.5:1, UI parts (icons, borders, button shapes) 3:1. */
const CHECKS: Record<string, Check[]> = {
  'smp-pros-cons': [
    ['[part~="heading"]', 'color', 4.5],
    ['[part~="item"]', 'color', 4.5],
    ['[part~="disclaimer"]', 'color', 4.5],
    ['.pros [part~="item"] .icon', 'color', 3],
    ['.cons [part~="item"] .icon', 'color', 3],
  ],
  'smp-aftercare-checklist': [
    ['[part~="heading"]', 'color', 4.5],
    ['[part~="intro"]', 'color', 4.5],
    ['.progress-text', 'color', 4.5],
    ['.progress-bar', 'backgroundColor', 3, '.progress-track'],
    ['[part~="item"] .text', 'color', 4.5],
    ['.checked .text', 'color', 4.5],
    ['.do .subheading .icon', 'color', 3],
    ['.avoid .subheading .icon', 'color', 3],
    ['.urgent-title', 'color', 4.5],
    ['.urgent > .icon', 'color', 3],
    ['.urgent', 'borderTopColor', 3, '[part~="base"]'],
    ['.contact a', 'color', 4.5],
    ['button.print', 'color', 4.5],
    ['button.print', 'backgroundColor', 3, '[part~="actions"]'],
    ['button.reset', 'color', 4.5],
    ['[part~="disclaimer"]', 'color', 4.5],
  ],
  'smp-practitioner-guide': [
    ['[part~="heading"]', 'color', 4.5],
    ['[part~="group-heading"]', 'color', 4.5],
    ['[part~="intro"]', 'color', 4.5],
    ['[part~="item"] .text', 'color', 4.5],
    ['.checked .text', 'color', 4.5],
    ['.ask .subheading .icon', 'color', 3],
    ['.fix .subheading .icon', 'color', 3],
    ['[part~="step-number"]', 'color', 4.5],
    ['[part~="step-number"]', 'borderTopColor', 3],
    ['button.print', 'color', 4.5],
    ['button.print', 'backgroundColor', 3, '[part~="actions"]'],
    ['button.reset', 'color', 4.5],
    ['[part~="disclaimer"]', 'color', 4.5],
  ],
  'smp-recovery-timeline': [
    ['[part~="heading"]', 'color', 4.5],
    ['[part~="summary"] p', 'color', 4.5],
    ['[part~="summary"] .milestone', 'color', 4.5],
    ['.date-input label', 'color', 4.5],
    ['.done [part~="title"]', 'color', 4.5],
    ['.done [part~="text"]', 'color', 4.5],
    ['.done .marker .icon', 'color', 3],
    ['.current [part~="title"]', 'color', 4.5],
    ['[part~="badge"]', 'color', 4.5],
    ['[part~="badge"]', 'backgroundColor', 3, '.current'],
    ['.upcoming [part~="when"]', 'color', 4.5],
    ['.upcoming [part~="text"]', 'color', 4.5],
    ['button.calendar-button', 'color', 4.5],
    ['[part~="disclaimer"]', 'color', 4.5],
  ],
};

/**
 * `scheme`: the element's attribute; `'dark site'`: no attribute, on a dark page that pins
 * `--smp-color-scheme: dark`, as the README tells a site that is dark whatever the visitor's setting
 * (without the pin, the light palette's accent and urgent colours fall below AA there).
 */
async function render(tag: string, scheme: 'light' | 'dark' | 'dark site') {
  // A typical clinic page: white background, dark grey text; or a dark theme.
  const page =
    scheme === 'dark site'
      ? await fixture(html`<div style="background: #111; color: #eee; padding: 8px; --smp-color-scheme: dark"></div>`)
      : await fixture(html`<div style="background: #fff; color: #1f2933; padding: 8px"></div>`);
  const day = new Date();
  day.setDate(day.getDate() - 3);
  const threeDaysAgo = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  // The timeline in personal mode, three days after the session: done, current and upcoming steps.
  const attribute = scheme === 'dark site' ? '' : ` scheme="${scheme}"`;
  page.innerHTML = `<${tag}${attribute} phone="555 0100" session-date="${threeDaysAgo}" date-input></${tag}>`;
  const el = page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  if (tag === 'smp-aftercare-checklist' || tag === 'smp-practitioner-guide') {
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
  }
  return el;
}

describe('theming', () => {
  for (const scheme of ['light', 'dark', 'dark site'] as const) {
    describe(`${scheme} palette`, () => {
      for (const [tag, checks] of Object.entries(CHECKS)) {
        it(`<${tag}> meets WCAG AA contrast and is axe-clean`, async () => {
          const el = await render(tag, scheme);
          const root = el.shadowRoot!;
          const failures: string[] = [];
          for (const [selector, property, min, against] of checks) {
            const target = root.querySelector(selector);
            expect(target, selector).to.not.equal(null);
            const ratio = contrastOf(target!, property, against ? root.querySelector(against)! : undefined);
            if (ratio < min) failures.push(`${selector} ${property}: ${ratio.toFixed(2)} < ${min}`);
          }
          expect(failures).to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`every state is axe-clean in the ${scheme} palette`, async () => {
      const page = await fixture(html`<div style="background: #fff; color: #1f2933"></div>`);
      page.innerHTML = `
        <smp-aftercare-checklist scheme="${scheme}" phone="555 0100" contact-url="https://clinic.example/"></smp-aftercare-checklist>
        <smp-recovery-timeline scheme="${scheme}"></smp-recovery-timeline>
        <smp-recovery-timeline scheme="${scheme}" date-input orientation="horizontal" session-date="2026-01-09 2026-02-06"></smp-recovery-timeline>
        <smp-pros-cons scheme="${scheme}" layout="stacked"></smp-pros-cons>`;
      const widgets = [...page.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await Promise.all(widgets.map((w) => w.updateComplete));
      for (const w of widgets) await expect(w).to.be.accessible();
      const checklist = widgets[0];
      for (const box of checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
      await checklist.updateComplete;
      await expect(checklist).to.be.accessible();
      const undo = await printMedia(checklist);
      try {
        await expect(checklist).to.be.accessible();
      } finally {
        await undo();
      }
    });

    it(`every state of the practitioner guide is axe-clean in the ${scheme} palette`, async () => {
      const page = await fixture(html`<div style="background: #fff; color: #1f2933"></div>`);
      page.innerHTML = `
        <smp-practitioner-guide scheme="${scheme}" variant="choose"></smp-practitioner-guide>
        <smp-practitioner-guide scheme="${scheme}" variant="fix"></smp-practitioner-guide>`;
      const [guide, fix] = [...page.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await Promise.all([guide.updateComplete, fix.updateComplete]);
      await expect(fix).to.be.accessible();
      for (const box of guide.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
      await guide.updateComplete;
      await expect(guide).to.be.accessible();
      const undo = await printMedia(guide);
      try {
        await expect(guide).to.be.accessible();
      } finally {
        await undo();
      }
    });
  }

  it('the dark palette brings its own surface and light text', async () => {
    const el = await render('smp-pros-cons', 'dark');
    expect(getComputedStyle(part(el, 'base')).backgroundColor).to.equal('rgb(16, 24, 32)');
    expect(getComputedStyle(part(el, 'item')).color).to.equal('rgb(230, 237, 243)');
  });

  it('the light palette sits on the page background and inherits its text colour', async () => {
    const el = await render('smp-pros-cons', 'light');
    expect(getComputedStyle(part(el, 'base')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(part(el, 'item')).color).to.equal('rgb(31, 41, 51)');
  });

  it('follows the visitor preference unless pinned: color-scheme is "light dark" by default', async () => {
    const el = await fixture(html`<smp-pros-cons></smp-pros-cons>`);
    expect(getComputedStyle(el).colorScheme).to.equal('light dark');
  });

  it('--smp-color-scheme on the page pins every widget; the scheme attribute pins one', async () => {
    const page = await fixture(html`<div style="--smp-color-scheme: dark"><smp-pros-cons></smp-pros-cons><smp-pros-cons scheme="light"></smp-pros-cons></div>`);
    const [pinned, own] = page.querySelectorAll('smp-pros-cons');
    expect(getComputedStyle(pinned).colorScheme).to.equal('dark');
    expect(getComputedStyle(part(pinned, 'base')).backgroundColor).to.equal('rgb(16, 24, 32)');
    expect(getComputedStyle(own).colorScheme).to.equal('light');
  });

  it('an unknown scheme warns and follows the page', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => {
      el = await fixture(html`<smp-pros-cons scheme="sepia"></smp-pros-cons>`);
    });
    expect(warnings.join()).to.contain('scheme="sepia"');
    expect(getComputedStyle(el).colorScheme).to.equal('light dark');
  });

  it('tokens change the rendered parts of the checklist', async () => {
    const el = await fixture<SmpAftercareChecklist>(html`
      <smp-aftercare-checklist
        phone="555 0100"
        style="--smp-color-accent: rgb(10, 20, 30); --smp-color-on-accent: rgb(250, 240, 230); --smp-color-urgent: rgb(120, 0, 60);
               --smp-checklist-urgent-surface: rgb(255, 250, 240); --smp-spacing: 20px; --smp-border-width: 0px"
      ></smp-aftercare-checklist>
    `);
    const print = el.shadowRoot!.querySelector('button.print')!;
    expect(getComputedStyle(print).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(print).color).to.equal('rgb(250, 240, 230)');
    expect(getComputedStyle(part(el, 'urgent')).borderTopColor).to.equal('rgb(120, 0, 60)');
    expect(getComputedStyle(part(el, 'urgent')).backgroundColor).to.equal('rgb(255, 250, 240)');
    expect(getComputedStyle(part(el, 'base')).paddingTop).to.equal('20px');
    expect(getComputedStyle(part(el, 'base')).borderTopWidth).to.equal('0px');
  });

  it('tokens change the rendered parts of the timeline', async () => {
    const el = await fixture(html`
      <smp-recovery-timeline
        session-date="2026-01-01"
        style="--smp-timeline-current-color: rgb(200, 0, 100); --smp-timeline-line-color: rgb(1, 99, 2); --smp-color-done: rgb(0, 90, 0)"
      ></smp-recovery-timeline>
    `);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!;
    const done = root.querySelector('.done .marker .icon');
    expect(done, 'a finished step').to.not.equal(null);
    expect(getComputedStyle(done!).color).to.equal('rgb(0, 90, 0)');
    expect(getComputedStyle(root.querySelector('.marker')!, '::before').borderTopColor === 'rgb(1, 99, 2)' || getComputedStyle(root.querySelector('.step:not(.done) .marker')!, '::before').borderTopColor === 'rgb(1, 99, 2)').to.equal(true);
    expect(getComputedStyle(root.querySelector('[part~="summary"]')!).borderInlineStartColor).to.equal('rgb(200, 0, 100)');
  });

  it('tokens change the rendered parts of the practitioner guide', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`
      <smp-practitioner-guide style="--smp-guide-ask-color: rgb(120, 0, 60); --smp-guide-fix-color: rgb(0, 60, 120); --smp-color-accent: rgb(10, 20, 30)"></smp-practitioner-guide>
    `);
    const root = el.shadowRoot!;
    expect(getComputedStyle(root.querySelector('.ask .subheading .icon')!).color).to.equal('rgb(120, 0, 60)');
    expect(getComputedStyle(root.querySelector('.fix .subheading .icon')!).color).to.equal('rgb(0, 60, 120)');
    expect(getComputedStyle(part(el, 'step-number')).borderTopColor).to.equal('rgb(0, 60, 120)');
    expect(getComputedStyle(part(el, 'step-number')).color).to.equal('rgb(0, 60, 120)');
    expect(getComputedStyle(root.querySelector('button.print')!).backgroundColor).to.equal('rgb(10, 20, 30)');
    // Without its own tokens, both follow the accent.
    el.removeAttribute('style');
    el.style.setProperty('--smp-color-accent', 'rgb(10, 20, 30)');
    expect(getComputedStyle(part(el, 'step-number')).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(root.querySelector('.ask .subheading .icon')!).color).to.equal('rgb(10, 20, 30)');
  });

  it('::part lets a designer restyle what tokens do not reach', async () => {
    const page = await fixture(html`
      <div>
        <style>
          .brand smp-aftercare-checklist::part(button) { border-radius: 2px; text-transform: uppercase; }
        </style>
        <div class="brand"><smp-aftercare-checklist></smp-aftercare-checklist></div>
      </div>
    `);
    const el = page.querySelector('smp-aftercare-checklist')!;
    await (el as SmpAftercareChecklist).updateComplete;
    const button = el.shadowRoot!.querySelector('button.print')!;
    expect(getComputedStyle(button).borderTopLeftRadius).to.equal('2px');
    expect(getComputedStyle(button).textTransform).to.equal('uppercase');
  });

  it('reduced motion removes transitions', async () => {
    const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
    const bar = el.shadowRoot!.querySelector('.progress-bar')!;
    expect(getComputedStyle(bar).transitionDuration).to.not.equal('0s');
    const undo = await printMedia(el, '(prefers-reduced-motion: reduce)');
    try {
      expect(getComputedStyle(bar).transitionDuration).to.equal('0s');
    } finally {
      await undo();
    }
  });

  it('forced colours keep the half-filled marker of a step still in progress, in system colours', async () => {
    const day = new Date();
    day.setDate(day.getDate() - 2);
    const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<smp-recovery-timeline session-date=${iso}></smp-recovery-timeline>`);
    const marker = el.shadowRoot!.querySelector('.step.ongoing .marker')!;
    const undo = await printMedia(el, '(forced-colors: active)');
    try {
      const style = getComputedStyle(marker, '::before');
      // Forced colours drop a gradient from any box that does not opt out.
      if ('forcedColorAdjust' in style) expect(style.forcedColorAdjust).to.equal('none'); // not in WebKitGTK
      expect(style.backgroundImage).to.match(/^linear-gradient/);
    } finally {
      await undo();
    }
  });

  /** A system colour as this engine computes it now (under forced colours too), for `property` of a plain element. */
  const systemColour = (colour: string, property: 'color' | 'backgroundColor' = 'color'): string => {
    const probe = document.createElement('div');
    probe.style[property] = colour;
    document.body.append(probe);
    const value = getComputedStyle(probe)[property];
    probe.remove();
    return value;
  };

  // Chromium emulates forced colours (test/support/forced-colors-plugin.mjs): the engine itself
  // forces the palette. Firefox and WebKit cannot be put in that mode here, so printMedia applies
  // the element's own forced-colours rules, and these check what those rules give.
  it('forced colours mark the current timeline step with a filled marker in the system highlight colour', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<smp-recovery-timeline session-date=${isoDaysAgo(0)}></smp-recovery-timeline>`);
    const current = el.shadowRoot!.querySelector('.step.current .marker')!;
    const other = el.shadowRoot!.querySelector('.step.upcoming .marker')!;
    expect(current, 'a current step').to.exist;
    const undo = await printMedia(el, '(forced-colors: active)');
    try {
      // The marker's colours change with a short transition: look at where it ends.
      for (const animation of current.getAnimations({ subtree: true })) animation.finish();
      const highlight = systemColour('Highlight', 'backgroundColor');
      const style = getComputedStyle(current, '::before');
      expect(style.backgroundColor, 'filled').to.equal(highlight);
      expect(style.borderTopColor).to.equal(systemColour('Highlight'));
      expect(getComputedStyle(other, '::before').backgroundColor, 'an upcoming step stays hollow').to.not.equal(highlight);
    } finally {
      await undo();
    }
  });

  it('forced colours keep a ticked checkbox ticked and its row readable, its state drawn in system colours', async () => {
    const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('.do input[type="checkbox"]')!;
    box.click();
    await el.updateComplete;
    const row = box.closest('.item')!;
    const text = row.querySelector('.text')!;
    expect(row.classList.contains('checked')).to.equal(true);
    const undo = await printMedia(el, '(forced-colors: active)');
    try {
      expect(box.matches(':checked')).to.equal(true);
      // A native checkbox, so the engine draws its tick in the forced palette.
      expect(getComputedStyle(box).appearance).to.not.equal('none');
      // Chromium's forced colours drop the accent colour, and draw the tick in system colours.
      if (/Chrome\//.test(navigator.userAgent)) expect(getComputedStyle(box).accentColor).to.equal('auto');
      // Done is not disabled: the text keeps the text colour (not GrayText), a done "do" stays struck through.
      expect(getComputedStyle(text).color).to.equal(systemColour('CanvasText'));
      expect(getComputedStyle(text).color).to.not.equal(systemColour('GrayText'));
      expect(getComputedStyle(text).textDecorationLine).to.equal('line-through');
    } finally {
      await undo();
    }
  });

  it('forced colours keep focus, icons and the card edge in system colours', async () => {
    const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
    const undo = await printMedia(el, '(forced-colors: active)');
    try {
      const icon = el.shadowRoot!.querySelector('.icon')!;
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(icon).stroke).to.equal(canvasText);
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.focus();
      // The focus indicator is a real outline (forced-colours mode keeps outlines, drops box-shadows).
      expect(getComputedStyle(box).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(box).outlineWidth)).to.be.at.least(2);
    } finally {
      await undo();
    }
  });
});
