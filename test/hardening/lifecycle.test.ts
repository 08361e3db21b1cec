import { expect, fixture, html } from '@open-wc/testing';
import { texts } from '../support/helpers.js';
import { blankFrame } from './support.js';

// This file imports the library only after its first test has created
// elements, so they are upgraded from "created before definition".
type Widget = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'];

/** The card's computed look: a styled widget has a border radius and padding from its own sheets. */
function styled(el: Element): boolean {
  const base = el.shadowRoot!.querySelector('[part~="base"]')!;
  const view = base.ownerDocument.defaultView!;
  const style = view.getComputedStyle(base);
  return parseFloat(style.paddingTop) > 0 && parseFloat(style.borderTopLeftRadius) > 0;
}

describe('hardening: lifecycle', () => {
  it('elements created, given attributes and properties before the library loads are upgraded with them', async () => {
    expect(customElements.get('smp-pros-cons')).to.equal(undefined);
    const wrap = await fixture(html`<div></div>`);
    const early = TAGS.map((tag) => {
      const el = document.createElement(tag) as Widget;
      el.setAttribute('heading-level', '3');
      el.heading = `Early ${tag}`; // a property set before upgrade
      wrap.append(el);
      return el;
    });
    await import('../../src/index.js');
    for (const el of early) {
      await el.updateComplete;
      const h = el.shadowRoot!.querySelector('[part~="heading"]')!;
      expect(h.localName, el.localName).to.equal('h3');
      expect(h.textContent!.trim()).to.equal(`Early ${el.localName}`);
    }
    // And created after definition, through the parser.
    wrap.innerHTML = `<smp-pros-cons heading="Late" hide="affordable"></smp-pros-cons>`;
    const late = wrap.firstElementChild as Widget;
    await late.updateComplete;
    expect(texts(late, '[part~="heading"]')).to.deep.equal(['Late']);
  });

  it('moved into another document (an iframe) and back: styled in both, still working', async () => {
    const frame = await blankFrame();
    try {
      for (const tag of TAGS) {
        const el = (await fixture(`<${tag}></${tag}>`)) as Widget;
        await el.updateComplete;
        expect(styled(el), `${tag} at home`).to.equal(true);
        const other = frame.contentDocument!;
        other.body.append(other.adoptNode(el));
        await el.updateComplete;
        expect(styled(el), `${tag} in the iframe`).to.equal(true);
        document.body.append(document.adoptNode(el));
        await el.updateComplete;
        expect(styled(el), `${tag} back home`).to.equal(true);
        el.setAttribute('heading', 'Still reacting');
        await el.updateComplete;
        expect(texts(el, '[part~="heading"]')).to.deep.equal(['Still reacting']);
        el.remove();
      }
    } finally {
      frame.remove();
    }
  });

  it('removed and re-added 1,000 times: page listeners, timers and observers do not grow', async function () {
    this.timeout(60000); // 3,000 re-attachments: slow on a loaded machine, and measured, not timed

    const listeners = new Set<string>();
    const timers = new Set<unknown>();
    const observing = new Set<MutationObserver | ResizeObserver>();
    const originals = {
      winAdd: window.addEventListener,
      winRemove: window.removeEventListener,
      docAdd: document.addEventListener,
      docRemove: document.removeEventListener,
      setTimeout: window.setTimeout,
      clearTimeout: window.clearTimeout,
      observe: MutationObserver.prototype.observe,
      disconnect: MutationObserver.prototype.disconnect,
      resizeObserve: ResizeObserver.prototype.observe,
      resizeDisconnect: ResizeObserver.prototype.disconnect,
    };
    const ids = new WeakMap<object, number>();
    let next = 0;
    const id = (f: unknown) => (typeof f === 'object' || typeof f === 'function') && f ? (ids.get(f) ?? (ids.set(f, ++next), next)) : String(f);
    const key = (where: string, type: string, f: unknown, options?: unknown) =>
      `${where}|${type}|${id(f)}|${typeof options === 'boolean' ? options : !!(options as { capture?: boolean })?.capture}`;
    window.addEventListener = function (this: Window, type: string, f: unknown, o?: unknown) {
      listeners.add(key('window', type, f, o));
      return originals.winAdd.call(this, type, f as EventListener, o as AddEventListenerOptions);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, f: unknown, o?: unknown) {
      listeners.delete(key('window', type, f, o));
      return originals.winRemove.call(this, type, f as EventListener, o as EventListenerOptions);
    } as typeof window.removeEventListener;
    document.addEventListener = function (this: Document, type: string, f: unknown, o?: unknown) {
      listeners.add(key('document', type, f, o));
      return originals.docAdd.call(this, type, f as EventListener, o as AddEventListenerOptions);
    } as typeof document.addEventListener;
    document.removeEventListener = function (this: Document, type: string, f: unknown, o?: unknown) {
      listeners.delete(key('document', type, f, o));
      return originals.docRemove.call(this, type, f as EventListener, o as EventListenerOptions);
    } as typeof document.removeEventListener;
    window.setTimeout = ((f: () => void, ms?: number, ...args: unknown[]) => {
      const handle = originals.setTimeout.call(window, () => {
        timers.delete(handle);
        f(...(args as []));
      }, ms);
      timers.add(handle);
      return handle;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((handle?: number) => {
      timers.delete(handle);
      originals.clearTimeout.call(window, handle);
    }) as typeof window.clearTimeout;
    MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
      observing.add(this);
      return originals.observe.apply(this, args);
    };
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      observing.delete(this);
      return originals.disconnect.call(this);
    };
    ResizeObserver.prototype.observe = function (this: ResizeObserver, ...args: Parameters<ResizeObserver['observe']>) {
      observing.add(this);
      return originals.resizeObserve.apply(this, args);
    };
    ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
      observing.delete(this);
      return originals.resizeDisconnect.call(this);
    };
    try {
      const wrap = await fixture(html`<div></div>`);
      wrap.innerHTML = `<smp-aftercare-checklist persist="cycle"></smp-aftercare-checklist><smp-pros-cons></smp-pros-cons><smp-recovery-timeline session-date="2026-03-02" persist="cycle"></smp-recovery-timeline><smp-practitioner-guide persist="cycle"></smp-practitioner-guide>`;
      const els = [...wrap.children] as Widget[];
      await Promise.all(els.map((e) => e.updateComplete));
      const before = { listeners: listeners.size, timers: timers.size, observers: observing.size };
      for (let i = 0; i < 1000; i++) {
        for (const el of els) el.remove();
        for (const el of els) wrap.append(el);
        if (i % 100 === 0) await Promise.all(els.map((e) => e.updateComplete));
      }
      await Promise.all(els.map((e) => e.updateComplete));
      const after = { listeners: listeners.size, timers: timers.size, observers: observing.size };
      console.log(`after 1,000 cycles of 4 elements: ${JSON.stringify({ before, after })}`);
      expect(after).to.deep.equal(before);
      expect(before.observers, 'each element observes its light DOM').to.be.at.least(4);
      for (const el of els) expect(el.shadowRoot!.querySelectorAll('[part~="item"], [part~="step"]').length).to.be.greaterThan(3);
      for (const el of els) el.remove();
      const gone = { listeners: listeners.size, timers: timers.size, observers: observing.size };
      expect(gone.listeners, 'removed: no listener left per element').to.be.below(before.listeners);
      expect(gone.observers, 'removed: no light-DOM observer left').to.be.at.most(before.observers - 4);
    } finally {
      Object.assign(window, { addEventListener: originals.winAdd, removeEventListener: originals.winRemove, setTimeout: originals.setTimeout, clearTimeout: originals.clearTimeout });
      Object.assign(document, { addEventListener: originals.docAdd, removeEventListener: originals.docRemove });
      delete (document as unknown as Record<string, unknown>).addEventListener;
      delete (document as unknown as Record<string, unknown>).removeEventListener;
      delete (window as unknown as Record<string, unknown>).addEventListener;
      delete (window as unknown as Record<string, unknown>).removeEventListener;
      MutationObserver.prototype.observe = originals.observe;
      MutationObserver.prototype.disconnect = originals.disconnect;
      ResizeObserver.prototype.observe = originals.resizeObserve;
      ResizeObserver.prototype.disconnect = originals.resizeDisconnect;
    }
  });
});
