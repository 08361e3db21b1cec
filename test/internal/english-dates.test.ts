import { expect } from '@open-wc/testing';
import { formatDays, localDate, usDays, addDays } from '../../src/internal/dates.js';

// US English dates are written without Intl.DateTimeFormat (its first use loads
// the browser's date data before an English timeline can show). They must be
// exactly what Intl writes, in this engine, for every day they cover.
const US = ['en', 'en-US', 'EN-us'];
const intl = (locale: string, withYear: boolean) =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined });

describe('US English dates without Intl', () => {
  it('match Intl.DateTimeFormat for every day of 2025 to 2028, with and without the year', () => {
    let compared = 0;
    for (const locale of US) {
      for (const withYear of [false, true]) {
        const format = intl(locale, withYear);
        for (let day = localDate(2025, 1, 1); day.getFullYear() < 2029; day = addDays(day, 1)) {
          const ours = usDays(locale, withYear, day);
          if (ours !== format.format(day)) expect(ours, `${locale} ${withYear} ${day.toDateString()}`).to.equal(format.format(day));
          compared++;
        }
      }
    }
    expect(compared).to.equal(US.length * 2 * 1461);
  });

  it('match Intl.DateTimeFormat.formatRange for ranges within a month, across months and across years', () => {
    let compared = 0;
    for (const withYear of [false, true]) {
      const format = intl('en', withYear);
      for (let start = localDate(2026, 1, 1); start.getFullYear() < 2027; start = addDays(start, 1)) {
        for (const length of [1, 2, 3, 6, 13, 30, 45, 400]) {
          const end = addDays(start, length);
          if (!withYear && end.getFullYear() !== start.getFullYear()) continue; // a range into another year always shows it
          const ours = usDays('en', withYear, start, end);
          if (ours !== format.formatRange(start, end)) expect(ours, `${withYear} ${start.toDateString()} – ${end.toDateString()}`).to.equal(format.formatRange(start, end));
          compared++;
        }
      }
    }
    expect(compared).to.be.above(4000);
    expect(usDays('en', false, localDate(2026, 1, 9), localDate(2026, 1, 15))).to.equal('Fri, Jan 9 \u2013 Thu, Jan 15');
  });

  it('match Intl for two times of one day: that day, written once', () => {
    // formatDays takes any Date: two times of the same calendar day are one day, as Intl writes them.
    const morning = localDate(2026, 1, 9);
    morning.setHours(9);
    const evening = localDate(2026, 1, 9);
    evening.setHours(17, 30);
    for (const withYear of [false, true]) {
      const format = intl('en', withYear);
      for (const [start, end] of [[morning, evening], [localDate(2026, 1, 9), evening], [evening, morning]]) {
        expect(usDays('en', withYear, start, end), `${withYear} ${start.toString()} – ${end.toString()}`).to.equal(format.formatRange(start, end));
      }
    }
    expect(formatDays('en', 2026, morning, evening)).to.equal('Fri, Jan 9');
  });

  it('match at the ends of the years they cover: 1000 and 9999', () => {
    for (const day of [localDate(1000, 1, 1), localDate(1000, 12, 31), localDate(9999, 1, 1), localDate(9999, 12, 31)]) {
      expect(usDays('en', true, day)).to.equal(intl('en', true).format(day));
    }
  });

  it('leave everything else to Intl: other English regions, extensions, other languages, other years', () => {
    const day = localDate(2026, 1, 9);
    for (const locale of ['en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-u-ca-buddhist', 'en-US-u-nu-arab', 'eng', 'es-US', 'de']) expect(usDays(locale, false, day), locale).to.equal(undefined);
    for (const other of [localDate(999, 12, 31), localDate(10000, 1, 1)]) expect(usDays('en', true, other), String(other.getFullYear())).to.equal(undefined);
    expect(usDays('en', true, localDate(999, 12, 31), day), 'a range from year 999').to.equal(undefined);
  });

  it('formatDays: the year only when a date is outside the current one, in either way of writing', () => {
    const start = localDate(2026, 12, 30);
    const end = localDate(2027, 1, 5);
    expect(formatDays('en', 2026, start)).to.equal('Wed, Dec 30');
    expect(formatDays('en', 2026, start, end)).to.equal(intl('en', true).formatRange(start, end));
    expect(formatDays('en-GB', 2026, start)).to.equal(intl('en-GB', false).format(start));
    expect(formatDays('en-GB', 2027, start, end)).to.equal(intl('en-GB', true).formatRange(start, end));
  });
});
