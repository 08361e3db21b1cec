/**
 * Calendar-day arithmetic on local dates. A date is a `Date` at local
 * midnight, built from its year, month and day and moved with `setDate`,
 * never by adding milliseconds: a day is then always one calendar day,
 * 23 or 25 hours long across a daylight-saving change.
 */

/** Local midnight of the given day. */
export const localDate = (year: number, month: number, day: number): Date => {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, day); // setFullYear keeps years 0–99 as written
  return d;
};

/** Local midnight of the day `date` falls on. */
export const startOfDay = (date: Date): Date => localDate(date.getFullYear(), date.getMonth() + 1, date.getDate());

/** The local day `days` calendar days after (or before, when negative) `date`. */
export function addDays(date: Date, days: number): Date {
  const d = startOfDay(date);
  d.setDate(d.getDate() + days);
  return d;
}

/** Whole calendar days from `a` to `b` (negative when `b` is earlier), whatever the clock change between them. */
export const daysBetween = (a: Date, b: Date): number =>
  Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);

export { localDay } from './local-day.js';

/** Parses `YYYY-MM-DD` into a local date; `undefined` for anything else or a day that does not exist (2026-02-30). */
export function parseIsoDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = localDate(y, mo, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}

/** Date formats by locale and whether they show the year: a timeline formats some twenty dates a render. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** `en` or `en-US`, with no Unicode extension that could change the calendar or digits. */
const US = /^en(-us)?$/i;
const WEEKDAYS = 'SunMonTueWedThuFriSat';
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';
/** "Fri, Jan 9", or "Fri, Jan 9, 2026" with the year. */
const usDay = (d: Date, withYear: boolean) =>
  `${WEEKDAYS.slice(d.getDay() * 3, d.getDay() * 3 + 3)}, ${MONTHS.slice(d.getMonth() * 3, d.getMonth() * 3 + 3)} ${d.getDate()}${withYear ? `, ${d.getFullYear()}` : ''}`;

/**
 * US English dates of years 1000 to 9999, written here rather than by
 * `Intl.DateTimeFormat`: the same text ("Fri, Jan 9 – Thu, Jan 15, 2026"; a
 * test compares the two over years of days in each engine), without the cost of the page's first date format,
 * which loads the browser's date data: 30–50 ms at full CPU speed, 80–220 ms
 * on a slow phone, before an English timeline can show. English of other
 * regions (`en-GB`: "Fri 9 Jan") differs between engines' versions of that
 * data, so it is left to `Intl`. Anything else: `undefined`.
 */
export function usDays(locale: string, withYear: boolean, start: Date, end: Date = start): string | undefined {
  if (!US.test(locale) || ![start, end].every((d) => d.getFullYear() >= 1000 && d.getFullYear() <= 9999)) return undefined;
  // One calendar day, at any two times of it, is that day (as Intl's formatRange writes it).
  if (daysBetween(start, end) === 0) return usDay(start, withYear);
  // One year is written once, after the range: "Fri, Jan 9 – Thu, Jan 15, 2026".
  return `${usDay(start, withYear && start.getFullYear() !== end.getFullYear())} \u2013 ${usDay(end, withYear)}`;
}

/**
 * A day (`start`) or a range of days (`start` to `end`) as weekday, day and
 * month in `locale` ("Fri, 27 Nov – Thu, 3 Dec"); with the year when a date
 * is not in `year` (the current one).
 */
export function formatDays(locale: string, year: number, start: Date, end: Date = start): string {
  const withYear = start.getFullYear() !== year || end.getFullYear() !== year;
  const us = usDays(locale, withYear, start, end);
  if (us !== undefined) return us;
  const key = `${locale} ${withYear}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined })));
  return start.getTime() === end.getTime() ? format.format(start) : format.formatRange(start, end);
}
