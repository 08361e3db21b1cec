import { msg, str } from '@lit/localize';
import type { Span } from '../internal/settings.js';
import { dateLocale, direction } from '../localization/localization.js';

/*
 * Numbers, ranges and counts in the page's locale, and bidi isolation.
 *
 * Numbers use the same locale as the dates (`dateLocale()`), so an `ar-EG`
 * page gets Arabic-Indic digits in "٥ أيام" as in its dates, and plurals come
 * from `Intl.PluralRules` ("1 hour", "2–3 hours"; Arabic has six forms).
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

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(): Intl.NumberFormat {
  const locale = dateLocale();
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  return format;
}

/** A whole number in the page's locale ("30", "٣٠"), isolated in right-to-left text. */
export const numberText = (n: number): string => isolate(numberFormat().format(n));

/** `3–4` in the locale's own range format, or one number when both ends are the same; isolated in right-to-left text. */
export function rangeText([a, b]: Span): string {
  const format = numberFormat() as Intl.NumberFormat & { formatRange?: (x: number, y: number) => string };
  if (a === b) return numberText(a);
  const text = format.formatRange ? format.formatRange(a, b) : `${format.format(a)}–${format.format(b)}`;
  return isolate(text, 'text');
}

/** The plural category of a number or range ("2–3" takes the range's own rule where the browser has it). */
function pluralOf(span: Span): Intl.LDMLPluralRule {
  const rules = new Intl.PluralRules(dateLocale()) as Intl.PluralRules & { selectRange?: (x: number, y: number) => Intl.LDMLPluralRule };
  const [a, b] = span;
  if (a === b) return rules.select(a);
  try {
    if (rules.selectRange) return rules.selectRange(a, b);
  } catch {
    /* falls back below */
  }
  return rules.select(b);
}

const asSpan = (n: number | Span): Span => (Array.isArray(n) ? n : [n, n]);

/**
 * "1 day", "5 days", "3–4 days", in the form the locale's plural rules pick
 * (Arabic has six forms, English two: each locale translates the ones it uses).
 */
export function dayCount(days: number | Span): string {
  const span = asSpan(days);
  const n = rangeText(span);
  switch (pluralOf(span)) {
    case 'zero':
      return msg(str`${n} days`, { id: 'common.day.zero' });
    case 'one':
      return msg(str`${n} day`, { id: 'common.day.one' });
    case 'two':
      return msg(str`${n} days`, { id: 'common.day.two' });
    case 'few':
      return msg(str`${n} days`, { id: 'common.day.few' });
    case 'many':
      return msg(str`${n} days`, { id: 'common.day.many' });
    default:
      return msg(str`${n} days`, { id: 'common.day.other' });
  }
}

/** "1 hour", "2–3 hours", in the locale's plural form. */
export function hourCount(hours: number | Span): string {
  const span = asSpan(hours);
  const n = rangeText(span);
  switch (pluralOf(span)) {
    case 'zero':
      return msg(str`${n} hours`, { id: 'common.hour.zero' });
    case 'one':
      return msg(str`${n} hour`, { id: 'common.hour.one' });
    case 'two':
      return msg(str`${n} hours`, { id: 'common.hour.two' });
    case 'few':
      return msg(str`${n} hours`, { id: 'common.hour.few' });
    case 'many':
      return msg(str`${n} hours`, { id: 'common.hour.many' });
    default:
      return msg(str`${n} hours`, { id: 'common.hour.other' });
  }
}
