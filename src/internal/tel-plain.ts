/**
 * The longest phone text read for a number, in characters: a clinic's number with its hours and a
 * second number fits several times over. A longer text (a paragraph pasted into the attribute) is
 * shown as written, without a call link: reading it costs time that grows faster than the text
 * (100,000 characters held the page for over a second in WebKit). The WordPress setting takes 80.
 */
export const PHONE_READ_MAX = 200;

/** A text's length in characters as WordPress counts them (`mb_strlen`: code points, so most emoji count as one). */
export const characters = (text: string) => text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/** Too long to read for a number (so, shown without a call link). Past twice the limit in UTF-16 units, without counting. */
export const tooLong = (phone: string) => phone.length > 2 * PHONE_READ_MAX || (phone.length > PHONE_READ_MAX && characters(phone) > PHONE_READ_MAX);

/**
 * The call link of a number written with digits and spaces only, perhaps
 * after a "+" (`+44 20 7946 0000`, `020 7946 0000`): most clinics' numbers.
 * Such a text, with one space between groups (two may part two numbers),
 * holds no note, bracket, range or letter, so `telHref`
 * (src/internal/tel.ts) would dial all of its digits; this gives the same
 * answer without downloading `telHref`'s rules. `null` for any other text,
 * and for a 0 after a country code, an overlong North American number,
 * more than 13 digits (perhaps two numbers: `restart` in tel.ts), or a short
 * first group before a group starting with 0 and 9 digits or more (`112 030
 * 901820`: a short code, then a number?), or a first group that may be an
 * emergency number before 8 digits or more (`911 212 555 0100`): only
 * `telHref` can read it.
 */
export function plainTelHref(phone: string): string | undefined | null {
  if (!/^\+?\d+(?: \d+)*$/.test(phone)) return null;
  const dial = phone.replace(/ /g, '');
  // Nor "+44 020 …" or "+44020 …" (a 0 after a country code: 1, 7, a two-digit one, else three digits) or "1 800 555 0199 1" (more than a North American
  // number's ten digits after its 1): telHref judges those.
  if (/^(\+|00) *(?=(1|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|\d{3}))\2 *0/.test(phone) || (/^\+?(1|8(00|([3-8])\3))( |$)/.test(phone) && dial.replace(/^\+?1?/, '').length > 10)) return null;
  // 3 to 13 digits; more may be two numbers one space apart ("555 0100 555 0101"), and a short code before a
  // whole number with a trunk 0 ("112 030 901820") may be a number of its own, which telHref's module finds
  // (restart): left to it.
  // So is a first group that may be an emergency number (000, 1xx, 10111, 911, 988, 99x, 9999, or three digits spelled out, 9 1 1)
  // before eight digits or more ("911 212 555 0100").
  return /^[1-9]\d{1,3} 0(\d ?){8}|(\d ?){14}|^(000|1\d\d|101(11|77)|9[189]\d|9999|\d \d \d) (\d ?){8}/.test(phone) ? null : /\d{3}/.test(dial) ? `tel:${dial}` : undefined;
}
