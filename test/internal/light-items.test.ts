import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { LightItemsController } from '../../src/internal/light-items.js';
import { captureWarnings } from '../support/helpers.js';

type Item = { id: string; text: string; kind?: string };
const BASE: Item[] = [
  { id: 'a', text: 'A', kind: 'x' },
  { id: 'b', text: 'B', kind: 'y' },
];

/** The smallest host: `hide` and `defaults`, and the merged items rendered as text. */
class LightHost extends LitElement {
  static override properties = { hide: {}, defaults: {} };
  hide = '';
  defaults = 'all';
  renders = 0;
  readonly light = new LightItemsController(this);
  get shown(): Item[] {
    return this.light.merge(this.light.withDefaults(BASE), (i, replaces) => ({ id: i.id, text: i.text, kind: this.light.kindOf(i, ['x', 'y'], 'x', replaces?.kind) }));
  }
  override render() {
    this.renders++;
    return litHtml`${this.shown.map((i) => `${i.id}:${i.kind}:${i.text}`).join('|')}`;
  }
}
customElements.define('test-light-host', LightHost);
const shown = (el: LightHost) => el.shadowRoot!.textContent!.trim();
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('LightItemsController', () => {
  it('reads <li> items wherever they are nested, replacing defaults by id and adding the rest after', async () => {
    const el = await fixture<LightHost>(html`<test-light-host
      ><ul>
        <li data-id="b" data-kind="x">New B</li>
      </ul>
      <p><li>  spaced
        out </li></p></test-light-host
    >`);
    const [, made] = el.light.items.map((i) => i.id);
    expect(el.light.items.map((i) => i.id)).to.deep.equal(['b', made]);
    expect(made).to.match(/^item-[0-9a-z]+$/);
    expect(shown(el)).to.equal(`a:x:A|b:x:New B|${made}:x:spaced out`);
  });

  it('an item without data-id gets an id from its text, not its place: the same item keeps it when others are added before it; the same text twice is two items', async () => {
    const el = await fixture<LightHost>(html`<test-light-host defaults="none"><li>Keep it dry</li><li>Keep it dry</li></test-light-host>`);
    const [id, again] = el.light.items.map((i) => i.id);
    expect(again).to.not.equal(id);
    el.insertAdjacentHTML('afterbegin', '<li>Avoid the sun</li>');
    await settle();
    await el.updateComplete;
    expect(el.light.items.map((i) => i.id)).to.have.length(3);
    expect(el.light.items.slice(1).map((i) => i.id)).to.deep.equal([id, again]);
  });

  it('a light item without a kind keeps the kind of the default it replaces', async () => {
    const el = await fixture<LightHost>(html`<test-light-host><li data-id="b">B again</li></test-light-host>`);
    expect(shown(el)).to.equal('a:x:A|b:y:B again');
  });

  it('follows light-DOM edits, but not the host’s own attributes', async () => {
    const el = await fixture<LightHost>(html`<test-light-host><li data-id="c">C</li></test-light-host>`);
    const before = el.renders;
    el.setAttribute('data-anything', '1');
    el.setAttribute('class', 'x');
    await settle();
    await el.updateComplete;
    expect(el.renders, 'host attributes re-render nothing').to.equal(before);
    el.querySelector('li')!.textContent = 'C edited';
    await settle();
    await el.updateComplete;
    expect(shown(el)).to.contain('c:x:C edited');
    el.append(Object.assign(document.createElement('li'), { textContent: 'D' }));
    await settle();
    await el.updateComplete;
    expect(el.light.items.map((i) => i.text)).to.deep.equal(['C edited', 'D']);
  });

  it('stops observing while disconnected, and reads again on reconnecting', async () => {
    const el = await fixture<LightHost>(html`<test-light-host><li data-id="c">C</li></test-light-host>`);
    const parent = el.parentElement!;
    el.remove();
    el.querySelector('li')!.textContent = 'changed while away';
    await settle();
    expect(el.light.items[0].text).to.equal('C');
    parent.append(el);
    await el.updateComplete;
    expect(el.light.items[0].text).to.equal('changed while away');
  });

  it('hide removes ids; unknown ids warn once each, five at most and then one count', async () => {
    const el = await fixture<LightHost>(html`<test-light-host hide="a"></test-light-host>`);
    expect(shown(el)).to.equal('b:y:B');
    const warnings = await captureWarnings(async () => {
      el.hide = 'a u1 u2 u3 u4 u5 u6 u7';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(6);
    expect(warnings[0]).to.contain('<test-light-host> hide: no item has the id "u1"');
    expect(warnings[5]).to.contain('2 more ids name no item');
  });

  it('defaults="none" keeps only light items; another value warns once and keeps the defaults', async () => {
    const el = await fixture<LightHost>(html`<test-light-host defaults="none"><li data-id="own">Own</li></test-light-host>`);
    expect(shown(el)).to.equal('own:x:Own');
    const warnings = await captureWarnings(async () => {
      el.defaults = 'some';
      await el.updateComplete;
    });
    expect(shown(el)).to.equal('a:x:A|b:y:B|own:x:Own');
    expect(warnings).to.deep.equal(['[smp-widgets] <test-light-host> defaults="some": use all or none; showing the default items.']);
  });

  it('an unknown kind warns, naming the item and value, and falls back', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<LightHost>(html`<test-light-host><li data-id="k" data-kind="nope">K</li></test-light-host>`);
      expect(shown(el)).to.contain('k:x:K');
    });
    expect(warnings.join()).to.contain('item "k" kind "nope": use x, y; shown as x');
  });

  it('an item replacing a default keeps its kind when it gives none, silently; a bad kind warns and keeps it too', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<LightHost>(html`<test-light-host><li data-id="b">New B</li><li data-id="a" data-kind="nope">New A</li></test-light-host>`);
      expect(shown(el)).to.equal('a:x:New A|b:y:New B');
    });
    // "b" (a default of kind y, no data-kind) keeps y without a word; "a" with a kind that is no kind is named.
    expect(warnings).to.deep.equal(['[smp-widgets] <test-light-host> item "a" kind "nope": use x, y; shown as x.']);
  });

  it('duplicate light ids: the first is kept, with a warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<LightHost>(html`<test-light-host><li data-id="d">One</li><li data-id="d">Two</li></test-light-host>`);
      expect(shown(el)).to.equal('a:x:A|b:y:B|d:x:One');
    });
    expect(warnings.join()).to.contain('data-id="d"> appears more than once');
  });
});
