import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { TicksController, tickStyles } from '../../src/internal/ticks.js';
import { localDay } from '../../src/internal/dates.js';

const ITEMS = [
  { id: 'a', text: 'A' },
  { id: 'b', text: 'B' },
];

/** The smallest host: `persist`, `daily`, and a list of `renderBox` rows. */
class TicksHost extends LitElement {
  static override styles = tickStyles;
  static override properties = { persist: {}, daily: { type: Boolean } };
  persist?: string;
  daily = false;
  readonly ticks = new TicksController(this, { what: 'test-ticks', dated: this.dated });
  get dated() {
    return true;
  }
  override render() {
    return litHtml`<ul>${ITEMS.map((i) => this.ticks.renderBox(i, ITEMS))}</ul>`;
  }
}
customElements.define('test-ticks-host', TicksHost);
customElements.define(
  'test-ticks-undated',
  class extends TicksHost {
    override get dated() {
      return false;
    }
  },
);

const KEY = (name: string) => `smp-widgets:test-ticks:${name}`;
const box = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-id="${id}"] input`)!;
const click = async (el: TicksHost, id: string) => {
  box(el, id).click();
  await el.updateComplete;
};

describe('TicksController', () => {
  beforeEach(() => localStorage.clear());

  it('renders labelled checkbox rows; a tick fires smp-item-toggle, the last one smp-complete', async () => {
    const el = await fixture<TicksHost>(html`<test-ticks-host></test-ticks-host>`);
    const events: string[] = [];
    el.addEventListener('smp-item-toggle', (e) => events.push(`toggle ${e.detail.id} ${e.detail.checked} ${e.detail.done}/${e.detail.total}`));
    el.addEventListener('smp-complete', (e) => events.push(`complete ${e.detail.total}`));
    await click(el, 'a');
    await click(el, 'b');
    await click(el, 'a');
    expect(events).to.deep.equal(['toggle a true 1/2', 'toggle b true 2/2', 'complete 2', 'toggle a false 1/2']);
    expect(el.shadowRoot!.querySelector('[data-id="b"]')!.classList.contains('checked')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[data-id="b"] label')!.textContent!.trim()).to.equal('B');
    expect(Object.keys(localStorage), 'nothing saved without persist').to.deep.equal([]);
  });

  it('persist saves {day, done} (dated) and restores it in a new element', async () => {
    const el = await fixture<TicksHost>(html`<test-ticks-host persist="p"></test-ticks-host>`);
    await click(el, 'b');
    expect(JSON.parse(localStorage.getItem(KEY('p'))!)).to.deep.equal({ day: localDay(), done: ['b'] });
    const again = await fixture<TicksHost>(html`<test-ticks-host persist="p"></test-ticks-host>`);
    expect(box(again, 'b').checked).to.equal(true);
    expect(again.ticks.count(ITEMS)).to.equal(1);
  });

  it('undated saves {done} only, and reads it without a day', async () => {
    localStorage.setItem(KEY('u'), JSON.stringify({ done: ['a'] }));
    const el = await fixture<TicksHost>(html`<test-ticks-undated persist="u"></test-ticks-undated>`);
    expect(box(el, 'a').checked).to.equal(true);
    await click(el, 'b');
    expect(JSON.parse(localStorage.getItem(KEY('u'))!)).to.deep.equal({ done: ['a', 'b'] });
  });

  it('dated: a value without a string day, or corrupt, means no ticks', async () => {
    for (const raw of ['{"done":["a"]}', '{', '{"day":5,"done":["a"]}', '["a"]']) {
      localStorage.setItem(KEY('c'), raw);
      const el = await fixture<TicksHost>(html`<test-ticks-host persist="c"></test-ticks-host>`);
      expect(el.ticks.done.size, raw).to.equal(0);
    }
  });

  it('daily: ticks saved on an earlier day are not restored', async () => {
    localStorage.setItem(KEY('d'), JSON.stringify({ day: '2001-01-01', done: ['a'] }));
    const el = await fixture<TicksHost>(html`<test-ticks-host persist="d" daily></test-ticks-host>`);
    expect(box(el, 'a').checked).to.equal(false);
    el.daily = false;
    await el.updateComplete;
    expect(box(el, 'a').checked, 'without daily, the old day counts').to.equal(true);
  });

  it('reset() clears, saves and fires smp-reset; clear() does the same without an event', async () => {
    const el = await fixture<TicksHost>(html`<test-ticks-host persist="r"></test-ticks-host>`);
    await click(el, 'a');
    const resets: unknown[] = [];
    el.addEventListener('smp-reset', (e) => resets.push(e.detail));
    el.ticks.reset(ITEMS);
    await el.updateComplete;
    expect(resets).to.deep.equal([{ done: 0, total: 2 }]);
    el.ticks.reset(ITEMS);
    expect(resets, 'nothing ticked: reset does nothing').to.have.length(1);
    expect(box(el, 'a').checked).to.equal(false);
    expect(JSON.parse(localStorage.getItem(KEY('r'))!).done).to.deep.equal([]);
    await click(el, 'b');
    el.ticks.clear();
    await el.updateComplete;
    expect(resets).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(KEY('r'))!).done).to.deep.equal([]);
  });

  it('two hosts with one persist name follow each other; another name is left alone', async () => {
    const wrap = await fixture(html`<div>
      <test-ticks-host persist="s"></test-ticks-host><test-ticks-host persist="s"></test-ticks-host><test-ticks-host persist="t"></test-ticks-host>
    </div>`);
    const [a, b, c] = [...wrap.children] as TicksHost[];
    await Promise.all([a, b, c].map((e) => e.updateComplete));
    await click(a, 'a');
    await b.updateComplete;
    expect(box(b, 'a').checked).to.equal(true);
    await click(b, 'b');
    await a.updateComplete;
    expect([...a.ticks.done].sort()).to.deep.equal(['a', 'b']);
    expect(c.ticks.done.size).to.equal(0);
  });

  it('stops following storage once disconnected', async () => {
    const wrap = await fixture(html`<div><test-ticks-host persist="g"></test-ticks-host><test-ticks-host persist="g"></test-ticks-host></div>`);
    const [a, b] = [...wrap.children] as TicksHost[];
    await Promise.all([a.updateComplete, b.updateComplete]);
    b.remove();
    await click(a, 'a');
    expect(b.ticks.done.size).to.equal(0);
  });
});
