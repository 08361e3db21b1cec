
/** One all-day event: `start` to `end`, both local dates and both inclusive. */
export interface IcsEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11). Control characters other than tab
 * and line breaks (`\v`, `\f`, NUL, DEL…) are not allowed in a content line
 * and are dropped.
 */
export const escapeText = (s: string): string =>
  s
    .replace(/[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1):
 * continuation lines start with one space. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** `YYYYMMDD` of a local calendar day, `offset` days on. (No imports: this module is loaded on demand.) */
const dateValue = (d: Date, offset = 0) => {
  const day = new Date(2000, 0, 1);
  day.setFullYear(d.getFullYear(), d.getMonth(), d.getDate() + offset); // years 0–99 stay as written (not 19xx)
  return `${String(day.getFullYear()).padStart(4, '0')}${String(day.getMonth() + 1).padStart(2, '0')}${String(day.getDate()).padStart(2, '0')}`;
};
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * An iCalendar file of all-day events: CRLF line endings, folded lines,
 * escaped text, and the exclusive `DTEND` that all-day events need.
 */
export function buildIcs(events: readonly IcsEvent[], options: { prodId: string; name?: string; now?: Date }): string {
  const now = stamp(options.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${options.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${now}`,
      `DTSTART;VALUE=DATE:${dateValue(e.start)}`,
      `DTEND;VALUE=DATE:${dateValue(e.end, 1)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** How long the file's object URL lives: revoking it at once cancels the download in some browsers. */
export const REVOKE_AFTER_MS = 60_000;

/** Saves text as a file through a temporary `<a download>`: built in the page, nothing sent anywhere. */
export function downloadFile(filename: string, text: string, type = 'text/calendar;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
