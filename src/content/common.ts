import type { Span } from '../internal/settings.js';
import { dateLocale, direction, textLocale } from '../localization/localization.js';

/*
 * Numbers, ranges and counts in the page's locale, and bidi isolation.
 *
 * Numbers use the same locale as the dates (`dateLocale()`), so an `ar-EG`
 * page gets Arabic-Indic digits in "٥ أيام" as in its dates. Counts of days
 * and hours come from `Intl.NumberFormat`'s unit style, whose plural rules
 * and range formats are CLDR's ("1 hour", "2–3 hours"; Arabic has six forms).
 *
 * In right-to-left text every inserted number, range, date, phone number and
 * address is wrapped in Unicode isolates (U+2066–U+2069), so the characters
 * around it cannot reorder it: without them "+44 20 7946 0000" shows as
 * "0000 7946 20 44+" inside Arabic. Isolates are invisible, are skipped by
 * screen readers and print as they show. Left-to-right text needs none, and
 * gets none, so its strings stay plain.
 */

const FSI = '\u2068'; // first strong isolate: direction from the content (a date in Arabic script runs right to left)
const LRI = '\u2066'; // left-to-right isolate: phone numbers and addresses always run left to right
const RLI = '\u2067'; // right-to-left isolate
const PDI = '\u2069'; // pop directional isolate

/**
 * Wraps `text` in an isolate when the widget's text runs right to left.
 * `ltr` for phone numbers, URLs and e-mail addresses; `text` for a range,
 * which then reads in the text's own order (from the right in Arabic);
 * `auto` (default) lets the content decide (dates, single numbers).
 */
export function isolate(text: string, mode: 'auto' | 'ltr' | 'text' = 'auto'): string {
  if (!text || direction() !== 'rtl') return text;
  const open = mode === 'ltr' ? LRI : mode === 'text' ? RLI : FSI;
  return `${open}${text}${PDI}`;
}

type Unit = 'day' | 'hour';

/** One `Intl.NumberFormat` per locale and options: a timeline formats a few dozen numbers a render. */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, unit?: Unit): Intl.NumberFormat {
  const key = `${locale} ${unit ?? ''}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, unit ? { style: 'unit', unit, unitDisplay: 'long' } : {})));
  return format;
}

/** `formatRange` is in every browser the widgets support (Chrome 106, Firefox 116, Safari 15.4); TypeScript's ES2022 lib lacks it. */
type RangeFormat = Intl.NumberFormat & { formatRange(x: number, y: number): string };

/** `en`, or English of a region (`en-GB`, `en-150`) with no Unicode extension that could change the digits. */
const ENGLISH = /^en(-([a-z]{2}|\d{3}))?$/i;

/**
 * English counts of whole numbers from 0 to 999, written here rather than by
 * `Intl.NumberFormat`: the same text ("5", "3–4", "1 day", "2–3 hours"; a
 * test compares the two for every such number in each engine), without the
 * cost of the browser's first number format, which loads its locale data
 * (about 15 ms at full CPU speed on a phone-sized page, four times that on a
 * slow phone) before an English widget can show. Anything else: `undefined`.
 */
export function englishSpan([a, b]: Span, unit?: Unit, locale = dateLocale()): string | undefined {
  if (!ENGLISH.test(locale) || ![a, b].every((n) => Number.isInteger(n) && n >= 0 && n < 1000)) return undefined;
  const number = a === b ? String(a) : `${a}\u2013${b}`;
  return unit ? `${number} ${unit}${a === b && a === 1 ? '' : 's'}` : number;
}

/** `3–4` (or `3-4`, as the locale writes ranges), or one number when both ends are the same. */
function span(range: Span, unit?: Unit): string {
  const locale = dateLocale();
  const english = englishSpan(range, unit, locale);
  if (english !== undefined) return english;
  const format = numberFormat(locale, unit);
  const [a, b] = range;
  return a === b ? format.format(a) : (format as RangeFormat).formatRange(a, b);
}

/** A whole number in the page's locale ("30", "٣٠"), not isolated: for text that stands alone. */
export const formatNumber = (n: number): string => span([n, n]);

/** A whole number in the page's locale ("30", "٣٠"), isolated in right-to-left text. */
export const numberText = (n: number): string => isolate(formatNumber(n));

/** A range of numbers in the locale's own format; in right-to-left text it reads in the text's order. */
export const rangeText = (range: Span): string => isolate(span(range), 'text');

/**
 * The grammatical case a count stands in. CLDR writes counts in the
 * nominative; Arabic's dual changes after a preposition or as an object
 * (`oblique`: genitive or accusative, "لمدة يومين", not "لمدة يومان"). The
 * dual is the only form whose case shows: 1 has no number, 3–10 and 11+
 * keep their form after a preposition, digits show no case.
 */
export type CountCase = 'nominative' | 'oblique';

/** Arabic's dual of each unit in the oblique case; CLDR gives only the nominative ("يومان", "ساعتان"). */
const ARABIC_OBLIQUE_DUAL: Record<Unit, string> = { day: 'يومين', hour: 'ساعتين' };

function count(value: number | Span, unit: Unit, grammaticalCase: CountCase): string {
  const range: Span = Array.isArray(value) ? value : [value, value];
  const dual = grammaticalCase === 'oblique' && range[0] === 2 && range[1] === 2 && textLocale() === 'ar';
  return isolate(dual ? ARABIC_OBLIQUE_DUAL[unit] : span(range, unit));
}

/**
 * "1 day", "5 days", "3–4 days", "٣–٤ أيام", "ساعتان": counts of days or
 * hours, or ranges of them. The browser's own CLDR data picks the plural
 * form, the range sign and the digits for the page's locale, so every
 * locale gets its grammar (Arabic's six forms included) without a message
 * per form; isolated in right-to-left text. `oblique` where the count
 * follows a preposition in the translations ("for 2 days", "in about 2
 * days"): Arabic then writes the dual "يومين".
 */
export const dayCount = (days: number | Span, grammaticalCase: CountCase = 'nominative'): string => count(days, 'day', grammaticalCase);

/** "1 hour", "2–3 hours", in the page's locale; `oblique` as for `dayCount`. */
export const hourCount = (hours: number | Span, grammaticalCase: CountCase = 'nominative'): string => count(hours, 'hour', grammaticalCase);
