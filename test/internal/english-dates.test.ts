import { expect } from '@open-wc/testing';
import { addDays, englishDays, formatDays, localDate } from '../../src/internal/dates.js';

// US and British English dates are written without Intl.DateTimeFormat (its
// first use loads the browser's date data before an English timeline can show).
// They must be exactly what Intl writes, in this engine, for every day they cover.
const intl = (locale: string, withYear: boolean) =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined });

// British English follows current CLDR data ("Fri 9 Jan"), as Chrome, Edge, Firefox and
// Safari have it. An engine with older data (WebKitGTK on Debian 12's ICU 72 writes
// "Fri, 9 Jan") is compared with the current form, written out below, instead.
const currentGb = intl('en-GB', false).format(localDate(2026, 1, 9)) === 'Fri 9 Jan';
const LOCALES = ['en', 'en-US', 'EN-us', ...(currentGb ? ['en-GB', 'en-gb'] : [])];

describe('English dates without Intl', () => {
  it(`match Intl.DateTimeFormat for every day of 2025 to 2028, with and without the year (${LOCALES.join(', ')})`, () => {
    let compared = 0;
    for (const locale of LOCALES) {
      for (const withYear of [false, true]) {
        const format = intl(locale, withYear);
        for (let day = localDate(2025, 1, 1); day.getFullYear() < 2029; day = addDays(day, 1)) {
          const ours = englishDays(locale, withYear, day);
          if (ours !== format.format(day)) expect(ours, `${locale} ${withYear} ${day.toDateString()}`).to.equal(format.format(day));
          compared++;
        }
      }
    }
    expect(compared).to.equal(LOCALES.length * 2 * 1461);
  });

  it('match Intl.DateTimeFormat.formatRange for ranges within a month, across months and across years', () => {
    let compared = 0;
    for (const locale of ['en', ...(currentGb ? ['en-GB'] : [])]) {
      for (const withYear of [false, true]) {
        const format = intl(locale, withYear);
        for (let start = localDate(2026, 1, 1); start.getFullYear() < 2027; start = addDays(start, 1)) {
          for (const length of [1, 2, 3, 6, 13, 30, 45, 400]) {
            const end = addDays(start, length);
            if (!withYear && end.getFullYear() !== start.getFullYear()) continue; // a range into another year always shows it
            const ours = englishDays(locale, withYear, start, end);
            if (ours !== format.formatRange(start, end)) expect(ours, `${locale} ${withYear} ${start.toDateString()} – ${end.toDateString()}`).to.equal(format.formatRange(start, end));
            compared++;
          }
        }
      }
    }
    expect(compared).to.be.above(4000);
    expect(englishDays('en', false, localDate(2026, 1, 9), localDate(2026, 1, 15))).to.equal('Fri, Jan 9 \u2013 Thu, Jan 15');
  });

  it('British English in its current form, in every engine', () => {
    const [jan9, jan15, feb2, sep9, jan3] = [localDate(2026, 1, 9), localDate(2026, 1, 15), localDate(2026, 2, 2), localDate(2026, 9, 9), localDate(2027, 1, 3)];
    const cases: [boolean, Date, Date, string][] = [
      [false, jan9, jan9, 'Fri 9 Jan'],
      [true, jan9, jan9, 'Fri, 9 Jan 2026'],
      [false, sep9, sep9, 'Wed 9 Sept'],
      [false, jan9, jan15, 'Fri 9 Jan \u2013 Thu 15 Jan'],
      [false, jan9, feb2, 'Fri 9 Jan \u2013 Mon 2 Feb'],
      [true, jan9, jan15, 'Fri, 9 Jan \u2013 Thu, 15 Jan 2026'],
      [true, jan9, feb2, 'Fri, 9 Jan \u2013 Mon, 2 Feb 2026'],
      [true, jan9, jan3, 'Fri, 9 Jan 2026 \u2013 Sun, 3 Jan 2027'],
    ];
    for (const [withYear, start, end, written] of cases) expect(englishDays('en-GB', withYear, start, end), written).to.equal(written);
  });

  it('match Intl for two times of one day: that day, written once', () => {
    // formatDays takes any Date: two times of the same calendar day are one day, as Intl writes them.
    const morning = localDate(2026, 1, 9);
    morning.setHours(9);
    const evening = localDate(2026, 1, 9);
    evening.setHours(17, 30);
    for (const locale of ['en', ...(currentGb ? ['en-GB'] : [])]) {
      for (const withYear of [false, true]) {
        const format = intl(locale, withYear);
        for (const [start, end] of [[morning, evening], [localDate(2026, 1, 9), evening], [evening, morning]]) {
          expect(englishDays(locale, withYear, start, end), `${locale} ${withYear} ${start.toString()} – ${end.toString()}`).to.equal(format.formatRange(start, end));
        }
      }
    }
    expect(formatDays('en', 2026, morning, evening)).to.equal('Fri, Jan 9');
  });

  it('match at the ends of the years they cover: 1000 and 9999', () => {
    for (const locale of ['en', ...(currentGb ? ['en-GB'] : [])]) {
      for (const day of [localDate(1000, 1, 1), localDate(1000, 12, 31), localDate(9999, 1, 1), localDate(9999, 12, 31)]) {
        expect(englishDays(locale, true, day)).to.equal(intl(locale, true).format(day));
      }
    }
  });

  it('leave everything else to Intl: other English regions, extensions, other languages, other years', () => {
    const day = localDate(2026, 1, 9);
    for (const locale of ['en-AU', 'en-CA', 'en-IN', 'en-IE', 'en-u-ca-buddhist', 'en-US-u-nu-arab', 'en-GB-u-ca-islamic', 'eng', 'es-US', 'de']) {
      expect(englishDays(locale, false, day), locale).to.equal(undefined);
    }
    for (const other of [localDate(999, 12, 31), localDate(10000, 1, 1)]) expect(englishDays('en', true, other), String(other.getFullYear())).to.equal(undefined);
    expect(englishDays('en', true, localDate(999, 12, 31), day), 'a range from year 999').to.equal(undefined);
  });

  it('formatDays: the year only when a date is outside the current one, in either way of writing', () => {
    const start = localDate(2026, 12, 30);
    const end = localDate(2027, 1, 5);
    expect(formatDays('en', 2026, start)).to.equal('Wed, Dec 30');
    expect(formatDays('en', 2026, start, end)).to.equal(intl('en', true).formatRange(start, end));
    expect(formatDays('en-GB', 2026, start)).to.equal('Wed 30 Dec');
    expect(formatDays('en-GB', 2027, start, end)).to.equal('Wed, 30 Dec 2026 \u2013 Tue, 5 Jan 2027');
    expect(formatDays('en-AU', 2026, start)).to.equal(intl('en-AU', false).format(start));
  });
});
