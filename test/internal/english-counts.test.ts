import { expect } from '@open-wc/testing';
import { englishSpan } from '../../src/content/common.js';

// English counts are written without Intl.NumberFormat (its first use loads the
// browser's locale data before an English widget can show). They must be
// exactly what Intl writes, in this engine, for every number they cover.
const ENGLISH = ['en', 'en-US', 'en-GB', 'en-IN', 'en-AU', 'en-150'];
const UNITS = [undefined, 'day', 'hour'] as const;
const intl = (locale: string, unit?: 'day' | 'hour') => new Intl.NumberFormat(locale, unit ? { style: 'unit', unit, unitDisplay: 'long' } : {});
type Ranged = Intl.NumberFormat & { formatRange(a: number, b: number): string };

describe('English counts without Intl', () => {
  it('match Intl.NumberFormat for every whole number from 0 to 999, with and without a unit', () => {
    let compared = 0;
    for (const locale of ENGLISH) {
      for (const unit of UNITS) {
        const format = intl(locale, unit);
        for (let n = 0; n < 1000; n++) {
          const ours = englishSpan([n, n], unit, locale);
          if (ours !== format.format(n)) expect(ours, `${locale} ${unit ?? 'number'} ${n}`).to.equal(format.format(n));
          compared++;
        }
      }
    }
    expect(compared).to.equal(ENGLISH.length * UNITS.length * 1000);
  });

  it('match Intl.NumberFormat.formatRange for ranges, the singular "1" included', () => {
    const pairs: [number, number][] = [];
    for (let a = 0; a <= 40; a++) for (let b = a + 1; b <= 45; b++) pairs.push([a, b]);
    pairs.push([1, 999], [998, 999], [0, 1], [100, 365]);
    for (const locale of ENGLISH) {
      for (const unit of UNITS) {
        const format = intl(locale, unit) as Ranged;
        for (const [a, b] of pairs) {
          const ours = englishSpan([a, b], unit, locale);
          if (ours !== format.formatRange(a, b)) expect(ours, `${locale} ${unit ?? 'number'} ${a}–${b}`).to.equal(format.formatRange(a, b));
        }
      }
    }
    expect(englishSpan([3, 4], 'day', 'en')).to.equal('3\u20134 days');
    expect(englishSpan([1, 1], 'hour', 'en-GB')).to.equal('1 hour');
  });

  it('leave everything else to Intl: other languages, extensions, 1,000 and more, fractions, negatives', () => {
    for (const locale of ['de', 'ar-EG', 'fr', 'en-u-nu-arab', 'en-US-u-nu-thai', 'eng', 'es-US']) expect(englishSpan([5, 5], 'day', locale), locale).to.equal(undefined);
    for (const range of [[1000, 1000], [999, 1000], [2.5, 2.5], [-1, -1], [NaN, NaN], [3, Infinity]] as [number, number][]) {
      expect(englishSpan(range, 'day', 'en'), String(range)).to.equal(undefined);
    }
  });
});
