/**
 * Calendar-day arithmetic on local dates. A date is a `Date` at the first
 * instant of its local day (midnight; 01:00 where the clock moves forward at
 * midnight, as in Chile, Lebanon or Egypt), always built from its year, month
 * and day, never by adding milliseconds or moving another date's time: a day
 * is then always one calendar day, 23 or 25 hours long across a
 * daylight-saving change, and two dates of the same day are equal.
 */
import { asciiDigits } from './coerce.js';

/** The first instant of the given local day (its midnight, see above). */
export const localDate = (year: number, month: number, day: number): Date => {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, day); // setFullYear keeps years 0–99 as written
  return d;
};

/** The first instant of the local day `date` falls on. */
export const startOfDay = (date: Date): Date => localDate(date.getFullYear(), date.getMonth() + 1, date.getDate());

/**
 * The local day `days` calendar days after (or before, when negative) `date`. Built from the
 * day's date, not by moving `date`'s time: a day whose midnight does not exist starts at 01:00,
 * and moving it with `setDate` would keep 01:00 on every later day, after their midnight.
 */
export const addDays = (date: Date, days: number): Date => localDate(date.getFullYear(), date.getMonth() + 1, date.getDate() + days);

/** Whole calendar days from `a` to `b` (negative when `b` is earlier), whatever the clock change between them. */
export const daysBetween = (a: Date, b: Date): number =>
  Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);

export { localDay } from './local-day.js';

/** Parses `YYYY-MM-DD` into a local date; `undefined` for anything else or a day that does not exist (2026-02-30). */
export function parseIsoDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asciiDigits(value.trim()));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = localDate(y, mo, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}

/** Date formats by locale and whether they show the year: a timeline formats some twenty dates a render. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** `en`, `en-US` or `en-GB`, with no Unicode extension that could change the calendar or digits. */
const WRITTEN = /^en(-(us|gb))?$/i;
const WEEKDAYS = 'SunMonTueWedThuFriSat';
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/**
 * One day in US English ("Fri, Jan 9", "Fri, Jan 9, 2026") or British English ("Fri 9 Jan",
 * "Fri, 9 Jan 2026", and "Sept"). `withYear`: the format shows years (in British English it
 * then has a comma after the weekday, also on a range's first day, whose year is not shown);
 * `yearShown`: this day's year is written.
 */
function englishDay(d: Date, gb: boolean, withYear: boolean, yearShown: boolean): string {
  const weekday = WEEKDAYS.slice(d.getDay() * 3, d.getDay() * 3 + 3);
  const month = MONTHS.slice(d.getMonth() * 3, d.getMonth() * 3 + 3) + (gb && d.getMonth() === 8 ? 't' : '');
  return gb
    ? `${weekday}${withYear ? ',' : ''} ${d.getDate()} ${month}${yearShown ? ` ${d.getFullYear()}` : ''}`
    : `${weekday}, ${month} ${d.getDate()}${yearShown ? `, ${d.getFullYear()}` : ''}`;
}

/**
 * US and British English dates of years 1000 to 9999, written here rather
 * than by `Intl.DateTimeFormat`: the same text ("Fri, Jan 9 – Thu, Jan 15,
 * 2026", "Fri 9 Jan – Thu 15 Jan"; a test compares the two over years of days
 * in each engine), without the cost of the page's first date format, which
 * loads the browser's date data: 30–50 ms at full CPU speed, 80–220 ms on a
 * slow phone, before an English timeline can show. British dates follow
 * current CLDR data (Chrome, Edge, Firefox, Safari); an engine with older data
 * writes "Fri, 9 Jan" there. English of other regions (`en-AU`, `en-IN`, …)
 * and other languages are left to `Intl`: `undefined`.
 * `withYear` as `formatDays` sets it: true whenever a date is outside the current
 * year, so always for a range across two years (Intl would write the years anyway).
 */
export function englishDays(locale: string, withYear: boolean, start: Date, end: Date = start): string | undefined {
  if (!WRITTEN.test(locale) || ![start, end].every((d) => d.getFullYear() >= 1000 && d.getFullYear() <= 9999)) return undefined;
  const gb = /gb$/i.test(locale);
  // One calendar day, at any two times of it, is that day (as Intl's formatRange writes it).
  if (daysBetween(start, end) === 0) return englishDay(start, gb, withYear, withYear);
  // One year is written once, after the range: "Fri, Jan 9 – Thu, Jan 15, 2026".
  return `${englishDay(start, gb, withYear, withYear && start.getFullYear() !== end.getFullYear())} \u2013 ${englishDay(end, gb, withYear, withYear)}`;
}

/**
 * A day (`start`) or a range of days (`start` to `end`) as weekday, day and
 * month in `locale` ("Fri, Nov 27 – Thu, Dec 3", "Fri 27 Nov – Thu 3 Dec",
 * "Fr., 27. Nov. – Do., 3. Dez."); with the year when a date is not in `year` (the
 * current one). US and British English by `englishDays`, others by `Intl`.
 */
export function formatDays(locale: string, year: number, start: Date, end: Date = start): string {
  const withYear = start.getFullYear() !== year || end.getFullYear() !== year;
  const english = englishDays(locale, withYear, start, end);
  if (english !== undefined) return english;
  const key = `${locale} ${withYear}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined })));
  return start.getTime() === end.getTime() ? format.format(start) : format.formatRange(start, end);
}
