import { msg, str } from '@lit/localize';
import { getLocale } from '../localization/localization.js';

/**
 * "1 day" / "5 days", in the form the active locale's plural rules pick
 * (Arabic has six forms, English two: each locale translates the ones it uses).
 */
export function dayCount(n: number): string {
  switch (new Intl.PluralRules(getLocale()).select(n)) {
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
