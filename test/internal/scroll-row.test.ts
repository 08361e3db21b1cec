import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css, html as litHtml } from 'lit';
import { ScrollRowController } from '../../src/internal/scroll-row.js';

/** The smallest host: a row of 12 boxes 100px wide in a scroller, the current one by index. */
class RowHost extends LitElement {
  static override properties = { current: { type: Number }, key: {}, label: {} };
  static override styles = css`
    .scroller { overflow-x: auto; }
    ol { display: flex; margin: 0; padding: 0; inline-size: max-content; }
    li { display: block; inline-size: 100px; block-size: 20px; flex: none; }
  `;
  current = 0;
  key = 'a';
  label = 'Steps';
  readonly row = new ScrollRowController(this, {
    scroller: () => this.renderRoot.querySelector('.scroller'),
    label: () => this.label,
    current: () => this.renderRoot.querySelectorAll('li')[this.current] ?? null,
    revealKey: () => this.key,
  });
  override render() {
    return litHtml`<div class="scroller"><ol>${Array.from({ length: 12 }, (_, i) => litHtml`<li>${i}</li>`)}</ol></div>`;
  }
}
customElements.define('test-row-host', RowHost);

const scroller = (el: RowHost) => el.renderRoot.querySelector<HTMLElement>('.scroller')!;
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
/** The current box's place in the scroller's view: [left, right] edges relative to the scroller. */
const inView = (el: RowHost) => {
  const box = scroller(el).getBoundingClientRect();
  const item = el.renderRoot.querySelectorAll('li')[el.current].getBoundingClientRect();
  return item.left >= box.left - 1 && item.right <= box.right + 1;
};

describe('ScrollRowController', () => {
  it('a row wider than its box is a labelled region that takes focus; one that fits is no tab stop', async () => {
    const el = await fixture<RowHost>(html`<test-row-host style="display: block; inline-size: 350px"></test-row-host>`);
    const s = scroller(el);
    expect(s.getAttribute('role')).to.equal('region');
    expect(s.getAttribute('aria-label')).to.equal('Steps');
    expect(s.tabIndex).to.equal(0);
    el.label = 'Étapes';
    await el.updateComplete;
    expect(s.getAttribute('aria-label'), 'the name follows each update').to.equal('Étapes');
    el.style.inlineSize = '1300px';
    await frames();
    expect(s.hasAttribute('role'), 'fits: no region').to.equal(false);
    expect(s.hasAttribute('aria-label')).to.equal(false);
    expect(s.hasAttribute('tabindex')).to.equal(false);
    el.style.inlineSize = '350px';
    await frames();
    expect(s.getAttribute('role'), 'narrow again: a region again, on resize alone').to.equal('region');
  });

  it('scrolls the row, not the page, to the current item, once per key, left to right and right to left', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await fixture<RowHost>(html`<test-row-host dir=${dir} .current=${8} style="display: block; inline-size: 350px"></test-row-host>`);
      const pageScroll = [window.scrollX, window.scrollY];
      expect(inView(el), `${dir}: item 8 in view`).to.equal(true);
      expect([window.scrollX, window.scrollY], 'the page did not move').to.deep.equal(pageScroll);
      // The reader scrolls away: an update with the same key leaves the row where the reader put it.
      scroller(el).scrollLeft = 0;
      el.label = 'again';
      await el.updateComplete;
      expect(scroller(el).scrollLeft, `${dir}: not pulled back`).to.equal(0);
      // A new key (a new day): brought into view again.
      el.current = 10;
      el.key = 'b';
      await el.updateComplete;
      expect(inView(el), `${dir}: item 10 in view after a new key`).to.equal(true);
    }
  });

  it('measures again when put back in the page after a change of size while away', async () => {
    const el = await fixture<RowHost>(html`<test-row-host style="display: block; inline-size: 350px"></test-row-host>`);
    const parent = el.parentElement!;
    el.remove();
    el.style.inlineSize = '1300px';
    parent.append(el);
    await frames();
    expect(scroller(el).hasAttribute('role'), 'measured again once back').to.equal(false);
  });
});
