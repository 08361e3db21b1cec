import { expect, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../support/helpers.js';
import type { ReactNode } from 'react';
import type { Root } from 'react-dom/client';
// React is CommonJS: the runner serves this module as React bundled into ES (see test/support/react-esm-plugin.mjs).
import { act, createElement as h, createRoot, useEffect, useRef, useState } from './react-esm.js';
import '../../src/index.js';
import type { SmpAftercareChecklist } from '../../src/elements/aftercare-checklist/aftercare-checklist.js';
import type { SmpRecoveryTimeline } from '../../src/elements/recovery-timeline/recovery-timeline.js';
import type { ItemToggleDetail } from '../../src/elements/aftercare-checklist/events.js';

// React 19 passes objects to custom elements as properties and listens to
// `on<event-name>` props: the elements are used as a React app would.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const items = [
  { id: 'wash', kind: 'do', text: 'Wash gently with lukewarm water.' },
  { id: 'sun', kind: 'avoid', text: 'Keep out of the sun.' },
];

describe('from React 19', () => {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  const render = async (node: ReactNode) => {
    await act(async () => root.render(node));
  };

  it('sets items as a property, receives smp- events, and keeps ticks across a re-render', async () => {
    const toggles: ItemToggleDetail[] = [];
    let setHeading: (text: string) => void = () => {};
    function Page() {
      const [heading, set] = useState('Your aftercare');
      setHeading = set;
      return h('smp-aftercare-checklist', {
        heading,
        'heading-level': 3,
        // A new array each render, as React code writes it.
        items: items.map((i) => ({ ...i })),
        'onsmp-item-toggle': (e: CustomEvent<ItemToggleDetail>) => toggles.push(e.detail),
      });
    }
    await render(h(Page));
    const el = host.querySelector('smp-aftercare-checklist') as SmpAftercareChecklist;
    await el.updateComplete;
    expect(el.items, 'items arrived as a property').to.deep.equal(items);
    expect(el.hasAttribute('items'), 'not as an attribute').to.equal(false);
    const root = el.shadowRoot!;
    expect(root.querySelector('h3')!.textContent!.trim()).to.equal('Your aftercare');
    expect([...root.querySelectorAll('[part~="item"]')].map((li) => li.textContent!.trim())).to.deep.equal(items.map((i) => i.text));

    root.querySelector<HTMLInputElement>('[data-id="wash"] input[type="checkbox"]')!.click();
    expect(toggles).to.deep.equal([{ id: 'wash', checked: true, done: 1, total: 2 }]);

    await act(async () => setHeading('After your session'));
    await el.updateComplete;
    expect(host.querySelector('smp-aftercare-checklist'), 'the same element').to.equal(el);
    expect(root.querySelector('h3')!.textContent!.trim()).to.equal('After your session');
    expect(root.querySelector<HTMLInputElement>('[data-id="wash"] input[type="checkbox"]')!.checked, 'tick kept').to.equal(true);
  });

  it('items set through a ref in useEffect, with React\'s own timing (no act): rendered, and no "no items" warning', async () => {
    // README: with server rendering, set the array through a ref once mounted. A plain useEffect
    // runs after React's commit, in a later task than the widget's first render.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    let el!: SmpAftercareChecklist;
    try {
      const warnings = await captureWarnings(async () => {
        function Page() {
          const ref = useRef<SmpAftercareChecklist>(null);
          useEffect(() => {
            ref.current!.items = items as SmpAftercareChecklist['items'];
          }, []);
          return h('smp-aftercare-checklist', { ref, defaults: 'none' });
        }
        root.render(h(Page));
        await waitUntil(() => (el = host.querySelector('smp-aftercare-checklist') as SmpAftercareChecklist)?.shadowRoot?.querySelector('[part~="item"]'), 'items rendered');
        // Long enough for any check the widget scheduled on its first, empty render.
        for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
      });
      expect([...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((li) => li.textContent!.trim())).to.deep.equal(items.map((i) => i.text));
      expect(warnings.filter((w) => /no items/.test(w))).to.deep.equal([]);
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    }
  });

  it('passes booleans and receives smp-date-change from the timeline', async () => {
    const dates: string[][] = [];
    await render(h('smp-recovery-timeline', { 'date-input': true, 'onsmp-date-change': (e: CustomEvent<{ dates: string[] }>) => dates.push(e.detail.dates) }));
    const el = host.querySelector('smp-recovery-timeline') as SmpRecoveryTimeline;
    await waitUntil(() => el.shadowRoot?.querySelector('input[type="date"]'), 'date field shown');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
    input.value = '2026-01-09';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(dates).to.deep.equal([['2026-01-09']]);
  });
});
