// Accessible names and roles as the browser exposes them to screen readers,
// read from Chromium's accessibility tree (the runner's a11ySnapshot is
// Chromium-only: Firefox over BiDi and WebKit over WebDriver have no such
// command, so this group runs in Chromium alone; axe runs everywhere).
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/index.js';
import { pageLang } from '../support/helpers.js';

interface Node {
  role: string;
  name: string;
  level?: number;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  children?: Node[];
}

/** The page's accessibility tree, flattened; each test's fixture is all the page holds. */
async function tree(): Promise<Node[]> {
  const snapshot = (await a11ySnapshot({})) as unknown as Node;
  const all: Node[] = [];
  const walk = (n: Node) => {
    all.push(n);
    n.children?.forEach(walk);
  };
  walk(snapshot);
  return all;
}
const pick = (nodes: Node[], role: string) => nodes.filter((n) => n.role === role);

const texts = (nodes: Node[]) => pick(nodes, 'StaticText').map((n) => n.name);

describe('accessibility tree', () => {
  it('<smp-pros-cons>: a level-2 title, level-3 Pros and Cons, every item as text, no images', async () => {
    await fixture(html`<smp-pros-cons></smp-pros-cons>`);
    const nodes = await tree();
    expect(pick(nodes, 'heading').map((h) => [h.name, h.level])).to.deep.equal([
      ['Pros and cons of scalp micropigmentation', 2],
      ['Pros', 3],
      ['Cons', 3],
    ]);
    expect(texts(nodes)).to.include.members(['There is no guarantee of the result.', 'You see a change from the first session. The full result takes at least 2 sessions. It shows about 30 days after the last one.']);
    expect(nodes.filter((n) => /image|img|graphics/i.test(n.role))).to.deep.equal([]);
  });

  it('<smp-aftercare-checklist>: named checkboxes with their state, a polite status, named buttons and link', async () => {
    const el = await fixture(html`<smp-aftercare-checklist phone="555 0100" heading-level="3"></smp-aftercare-checklist>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('[data-id="no-rub"] input')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const nodes = await tree();
    expect(pick(nodes, 'heading').map((h) => [h.name, h.level])).to.deep.equal([
      ['Your aftercare checklist', 3],
      ['Do', 4],
      ['Avoid', 4],
      ['When to get help', 4],
    ]);
    const boxes = pick(nodes, 'checkbox');
    expect(boxes).to.have.length(12);
    expect(boxes.every((b) => b.name.length > 10)).to.equal(true);
    expect(boxes.filter((b) => b.checked === true).map((b) => b.name)).to.deep.equal(['Don’t rub the treated area.']);
    const status = pick(nodes, 'status');
    expect(status).to.have.length(1);
    expect((status[0] as Node & { live?: string }).live).to.equal('polite');
    expect(status[0].children?.map((c) => c.name)).to.deep.equal(['1 of 12 done']);
    expect(pick(nodes, 'button').map((b) => [b.name, !!b.disabled])).to.deep.equal([
      ['Print checklist', false],
      ['Clear all ticks', false],
    ]);
    expect(pick(nodes, 'link').map((l) => l.name)).to.deep.equal(['Call 555 0100']);
  });

  it('Arabic: the call link is named with the phone number in its own order (isolates are invisible format characters)', async () => {
    await pageLang('ar');
    try {
      await fixture(html`<smp-aftercare-checklist phone="+44 20 7946 0000"></smp-aftercare-checklist>`);
      const [link] = pick(await tree(), 'link');
      // Screen readers read the logical order: the number as written, whatever the visual direction.
      expect(link.name.replace(/[\u2066-\u2069]/g, '')).to.equal('اتصل بالرقم +44 20 7946 0000');
    } finally {
      await pageLang('en');
    }
  });

  it('<smp-recovery-timeline>: a labelled date field, done and current steps in words, a named button', async () => {
    await fixture(html`<smp-recovery-timeline date-input session-date="2026-01-09" min-sessions="1"></smp-recovery-timeline>`);
    const nodes = await tree();
    expect(pick(nodes, 'heading').map((h) => [h.name, h.level])).to.deep.equal([['Your treatment and recovery', 2]]);
    expect(nodes.filter((n) => n.name === 'Date of your session' && n.role !== 'StaticText').map((n) => n.role)).to.deep.equal(['Date']);
    expect(texts(nodes).filter((t) => t === 'Done:').length).to.be.greaterThan(0);
    expect(texts(nodes)).to.include('Now');
    expect(pick(nodes, 'button').map((b) => b.name)).to.include('Add to calendar');
  });

  it('<smp-practitioner-guide>: a title, two sub-headings, named checkboxes with their state, the steps in order without their visual numbers, named buttons', async () => {
    const el = await fixture(html`<smp-practitioner-guide></smp-practitioner-guide>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('[data-id="needles"] input')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const nodes = await tree();
    expect(pick(nodes, 'heading').map((h) => [h.name, h.level])).to.deep.equal([
      ['Your SMP practitioner', 2],
      ['Before you choose', 3],
      ['If your result is not right', 3],
    ]);
    const boxes = pick(nodes, 'checkbox');
    expect(boxes).to.have.length(6);
    expect(boxes.filter((b) => b.checked === true).map((b) => b.name)).to.deep.equal(['Ask which needles they use. The wrong needles can give a poor result.']);
    // The steps read in order; their visual numbers are hidden (the ordered list itself conveys the order).
    const shown = texts(nodes);
    const steps = ['Ask your practitioner not to add any more pigment.', 'See an SMP specialist', 'The pigment can also be taken off.'].map((start) => shown.findIndex((t) => t.startsWith(start)));
    expect(steps.every((i) => i > 0)).to.equal(true);
    expect([...steps].sort((a, b) => a - b)).to.deep.equal(steps);
    expect(shown.filter((t) => /^\d$/.test(t))).to.deep.equal([]);
    expect(pick(nodes, 'button').map((b) => b.name)).to.deep.equal(['Print this guide', 'Clear all ticks']);
  });
});
