import { show, warnOnce } from './warn.js';

/**
 * Arabic-Indic and Persian digits (`٢٠٢٦`, `۴`), as an Arabic or Persian keyboard types them, as
 * ASCII digits. Here, in the core every element loads, not in dates.ts (the timeline's): settings
 * reads day counts with it, and importing dates.ts would put the date writer in the core.
 */
export const asciiDigits = (text: string): string => text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) & 15));

/**
 * A text property's value as a string, whatever a page or framework handed
 * it: numbers become their digits, `true` (a bare attribute in JSX) the empty
 * string, `false` no value, an array its items joined by spaces (`hide`).
 * Anything else (an object, a symbol) gives no value and one warning.
 */
export function asText(value: unknown, where: string): string | undefined {
  if (value == null || typeof value === 'string') return value ?? undefined;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? '' : undefined;
  if (Array.isArray(value) && value.every((v) => ['string', 'number'].includes(typeof v))) return value.join(' ');
  warnOnce(`${where}: ${show(value)} (${typeof value}) is not text; ignored.`);
  return undefined;
}

/**
 * One of `allowed` as an author may write it: as HTML's own keywords
 * (`type="CHECKBOX"`), case and surrounding spaces do not matter
 * (`layout=" Stacked"`). Anything else gives `undefined`.
 */
export const keyword = <K extends string>(value: unknown, allowed: readonly K[]): K | undefined =>
  typeof value === 'string' ? allowed.find((k) => k === value.trim().toLowerCase()) : undefined;

/** `value` as a whole number: numbers and digit strings (`"3"`); anything else `undefined`. */
export function asInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value)) return Number(value);
  return undefined;
}
