import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getLocale } from '../src/localization/localization.js';

// A widget whose first render comes while the page's locale is still loading
// (the page did not list its locale files in <head>) waits for it, so it
// appears once, in the page's language, never in English first. A locale that
// does not answer within three seconds is not waited for. Its own test file,
// so its page has loaded no locale and started no localization.

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const ENGLISH = 'Pros and cons of scalp micropigmentation';
const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
const renders = new Map<Element, string[]>();

describe('first render while the page’s locale loads', () => {
  before(async () => {
    document.cookie = 'smp-slow-locale=fr:300; path=/';
    document.documentElement.lang = 'fr';
    await import('../src/index.js');
    const proto = customElements.get('smp-pros-cons')!.prototype as { render(): unknown; updated(changed: unknown): void };
    const updated = proto.updated;
    proto.updated = function (this: Widget, changed: unknown) {
      renders.set(this, [...(renders.get(this) ?? []), heading(this)]);
      return updated?.call(this, changed);
    };
  });
  after(() => {
    document.cookie = 'smp-slow-locale=; path=/; max-age=0';
  });

  it('renders once, in the page’s language, and leaves no timer behind', async () => {
    // Timers of three seconds (the patience) still pending after the render.
    const pending = new Set<number>();
    const { setTimeout: set, clearTimeout: clear } = window;
    window.setTimeout = ((fn: () => void, ms?: number) => {
      const id = set(() => (pending.delete(id), fn()), ms);
      if (ms === 3000) pending.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id: number) => (pending.delete(id), clear(id))) as typeof window.clearTimeout;
    let el: Widget;
    try {
      el = await fixture<Widget>(html`<smp-pros-cons></smp-pros-cons>`);
    } finally {
      window.setTimeout = set;
      window.clearTimeout = clear;
    }
    expect(pending.size, 'patience timers left running').to.equal(0);
    expect(heading(el)).to.equal('Avantages et inconvénients de la micropigmentation capillaire');
    expect(renders.get(el)).to.have.length(1);
  });

  it('does not wait more than three seconds: shows English, then the language when it arrives', async () => {
    // Back to English first: the widget shows what is in place while Dutch loads.
    document.documentElement.lang = 'en';
    await waitUntil(() => getLocale() === 'en', 'English in place');
    document.cookie = 'smp-slow-locale=nl:5000; path=/';
    document.documentElement.lang = 'nl';
    await new Promise((r) => setTimeout(r, 50)); // the change of <html lang> starts loading Dutch
    const started = performance.now();
    const el = await fixture<Widget>(html`<smp-pros-cons></smp-pros-cons>`);
    const waited = performance.now() - started;
    expect(waited, 'waited for the locale before showing English').to.be.greaterThan(2500);
    expect(renders.get(el)![0]).to.equal(ENGLISH);
    await waitUntil(() => heading(el) !== ENGLISH, 'Dutch arrived', { timeout: 6000 });
    expect(renders.get(el)!.at(-1)).to.equal(heading(el));
    document.documentElement.lang = 'en';
  });
});
