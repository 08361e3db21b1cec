/**
 * "Today" as the ticks and the midnight timer need it, in a module of its own:
 * the rest of the date arithmetic (`dates.ts`, which re-exports this) is the
 * timeline's alone, so a page without a timeline does not download it.
 */

/** `YYYY-MM-DD` of a date's local calendar day. */
export function localDay(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
