/**
 * Reads the number to dial from a clinic's phone text. Its rules for hours
 * and day names in nine languages are most of its size, so the checklist
 * imports it dynamically (its own chunk, `chunks/tel.js`, in the script-tag
 * bundle) and only for a phone text that is more than digits and spaces:
 * those `plainTelHref` (tel-plain.ts) reads with the same answer.
 */

// A note of opening hours or days that clinics write beside their number, in
// the nine languages. It starts a word (no letter, mark or digit before it) and is one of:
// - hours: a time ("9", "09:00", "9.00", "9h30"), perhaps after another time and a
//   connector ("9–17 Uhr"), then a unit: am/pm, h, hr(s), hour(s), heure(s), hora(s),
//   hs, Uhr, Std., Stunden, saat, ore, uur, u (set apart, not before a word on its line: Dutch "12 u kunt", you can), Arabic ص/صباحا (am), م/مساء (pm), ساعة (hours); or any
//   time with a colon ("09:00");
// - a range of two clock times with a dot, no unit needed ("9.00-17.00", "08.30 – 18.00"),
//   not after a dot, dash or slash (a dotted number "0800.12.34-56.78" is not one);
// - round the clock: "24/7", "7/24", "24/365", "365/24", "7j/7", "24h/24" (7, 24 or 365 first: "89 / 24h"
//   is the number's last group, then hours); "/24" then more digits is a number ("+49 (0)30/24 56 78");
// - a count of days: 1 to 7, or 365 ("7 DAYS", "7 días", "7 jours", "7 Tage", "7 giorni", "7 gün", "٧ أيام");
// - hours are 0 to 24 ("78 ore" is no time);
// - a day name (DAYS), a whole word, in en, de, fr, es, it, pt, nl, tr (Arabic letters
//   end a number anyway): "MON", "Tuesday", "LUNDI", "mié", "PZT", "Çarşamba";
// - a two-letter (Mo, Di, Ma, Vr, Za, …) or one-letter (Spanish L-V) day, only in a range
//   or list: "MO-FR", "SA & SO", "L-V".
// Only a day starts with a letter. One regular expression: each of its parts above costs
// bytes in every checklist page, so the parts are written inline, in this order.
// A letter or combining mark of the nine languages' scripts (Latin with its accents, Turkish,
// Arabic), for the word boundaries below. Written out rather than as Unicode properties: V8
// compiles a case-insensitive letter property into tables of about 100 KiB (250 KiB once it
// runs often), which every page with a call link would keep.
const L = String.raw`a-z\u00c0-\u024f\u0300-\u036f\u0620-\u065f\u066e-\u06d3`;
// Between the two ends of a range: a dash, or to/till/until/bis/à/a/al/alle/até/tot/ile/إلى.
const CONNECTOR = String.raw`(?:\s*[-‐-―]\s*|\s+(?:to|till|until|bis|à|al?|alle|at[eé]|tot|ile|[إا]لى)\s+)`;
// Day names and their abbreviations, in that order of languages.
const DAYS = String.raw`mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|daily|weekdays?|weekends?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|täglich|werktags|lun(?:di|es|ed[iì])?|mar(?:di|tes|ted[iì])?|mer(?:credi|coled[iì])?|mi[eé](?:rcoles)?|jeu(?:di)?|jue(?:ves)?|gio(?:ved[iì])?|ven(?:dredi|erd[iì])?|vie(?:rnes)?|sam(?:edi)?|s[aá]b(?:ado|ato)?|dim(?:anche)?|dom(?:ingo|enica)?|seg(?:unda)?|ter(?:ça)?|qua(?:rta)?|qui(?:nta)?|sex(?:ta)?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|dagelijks|pzt|pts|sal[ıi]?|çar(?:şamba)?|çrş|per(?:şembe)?|prş|cum(?:a|artes[iİı])?|cmt|cts|paz(?:ar|artes[iİı])?`;
const NOTE = String.raw`(?<![${L}\d])(?:(?:7|24|365)\s*[a-z]?\s*\/\s*(?:(?:7|365)(?!\d)|24(?!\s*[\d(]))|7\s*\/\s*24(?!\d)|h24(?!\d)|(?:(?:[01]?\d|2[0-4])(?:[:.h]\d\d)?${CONNECTOR})?(?:(?:[01]?\d|2[0-4])(?:[:.h]\d\d)?\s*(?:[ap]\.?\s?m\.?|h(?:our|eure|ora|r)?s?|uhr|stunden?|std|(?<=\d)u|u(?![^\S\n]+[${L}])|saat|ore|uur|ص(?:باح(?:ًا|اً?))?|م(?:ساءً?)?|ساع[ةه])(?:\s+sur?\s+24)?(?![${L}\d])|\d\d?:\d\d)|(?<![-.‐-―/])(?:[01]?\d|2[0-4])[.h][0-5]\d${CONNECTOR}(?:[01]?\d|2[0-4])[.h][0-5]\d(?!\d|\.\d)|(?:(?:[1-7]|365)\s*(?:days?|d[ií]as|jours|tagen?|giorni|gün|dagen|[أا]يام)|${DAYS})(?![${L}])|(?:[dmswz]o|[dm]i|[msz]a|[fv]r|[lmxjvsd])\.?(?=\s*(?:[-‐-―,&/+]|(?:bis|al?|tot)\s)))`;
// Found in a copy of the text with its capitals in small letters, so without the `i` flag: V8
// keeps a regular expression's compiled code as long as the page (tens of KiB for this one, and
// several times that for a case-insensitive one with Unicode letter classes).
const NOTES = new RegExp(NOTE, 'g');
// Two small numbers (0 to 24) joined by a dash or "to" (9–17, 9-5, 9 to 5): hours, or the number's last digits.
// Either end may have minutes after a dot: "9-5.30", "8.30-5".
// So is one time with a dot after a space ("020 7946 0000 9.00", "555 1234 17.30"); a number
// written with dots has none ("02.123.45.67").
const BARE_RANGE = new RegExp(String.raw`(?<=^|[\s(])(?:[01]?\d|2[0-4])(?:\.[0-5]\d)?(?:${CONNECTOR}(?:[01]?\d|2[0-4])(?:\.[0-5]\d)?|(?<=(?:^|\s)\d\d?\.\d\d))(?!\d|[-‐-―.]\d)`, 'gi');
// A country code, written with + or with the international prefix 00 ("0049 (0)30 …"), after which
// a 0 is a trunk prefix, not dialled: not +39, +378, +379 (Italy, San Marino, the Vatican: +39 06 … is Rome).
const TRUNK_ZERO = /^(\+|00)(?!(3(9|7[89])|225|242)$)[1-9]\d?\d?$/;
// Digits that are not part of a word of letters and digits ("W1G", "3B"): where the number may start.
const DIGITS = new RegExp(`(?<![A-Z${L}\\d])\\d+(?![A-Z${L}\\d])`);
// Words after which the digits are the clinic's number (Tel., Phone, Call, Llame al, Ligue, Contact, SMS, هاتف, …), in the
// nine languages, small letters: there a first group that does not start with 0 is the number's own.
const LABEL = String.raw`(?:t[eé]l[eé]?(?:fono?|fone|efon|ephone)?|téléphone|tlf|phone|call(?: us)?(?: on| at)?|toll-free|llam[ae](?: al)?|chiam(?:a|ate)(?: il| al)?|ligue(?: para)?|cel|cell|m[oó]vil|mobile?|mob|handy|whatsapp|appel(?:ez)?(?:-nous)?(?: le| au)?|anrufen|ruf(?: an)?|bel(?:len)?|ara(?:y[ıi]n)?|conta(?:ct(?:o|ez(?:-nous)?)?|tt?o)|kontakt|text|sms|هاتف|اتصل(?: على| بـ?)?)\.?`;
// Words that may follow the number: "or" or "and" before another number, an extension (ext, x, poste, interno, ramal, dahili, …), and
// words that are no address (FREE, open, from, every, a label): other words may own the number's last group.
const OR_EXT = String.raw`or|and|oder|und|ou|et|o|y|e|en|of|oppure|veya|ve|ya da|أو|و|ext(?:n|ension)?|x|poste|durchwahl|int(?:erno)?|ramal|dahili`;
const AFTER = new RegExp(String.raw`^(?:(${OR_EXT})|free(?:phone)?|gratuit|gratis|kostenlos|ücretsiz|open|ouvert|abierto|aperto|aberto|geöffnet|geopend|açık|from|des?|du|von|vom|ab|dalle|dal|das|desde|van|من|every|her|hafta|tous|todos|tutti|ogni|jeden|elke|${LABEL})(?![${L}])`);
// A label word just before the number.
const LABELLED = new RegExp(`(?<![${L}])${LABEL}\\s*$`);
// A label's line number before a colon ("Tel 1: 020 …", "Tel. 2:"): not dialled.
// (A digit first: the look back over spaces at every place took seconds for a long run of spaces.)
const LINE = new RegExp(`(?=\\d)(?<=(?<![${L}])${LABEL}\\s*)\\d\\d?(?=\\s*:)`, 'g');
// A label's number before the number: a group of 1 to 3 digits before a group starting with 0 and more ("Tel 2 0161 …",
// "No:123 0212 555 12 34"), or one digit but a North American 1 or a trunk 8 ("Tel 2 555 0199").
const LINE_NUMBER = /^[1-9](\d?|\d\d(?=\D+0\d*\D+\d))[-\s.‐-―]+0|^[2-79]\D/;
/** The text with its capitals in small letters one for one (not İ, which would become two characters). */
const lower = (text: string) => text.replace(/[A-ZÀ-ÖØ-ÞĞŞ]/g, (c) => c.toLowerCase());
// A 0 after a country code (1, 7, a two-digit one, else three digits) and perhaps its "(0)": "+44 020", "+44020",
// "+44 (0) 020", "+44/020": a trunk 0, or a number that starts with 0 (as after +39, +378, +379, +225, +242)?
const TRUNK_TWICE = /^(\+|00)\s*(?!39|37[89]|225|242)(?=(1|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|\d{3}))\2(\s*\(0\))?[^\d(]*0/;
// A letter or digit starting the text after the number, and digits joined to letters ("2nd"; "0000x123": x an extension).
const WORD = new RegExp(`^[${L}]`);
const JOINED = new RegExp(`\\d(?!x\\d)[A-Z${L}]`);
// A word of letters and digits ("W1G", "3B", "2nd").
// From a word's start only (the lookbehind): tried inside a long word without a digit, it scanned to the word's end from
// every letter, which made a 25,000-letter word take a second (the same matches: a match always starts a word).
const MIXED = new RegExp(`(?<![A-Z${L}\\d])[A-Z${L}\\d]*\\d[A-Z${L}\\d]*`, 'g');
// A 0 (or a letter O) joined to the end of a word ("Mob07700 ", "O30 "), in small letters.
const WORD_ZERO = new RegExp(`(?:[${L}]0|(?<![${L}\\d])o)\\d*[-\\s]*$`);
// A link's "/" after a domain or "=" just before the number ("wa.me/", "?phone="): its digits are international, without
// their "+" ("Tel/020 …" is no link).
const URL_PATH = /(\.[a-z]+\/|[a-z]=)$/;
// North American numbers, where capital letters are keypad letters: 1 or +1 first, or a toll-free 8XX code.
const NANP = /^[^\d+]*(\+?1|\(?8(00|([3-8])\3))(?!\d)/;
/**
 * An emergency number first, set apart, then a whole number: dialled joined ("9112125550100"), the call may reach the
 * emergency line. Eight digits or more after 000 (not India's toll-free 000 800 …), 100–123, 911, 988 (the North
 * American crisis line), 995–999, Oman's 9999 and South Africa's 10111 and 10177, which start no country's numbers of
 * that length; nine or more after those that also start Chinese mobile numbers (131–133, 150–158, 166, 190–199:
 * "190 1234 5678" is one). Not Spain's regional 061 … 092: with a trunk 0 they are area codes in Pakistan
 * ("091-111-222-333") and Brazil ("(061) 99123-4567").
 */
const EMERGENCY_FIRST =
  /^\(?\s*(?:(?:000(?![-\s.‐-―]*800)|1[01]\d|12[0-3]|911|988|99[5-9]|9999|101(?:11|77))(?!\d)\s*\)?[^\d(]*\(?(?:\d\D*){8}|(?:13[1-3]|15[058]|166|19\d)(?!\d)\s*\)?[^\d(]*\(?(?:\d\D*){9})/;
/** A three-digit number spelled out ("9-1-1", "9 1 1", "0–0–0"), which EMERGENCY_FIRST reads as written together. */
const SPELLED = /^(\(?\s*)(\d)([-.\s‐-―])(\d)\3(\d)(?!\d)/;
const emergencyFirst = (number: string) => EMERGENCY_FIRST.test(number) || EMERGENCY_FIRST.test(number.replace(SPELLED, '$1$2$4$5'));
/** Characters a reader does not see: direction marks (Arabic text), soft hyphens, a byte-order mark. */
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Arabic-Indic (٠ U+0660) and Persian (۰ U+06F0) digits as 0-9, at the same positions. */
const latinDigits = (text: string) => text.replace(/[٠-٩۰-۹]/g, (d) => (d.charCodeAt(0) % 16) + '');

/**
 * Whether a phone text starts, after words such as "Tel:", with an emergency number before a whole number
 * (`911 212 555 0100`), which `telHref` gives no link: the checklist's warning says so, since "write the number
 * alone" would not tell the clinic what is wrong.
 */
export function startsWithEmergency(phone: string): boolean {
  return emergencyFirst(latinDigits(phone.normalize('NFKC').replace(INVISIBLE, '')).replace(/^[^\d(]*/, ''));
}

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
 * - hours end the number: `24/7`, `7/24`, `9am`, `5 PM`, `24h`, `24 h`, `24 Std.`, `09:00`, `9–17 Uhr`, `9h-18h`,
 *   `7j/7`, `h24`, Arabic `٩ص` and `٢٤ ساعة`: `555 1234 24/7` dials `5551234`;
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
 *   (`0800 FLOWERS`, `555 1234 OPEN`): no link; after 8 or more it may be a note (below);
 * - Arabic-Indic (٠–٩) and Persian (۰–۹) digits dial as 0–9; direction marks and soft hyphens are ignored,
 *   a country code in brackets (`(+34) 912 …`) is read as one, and an emoji (`📞 212-555-0100`) is no word;
 * - words before the number (`Tel:`) are skipped, and so is a word of letters and digits
 *   (a postcode `W1G 9PF`, `Unit 3B`): `London W1G 9PF · 020 7946 0000` dials `02079460000`;
 * - after a phone label (`Tel`, `Phone`, `Call`, `Llame al`, `Ligue`, `Chiama il`, `هاتف`, …) the digits
 *   that follow are the number (`Tel. 912 345 678`), but for a line number: a group starting with 0
 *   next (`Tel 2 0161 …`), one digit but a North American 1 or a trunk 8 (`Tel 2 555 0199`), a 1 without
 *   ten digits after it, or ". " or a spaced dash next: no link; `Tel 1: 020 …` dials the number after the colon;
 * - after another word (not a colon), a first group that does not start with 0, + or a bracket may be
 *   the word's (`Clinic 2 0161 496 0000`, `Suite 200, 020 …`): no link;
 * - two numbers: digits after the number (not in brackets, nor hours), also after a note (`75008 Paris · 01 23 …`,
 *   `Suite 200 Mon-Fri 020 …`, `Emergency 999 or 020 …`): no link; but `or`, `and`, an extension, `,` or `/` after a
 *   number of 7 digits or more ends it (`020 7946 0000, 020 7946 0001`), and so does ". " (`… 0000. 24 …`); but a last
 *   group starting with 0 before `/` is the next number's area code (`+32 2 123 45 67 02/123.45.67`);
 * - a word after a last group set apart by a space (or a postcode such as 01310-100), unless the word is `or`, an
 *   extension, a label or a note (`FREE`, `open`, `from`, …), may own that group, as a house number or a postcode
 *   (`… 0000 24 Harley St`, `… 89 75008 Paris`, so also `… 0000 London`; not `(212) 555-0100 New York`), and digits
 *   joined to letters after the number are a word's (`2nd floor`; but `0000x123`, x an extension): no link;
 * - a 0 after a country code (`+44 020 …`, `+44020 …`, `+44/020`, `+44 (0) 020 …`): no link, but after +39,
 *   +378, +379, +225, +242, whose numbers start with 0, it is dialled;
 * - an emergency number set apart before a whole number (`911 212 555 0100`, `000 (02) 9374 4000`),
 *   which dialled joined may reach the emergency line: no link;
 * - a last group of 1 to 3 digits after a spaced dash (`020 7946 0000 – 2`) may be an
 *   extension, and more than ten digits after a North American 1 are too many: no link;
 * - digits right after a link's `/` or `=` (`wa.me/447700900123`: international, without their "+"), a date (`ab 01.03.2025, 0800 …`), a spaced dash between groups (`112 - 020 …`), digits in brackets before a trunk 0 (`(2) 020 …`), a 0
 *   or a letter O joined to the word before (`Mob07700 900123`), and keypad letters not in capitals or cut
 *   short (`1-800-Flowers`; capitals are read only after 3 or 6 North American digits), four-digit times after
 *   the number (`555 1234 0900-1700`) or as the number (`0900-1700, 020 …`), a line break or two spaces between groups (`444 12 34\n444 12 35`), and a last group of 1 or 2 digits after a longer one, then a note or a
 *   word (`020 7946 0000 12 Friday Street`), hours whose first end is joined to the number by a dash (`030 901820-0 — 9am to 5pm`),
 *   or is bare and set apart by a space only, before a spaced dash or a word (`01 23 45 67 12 – 9h-18h`),
 *   and an hour and its unit before more digits (`0212 555 12 12 saat 09:00-18:00`), or a last digit then `.` or `°` (a floor: `+49 30 901820 2. OG`, `030 901820-0 2. OG`), `)` or `/` (a list's or a page's mark: `020 123 4567 1)`, `… 0003 2/2`),
 *   or a decimal comma or dot and digits (a price: `0900 123 456 1,99 €/Min.`): no link.
 */
export function telHref(phone: string): string | undefined {
  let text = phone
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u20e3]|[\ud83c-\ud83e][\udc00-\udfff]/g, '  ') // emoji and symbols (📞, ☎️): no word, and a gap between two numbers
    .replace(/\(\s*(\+\d{1,3})\s*\)/, (_, code: string) => code.padStart(_.length)); // "(+34) 912 …": a country code in brackets
  const scripts = text; // before Arabic-Indic digits become 0-9, at the same positions
  text = latinDigits(text);
  // Notes before the number are skipped, like "Tel:" (blanked, so their digits are not read);
  // the number ends at the first note after it. Small letters one for one (not İ, which would
  // become two characters), so positions in the copy are positions in the text.
  // Only text with something besides digits, spaces, "+", brackets and hyphens can hold a note:
  // most numbers skip the search, and with it the ~40 KiB of machine code V8 compiles NOTES into.
  let note = '';
  let tail = ''; // from that note to the end
  const search = /[^\d\s+()-]/.test(text) ? lower(text).matchAll(NOTES) : [];
  for (const found of search) {
    const at = found.index;
    if (DIGITS.test(text.slice(0, at))) {
      note = found[0];
      tail = text.slice(at);
      text = text.slice(0, at);
      break;
    }
    text = text.slice(0, at) + ' '.repeat(found[0].length) + text.slice(at + found[0].length);
  }
  // "030 901820-0 — 9am to 5pm", "0800.12.34-8 à 18h": hours whose first end is joined to the digits before by a dash
  // or dot: the number's last group? So are hours from a bare hour and a spaced dash or a word, set apart from the digits before by spaces only
  // (not a line break: "01 23 45 67 12 – 9h-18h", "0212 555 12 12 - 09:00-18:00", "91 123 45 12 a 18h").
  if (/^\d/.test(note) && /\d[-.‐-―]$/.test(text)) return;
  // And an hour and its unit before more digits: "0212 555 12 12 saat 09:00-18:00" ("saat", the hours after it, or
  // "12 saat", 12 hours, after the number?).
  if (/\d[^\S\n\r]+$/.test(text) && (/^\d\d?(\s*[-‐-―]\s|\s+[^\d\s]+\s+\d)/.test(note) || (/^\d\d?\s*\D+$/.test(note) && /^\s*:?\s*\d/.test(tail.slice(note.length))))) return;
  for (const line of lower(text).matchAll(LINE)) text = text.slice(0, line.index) + '__'.slice(-line[0].length) + text.slice(line.index + line[0].length);
  // A word of letters and digits before the number (a postcode "W1G 9PF", "Unit 3B", "2nd") is a
  // word: its digits are not dialled nor its 1 taken for North America's ("_" keeps it a word before the number).
  const first = text.search(DIGITS);
  const written = text;
  text = text.replace(MIXED, (word, at) => (first < 0 || at < first ? '_'.repeat(word.length) : word));
  const nanp = NANP.test(text);
  /** Digits after a North American leading 1: ten make a whole number. */
  const national = (dial: string) => dial.replace(/^\+?1?/, '').length;
  let dial = '';
  let vanity = false; // keypad letters have been read: further letter groups belong to the number
  let end = text.length; // where the number ended
  let start = -1; // where it started
  // Each token is one of: digits in brackets ("(0)", "(555)"), a digit, capital letters
  // that do not start a word, a separator, or any other character ("+", "/", …).
  for (const token of text.matchAll(/\(\s*(\d[\d\s.-]*)\)|(\d)|([A-Z]+)(?![a-z])|([-\s‐-―]|\.(?!\s))|[^]/gu)) {
    const [char, area, digit, letters, separator] = token;
    const digits = /\d/.test(dial);
    const code = area?.replace(/\D/g, '');
    end = token.index;
    if (
      separator ||
      // "030/901820", "+49 (0)30/24 56 78": the area code, then the number (which does not start with 0: "08538 / 030 …" is two).
      (char == '/' && /^(0\d{1,4}|\+\d{2,7})$/.test(dial) && /^\s*[1-9]/.test(text.slice(token.index + 1))) ||
      (letters && !digits) // words before the number
    )
      continue;
    if (letters && !/^EXTN?$/.test(letters)) {
      // "1-800-FLOWERS": keypad letters up to the tenth digit; "1-800-CONTACTS" drops its last S.
      // Only where a North American number has its letters: after 3 or 6 digits ("800 123 456 NUMERO VERDE" is Italian).
      if (nanp && national(dial) < 10 && (vanity || /^[36]$/.test(`${national(dial)}`))) {
        vanity = true;
        // The keypad digit of each letter A to Z.
        dial += letters.slice(0, 10 - national(dial)).replace(/./g, (letter) => '22233344455566677778889999'[letter.charCodeAt(0) - 65]);
        continue;
      }
      if (!nanp && !/\d{8}/.test(dial)) return; // "0800 FLOWERS", "555 1234 OPEN": keypad letters or a note?
    }
    // "Mo+Sa", "SA+SO": a "+" not before digits joins words; it is not the number's own.
    if (char == '+' && !/^\s*[\d(]/.test(text.slice(token.index + 1))) {
      if (digits) break;
      continue;
    }
    if (
      char == '+'
        ? dial // a second "+"
        : digit
          ? vanity && national(dial) > 9 // "1 800 FLOWERS 2": the ten digits are complete
          : code
            ? // "(0)" is a trunk prefix only first or after a country code; other digits in brackets are an
              // area code after a country code, a trunk 0 or 8 or a leading 1 ("+44 (20)", "1 (800)"):
              // after the number's digits, "(0)", "(12)" or "(9-17)" is a note.
              !/^((\+|00)[1-9]\d?\d?)?\(|^(\+\d{0,3}|00\d{1,3}|[0178])?\((?!0\s*$)/.test(dial + '(' + area)
            : digits // "EXT", a capital word after a whole number, a word, a second number: the number has ended
    )
      break;
    // After a country code a leading 0 in brackets is a trunk prefix ("+44 (0) 20", "+44 (020)"), but
    // Italy, San Marino and the Vatican dial it.
    dial += char == '+' ? char : digit ?? (TRUNK_ZERO.test(dial) ? code?.replace(/^0+/, '') : code) ?? '';
    end = text.length;
    if (start < 0 && dial) start = token.index;
  }
  // "555 1234 9-5": the 9 and 5 may be hours or digits of the number.
  for (const range of text.matchAll(BARE_RANGE)) if (range.index < end) return;
  // "+1 555 1234 MON-FRI": a day name (a note that starts with a letter), or keypad letters of a short number?
  if (/^\D/.test(note) && nanp && !vanity && national(dial) < 10) return;
  const number = text.slice(start, end);
  const before = text.slice(0, start);
  const writtenBefore = lower(written.slice(0, start));
  const numberScripts = scripts.slice(start, end);
  const rest = text.slice(end);
  const after = lower(rest);
  const labelled = LABELLED.test(lower(before));
  if (
    // "Clinic 2 0161 496 0000", "Suite 200, 020 …", "Av. Paulista 1000 (Tel: 11 …)": after a word (not a colon, nor a
    // label such as "Tel"), a first group that does not start with 0, + or a bracket may be the word's, when more
    // digits follow it (in brackets too);
    // after a label too when the next group starts with 0 and is not the last after three digits ("Tel 2 0161 …",
    // "Tel 200 020 7946 0000": a trunk 0 inside the number? "Tel 555 0199" is a number), after
    // ". " or a spaced dash ("Tel 2 – 555 …"), after one digit but a North American 1 (before ten digits) or a
    // Russian trunk 8 ("Tel 2 555 0199": a line number?); after another word and a colon, those two ("No:5 0212 …",
    // "Nr: 12 030 …", "Piso: 2 91 …": a door's or a floor's number?).
    (labelled
      ? /^[1-9]\d*(\.\s|\s[-‐-―])/.test(number) || LINE_NUMBER.test(number) || (/^1\D/.test(number) && national(dial) != 10)
      : /:\s*$/.test(before)
        ? LINE_NUMBER.test(number)
        : /[^\s:]\s*$/.test(before) && /^[1-9]/.test(number) && (/\d\D+\d/.test(number) || /\d/.test(rest))) ||
    // "020 7946 0000 24 Harley St", "01 23 45 67 89 75008 Paris": a word after a last group set apart by a space (a
    // house number, a postcode "0800", "01310-100"), other than "or", an extension, a note or a label, may own that group.
    (!vanity && /(^|\s)(\d+|\d{5}-\d{3,4})\s+$/.test(number) && WORD.test(after) && !AFTER.test(after)) ||
    // "75008 Paris · 01 23 45 67 89", "120 High Street, 020 …", "Emergency 999 / clinic 020 …", "Suite 200 Mon-Fri
    // 020 …": digits after the number (not in brackets, nor hours or days): which number is the clinic's? Not after
    // "or", "and", an extension, a "," or a "/" that ends a number of 7 digits or more ("020 7946 0000, 020 7946 0001"),
    // nor after keypad letters.
    (!vanity &&
      /\d/.test(lower(rest + tail).replace(/\([^)]*\)/g, '').replace(NOTES, '').replace(BARE_RANGE, '')) &&
      !(/\d{7}/.test(dial) && (AFTER.exec(after)?.[1] || /^[,،/]\s*[\d+(]/.test(rest)))) ||
    // "+32 2 123 45 67 02/123.45.67", "030 901820 089 / 12 34 56": a last group set apart that starts with 0, then
    // "/" and digits, is the next number's area code.
    (/\s0\d*\s*$/.test(number) && /^\/\s*[1-9]/.test(rest)) ||
    // "0161 496 0000 2nd floor": digits joined to letters after the number are a word's (but "0000x123", x an extension).
    JOINED.test(text.slice(start, end + 2)) ||
    // "+44 020 …", "+44 (0) 020 …", "+44020 …": a trunk 0 after a country code.
    TRUNK_TWICE.test(number) ||
    // "020 7946 0000 – 2": a short group after a spaced dash may be an extension or an option.
    /(\s[-‐-―]|[-‐-―]\s)\s*\d{1,3}\s*$/.test(number) ||
    // "1 800 555 0199 1": more than a North American number's ten digits; "1-800-GOT-Junk": keypad letters cut short.
    (nanp && national(dial) > 10) ||
    (vanity && national(dial) != 10) ||
    // "Unit 01 020 …": after a word, a group of 1 or 2 digits before a trunk 0 may be the word's.
    (!labelled && /[^\s:]\s*$/.test(before) && /^\d{1,2}\s+0/.test(number)) ||
    // "555 1234 0900-1700": hours written as four-digit times, or the number's last digits? "0900-1700, 020 …": no number.
    /(^|\s)(?:[01]\d|2[0-4])[0-5]\d\s*[-‐-―]\s*(?:[01]\d|2[0-4])[0-5]\d\s*$/.test(number) ||
    // "020 7946 0000 12 Friday Street", "030 901820 12 Mo-Fr": a last group of 1 or 2 digits after a longer one,
    // then a note or a word, may be a house number (but "01 23 45 67 89 Lun-Ven").
    (/\d{3}\s+\d{1,2}\s*$/.test(number) && (/^\D/.test(note) || WORD.test(after))) ||
    // "+49 30 901820 2. OG", "+39 06 1234 5678 2° piano", "213 456 789 3.º andar": a last group of 1 digit, or of 2
    // after a longer one, then "." or "°", may be a floor; then ")" or "/" ("020 123 4567 1)", "… 0003 2/2"), a list's
    // or a page's mark.
    /(\d{3}\s+\d\d?|\d\s+\d)[.°)/]\D?$/.test(text.slice(start, end + 1)) ||
    // "0900 123 456 1,99 €/Min.", "… 1.99 €/min", "+49 30 901820 2.5 km": such a group, then a decimal comma or dot
    // and digits, is a price or a distance.
    /(\d{3}\s+\d\d?|\d\s+\d)[.,]\d+$/.test(number.trimEnd() + (/^,\d+/.exec(rest)?.[0] ?? '')) ||
    // "ab 01.03.2025, 0800 123 4567": a date is no number.
    /^\d\d?\.\d\d?\.(19|20)\d\d\s*$/.test(number) ||
    // "444 12 34\n444 12 35", "055 123 4567  19123": a line break or a wider gap between groups: two numbers, or one?
    /[\d)](\s{2,}|[\n\r])[\d(]/.test(number) ||
    // "911 212 555 0100", "000 (02) 9374 4000": an emergency number, then a whole number (not "190 1234 5678", a Chinese
    // mobile, nor "999 123 4567", a number in Mérida).
    emergencyFirst(number) ||
    // "112 - 020 7946 0000", "(2) - 93 …": two numbers, or one? A spaced dash between digits (or brackets) gives no link.
    /[\d)]\s*[-‐-―]\s+[\d(]|[\d)]\s+[-‐-―]\s*[\d(]/.test(number) ||
    // "1-800-Flowers", "(800) Flowers", "0800-Haarklinik": a word right after a dash or a bracket, in small letters.
    (!vanity && /[-)]\s*$/.test(number) && WORD.test(after)) ||
    // "(2) 020 7946 0000", "(1) (030) 901820": digits in brackets before a trunk 0 and a whole national number are not an area code
    // (but "+44 (0) 20", and "+1 (555) 010-0199": seven digits after a North American area code).
    (/\(\s*[1-9]\d*\s*\)[-\s.‐-―(]*0/.test(number) && number.replace(/^[^)]*\)/, '').replace(/\D/g, '').length > 7) ||
    // "Mob07700 900123", "Telefon030 901820", "O30 901820": a 0 (or a letter O) joined to the word just before
    // the number may be its start.
    WORD_ZERO.test(writtenBefore) ||
    // "wa.me/447700900123", "…?phone=447700900123": a link's digits are international without their "+".
    (dial[0] != '+' && URL_PATH.test(writtenBefore)) ||
    // "9273 16052 ١١٥٧٣": digits 0-9 and Arabic-Indic digits in one number are two numbers ("+971 ٥٠ ١٢٣ ٤٥٦٧": a
    // country code in the other script is the number's own).
    /[0-9][^]*[٠-٩۰-۹]|[٠-٩۰-۹][^]*[0-9]/.test(numberScripts.replace(/^[^\d٠-٩۰-۹]*(\+|00)(\d{1,3}|[٠-٩]{1,3}|[۰-۹]{1,3})(?=\D)/, ''))
  )
    return;
  return /^\+?\d{3,15}$/.test(dial) ? `tel:${dial}` : undefined;
}

/**
 * Where a second number starts in a clinic's phone text written one space after the first
 * (`020 7946 0000 020 7946 0001`, `555 0100 555 0101`), which the readers would dial joined to
 * it: the end of the first number, so that it alone is read and dialled; `0` when a short group
 * before a whole number starting with a trunk 0 may be a number of its own or the number's first
 * digits (`999 020 7946 0000`, `112 030 901820`): nothing is dialled; `-1` otherwise. The checklist
 * asks it before `telHref`, which reads one number's text.
 *
 * Only a text that is words without digits, then bare digit words one space apart (digits, perhaps
 * a "+" or an area code in brackets first, or groups of three digits or more joined by dashes: no hours,
 * dots, slashes or letters), then perhaps a note in brackets, is cut; anything else is left to
 * `telHref`, as it was before two numbers were looked for. A second number starts where a word
 * starts seven digits or more after seven or more, written as the words before it and with the first
 * word again (`020 7946 0000 020 7946 0001`, `555 0100 555 0101`), or, of two words, written alike
 * (`5550100 5550101`, `555-0100 555-0101`); in a run without dashes, also with `+`, or, after a country
 * code alone, with its area code with a trunk 0 and the national number's length again
 * (`+44 20 7946 0000 020 7946 0001`). Hours after one number (`+44 20 7946 0012 (9–17 h)`,
 * `+90 212 555 90 90 24/7`, `… 0083 800-2000`) are no second number, and a group inside one number
 * repeats none of those (`+90 … 90` repeats the country code, `+34 91 … 91` the area code without
 * its 0, a last group `0012` starts no `00` and a country code).
 */
export function restart(phone: string): number {
  const run = RUN.exec(latinDigits(phone));
  if (!run) return -1;
  const words = run[2].split(/\s/);
  const digits = words.map((word) => word.replace(/\D/g, ''));
  const dashes = /-/.test(run[2]);
  const trunk = (group: string) => group.replace(/^0/, '');
  const shape = (part: string[]) => part.join(' ').replace(/\d/g, '0');
  const head = (word: string) => word.split('-')[0];
  // A country code alone first ("+44", "0044"): its digits.
  const code = /^(\+|00)[1-9]\d{0,2}$/.test(words[0]) ? digits[0] : '';
  let before = '';
  let at = run[1].length;
  let unsure = -1;
  for (const [k, word] of words.entries()) {
    const group = digits[k];
    const after = digits.slice(k).join('');
    const second = shape(words.slice(k));
    const national = shape(words.slice(1, k));
    if (
      before.length > 6 &&
      after.length > 6 &&
      // Written as the words before it, with the same first group ("020 7946 0000 020 7946 0001", "555-0100 555-0101"),
      // or two words alike ("5550100 5550101"; not "3247-9139 0900-1700", hours);
      ((second == shape(words.slice(0, k)) && (head(word) == head(words[0]) || (words.length == 2 && !dashes))) ||
        // without dashes ("0083 800-2000": hours?), a "+", or after a country code its area code with a trunk 0, written
        // as before ("+44 20 7946 0000 020 7946 0001"; not "+34 91 123 91 45").
        (!dashes && (word[0] == '+' || (code && group[0] == '0' && trunk(group) == trunk(digits[1]) && (second == national || second == '0' + national)))))
    )
      return at - 1;
    // "999 020 7946 0000": a short number of its own, or the number's first digits?
    if (k == 1 && /^[1-9]\d{1,3}$/.test(words[0]) && /^0[1-9]/.test(group) && after.length > 8) unsure = 0;
    before += group;
    at += word.length + 1;
  }
  return unsure;
}
/**
 * A word of digits: a "+" or an area code in brackets first, or groups of 3 digits or more joined by dashes
 * ("555-0100"; not hours "8-20", "10-18", nor an extension "901820-0").
 */
const RUN_WORD = String.raw`\+?(?:\(\d+\)\d*|\d+|\d{3,}(?:-\d{3,})+)`;
/** Words without digits ("Tel:"), digit words one space apart, then perhaps a note in brackets: the whole text. */
const RUN = new RegExp(String.raw`^((?:[^\d+(]*[\s:])?)(${RUN_WORD}(?:[^\S\n\r]${RUN_WORD})+)(?:\s+\([^]*)?\s*$`);
