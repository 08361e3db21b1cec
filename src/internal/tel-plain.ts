/**
 * The call link of a number written with digits and spaces only, perhaps
 * after a "+" (`+44 20 7946 0000`, `020 7946 0000`): most clinics' numbers.
 * Such a text holds no note, bracket, range or letter, so `telHref`
 * (src/internal/tel.ts) would dial all of its digits; this gives the same
 * answer without downloading `telHref`'s rules. `null` for any other text:
 * only `telHref` can read it.
 */
export function plainTelHref(phone: string): string | undefined | null {
  if (!/^\+?\d+(?: +\d+)*$/.test(phone)) return null;
  const dial = phone.replace(/ /g, '');
  // 3 to 15 digits, like telHref.
  return /^\+?\d{3,15}$/.test(dial) ? `tel:${dial}` : undefined;
}
