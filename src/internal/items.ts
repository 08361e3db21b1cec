import { show, warnOnce } from './warn.js';

/** One piece of content: a pro, a con, a checklist item, a timeline step. */
export interface SmpItem {
  /** Stable, kebab-case id; clinics hide or replace items by it. */
  id: string;
  /** What sort of item this is, where the element has sorts (`pro`, `do`, …). */
  kind?: string;
  /** Plain text. Always rendered as text, never parsed as HTML. */
  text: string;
}

/** An item written as `<li data-…>` inside the element, with its other `data-*` values. */
export interface LightItem extends SmpItem {
  data: Record<string, string>;
}

/** Collapses the whitespace an editor leaves inside text. */
export const cleanText = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The id of an item written without `data-id`, made from its text (FNV-1a):
 * remembered ticks stay on the item when the clinic adds, moves or removes
 * others, where an id from its place would pass them to another item. The
 * same text again gets `-2`, `-3`…
 */
function textId(text: string, made: Set<string>): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const base = `item-${(h >>> 0).toString(36)}`;
  let id = base;
  for (let n = 2; made.has(id); n++) id = `${base}-${n}`;
  made.add(id);
  return id;
}

/**
 * Reads `<li>` items from an element's light DOM, wherever an editor has
 * nested them (`<ul>`, `<ol>`, `<p>` from wpautop). Empty items and everything
 * that is not an `<li>` (whitespace, `<br>`, empty `<p>`) are ignored.
 */
export function readLightItems(host: Element): LightItem[] {
  const items: LightItem[] = [];
  const made = new Set<string>();
  host.querySelectorAll('li').forEach((li) => {
    const text = cleanText(li.textContent);
    if (!text) return;
    const data: Record<string, string> = {};
    for (const [key, value] of Object.entries(li.dataset)) data[key] = cleanText(value);
    items.push({ id: data.id || textId(text, made), kind: data.kind || undefined, text, data });
  });
  return firstOfEachId(items, (id) => `<${host.localName}> <li data-id="${id}">`);
}

/**
 * Keeps the first item of each id, warning once about every id given twice:
 * two items with one id would tick, hide and save as one.
 */
function firstOfEachId<T extends { id: string }>(items: T[], where: (id: string) => string): T[] {
  const ids = new Set<string>();
  return items.filter((item) => {
    if (!ids.has(item.id)) return ids.add(item.id);
    warnOnce(`${where(show(item.id))} appears more than once; only the first is used.`);
    return false;
  });
}

/**
 * Default items with overrides applied by id: an override with a default's id
 * replaces it in place, any other override is added after the defaults.
 */
export function mergeById<T extends { id: string }>(defaults: readonly T[], overrides: readonly T[]): T[] {
  const byId = new Map(overrides.map((o) => [o.id, o]));
  const merged = defaults.map((d) => byId.get(d.id) ?? d);
  const defaultIds = new Set(defaults.map((d) => d.id));
  return merged.concat(overrides.filter((o) => !defaultIds.has(o.id)));
}

/** An id or text a framework or a database hands as a number (`id: 7`) is its digits. */
const asString = (value: unknown): unknown => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value);

/**
 * Checks a value given through a JS property is an array of items with an id
 * and non-blank text; a number as id or text (database ids) counts as its digits.
 * Bad entries are dropped with a warning; a value that is not an array at all,
 * or an array none of whose entries is usable, gives `undefined`, so the element
 * falls back to its defaults rather than showing nothing. (An empty array is a
 * list of no items.) Warnings name the element (`tag`): two elements given the
 * same bad value each say so.
 */
export function validItems<T extends SmpItem>(value: unknown, property: string, tag: string): T[] | undefined {
  if (value == null) return undefined;
  const where = `<${tag}> "${property}"`;
  if (!Array.isArray(value)) {
    warnOnce(`<${tag}> the "${property}" property must be an array of {id, text}, not ${typeof value}; showing the defaults.`);
    return undefined;
  }
  const valid: T[] = [];
  value.forEach((entry: unknown, i) => {
    const given = entry && typeof entry === 'object' ? (entry as T) : undefined;
    let item = given;
    if (given && (typeof given.id === 'number' || typeof given.text === 'number')) {
      // A copy with the id and text as text; fields a class reads through getters (`kind`, `title`, `from`, `to`) copied by value.
      const fields = given as unknown as Record<string, unknown>;
      const copy: Record<string, unknown> = { ...fields, id: asString(given.id), text: asString(given.text) };
      for (const key of ['kind', 'title', 'from', 'to']) if (key in given) copy[key] = fields[key];
      item = copy as unknown as T;
    }
    if (!item || typeof item.id !== 'string' || typeof item.text !== 'string') warnOnce(`${where}[${i}] needs an id and text (strings or numbers); it was skipped.`);
    // Blank text would be a row with nothing to read (a checkbox without a label): skipped, as an empty <li> is.
    else if (!item.text.trim()) warnOnce(`${where}[${i}] (id "${show(item.id)}") has no text; it was skipped.`);
    else valid.push(item);
  });
  if (value.length && !valid.length) {
    warnOnce(`${where}: none of its ${value.length} entries has an id and text; showing the defaults.`);
    return undefined;
  }
  return firstOfEachId(valid, (id) => `${where}: the id "${id}"`);
}
