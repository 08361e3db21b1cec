// React 19 and Vue 3 against the script-tag bundle (dist/smp-widgets.js),
// whose loader fetches each element's module lazily: a framework that renders
// a tag before its module arrives writes arrays as attributes. The element
// says so, naming the fix; with `await load()` first the arrays are kept.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick } from 'vue/dist/vue.esm-browser.prod.js';
import { act, createElement as h, createRoot } from '../frameworks/react-esm.js';
import { captureWarnings } from '../support/helpers.js';

const bundle = new URL('../../dist/smp-widgets.js', import.meta.url).href;
type W = HTMLElement & { updateComplete: Promise<unknown> };
const texts = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="item"], [part~="step"] [part~="title"]')].map((i) => i.textContent!.replace(/\s+/g, ' ').trim());
const items = [
  { id: 'wash', kind: 'do', text: 'Wash gently with lukewarm water.' },
  { id: 'sun', kind: 'avoid', text: 'Keep out of the sun.' },
];
let load: (tag?: string) => Promise<unknown>;

describe('hardening: frameworks with the lazy script-tag bundle', () => {
  before(async () => {
    ({ load } = await import(/* @vite-ignore */ bundle));
  });

  it('Vue 3 rendering before the module arrives: one warning naming the fix', async () => {
    expect(customElements.get('smp-aftercare-checklist'), 'not loaded yet').to.equal(undefined);
    const host = document.createElement('div');
    document.body.append(host);
    const app = createApp({ template: '<smp-aftercare-checklist :items="items"></smp-aftercare-checklist>', data: () => ({ items }) });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('smp-');
    const warnings = await captureWarnings(async () => {
      app.mount(host);
      await nextTick();
      await waitUntil(() => customElements.get('smp-aftercare-checklist'), 'module loaded', { timeout: 5000 });
      await (host.firstElementChild as W).updateComplete;
    });
    const about = warnings.filter((w) => w.includes('items="[object Object]'));
    expect(about, warnings.join('\n')).to.have.length(1);
    expect(about[0]).to.contain('<smp-aftercare-checklist>').and.contain('await load()');
    app.unmount();
    host.remove();
  });

  it('React 19 rendering before the module arrives: one warning naming the fix', async () => {
    expect(customElements.get('smp-pros-cons'), 'not loaded yet').to.equal(undefined);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const warnings = await captureWarnings(async () => {
      await act(async () => {
        root.render(h('smp-pros-cons', { pros: [{ id: 'p', text: 'Only pro' }], cons: [{ id: 'c', text: 'Only con' }] }));
      });
      await waitUntil(() => customElements.get('smp-pros-cons'), 'module loaded', { timeout: 5000 });
      await (host.firstElementChild as W).updateComplete;
    });
    expect(warnings.filter((w) => w.includes('pros="[object Object]')), warnings.join('\n')).to.have.length(1);
    expect(warnings.filter((w) => w.includes('cons="[object Object]')), warnings.join('\n')).to.have.length(1);
    await act(async () => root.unmount());
    host.remove();
  });

  it('with await load() first, React 19 and Vue 3 keep the arrays', async () => {
    await load();
    const reactHost = document.createElement('div');
    document.body.append(reactHost);
    const root = createRoot(reactHost);
    await act(async () => {
      root.render(h('smp-pros-cons', { pros: [{ id: 'p', text: 'Only pro' }], cons: [{ id: 'c', text: 'Only con' }] }));
    });
    const prosCons = reactHost.querySelector('smp-pros-cons') as W;
    await prosCons.updateComplete;
    expect(texts(prosCons)).to.deep.equal(['Only pro', 'Only con']);
    expect(prosCons.hasAttribute('pros')).to.equal(false);
    await act(async () => root.unmount());

    const vueHost = document.createElement('div');
    document.body.append(vueHost);
    const app = createApp({ template: '<smp-aftercare-checklist defaults="none" :items="items"></smp-aftercare-checklist>', data: () => ({ items }) });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('smp-');
    app.mount(vueHost);
    await nextTick();
    const checklist = vueHost.querySelector('smp-aftercare-checklist') as W;
    await checklist.updateComplete;
    expect(texts(checklist)).to.deep.equal(items.map((i) => i.text));
    expect(checklist.hasAttribute('items')).to.equal(false);
    app.unmount();
  });
});
