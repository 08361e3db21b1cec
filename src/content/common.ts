import { msg, str } from '@lit/localize';
import { activeLocale } from '../localization/locale.js';

/** "1 day" / "5 days", chosen by the active locale's plural rules. */
export function dayCount(n: number): string {
  return new Intl.PluralRules(activeLocale()).select(n) === 'one'
    ? msg(str`${n} day`, { id: 'common.day.one' })
    : msg(str`${n} days`, { id: 'common.day.other' });
}
