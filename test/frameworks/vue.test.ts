import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, ref, type App } from 'vue/dist/vue.esm-browser.prod.js';
import '../../src/index.js';
import type { SmpAftercareChecklist } from '../../src/elements/aftercare-checklist/aftercare-checklist.js';
import type { SmpProsCons } from '../../src/elements/pros-cons/pros-cons.js';
import type { ItemToggleDetail } from '../../src/elements/aftercare-checklist/events.js';

// Vue 3 with an in-DOM template, as a Vue app writes it: `isCustomElement`
// tells the compiler these are not Vue components; `:items` is set as a
// property because the element has one; `@smp-item-toggle` listens.
const items = [
  { id: 'wash', kind: 'do', text: 'Wash gently with lukewarm water.' },
  { id: 'sun', kind: 'avoid', text: 'Keep out of the sun.' },
];

describe('from Vue 3', () => {
  let host: HTMLElement;
  let app: App | undefined;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    app?.unmount();
    host.remove();
  });

  it('sets items as a property, receives smp- events, and keeps ticks across a re-render', async () => {
    const toggles: ItemToggleDetail[] = [];
    const heading = ref('Your aftercare');
    app = createApp({
      setup: () => ({ heading, items: ref(items.map((i) => ({ ...i }))), onToggle: (e: CustomEvent<ItemToggleDetail>) => toggles.push(e.detail) }),
      template: `<smp-aftercare-checklist :heading="heading" heading-level="3" :items="items" @smp-item-toggle="onToggle"></smp-aftercare-checklist>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('smp-');
    app.mount(host);
    const el = host.querySelector('smp-aftercare-checklist') as SmpAftercareChecklist;
    await el.updateComplete;
    expect(el.items, 'items arrived as a property').to.deep.equal(items);
    const root = el.shadowRoot!;
    expect(root.querySelector('h3')!.textContent!.trim()).to.equal('Your aftercare');
    expect([...root.querySelectorAll('[part~="item"]')].map((li) => li.textContent!.trim())).to.deep.equal(items.map((i) => i.text));

    root.querySelector<HTMLInputElement>('[data-id="sun"] input[type="checkbox"]')!.click();
    expect(toggles).to.deep.equal([{ id: 'sun', checked: true, done: 1, total: 2 }]);

    heading.value = 'After your session';
    await nextTick();
    await el.updateComplete;
    expect(host.querySelector('smp-aftercare-checklist'), 'the same element').to.equal(el);
    expect(root.querySelector('h3')!.textContent!.trim()).to.equal('After your session');
    expect(root.querySelector<HTMLInputElement>('[data-id="sun"] input[type="checkbox"]')!.checked, 'tick kept').to.equal(true);
  });

  it('sets pros and cons as properties and attributes from bindings', async () => {
    app = createApp({
      setup: () => ({ pros: [{ id: 'p', text: 'Looks like a fresh buzz cut.' }], cons: [{ id: 'c', text: 'Needs touch-ups.' }], layout: 'stacked' }),
      template: `<smp-pros-cons :pros="pros" :cons="cons" :layout="layout" no-disclaimer></smp-pros-cons>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('smp-');
    app.mount(host);
    const el = host.querySelector('smp-pros-cons') as SmpProsCons;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"]'));
    expect([...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((li) => li.textContent!.trim())).to.deep.equal(['Looks like a fresh buzz cut.', 'Needs touch-ups.']);
    expect(el.getAttribute('layout')).to.equal('stacked');
    expect(el.shadowRoot!.querySelector('[part="disclaimer"]')).to.equal(null);
  });
});
