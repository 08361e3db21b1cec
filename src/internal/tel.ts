/**
 * Reads the number to dial from a clinic's phone text. Only the checklist
 * draws a call link, so this module (its rules for hours and day names in
 * nine languages are most of its size) is in the checklist's chunk, not in
 * the core every page downloads.
 */
const KEYPAD = ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
const keypad = (letter: string) => String(KEYPAD.findIndex((keys) => keys.includes(letter)) + 2);

// Opening hours and days that clinics write after their number, in the nine languages.
// A time: "9", "09:00", "9.00", "9h30".
const TIME = String.raw`\d{1,2}(?:[:.h]\d{2})?`;
// What makes a number an hour: am/pm, h, hrs, Uhr, saat, ore, uur, horas, heures; Arabic ص/م (am/pm) and ساعة (hours).
const UNIT = String.raw`(?:[ap]\.?\s?m\.?|h(?:rs?|ours?|eures?|oras?|s)?|uhr|saat|ore|uur|صباحًا|صباحاً|صباحا|ص|مساءً|مساء|م|ساعة|ساعه)(?![\p{L}\p{M}\p{N}])`;
// Between the two ends of a range of hours: a dash, or to/bis/à/a/al/alle/até/tot/ile/إلى.
const CONNECTOR = String.raw`(?:\s*[-–—]\s*|\s+(?:to|till|until|bis|à|a|al|alle|até|ate|tot|ile|إلى|الى)\s+)`;
// "9am", "24 h", "09:00", "9–17 Uhr", "09:00-17:00": hours, unmistakably.
// "9.00-17.00", "08.30 – 18.00": a range of two clock times with a dot, no unit needed
// (not after a dot or dash, so a dotted number such as "0800.12.34-56.78" is not one).
const CLOCK = String.raw`(?:[01]?\d|2[0-4])[.h][0-5]\d`;
const HOURS = String.raw`(?:${TIME}${CONNECTOR})?(?:${TIME}\s*${UNIT}|\d{1,2}:\d{2})|(?<![.\-–—/])${CLOCK}${CONNECTOR}${CLOCK}(?![\p{N}]|\.\d)`;
// "24/7", "7/24", "24/365", "365/24", "7j/7"; "/24" then more digits is a number ("+49 (0)30/24 56 78").
const ROUND_THE_CLOCK = String.raw`(?:\d{1,2}|365)\s*[a-z]?\s*\/\s*(?:(?:7|365)(?!\p{N})|24(?!\s*[\p{N}(]))`;
// "7 DAYS", "7 días", "7 Tage", "7 gün", "٧ أيام".
const DAY_COUNT = String.raw`\d{1,3}\s*(?:days?|d[ií]as|jours|tagen?|giorni|gün|dagen|أيام|ايام)(?![\p{L}\p{M}])`;
// Day names, whole words, in en, de, fr, es, it, pt, nl, tr (Arabic letters end a number anyway).
const DAY_WORDS = [
  String.raw`mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|daily|weekdays?|weekends?`,
  String.raw`montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|täglich|werktags`,
  String.raw`lun(?:di|es|ed[iì])?|mar(?:di|tes|ted[iì])?|mer(?:credi|coled[iì])?|mi[eé](?:rcoles)?|jeu(?:di)?|jue(?:ves)?|gio(?:ved[iì])?|ven(?:dredi|erd[iì])?|vie(?:rnes)?|sam(?:edi)?|s[aá]b(?:ado|ato)?|dim(?:anche)?|dom(?:ingo|enica)?`,
  String.raw`seg(?:unda)?|ter(?:ça)?|qua(?:rta)?|qui(?:nta)?|sex(?:ta)?`,
  String.raw`maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|dagelijks`,
  String.raw`pzt|pts|sal[ıi]?|çar(?:şamba)?|çrş|per(?:şembe)?|prş|cum(?:a|artes[iİı])?|cmt|cts|paz(?:ar|artes[iİı])?`,
].join('|');
// Two-letter (Mo, Di, Ma, Vr, Za, …) and one-letter (Spanish L-V) days only in a range or list: "MO-FR", "SA & SO".
const SHORT_DAYS = String.raw`(?:mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|[lmxjvsd])\.?(?=\s*(?:[-–—,&/+]|bis\s|a\s|al\s|tot\s))`;
const NOTE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(?:${HOURS}|${ROUND_THE_CLOCK}|${DAY_COUNT}|(?<day>(?:${DAY_WORDS})(?![\p{L}\p{M}])|${SHORT_DAYS}))`,
  'giu',
);
// Two small numbers joined by a dash or "to" (9–17, 9-5, 9 to 5): hours, or the number's last digits.
// Either end may have minutes after a dot: "9-5.30", "8.30-5".
const BARE_RANGE = new RegExp(String.raw`(?<=^|[\s(])(\d{1,2})(?:\.[0-5]\d)?${CONNECTOR}(\d{1,2})(?:\.[0-5]\d)?(?![\p{N}]|[-–—.]\d)`, 'giu');
// North American numbers, where capital letters are keypad letters: 1 or +1 first, or a toll-free 8XX code.
// Country codes after which a leading 0 is part of the number, not a trunk prefix: +39 06 … (Rome).
const KEEPS_ZERO = /^(?:\+|00)(?:39|378|379)$/;
// A country code written with + or with the international prefix 00 ("0049 (0)30 …").
const COUNTRY_CODE = /^(?:\+|00)[1-9]\d{0,2}$/;
const NANP = /^[^\d+]*(?:\+?1(?!\d)|\(?8(?:00|33|44|55|66|77|88)(?!\d))/;

/**
 * The `tel:` link for a phone number as a clinic writes it, or `undefined`
 * when no single, plausible number (3 to 15 digits) can be read from it
 * safely. The link must dial exactly the number shown, or there is none (the
 * text still shows), so:
 * - a `(0)` trunk prefix after a country code is dropped: `+44 (0) 20 7946 0000` dials `+442079460000`
 *   (not after +39, +378, +379, where the 0 is part of the number);
 * - digits in brackets are an area code: `(555) 123-4567`; after a country
 *   code its leading 0 is a trunk prefix: `+44 (020) 7946 0000` dials `+442079460000`;
 * - a slash after an area code joins it to the number: `030/901820` dials `030901820`;
 * - the number ends at a bracketed note, or at a word (`or`, `ext` or `EXT`, `Mon–Fri`, `FREE`):
 *   `020 7946 0000 (Mon–Fri 9–17)` dials `02079460000`, `… or …` only the first;
 * - hours end the number: `24/7`, `7/24`, `9am`, `5 PM`, `24h`, `24 h`, `09:00`, `9–17 Uhr`, `9h-18h`,
 *   `7j/7`, Arabic `٩ص` and `٢٤ ساعة`: `555 1234 24/7` dials `5551234`;
 * - a day name in any case, in any of the nine languages (`MON-FRI`, `MO-FR`, `LUN-VEN`, `SAT & SUN`,
 *   `PZT-CUM`, `L-V`), or a count of days (`7 DAYS`, `7 días`) ends the number;
 * - hours or days before the number are skipped, like `Tel:`;
 * - a bare range of small numbers (`9–17`, `9-5`, `9 to 5`) may be hours or the number's
 *   last digits: no link;
 * - capital letters are keypad letters only in a North American number (`1`, `+1` or a
 *   toll-free `8XX` first), up to its ten digits: `+1 800 FLOWERS` dials `+18003569377`,
 *   `1-800-CONTACTS` dials `18002668228`; there a day name before the tenth digit
 *   (`+1 555 1234 MON-FRI`) could be either: no link;
 * - elsewhere a capital word after fewer than 8 digits could be keypad letters
 *   (`0800 FLOWERS`, `555 1234 OPEN`): no link; after 8 or more it is a note;
 * - Arabic-Indic (٠–٩) and Persian (۰–۹) digits dial as 0–9;
 * - words before the number (`Tel:`) are skipped.
 */
export function telHref(phone: string): string | undefined {
  let text = phone
    .normalize('NFKC')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
  // Cut the text at the first note of hours or days after a digit; blank out those before the number.
  let endedByDay = false;
  for (const note of text.matchAll(NOTE)) {
    const at = note.index;
    if (/\d/.test(text.slice(0, at))) {
      endedByDay = note.groups?.day !== undefined;
      text = text.slice(0, at);
      break;
    }
    text = text.slice(0, at) + ' '.repeat(note[0].length) + text.slice(at + note[0].length);
  }
  const nanp = NANP.test(text);
  /** Digits after a North American leading 1: ten make a whole number. */
  const national = (dial: string) => dial.replace('+', '').replace(/^1/, '').length;
  let dial = '';
  let vanity = false; // keypad letters have been read: further letter groups belong to the number
  let end = text.length; // where the number ended
  // Each token is one of: a "(0)" trunk prefix, a bracketed area code, "+", a digit,
  // capital letters that do not start a word, "/", a separator, or any other character.
  const tokens = /(\(\s*0\s*\))|\(\s*(\d[\d\s.-]*)\)|(\+)|(\d)|([A-Z]+)(?![a-z])|(\/)|([\s.\-\u2010-\u2015\u00a0\u202f])|[^]/gu;
  for (const token of text.matchAll(tokens)) {
    const [, trunk, area, plus, digit, letters, slash, separator] = token;
    const digits = /\d/.test(dial);
    const count = dial.replace('+', '').length;
    end = token.index;
    if (plus) {
      if (dial) break;
      dial = '+';
    } else if (digit) {
      if (vanity && national(dial) >= 10) break; // "1 800 FLOWERS 2": the ten digits are complete
      dial += digit;
    }
    else if (trunk) {
      // "(0)" is only a trunk prefix after a country code; Italy, San Marino and the Vatican dial it.
      if (dial && !COUNTRY_CODE.test(dial)) break; // "0800 123 4567 (0)": after the number's digits, a note
      if (!dial || KEEPS_ZERO.test(dial)) dial += '0';
    } else if (area) {
      // After the number's digits, "(12)" or "(9-17)" is a note, not an area code: only a
      // country code, a trunk 0 or 8 or a leading 1 may come before one ("+44 (20)", "1 (800)").
      if (!/^(?:\+\d{0,3}|00\d{1,3}|\d)?$/.test(dial)) break;
      const code = area.replace(/\D/g, '');
      dial += COUNTRY_CODE.test(dial) && !KEEPS_ZERO.test(dial) ? code.replace(/^0+/, '') : code; // "+44 (020)": the 0 is a trunk prefix
    } else if (letters) {
      // Capitals not followed by a small letter: "Mon" is a word, and its "M" ends the number below.
      if (!digits) continue;
      if (/^EXTN?$/.test(letters)) break; // "555 1234 EXT 12": an extension, not keypad letters
      if (nanp && national(dial) < 10) {
        // "1-800-FLOWERS": keypad letters up to the tenth digit; "1-800-CONTACTS" drops its last S.
        vanity = true;
        dial += [...letters.slice(0, 10 - national(dial))].map(keypad).join('');
        continue;
      }
      if (!vanity && !nanp && count < 8) return undefined; // "0800 FLOWERS", "555 1234 OPEN": keypad letters or a note?
      break; // "0800 123 4567 FREE": a note after a whole number
    } else if (slash) {
      if (/^(?:0\d{1,4}|\+\d{2,7})$/.test(dial)) continue; // "030/901820", "+49 (0)30/24 56 78": the area code, then the number
      if (digits) break; // "… / 020 7946 0001": a second number
    } else if (separator) continue;
    else if (digits) break; // a note, a word or a second number: the number has ended
    end = text.length;
  }
  // "555 1234 9-5": the 9 and 5 may be hours or digits of the number.
  for (const range of text.matchAll(BARE_RANGE)) {
    if (range.index < end && Number(range[1]) <= 24 && Number(range[2]) <= 24) return undefined;
  }
  // "+1 555 1234 MON-FRI": a day name, or keypad letters of a short number?
  if (endedByDay && nanp && !vanity && national(dial) < 10) return undefined;
  const count = dial.replace('+', '').length;
  return count >= 3 && count <= 15 ? `tel:${dial}` : undefined;
}
