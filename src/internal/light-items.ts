import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mergeById, readLightItems, type LightItem, type SmpItem } from './items.js';
import { show, warnOnce } from './warn.js';
import { keyword } from './coerce.js';

/** What a `LightItemsController` reads from its host: the `hide` and `defaults` attributes. */
export type LightItemsHost = ReactiveControllerHost & HTMLElement & { hide?: string | readonly string[]; defaults?: string };

/**
 * One job: the element's items as a clinic wrote them. Reads the `<li>`
 * items in the host's light DOM (re-read when they change, not when the
 * host's own attributes do), and turns the element's base items into what
 * is shown: `defaults="none"` drops the defaults, light items replace them by
 * id or are added after, `hide` removes ids (warning about ids that name no
 * item, a few at most). Duplicate ids are dropped with a warning where items
 * are read (`readLightItems`, `validItems`).
 */
export class LightItemsController implements ReactiveController {
  /** Items written as `<li>` inside the host, as last read. */
  items: LightItem[] = [];
  private observer?: MutationObserver;

  constructor(private readonly host: LightItemsHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    // Items live in the light children: their text, structure and data-*
    // attributes matter; the host's own attributes (set by the page, or
    // reflected by the element) do not.
    this.observer ??= new MutationObserver((records) => {
      if (records.some((r) => r.type !== 'attributes' || r.target !== this.host)) this.read();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read(): void {
    const next = readLightItems(this.host);
    if (JSON.stringify(next) === JSON.stringify(this.items)) return;
    this.items = next;
    this.host.requestUpdate();
  }

  private get tag(): string {
    return `<${this.host.localName}>`;
  }

  /**
   * An item's kind when it is one of `kinds`. An item that replaces a default
   * (`replaces`: that item's kind) and gives no kind keeps the default's, silently:
   * a clinic rewording an item in place need not restate its group. Otherwise
   * `replaces` or `fallback`, with a warning that names the item and the value
   * (the item is still shown).
   */
  kindOf<K extends string>(item: { id: string; kind?: string }, kinds: readonly K[], fallback: K, replaces?: K): K {
    if (replaces && !item.kind?.trim()) return replaces;
    const kind = keyword(item.kind, kinds);
    if (kind) return kind;
    const shown = replaces ?? fallback;
    warnOnce(`${this.tag} item "${show(item.id)}" kind "${show(item.kind ?? '')}": use ${kinds.join(', ')}; shown as ${shown}.`);
    return shown;
  }

  /** The element's default items, or none with `defaults="none"`; any other value warns once and keeps them. */
  withDefaults<T extends SmpItem>(items: T[]): T[] {
    // Text after coercion; anything else (a value set before the element upgraded) means the defaults.
    const value = typeof this.host.defaults === 'string' ? this.host.defaults.trim().toLowerCase() : 'all';
    if (value === 'none') return [];
    if (value !== 'all' && value !== '') warnOnce(`${this.tag} defaults="${this.host.defaults}": use all or none; showing the default items.`);
    return items;
  }

  /**
   * Removes hidden items, warning once for each id in `hide` that names no
   * item at all (a typo a clinic would want to know about). Past a few
   * unknown ids, one warning counts the rest: a huge `hide` stays fast.
   */
  withoutHidden<T extends SmpItem>(items: T[]): T[] {
    // Commas too: `hide="affordable, simple"` is how a list is often written.
    const hide = this.host.hide ?? '';
    const hidden = new Set((typeof hide === 'string' ? hide : hide.join(' ')).split(/[\s,]+/).filter(Boolean));
    if (!hidden.size) return items;
    const known = new Set(items.map((i) => i.id));
    const unknown = [...hidden].filter((id) => !known.has(id));
    const named = unknown.slice(0, 5);
    for (const id of named) warnOnce(`${this.tag} hide: no item has the id "${show(id)}".`);
    if (unknown.length > named.length) warnOnce(`${this.tag} hide: ${unknown.length - named.length} more ids name no item.`);
    return items.filter((i) => !hidden.has(i.id));
  }

  /**
   * What is shown: `base` (the items property, or the defaults after
   * `defaults`), then the light items, each made by `fromLight`, replacing
   * base items by id or added after them, then `hide`.
   */
  merge<T extends SmpItem>(base: T[], fromLight: (item: LightItem, replaces: T | undefined) => T): T[] {
    const light = this.items.map((i) => fromLight(i, base.find((b) => b.id === i.id)));
    return this.withoutHidden(mergeById(base, light));
  }
}
