import { expect } from '@open-wc/testing';
import { addDays, daysBetween, formatDays, localDate, localDay, parseIsoDate } from '../../src/internal/dates.js';

describe('local calendar dates', () => {
  it('parses YYYY-MM-DD into local midnight and refuses days that do not exist', () => {
    const d = parseIsoDate('2026-03-26')!;
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).to.deep.equal([2026, 2, 26, 0, 0]);
    for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', 'tomorrow', '26-03-2026', '2026-3-26', '']) {
      expect(parseIsoDate(bad), bad).to.equal(undefined);
    }
    expect(localDay(parseIsoDate('2028-02-29')!)).to.equal('2028-02-29');
  });

  it('adds calendar days across month and year ends', () => {
    expect(localDay(addDays(localDate(2026, 12, 28), 5))).to.equal('2027-01-02');
    expect(localDay(addDays(localDate(2026, 1, 31), 1))).to.equal('2026-02-01');
    expect(localDay(addDays(localDate(2026, 3, 1), -1))).to.equal('2026-02-28');
  });

  it('runs in a time zone with daylight saving (set per engine in web-test-runner.config.mjs)', () => {
    const january = new Date(2026, 0, 1).getTimezoneOffset();
    const july = new Date(2026, 6, 1).getTimezoneOffset();
    expect(january, Intl.DateTimeFormat().resolvedOptions().timeZone).to.not.equal(july);
  });

  it('stays on calendar days across daylight-saving changes (in whatever zone the browser runs)', () => {
    // Europe changes its clocks on 2026-03-29 and 2026-10-25, the US on 2026-03-08 and 2026-11-01.
    const cases: [string, number, string][] = [
      ['2026-03-26', 7, '2026-04-02'],
      ['2026-10-22', 7, '2026-10-29'],
      ['2026-03-05', 5, '2026-03-10'],
      ['2026-10-29', 5, '2026-11-03'],
    ];
    for (const [from, n, to] of cases) {
      const result = addDays(parseIsoDate(from)!, n);
      expect(localDay(result), `${from} + ${n}`).to.equal(to);
      expect(result.getHours(), 'still local midnight').to.equal(0);
      expect(daysBetween(parseIsoDate(from)!, result)).to.equal(n);
    }
  });

  it('daysBetween counts whole days, negative backwards, ignoring the time of day', () => {
    expect(daysBetween(localDate(2026, 1, 10), new Date(2026, 0, 9, 23, 59))).to.equal(-1);
    expect(daysBetween(localDate(2026, 1, 9), new Date(2026, 1, 8, 0, 1))).to.equal(30);
  });

  it('formats a day or a range in a locale, with the year only outside the given year', () => {
    // Australian English is written by Intl (US and British English by englishDays: english-dates.test.ts).
    const opts = (year?: 'numeric') => new Intl.DateTimeFormat('en-AU', { weekday: 'short', day: 'numeric', month: 'short', year });
    const [a, b, c] = [localDate(2026, 11, 27), localDate(2026, 12, 3), localDate(2027, 1, 2)];
    expect(formatDays('en-AU', 2026, a)).to.equal(opts().format(a));
    expect(formatDays('en-AU', 2026, a, a)).to.equal(opts().format(a));
    expect(formatDays('en-AU', 2026, a, b)).to.equal(opts().formatRange(a, b));
    expect(formatDays('en-AU', 2026, a, c)).to.equal(opts('numeric').formatRange(a, c));
    expect(formatDays('en-AU', 2027, a)).to.equal(opts('numeric').format(a));
    expect(formatDays('en-GB', 2026, a, c)).to.equal('Fri, 27 Nov 2026 \u2013 Sat, 2 Jan 2027');
    expect(formatDays('de', 2026, a)).to.equal(new Intl.DateTimeFormat('de', { weekday: 'short', day: 'numeric', month: 'short' }).format(a));
  });
});
