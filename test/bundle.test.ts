import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from './support/helpers.js';
import { templates as german } from '../src/localization/generated/locales/de.js';

// The shipped script-tag bundle (built by `npm test` before the browser tests),
// checked as a clinic page would use it: a small entry over a core chunk and
// one chunk per element, each fetched the first time its tag is on the page.
const bundle = new URL('../dist/smp-widgets.js', import.meta.url).href;
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'];
const chunkOf = (tag: string) => `/dist/elements/${tag.replace(/^smp-/, '')}.js`;

/** How many times the page loaded a module whose path ends with `path` (any query; not counting the test's own fetch()). */
const requests = (path: string): number =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.initiatorType !== 'fetch' && new URL(e.name).pathname.endsWith(path)).length;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type Bundle = {
  load: (tag?: string) => Promise<unknown>;
  configure: unknown;
  setLocale: (locale: string | null) => Promise<void>;
  getLocale: () => string;
  supportedLocales: unknown;
  VERSION: string;
};

/** Resolves when `tag` is defined, or rejects after `ms`. */
const defined = (tag: string, ms = 5000) =>
  Promise.race([customElements.whenDefined(tag), new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} not defined after ${ms} ms`)), ms))]);

describe('dist/smp-widgets.js', () => {
  let api: Bundle;
  before(async () => {
    api = (await import(/* @vite-ignore */ bundle)) as Bundle;
  });

  it('exports the run-time API', () => {
    for (const name of ['load', 'configure', 'setLocale', 'getLocale'] as const) expect(typeof api[name], name).to.equal('function');
    expect(api.supportedLocales).to.include('de');
    expect(api.VERSION).to.match(/^\d+\.\d+\.\d+/);
  });

  it('fetches and registers no element while none is on the page', async () => {
    await new Promise((r) => setTimeout(r, 50));
    for (const tag of TAGS) {
      expect(customElements.get(tag), tag).to.equal(undefined);
      expect(requests(chunkOf(tag)), chunkOf(tag)).to.equal(0);
    }
    expect(requests('/dist/chunks/core.js')).to.equal(1);
  });

  it('loads an element when its tag appears, with one request for its chunk', async () => {
    const host = await fixture(html`<div></div>`);
    host.innerHTML = '<section><smp-pros-cons></smp-pros-cons></section><smp-pros-cons heading="Second"></smp-pros-cons>';
    await defined('smp-pros-cons');
    const widgets = [...host.querySelectorAll<Widget>('smp-pros-cons')];
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(widgets[1].shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Second');
    expect(requests(chunkOf('smp-pros-cons'))).to.equal(1);
    expect(requests(chunkOf('smp-aftercare-checklist'))).to.equal(0);
    expect(requests(chunkOf('smp-recovery-timeline'))).to.equal(0);
    expect(requests('/dist/chunks/core.js')).to.equal(1);
  });

  it('loads a tag added later by script, deep in a new subtree, as a framework would', async () => {
    const host = await fixture(html`<div></div>`);
    await new Promise((r) => setTimeout(r, 20));
    const wrapper = document.createElement('div');
    const list = document.createElement('smp-aftercare-checklist') as Widget & { items?: unknown };
    list.items = [{ id: 'one', kind: 'do', text: 'Set before the element was defined' }];
    wrapper.append(list);
    host.append(wrapper);
    await defined('smp-aftercare-checklist');
    await list.updateComplete;
    expect(list.shadowRoot!.textContent).to.contain('Set before the element was defined');
    expect(requests(chunkOf('smp-aftercare-checklist'))).to.equal(1);
  });

  it('load() registers a tag the loader cannot see, inside another shadow root, and resolves to its class', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<smp-recovery-timeline></smp-recovery-timeline>';
    await new Promise((r) => setTimeout(r, 50));
    expect(customElements.get('smp-recovery-timeline'), 'not seen inside a shadow root').to.equal(undefined);
    const ctor = await api.load('smp-recovery-timeline');
    expect(ctor).to.equal(customElements.get('smp-recovery-timeline'));
    const timeline = root.querySelector('smp-recovery-timeline') as Widget;
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(3);
    expect(await api.load('smp-recovery-timeline'), 'a second call').to.equal(ctor);
    expect(requests(chunkOf('smp-recovery-timeline'))).to.equal(1);
  });

  it('load() of an unknown tag warns once, naming it, and resolves to undefined', async () => {
    let result: unknown = null;
    const warnings = await captureWarnings(async () => {
      result = await api.load('smp-nope');
      await api.load('smp-nope');
    });
    expect(result).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('smp-nope').and.contain('smp-pros-cons');
  });

  it('renders each element with its content, icons intact, without warnings', async () => {
    const warnings = await captureWarnings(async () => {
      for (const tag of TAGS) {
        const el = await fixture(html`<div></div>`);
        // A clinic sets a contact for the checklist's urgent box; without one it warns (tested with the element).
        el.innerHTML = tag === 'smp-aftercare-checklist' ? `<${tag} phone="020 7946 0000"></${tag}>` : `<${tag}></${tag}>`;
        await defined(tag);
        const widget = el.firstElementChild as Widget;
        await widget.updateComplete;
        const root = widget.shadowRoot!;
        expect(root.querySelector('h2')!.textContent!.trim().length, tag).to.be.greaterThan(5);
        expect(root.querySelectorAll('li').length, tag).to.be.greaterThan(5);
        // Every icon keeps all its shapes (a minifier once dropped the paths).
        for (const svg of root.querySelectorAll('svg')) {
          expect(svg.querySelectorAll(':scope > path').length, `${tag} icon`).to.be.greaterThan(0);
          expect(svg.querySelectorAll('circle > *').length, `${tag} icon`).to.equal(0);
        }
        await expect(widget).to.be.accessible();
      }
    });
    expect(warnings).to.deep.equal([]);
  });

  it('finds every message of a locale chunk by its id (the bundle does not hash message text)', async () => {
    const el = await fixture(html`<div></div>`);
    el.innerHTML = '<smp-pros-cons></smp-pros-cons>';
    const widget = el.firstElementChild as Widget;
    await api.setLocale('de');
    await widget.updateComplete;
    try {
      expect(api.getLocale()).to.equal('de');
      expect(widget.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(german['pros-cons.heading']);
    } finally {
      await api.setLocale(null);
    }
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Pros and cons of scalp micropigmentation');
  });

  it('uses the production build of Lit', async () => {
    for (const path of ['smp-widgets.js', 'chunks/core.js', ...TAGS.map((t) => chunkOf(t).replace('/dist/', ''))]) {
      const source = await (await fetch(new URL(path, bundle))).text();
      expect(source.includes('Lit is in dev mode'), `dev-mode Lit in ${path}`).to.equal(false);
      expect(source.startsWith('/*! smp-widgets '), `${path} served as built`).to.equal(true);
    }
  });

  it('loading it a second time from another URL is silent and shares the core and element chunks', async () => {
    const warnings = await captureWarnings(async () => {
      const again = (await import(/* @vite-ignore */ `${bundle}?again`)) as Bundle;
      expect(await again.load('smp-pros-cons')).to.equal(customElements.get('smp-pros-cons'));
    });
    expect(warnings).to.deep.equal([]);
    expect(requests('/dist/chunks/core.js'), 'core fetched once').to.equal(1);
    expect(requests(chunkOf('smp-pros-cons')), 'element chunk fetched once').to.equal(1);
  });
});
