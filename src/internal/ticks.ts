import { css, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { localDay } from './local-day.js';
import { load, save, storageKey, storageWatch } from './storage.js';
import { SmpCompleteEvent, SmpItemToggleEvent, SmpResetEvent } from '../elements/aftercare-checklist/events.js';
import { withAddresses } from './addresses.js';

/** What a `TicksController` reads from its host: the `persist` attribute, and `daily` where the element has it. */
export type TicksHost = ReactiveControllerHost & HTMLElement & { persist?: string | boolean; daily?: boolean };

export interface TicksOptions {
  /** The part of the storage key naming the element: `smp-widgets:<what>:<persist>`. */
  what: string;
  /** Saves the local day with the ticks (`{day, done}`): needed for `daily`, and what the checklist has always saved. */
  dated?: boolean;
}

/** What is saved: the ticked ids, and with `dated` the local day they were saved on. */
interface Saved {
  day?: string;
  done: string[];
}

/**
 * One job: which items the patient has ticked. Keeps the ticked ids,
 * remembers them under the host's `persist` name, follows other elements on
 * the page and other tabs that save under the same name (so no one's ticks
 * overwrite the other's), clears them on a new day with `daily`, and fires
 * `smp-item-toggle`, `smp-complete` and `smp-reset` from the host.
 * `renderBox` draws one checkbox row; `tickStyles` styles it.
 */
export class TicksController implements ReactiveController {
  /** Ids of ticked items. Ids that name no item are kept but not counted. */
  done = new Set<string>();
  private persisted?: string | boolean;
  private daily?: boolean;
  /**
   * Saved by another element or tab, also while the host was off the page (a single-page
   * app's route): read again, so its next tick does not overwrite those ticks.
   */
  private readonly watch = storageWatch(
    () => this.key,
    () => this.restore(),
  );

  constructor(
    private readonly host: TicksHost,
    private readonly options: TicksOptions,
  ) {
    host.addController(this);
  }

  private get key(): string | undefined {
    const persist = this.host.persist;
    // Not text yet (`persist = true` from JSX before the first update turns it into text): no key yet.
    return typeof persist === 'string' ? storageKey(this.options.what, persist) : undefined;
  }

  hostConnected(): void {
    this.watch.start();
  }

  hostDisconnected(): void {
    this.watch.stop();
  }

  /** Before each render: reads the saved ticks again when `persist` or `daily` changed. */
  hostUpdate(): void {
    const { persist, daily } = this.host;
    if (persist === this.persisted && daily === this.daily) return;
    this.persisted = persist;
    this.daily = daily;
    this.restore();
  }

  /** Reads saved ticks: unreadable, or from an earlier day with `daily`, means none. */
  private restore(): void {
    const key = this.key;
    if (!key) return;
    const saved = load<Saved>(key);
    const valid = !!saved && typeof saved === 'object' && Array.isArray(saved.done) && (!this.options.dated || typeof saved.day === 'string');
    const fresh = valid && !(this.host.daily && saved.day !== localDay());
    this.set(fresh ? saved.done.filter((id) => typeof id === 'string') : []);
  }

  private set(ids: Iterable<string>): void {
    this.done = new Set(ids);
    this.host.requestUpdate();
  }

  private store(): void {
    const key = this.key;
    if (key) save(key, this.options.dated ? ({ day: localDay(), done: [...this.done] } satisfies Saved) : ({ done: [...this.done] } satisfies Saved));
  }

  /** How many of `items` are ticked. */
  count(items: readonly { id: string }[]): number {
    return items.filter((i) => this.done.has(i.id)).length;
  }

  /** Ticks or unticks one item, saves, and tells the page (`smp-complete` when the last of `tickable` is ticked). */
  toggle(id: string, checked: boolean, tickable: readonly { id: string }[]): void {
    const done = new Set(this.done);
    if (checked) done.add(id);
    else done.delete(id);
    this.set(done);
    this.store();
    const count = this.count(tickable);
    this.host.dispatchEvent(new SmpItemToggleEvent({ id, checked, done: count, total: tickable.length }));
    if (checked && count === tickable.length) this.host.dispatchEvent(new SmpCompleteEvent(count));
  }

  /**
   * Clears every tick, saves, and fires `smp-reset` with the number of `tickable` items; does
   * nothing while none of them is ticked (the button then shows disabled).
   */
  reset(tickable: readonly { id: string }[]): void {
    if (!this.count(tickable)) return;
    this.set([]);
    this.store();
    this.host.dispatchEvent(new SmpResetEvent(tickable.length));
  }

  /** "Clear all ticks": `aria-disabled` (still focusable, so it is found) while none of `tickable` is ticked. */
  renderReset(tickable: readonly { id: string }[], label: string) {
    return html`<button part="button" class="reset secondary" type="button" aria-disabled=${this.count(tickable) ? 'false' : 'true'} @click=${() => this.reset(tickable)}>
      ${label}
    </button>`;
  }

  /** Clears every tick and saves, without an event (a new day with `daily`). */
  clear(): void {
    if (!this.done.size) return;
    this.set([]);
    this.store();
  }

  /** One tickable row: `<li part="item">` with a labelled checkbox. */
  renderBox(item: { id: string; text: string }, tickable: readonly { id: string }[]) {
    const checked = this.done.has(item.id);
    return html`<li part="item" class="item ${checked ? 'checked' : ''}" data-id=${item.id}>
      <label>
        <input part="checkbox" type="checkbox" .checked=${checked} @change=${(e: Event) => this.toggle(item.id, (e.target as HTMLInputElement).checked, tickable)} />
        <span class="text">${withAddresses(item.text)}</span>
      </label>
    </li>`;
  }
}

/** The checkbox rows of `renderBox`: large targets, ticked text muted, empty boxes on paper. */
export const tickStyles = css`
  .item + .item {
    border-block-start: var(--_border-width) solid var(--_border);
  }
  .item label {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-block-size: 2.75em;
    padding-block: 0.5em;
    cursor: pointer;
  }
  input[type='checkbox'] {
    font-size: inherit;
    flex: none;
    /* At least 24px (WCAG 2.5.8), however small the page's text. */
    inline-size: max(1.5em, 24px);
    block-size: max(1.5em, 24px);
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  /* A long word or address breaks rather than widening the row past the card. */
  .text {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .checked .text {
    color: var(--_muted);
  }
  @media print {
    .item {
      break-inside: avoid;
    }
    /* Empty boxes to tick by hand, whatever is ticked on screen. */
    input[type='checkbox'] {
      appearance: none;
      border: 0.125em solid #000;
      border-radius: 0.125em;
      background: #fff;
    }
    .checked .text {
      text-decoration: none;
      color: #000;
    }
  }
  /* Done is not disabled: GrayText is the system's colour for text that cannot be used, so a
     ticked row keeps the text colour; its box (and the strike-through of a done "do") shows it. */
  @media (forced-colors: active) {
    .checked .text {
      color: CanvasText;
    }
  }
`;
