import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/aftercare-checklist/define.js';
import type { SmpAftercareChecklist } from '../../src/elements/aftercare-checklist/aftercare-checklist.js';
import { restart, telHref } from '../../src/internal/tel.js';
import { plainTelHref } from '../../src/internal/tel-plain.js';
import { captureWarnings } from '../support/helpers.js';

// The urgent callout's "Call …" link is a safety feature: it must dial the
// number the clinic wrote, or none at all, never another number.
describe('hardening: the call link dials exactly the number shown', () => {
  const cases: [string, string | undefined][] = [
    ['+44 (0) 20 7946 0000', 'tel:+442079460000'], // "(0)" is a trunk prefix, not dialled after +44
    ['020 7946 0000 (Mon–Fri 9–17)', 'tel:02079460000'], // opening hours are not digits of the number
    ['+1 800 FLOWERS', 'tel:+18003569377'], // keypad letters
    ['1-800-FLOWERS', 'tel:18003569377'],
    ['020 7946 0000 or 020 7946 0001', 'tel:02079460000'], // the first of two numbers, not both joined
    ['020 7946 0000 / 020 7946 0001', 'tel:02079460000'],
    ['020 7946 0000, 020 7946 0001', 'tel:02079460000'],
    ['(555) 123-4567', 'tel:5551234567'], // digits in brackets are an area code
    ['0 (800) 123 4567', 'tel:08001234567'],
    ['Tel: +49 30 901820', 'tel:+4930901820'],
    ['+1 555 123 4567 ext 89', 'tel:+15551234567'],
    ['+33 1 23 45 67 89', 'tel:+33123456789'],
    ['０２０ ７９４６ ００００', 'tel:02079460000'], // full-width digits
    ['020\u00a07946\u00a00000', 'tel:02079460000'],
    ['٠٢٠ ٧٩٤٦ ٠٠٠٠', 'tel:02079460000'], // Arabic-Indic digits
    ['+٩٧١ ٤ ١٢٣ ٤٥٦٧', 'tel:+97141234567'],
    ['۰۲۱ ۸۸۷۷ ۶۶۵۵', 'tel:02188776655'], // Persian digits
    ['030/901820', 'tel:030901820'], // German area-code slash
    ['030 / 90 18 20', 'tel:030901820'],
    ['+44 (020) 7946 0000', 'tel:+442079460000'], // bracketed area code's 0 is a trunk prefix after +44
    ['+90 (0212) 555 12 34', 'tel:+902125551234'],
    ['+39 (06) 1234 5678', 'tel:+390612345678'], // Italy (and San Marino, the Vatican) dial the 0 after the country code
    ['+39 (0)6 1234 5678', 'tel:+390612345678'],
    ['+39 06 1234 5678', 'tel:+390612345678'],
    ['0049 (0)30 901820', 'tel:004930901820'], // 00 is the international prefix: the (0) after it is a trunk prefix too
    ['0044 (020) 7946 0000', 'tel:00442079460000'],
    ['0039 (0)6 1234 5678', 'tel:00390612345678'],
    ['+20 (02) 2345 6789', 'tel:+20223456789'],
    ['0800 123 4567 FREE', 'tel:08001234567'], // a word after a whole number is a note
    ['020 7946 0000 MON-FRI', 'tel:02079460000'],
    ['555 1234 Mon-Fri', 'tel:5551234'], // a short number, then a word: its capital is not a keypad letter
    ['555 1234 Open 9-5', 'tel:5551234'],
    ['800 555 Call Now', 'tel:800555'],
    ['555 1234 EXT 12', 'tel:5551234'], // an extension in capitals is a note, not keypad letters and more digits
    ['555-1234 EXT. 12', 'tel:5551234'],
    ['555 1234 EXTN 12', 'tel:5551234'],
    ['+1 800 FLOWERS EXT 5', 'tel:+18003569377'], // also after keypad letters
    ['555 1234 ＥＸＴ 12', 'tel:5551234'], // full-width capitals read as EXT
    ['1-800-GOT-JUNK', 'tel:18004685865'], // vanity letters in several groups
    ['+1 800 555 CALL', 'tel:+18005552255'],
    ['12', undefined], // too short to be a number
    ['1234567890123456789', undefined], // longer than any phone number (E.164: 15 digits)
    ['call us', undefined],
    ['', undefined],
  ];
  for (const [written, dialled] of cases) {
    it(`"${written}" → ${dialled ?? 'no link'}`, () => {
      expect(telHref(written)).to.equal(dialled);
    });
  }

  // Opening hours and days after the number: each rule in one sentence, then its cases.
  const rules: [string, [string, string | undefined][]][] = [
    [
      'a group written as hours (24/7, 7/24, 9am, 5 PM, 24h, 09:00, 9h30, 17 Uhr) ends the number',
      [
        ['555 1234 365/24', 'tel:5551234'], // like 24/7
        ['555 1234 24/7', 'tel:5551234'],
        ['555 1234 9AM-5PM', 'tel:5551234'],
        ['555 1234 9am–5pm', 'tel:5551234'],
        ['555 1234 9 a.m. to 5 p.m.', 'tel:5551234'],
        ['020 7946 0000 (24h)', 'tel:02079460000'],
        ['020 7946 0000 24 h', 'tel:02079460000'],
        ['020 7946 0000 24 HRS', 'tel:02079460000'],
        ['020 7946 0000 09:00-17:00', 'tel:02079460000'],
        ['020 7946 0000 9–17 h', 'tel:02079460000'],
        ['555 1234 9.00-17.00', 'tel:5551234'], // hours with a dot (de, nl, it, tr), no unit
        ['555 1234 09.00 - 18.00', 'tel:5551234'],
        ['0800 1234 8.30–17.30', 'tel:08001234'],
        ['0800.12.34-56.78', 'tel:080012345678'], // a number written with dots is not a range of times
        ['24/7 555 1234', 'tel:5551234'], // hours before the number are skipped like a word
        ['MO+SA 9-17 UHR 030 901820', 'tel:030901820'], // so is a "+" joining days before them: not the number's "+"
        ['030 901820 9\u201117 Uhr', 'tel:030901820'], // a non-breaking hyphen (U+2011) joins hours like a hyphen
        ['555 1234 9.00\u201117.00', 'tel:5551234'],
      ],
    ],
    [
      'a day name in any case, or a range of them, ends the number',
      [
        ['Mo+Sa: 030 901820', 'tel:030901820'], // a + joining days is not the number's own
        ['SA+SO 030 901820', 'tel:030901820'],
        ['030 901820 Mo+Sa', 'tel:030901820'],
        ['555 1234 MON-FRI', 'tel:5551234'],
        ['555 1234 MO-FR', 'tel:5551234'],
        ['555 1234 LUN-VEN', 'tel:5551234'],
        ['555 1234 SAT & SUN', 'tel:5551234'],
        ['555 1234 Mon–Fri', 'tel:5551234'],
        ['555 1234 MONDAY TO FRIDAY', 'tel:5551234'],
      ],
    ],
    [
      'a count of days (7 DAYS, 7 días) ends the number',
      [
        ['0800 123 4567 7 DAYS', 'tel:08001234567'],
        ['0800 123 4567 7 days a week', 'tel:08001234567'],
      ],
    ],
    [
      'a bare range of small numbers (9–17, 9-5, 9 to 5) could be hours or the last digits: no link',
      [
        ['020 7946 0000 9.00', undefined], // one time with a dot, after a space: a time, or the number's last digits
        ['555 1234 17.30', undefined],
        ['9.00 020 7946 0000', undefined],
        ['02.123.45.67', 'tel:021234567'], // dots between the groups, no space: one number
        ['+32 2 123 45 67', 'tel:+3221234567'],
        ['020 7946 0000 9–17', undefined],
        ['555 1234 9-5', undefined],
        ['555 1234 9 to 5', undefined],
        ['555 1234 9-5.30', undefined], // one end with minutes after a dot is still such a range
        ['555 1234 8.30-5', undefined],
        ['555 1234 9\u20115', undefined], // with a non-breaking hyphen (U+2011) too
        ['Mon–Fri 9–17: 020 7946 0000', undefined],
      ],
    ],
    [
      'capital letters are keypad letters only in a North American number (1, +1 or a toll-free 8XX), up to its ten digits',
      [
        ['+1 800 FLOWERS', 'tel:+18003569377'],
        ['1-800-FLOWERS', 'tel:18003569377'],
        ['800-FLOWERS', 'tel:8003569377'],
        ['1-800-GOT-JUNK', 'tel:18004685865'],
        ['1 866 555 HELP', 'tel:18665554357'],
        ['+1 800 555 CALL', 'tel:+18005552255'],
        ['1-800-CONTACTS', 'tel:18002668228'], // letters past the tenth digit are not dialled
        ['1 800 FLOWERS 2', 'tel:18003569377'], // nor digits after them
        ['1-800-GOT-JUNK x2', 'tel:18004685865'],
        ['1-800-FLOWERS MON-FRI', 'tel:18003569377'],
        ['1-800-FLOWERS 24/7', 'tel:18003569377'],
        ['+1 212 555 0100 MON-FRI', 'tel:+12125550100'],
        ['+1 555 1234 MON-FRI', undefined], // a short North American number, then a day name or keypad letters: cannot tell
      ],
    ],
    [
      'digits in brackets after the number are a note, not an area code (hours with a hyphen, an option)',
      [
        ['0800 123 4567 (0)', 'tel:08001234567'], // a "(0)" after the number is not a trunk prefix
        ['(0)20 7946 0000', 'tel:02079460000'], // one before it is
        ['555-1234 (12)', 'tel:5551234'],
        ['(555) 123-4567 (2)', 'tel:5551234567'],
        ['0800 1234 (9.00-17.00)', 'tel:08001234'],
        ['555 1234 (9.00-17.00)', 'tel:5551234'],
        ['020 7946 0000 (9-17)', 'tel:02079460000'], // as with an en dash: hours in brackets keep the link
        ['0800 123 4567 (8-20)', 'tel:08001234567'],
        ['1 (800) 555-1234', 'tel:18005551234'], // before the number's digits they still are an area code
        ['8 (495) 123-45-67', 'tel:84951234567'],
        ['+7 (495) 123-45-67', 'tel:+74951234567'],
      ],
    ],
    [
      'elsewhere a capital word after fewer than 8 digits could be keypad letters: no link',
      [
        ['555 1234 OPEN', undefined],
        ['0800 FLOWERS', undefined],
        ['13 CABS', undefined],
        ['0800 123 4567 FREE', 'tel:08001234567'], // after 8 or more digits a word is a note
      ],
    ],
    [
      'digits of a label before the number (Clinic 2, Suite 200, a postcode) are not dialled: the number alone, or no link',
      [
        ['Clinic 2 0161 496 0000', undefined], // the label's 2, or the number's first digit? cannot tell
        ['Line 1 020 7946 0000', undefined],
        ['Room 4 – 020 7946 0000', undefined],
        ['Ext 12 020 7946 0000', undefined],
        ['Suite 200 020 7946 0000', undefined],
        ['Suite 200, 020 7946 0000', undefined], // 200 is not the number to dial either
        ['Suite 200: 020 7946 0000', undefined],
        ['Clinic 2 555 0199', undefined],
        ['No. 2 020 7946 0000', undefined],
        ['Clinic 212 555 0100', undefined], // after a word, a first group that does not start with 0 could be the word's
        ['Studio 1 800 555 0199', undefined],
        ['Tel: 212 555 0100', 'tel:2125550100'], // a colon ends the label
        ['Tel 020 7946 0000', 'tel:02079460000'], // a group starting with 0, + or a bracket starts a number
        ['Tel. 020 7946 0000', 'tel:02079460000'],
        ['WhatsApp +44 7700 900123', 'tel:+447700900123'],
        ['Tel (555) 123-4567', 'tel:5551234567'],
        ['Emergency 999', 'tel:999'], // one group after a word is the number
        ['Emergency 999 / clinic 020 7946 0000', undefined], // two numbers, and a word between: which is the clinic's?
        ['Unit 3B 020 7946 0000', 'tel:02079460000'], // a word of letters and digits is a word
        ['Unit 1B 020 7946 0000', 'tel:02079460000'], // its 1 does not make the number North American
        ['London W1G 9PF · 020 7946 0000', 'tel:02079460000'], // a postcode
        ['Manchester M1 1AE 0161 496 0000', 'tel:01614960000'],
        ['2nd floor, 020 7946 0000', 'tel:02079460000'],
        ['120 High Street, 020 7946 0000', undefined], // a house number is not a number to dial
        ['Clinic, 120 High Street, 020 7946 0000', undefined],
        ['+44 20 7946 0000x123', 'tel:+442079460000'], // letters and digits after the number still end it
      ],
    ],
    [
      'after a phone label (Tel, Phone, Call, Llame al, Ligue, …) the digits that follow are the number',
      [
        ['Tel 212 555 0100', 'tel:2125550100'],
        ['Call 1 800 555 0199', 'tel:18005550199'],
        ['Tel. 912 345 678', 'tel:912345678'], // Spain: no number starts with 0
        ['Teléfono 91 123 45 67', 'tel:911234567'],
        ['Llame al 912 345 678', 'tel:912345678'],
        ['Tlf. 912 345 678', 'tel:912345678'],
        ['Call 1-800-555-0199', 'tel:18005550199'],
        ['Toll-free 1-800-555-0199', 'tel:18005550199'],
        ['Phone 212-555-0100', 'tel:2125550100'],
        ['Call 1 800 FLOWERS', 'tel:18003569377'],
        ['Tel. 347 123 4567', 'tel:3471234567'], // an Italian mobile
        ['Chiama il 347 123 4567', 'tel:3471234567'],
        ['Ligue 11 3123-4567', 'tel:1131234567'], // Brazil
        ['Cel. 11 91234-5678', 'tel:11912345678'],
        ['WhatsApp 11 91234-5678', 'tel:11912345678'],
        ['Appelez le 01 23 45 67 89', 'tel:0123456789'],
        ['Arayın 0212 123 45 67', 'tel:02121234567'],
        ['هاتف ٠١١ ٤٦٤ ٥٥٥٥', 'tel:0114645555'],
        ['Tel 1: 020 7946 0000', 'tel:02079460000'], // a line number before a colon is the label's
        ['Tel. 2: 020 7946 0000', 'tel:02079460000'],
        ['Urgences 24h/24 : 01 23 45 67 89', 'tel:0123456789'], // hours before the number are skipped
        ['Acil 7/24 0212 123 45 67', 'tel:02121234567'],
        ['Call 112', 'tel:112'],
        ['Tel 8 (495) 123-45-67', 'tel:84951234567'], // a Russian trunk 8
        ['Tel 2 0161 496 0000', undefined], // a line number, or a trunk 0 inside the number?
        ['Tel 2 555 0199', undefined], // one digit but a North American 1 or a trunk 8: a line number?
        ['Tel 1 555 0199', undefined], // a North American 1 needs ten digits after it
        ['Tel 12. 555 0199', undefined],
        ['Tel 12 – 555 0199', undefined],
        ['Call 58909 - 030 1234567', undefined],
        ['Tel 200, 020 7946 0000', undefined],
        ['Tel 200 020 7946 0000', undefined],
        ['Tel 555 0199', 'tel:5550199'],
        ['Tel 2 (555) 123-4567', undefined],
      ],
    ],
    [
      'a postcode or an address beside the number: its digits are never dialled, with the number\'s or alone',
      [
        ['75008 Paris · 01 23 45 67 89', undefined], // two numbers: the postcode first
        ['28013 Madrid · 912 345 678', undefined],
        ['10115 Berlin, 030 1234567', undefined],
        ['D-10115 Berlin · 030 1234567', undefined],
        ['00184 Roma · 06 1234 5678', undefined],
        ['34710 Kadıköy · 0216 123 45 67', undefined],
        ['01310-100 São Paulo · (11) 3123-4567', undefined],
        ['10001 New York · (212) 555-0100', undefined],
        ['11564 الرياض · 011 464 5555', undefined],
        ['١١٥٦٤ الرياض · ٠١١ ٤٦٤ ٥٥٥٥', undefined],
        ['75008 Paris · +33 1 23 45 67 89', undefined],
        ['75008 (Paris) 01 23 45 67 89', undefined],
        ['Suite 200 Mon-Fri 020 7946 0000', undefined], // a note between the two numbers
        ['75008 ou 01 23 45 67 89', undefined], // "or" after a short number: a postcode, or a number?
        ['Emergency 999 or 020 7946 0000', undefined],
        ['08538 / 030 1234567', undefined], // a number after "/" does not start with 0: two numbers
        ['912 345 678. 28013 Madrid', undefined], // ". " ends the number
        ['030 1234567. 24 Std.', 'tel:0301234567'],
        ['Suite 200 (24/7) 020 7946 0000', undefined],
        ['75008 Mo-Fr 01 23 45 67 89', undefined],
        ['01 23 45 67 89 LUN-VEN 9H-18H, 75008 Paris', undefined], // as "75008 Mo-Fr 01 23 …": which is the clinic's?
        ['01 23 45 67 89, 75008 Paris LUN-VEN 9H-18H', 'tel:0123456789'],
        ['01 23 45 67 89 24 heures sur 24', 'tel:0123456789'],
        ['01 23 45 67 89 75008 Paris', undefined], // digits after the number, then a word: whose are they?
        ['01 23 45 67 89 12 rue de la Paix', undefined],
        ['030 1234567 10115 Berlin', undefined],
        ['912 345 678 28013 Madrid', undefined],
        ['020 7946 0000 24 Harley St', undefined],
        ['01 23 45 67 89 Paris', undefined], // a word after a last group set apart by a space may own it
        ['020 7946 0000 London', undefined], // (as "08 8999 1234 0800 Darwin": a postcode of Australia)
        ['(212) 555-0100 New York', 'tel:2125550100'], // not one joined to the number by a dash
        ['(212) 555-1234 New York', 'tel:2125551234'],
        ['(11) 3123-4567 01310-100 São Paulo', undefined], // a postcode of Brazil
        ['+44 20 7946 0000 UK', undefined],
        ['+44 20 7946 0000, London', 'tel:+442079460000'],
        ['0161 496 0000 2nd floor', undefined], // a word of letters and digits after the number
        ['01 23 45 67 89, 75008 Paris', 'tel:0123456789'], // a comma ends the number
        ['01 23 45 67 89 (75008 Paris)', 'tel:0123456789'], // so does a note in brackets
        ['0800 123 4567 FREE', 'tel:08001234567'], // FREE, open, from, every, or, ext: not an address
        ['0800 123 4567 freephone', 'tel:08001234567'],
        ['020 7946 0000 ext 12', 'tel:02079460000'],
        ['01 23 45 67 89 ou 01 23 45 67 88', 'tel:0123456789'],
        ['030 901820 oder 030 901821', 'tel:030901820'],
        ['020 7946 0000 and 020 7946 0001', 'tel:02079460000'],
        ['06 1234 5678 h24', 'tel:0612345678'],
        ['030 1234567 24 Std.', 'tel:0301234567'], // German hours
        ['020 7946 0000 24 Stunden', 'tel:02079460000'],
        ['020 123 4567 9-17 u', 'tel:0201234567'], // Dutch hours
        ['0212 555 12 34 her gün', 'tel:02125551234'], // "every day"
        ['02 1234 5678 tutti i giorni', 'tel:0212345678'],
      ],
    ],
    [
      'digits that may not be the number\'s own give no link',
      [
        ['+44 020 7946 0000', undefined], // a trunk 0 after a country code, or a number that starts with 0?
        ['0044 020 7946 0000', undefined],
        ['Tel: +44 020 7946 0000', undefined],
        ['+44-020-7946-0000', undefined],
        ['+44 (0) 020 7946 0000', undefined], // the trunk 0 written twice
        ['+44(0)020 7946 0000', undefined],
        ['+49 (0) 030 1234567', undefined],
        ['+33 (0) 01 23 45 67 89', undefined],
        ['+44/020 7946 0000', undefined],
        ['+44020 7946 0000', undefined], // no space after the code: +44 (two digits), then 0
        ['+442079460000', 'tel:+442079460000'],
        ['+302101234567', 'tel:+302101234567'], // +30, then 2
        ['+390612345678', 'tel:+390612345678'],
        ['+3530 1 234 5678', undefined], // a three-digit code, then 0
        ['+39 06 1234 5678', 'tel:+390612345678'], // where numbers start with 0 after the code, it is dialled
        ['+378 0549 123456', 'tel:+3780549123456'],
        ['+225 07 07 12 34 56', 'tel:+2250707123456'],
        ['+242 06 123 4567', 'tel:+242061234567'],
        ['020 7946 0000 – 2', undefined], // a short group after a spaced dash may be an extension or option
        ['0212 555 00 00 - 12', undefined],
        ['+49 30 901820 - 0', undefined],
        ['+49 30 901820-0', 'tel:+49309018200'], // written without spaces it is part of the number
        ['1 800 555 0199 1', undefined], // more than the ten digits of a North American number
        // Found by a later attack run: each dialled other digits than the clinic's.
        ['02 12 34 56 78 ore 9-18', undefined], // "78 ore" is not hours (0 to 24); a word after the last group: no link rather than 02123456
        ['0212 555 12 34 Saat 09-18', undefined],
        ['030 12 34 56 bis 18 Uhr', undefined],
        ['+33 1 23 45 67 89 to 6pm', undefined],
        ['020 123 45 67 tot 17 uur', undefined],
        ['02 12 34 56 78 (ore 9-18)', 'tel:0212345678'], // in brackets the hours are a note
        ['٠١١ ٤٦٤ ٥٥ ٥٥ - ٢٤ ساعة', 'tel:0114645555'], // "55 - 24" is no range of hours: 24 hours is the note
        ['112 - 020 7946 0000', undefined], // two numbers joined by a spaced dash
        ['Emergencias: 112 - 912 345 678', undefined],
        ['555-1234 – 555-1235', undefined],
        ['444 12 34 - 444 12 35', undefined],
        ['1-800-Flowers', undefined], // keypad letters in small letters are not read: the number is cut short
        ['1-800-GOT-Junk', undefined],
        ['(800) Flowers', undefined],
        ['0800-Haarklinik', undefined],
        ['800 123 456 NUMERO VERDE', undefined], // an Italian toll-free number: its capital word is not keypad letters
        ['877 123 456 TARRAGONA', undefined],
        ['Mob07700 900123', undefined], // digits joined to the word before may be the number's start
        ['Telefon030 901820', undefined],
        ['O30 901820', undefined],
        ['(2) 020 7946 0000', undefined], // digits in brackets before a trunk 0 are no area code
        ['Praxis (1) 030 901820', undefined],
        ['(112) 020 7946 0000', undefined],
        ['+1 (555) 010-0199', 'tel:+15550100199'], // seven digits after a North American area code
        ['+49 30 901820 0', 'tel:+49309018200'], // a last digit set apart (a switchboard's 0) is the number's
        ['Unit 01 020 7946 0000', undefined], // the unit's 01, or the number's?
        ['Clinique 01 23 45 67 89', 'tel:0123456789'],
        ['Tel. 01 23 45 67 89 jours', undefined], // "89 jours" is no count of days a week: a word after the last group
        ['+33 1 23 45 67 89 / 24h', 'tel:+33123456789'], // "89 / 24" is not round the clock: the number ends at "/"
        ['01 23 45 67 89 7j/7', 'tel:0123456789'],
        ['0800 123 4567 7 DAYS', 'tel:08001234567'],
        ['555 1234 0900-1700', undefined], // four-digit times, or the number's last digits?
        ['444 12 34 0900-1800', undefined],
        ['020 7946 0000 12 Friday Street', undefined], // a house number, whose street is a day's name
        ['030 901820 12 Mo-Fr', undefined],
        ['912 345 678 12 Mar Menor', undefined],
        ['01 23 45 67 89 Lun-Ven', 'tel:0123456789'], // groups of two all through: the days are a note
        ['0212 555 12 34 Pzt-Cum', 'tel:02125551234'],
        ['020 7946 0000 -9-17', undefined],
        ['+971\u200e 4 123 4567', 'tel:+97141234567'], // a direction mark, as Arabic text carries, is invisible
        ['\u200f٠٤\u200f ١٢٣ ٤٥٦٧', 'tel:041234567'],
        ['020\u00ad 7946 0000', 'tel:02079460000'], // a soft hyphen
        ['(+34) 912 345 678', 'tel:+34912345678'], // a country code in brackets
        ['(+90) 212 555 12 34', 'tel:+902125551234'],
        ['(+44) (0) 20 7946 0000', 'tel:+442079460000'],
        ['+ 44 020 7946 0000', undefined], // a 0 after a country code written with a space after + or 00
        ['00 44 020 7946 0000', undefined],
        ['+225 (07) 07 12 34 56', 'tel:+2250707123456'], // numbers there start with 0 after the code
        ['+242 (06) 123 4567', 'tel:+242061234567'],
        ['+1 212 555 0100 2', undefined],
        ['800 555 0199 1', undefined],
        ['1 800 555 0199', 'tel:18005550199'],
        ['+49 30 901820 2. OG', undefined], // a floor after the number ("2. OG", "2° piano", "3.º andar"), or its last digit?
        ['0664 1234567 2.OG', undefined],
        ['+39 06 1234 5678 2° piano', undefined],
        ['0212 555 12 34 3. kat', undefined],
        ['213 456 789 3.º andar', undefined],
        ['030 901820 12. Stock', undefined],
        ['030 901820-0 2. OG', undefined],
        ['020 123 4567 1)', undefined], // a list's or a page's mark after the number ("1)", "2/2"), or its last digits?
        ['Tel.: +32 2 123 45 67 1)', undefined],
        ['+27 20 3313 0003 2/2', undefined],
        ['Fixe : 0470 12 34 56 2/2, Bât. B', undefined],
        ['(030 901820 0)', undefined],
        ['(Tel. 020 7946 00 00)', 'tel:02079460000'], // the number in brackets, its last group no mark
        ['اتصل على 9273 16052 ١١٥٧٣', undefined], // digits 0-9 and Arabic-Indic digits: two numbers
        ['اتصل على +971 ٥٠ ١٢٣ ٤٥٦٧', 'tel:+971501234567'], // a country code in 0-9, the number in Arabic-Indic digits: one number
        ['هاتف: +966 ٥٥ ١٢٣ ٤٥٦٧', 'tel:+966551234567'],
        ['00971 ٥٠ ١٢٣ ٤٥٦٧', 'tel:00971501234567'],
        ['تلفن: +98 ۹۱۲ ۳۴۵ ۶۷۸۹', 'tel:+989123456789'],
        ['+44 9273 16052 ١١٥٧٣', undefined], // but mixed digits after the code are still two numbers
        ['هاتف: ٠٤ ١٢٣ ٤٥٦٧', 'tel:041234567'],
        ['+971 4 123 4567 ٢٤ ساعة', 'tel:+97141234567'], // Arabic-Indic hours after the number are a note
        ['(01 23 45 67 89)', 'tel:0123456789'],
        ['020 7946 0000 (2)', 'tel:02079460000'],
        ['030 / 901820', 'tel:030901820'],
        ['0900 123 456 1,99 €/Min.', undefined], // a price or a distance after the number: its digits are not the number's
        ['0180 5 123456 0,14 €/Min. aus dem Festnetz', undefined],
        ['0900 123 456 1.99 €/min', undefined],
        ['+49 30 901820 2.5 km', undefined],
        ['01 23 45 67 89,06 12 34 56 78', 'tel:0123456789'],
        ['01.23.45.67.89', 'tel:0123456789'],
        ['Av. Paulista 1000 (Tel: 11 3123-4567)', undefined], // an address's number, then the phone number in brackets
        ['Sala 204 (Tel.: 22 123 4567)', undefined],
        ['Hotline 5551234 (24h)', 'tel:5551234'],
        ['No:5 0212 555 12 34', undefined], // a word's number after a colon (a door, a floor), then the number
        ['Bağdat Cad. No:123 0212 555 12 34', undefined],
        ['Nr: 12 030 901820', undefined],
        ['Piso: 2 91 234 56 78', undefined],
        ['Suite: 200 020 7946 0000', undefined],
        ['Emergency: 999', 'tel:999'],
        ['Clinic: 1 800 555 0199', 'tel:18005550199'],
        ['(2) - 93 123 45 67', undefined], // digits in brackets, then a spaced dash, a line break or another bracket
        ['(1) — 912 345 678', undefined],
        ['(1)\n(55) 1234-5678', undefined],
        ['(1) (030) 901820', undefined],
        ['(55) 1234-5678', 'tel:5512345678'],
        ['ab 01.03.2025, 0800 123 4567', undefined], // a date, then the number after a comma
        ['Gültig ab 1.3.2025, 030 901820', undefined],
        ['0800 123 4567 (ab 01.03.2025)', 'tel:08001234567'],
        ['030 901820-0 — 9am to 5pm', undefined], // hours whose first end is joined to the number by a dash: its last group?
        ['030 901820-12 - 18h', undefined],
        ['+49 30 901820-0 – 9–17 Uhr', 'tel:+49309018200'],
        ['555-1234 9am-5pm', 'tel:5551234'],
        ['Tél. 01 23 45 67 12 – 9h-18h', undefined], // hours from a bare hour and a spaced dash or word: the number's last group?
        ['+33 1 23 45 67 08 – 9h–18h', undefined],
        ['0212 555 12 12 - 09:00-18:00', undefined],
        ['91 123 45 12 a 18h', undefined],
        ['Tél. 01 23 45 67 89 – 9h-18h', 'tel:0123456789'],
        ['0212 555 12 12, 09:00-18:00', 'tel:02125551212'],
        ['030 901820 9-17 Uhr', 'tel:030901820'],
        ['+1 416 555 0123\n8 - 17 h', 'tel:+14165550123'],
        ['0212 555 12 12 saat 09:00-18:00', undefined], // "saat" before the hours after it, or the unit of the number's last group?
        ['+90 532 123 45 12 Saat: 10-19', undefined],
        ['0800 12 12 h 9-17', undefined],
        ['0212 555 12 34 24 saat', 'tel:02125551234'],
        ['555 1234 24 h', 'tel:5551234'],
        ['Bel 020 123 45 12 u kunt ook mailen', undefined], // Dutch "u" (you) after the number is no unit of hours
        ['020 123 45 12\nU bent welkom', undefined],
        ['010 123 4567 ma-vr 9-17 u', 'tel:0101234567'],
        ['dagelijks 9-17u Bel 020 123 4567', 'tel:0201234567'],
        ['ma-vr 9-17 u\nBel 020 123 4567', 'tel:0201234567'],
        ['📱 11 3123-4567', 'tel:1131234567'], // an emoji before the number is no word that could own its first group
        ['📞 212-555-0100', 'tel:2125550100'],
        ['☎️ 91 234 56 78', 'tel:912345678'],
        ['Clinic 2 📞 0161 496 0000', undefined],
        ['020 7946 0000 📞 07700 900123', undefined],
        ['1️⃣ 020 7946 0000', undefined],
        ['555 1234📞555 1235', undefined],
        ['555 1234☎555 1235', undefined],
        ['912 345 678 y 912 345 679', 'tel:912345678'], // "and" in Spanish, Italian, Portuguese, Dutch, Arabic, like "or"
        ['06 1234 5678 e 333 123 4567', 'tel:0612345678'],
        ['020 123 4567 en 06 12345678', 'tel:0201234567'],
        ['٠٤ ١٢٣ ٤٥٦٧ و ٠٥٠ ١٢٣ ٤٥٦٧', 'tel:041234567'],
        ['020 7946 0000 12 e-mail', undefined],
        ['0900-1700, 020 7946 0000', undefined], // four-digit times before the number are no number
        ['Mon–Fri 0900-1700, 020 7946 0000', undefined],
        ['0800-1800 / 020 7946 0000', undefined],
        ['WhatsApp: wa.me/447700900123', undefined], // a link's digits are international without their + (447… is no local number)
        ['https://api.whatsapp.com/send?phone=447700900123', undefined],
        ['WhatsApp (wa.me/34612345678)', undefined],
        ['wa.me/+34612345678', 'tel:+34612345678'],
        ['Tel/020 7946 0000', 'tel:02079460000'],
        ['Call or text 212-555-0100', 'tel:2125550100'], // contact words are phone labels too
        ['Contact 212-555-0100', 'tel:2125550100'],
        ['Contacto 912 345 678', 'tel:912345678'],
        ['SMS 612 34 56 78', 'tel:612345678'],
        ['Contact 2 0161 496 0000', undefined],
        ['٠٤ ١٢٣ ٤٥٦٧، ٠٥٠ ١٢٣ ٤٥٦٧', 'tel:041234567'], // an Arabic comma after a whole number ends it like ","
        ['٠٤ ١٢٣ ٤٥٦٧، ٧٥٠٠٨ باريس', 'tel:041234567'], // like "01 23 45 67 89, 75008 Paris"
        ['800 123 456 24 ore su 24', 'tel:800123456'],
        ['+49 30 901820 0 2. OG', undefined],
        ['01 23 45 67 89. Lun-Ven', 'tel:0123456789'], // groups of two all through, then ". "
        ['030 1234567. Mo-Fr', 'tel:0301234567'],
        ['+32 2 123 45 67 02/123.45.67', undefined], // a second number's area code and slash: not the first number's last group
        ['0470 12 34 56 0470/12.34.56', undefined],
        ['Praxis: (030) 901820 089 / 12 34 56 78', undefined],
        ['0212 555 12 34/35', 'tel:02125551234'], // the first number, then its other last digits
        ['444 12 34\n444 12 35', undefined], // a line break or a wider gap between groups: one number, or two?
        ['02 2345 6789\n19123', undefined],
        ['055 123 4567  19123', undefined],
        ['Tel:\n020 7946 0000\nMo-Fr', 'tel:02079460000'],
        ['( +34 ) 912 345 678', 'tel:+34912345678'],
      ],
    ],
  ];
  // A run of 20,000 spaces or line breaks before the number (a pasted text): read, and the number after it found.
  // What it costs is printed, not asserted (a loaded machine once stalled it past a 500 ms bound); in WebKit it grows
  // faster than the run (100,000 characters took 0.7-1.5 s there), so the run is kept to what a field could hold.
  // So is one word of 25,000 letters before it, which took 0.6-0.9 s (100,000 letters: 12-16 s, in every engine) while
  // the reader's search for words of letters and digits started again inside the word at every letter.
  it('a long run of spaces or line breaks, or one long word, is read, with the number after it', () => {
    const times: string[] = [];
    for (const [name, text] of [
      ['spaces', ' '.repeat(20000) + 'Tel 1: 020 7946 0000'],
      ['line breaks', '\n'.repeat(20000) + 'Tel 1: 020 7946 0000'],
      ['a word', 'a'.repeat(25000) + ' 020 7946 0000'],
    ]) {
      const started = performance.now();
      expect(telHref(text), name).to.equal('tel:02079460000');
      times.push(`${name} ${(performance.now() - started).toFixed(0)} ms`);
    }
    console.log(`telHref after 20,000 spaces or line breaks, or a 25,000-letter word: ${times.join(', ')}`);
  });

  // Clinics in each of the nine languages, as they write their numbers.
  const locales: [string, [string, string | undefined][]][] = [
    ['en', [['020 7946 0000 (Mon–Fri 9am–5pm)', 'tel:02079460000'], ['+44 20 7946 0000 24/7', 'tel:+442079460000'], ['(555) 123-4567 MON-FRI 9-5', 'tel:5551234567']]],
    ['es', [['91 123 45 67 L-V 9:00-18:00', 'tel:911234567'], ['+34 912 345 678 LUN-VIE', 'tel:+34912345678'], ['900 123 456 24 horas', 'tel:900123456'], ['91 123 45 67 de 9 a 18', 'tel:911234567']]],
    ['pt-BR', [['(11) 3456-7890 SEG-SEX', 'tel:1134567890'], ['(11) 98765-4321 24h', 'tel:11987654321'], ['(11) 3456-7890 das 8h às 18h', 'tel:1134567890'], ['0800 123 4567 24 HORAS', 'tel:08001234567']]],
    ['fr', [['01 23 45 67 89 LUN-VEN 9H-18H', 'tel:0123456789'], ['01 23 45 67 89 7j/7', 'tel:0123456789'], ['01 23 45 67 89 24h/24', 'tel:0123456789'], ['+33 1 23 45 67 89 du lundi au vendredi', 'tel:+33123456789']]],
    ['de', [['030 901820 Mo–Fr 9–17 Uhr', 'tel:030901820'], ['089 1234567 MO-FR 8-18 UHR', 'tel:0891234567'], ['+49 30 901820-0', 'tel:+49309018200'], ['030/901820 SA & SO', 'tel:030901820'], ['+49 (0)30/24 56 78', 'tel:+4930245678']]],
    ['it', [['02 1234 5678 LUN-VEN 9-18', 'tel:0212345678'], ['06 1234 5678 dalle 9 alle 18', 'tel:0612345678'], ['800 123 456 24 ore su 24', 'tel:800123456']]],
    ['nl', [['020 123 4567 MA-VR 9-17 uur', 'tel:0201234567'], ['0800 1234 24/7', 'tel:08001234'], ['010 123 4567 ZA-ZO', 'tel:0101234567']]],
    ['tr', [['0212 555 12 34 7/24', 'tel:02125551234'], ['0212 555 12 34 PZT-CUM 09:00-18:00', 'tel:02125551234'], ['0850 123 45 67 HAFTA İÇİ', 'tel:08501234567'], ['0212 555 12 34 PAZARTESİ-CUMA', 'tel:02125551234']]],
    ['ar', [['٠٢٠ ٧٩٤٦ ٠٠٠٠ ٢٤/٧', 'tel:02079460000'], ['+٩٧١ ٤ ١٢٣ ٤٥٦٧ (٢٤ ساعة)', 'tel:+97141234567'], ['٠٢٠ ٧٩٤٦ ٠٠٠٠ ٢٤ ساعة', 'tel:02079460000'], ['٠١٢ ٣٤٥ ٦٧٨٩ من ٩ص إلى ٥م', 'tel:0123456789'], ['٠٢٠ ٧٩٤٦ ٠٠٠٠ ٩ص-٥م', 'tel:02079460000'], ['٠٢٠ ٧٩٤٦ ٠٠٠٠ ٩-٥', undefined]]],
  ];
  for (const [group, table] of [...rules, ...locales.map(([l, t]): [string, [string, string | undefined][]] => [`written in ${l}`, t])]) {
    describe(group, () => {
      for (const [written, dialled] of table) {
        it(`"${written}" → ${dialled ?? 'no link'}`, () => {
          expect(telHref(written)).to.equal(dialled);
        });
      }
    });
  }

  // A label with a number of its own (Clinic 2, Suite 200, Unit 3B) or an address before the
  // number, in many forms: the link dials the number alone, or there is none.
  describe('generated labels and addresses before a number: the number alone, or no link', () => {
    const numbers = ['020 7946 0000', '0161 496 0000', '555 0199', '212 555 0100', '1 800 555 0199', '+44 20 7946 0000', '(555) 123-4567', '91 123 45 67', '030/901820', '06 12 34 56 78'];
    const labels = ['Clinic', 'Room', 'Suite', 'Unit', 'Line', 'Ext', 'EXT', 'Branch', 'Studio', 'Salle', 'Praxis', 'Sede', 'Şube', 'فرع', 'No.', '#', 'Tel', 'Call'];
    const marks = ['1', '2', '4', '12', '24', '200', '3B', '1A', '12a', 'B2'];
    const joins = [' ', '  ', ' – ', ' - ', '-', ', ', ': ', ' · ', ' / ', '. '];
    const dialOf = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

    it('a label with a number, then the number: never other digits', () => {
      let linked = 0;
      for (const label of labels)
        for (const mark of marks)
          for (const join of joins)
            for (const number of numbers) {
              const written = `${label} ${mark}${join}${number}`;
              const href = telHref(written);
              // After a phone label with no punctuation, a mark of two or three digits is read as the number's
              // first digits ("Tel 12 555 0199"), as "Teléfono 91 123 45 67" is: those digits are shown, and dialled
              // (and "Tel 1 212 555 0100" is a North American number with its 1).
              const read = /^(Tel|Call)$/.test(label) && /^(1|\d\d+)$/.test(mark) && /^ +$|^-$/.test(join) ? dialOf(mark + number) : undefined;
              expect([dialOf(number), read, undefined], `${written} → ${href}`).to.include(href);
              // A mark of letters and digits is a word; a number that starts with 0, + or a bracket is the number.
              if (/[^\d]/.test(mark) && /^[0+(]/.test(number)) {
                expect(href, written).to.equal(dialOf(number));
                linked++;
              }
            }
      expect(linked).to.be.above(1000);
    });

    it('a label and a colon, then the number: the number', () => {
      for (const label of labels) for (const number of numbers) expect(telHref(`${label}: ${number}`), `${label}: ${number}`).to.equal(dialOf(number));
    });

    it('phone labels in the nine languages before a number: the number', () => {
      const phoneLabels = ['Tel', 'Tel.', 'Tél.', 'Tlf.', 'Phone', 'Call', 'Call us on', 'Mobile', 'Mob.', 'WhatsApp', 'Toll-free', 'Teléfono', 'Llame al', 'Chiama il', 'Ligue', 'Cel.', 'Appelez', 'Anrufen', 'Ruf', 'Bellen', 'Arayın', 'هاتف', 'اتصل على'];
      for (const label of phoneLabels) for (const number of numbers) expect(telHref(`${label} ${number}`), `${label} ${number}`).to.equal(dialOf(number));
    });

    it('2,000 generated postcodes, ZIPs and addresses before or after a number: never other digits', () => {
      let seed = 11;
      const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const pick = <T,>(list: T[]) => list[Math.floor(next() * list.length)];
      const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
      const places = ['Paris', 'Madrid', 'Berlin', 'Roma', 'Kadıköy', 'São Paulo', 'New York', 'الرياض', 'rue de la Paix', 'Harley St', 'High Street', 'floor', 'Praxis'];
      for (let i = 0; i < 2000; i++) {
        const code = pick([() => digits(5), () => digits(4), () => `${digits(5)}-${digits(3)}`, () => `D-${digits(5)}`, () => `${1 + Math.floor(next() * 200)}`, () => digits(2)])();
        const place = `${code} ${pick(places)}`;
        const number = pick(numbers);
        const written = next() < 0.5 ? `${place}${pick(joins)}${number}` : `${number}${pick([' ', '  ', ' · ', ' / ', ' – '])}${place}`;
        const href = telHref(written);
        expect([dialOf(number), undefined], `${written} → ${href}`).to.include(href);
      }
    });

    it('2,000 generated postcodes and house numbers before a number: never other digits', () => {
      let seed = 7;
      const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const pick = <T,>(list: T[]) => list[Math.floor(next() * list.length)];
      const letter = () => pick([...'ABCDEFGHIJKLMNOPRSTUVWXYZ']);
      const digit = () => `${Math.floor(next() * 10)}`;
      let linked = 0;
      for (let i = 0; i < 2000; i++) {
        const outward = pick([() => letter() + digit(), () => letter() + letter() + digit(), () => letter() + digit() + letter(), () => letter() + letter() + digit() + digit()])();
        const postcode = `${outward} ${digit()}${letter()}${letter()}`;
        const house = `${1 + Math.floor(next() * pick([9, 99, 999, 9999]))}${pick(['', '', 'a', 'B'])}`;
        const before = pick([postcode, `London ${postcode}`, `${house} High Street, ${postcode}`, `${house} Harley St`, `Unit ${house}`, `Flat ${house}, ${postcode}`]);
        const number = pick(numbers);
        const written = `${before}${pick(joins)}${number}`;
        const href = telHref(written);
        expect([dialOf(number), undefined], `${written} → ${href}`).to.include(href);
        if (before.startsWith(postcode) || before.startsWith('London')) {
          if (/^[0+(]/.test(number)) {
            expect(href, written).to.equal(dialOf(number)); // a postcode is a word: the number still links
            linked++;
          }
        }
      }
      expect(linked).to.be.above(200);
    });
  });

  // The checklist reads a plain number (digits and spaces) itself and downloads telHref only for
  // other texts: where the plain reader answers, it must give telHref's answer.
  describe('plainTelHref: the same number as telHref, without its download', () => {
    const tables = [cases, ...rules.map(([, t]) => t), ...locales.map(([, t]) => t)].flat();
    /** A seeded generator (mulberry32), so a failure names an input that fails again. */
    const random = (seed: number) => () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };

    it('answers for plain numbers only, with telHref\'s answer', () => {
      const plain = tables.filter(([written]) => plainTelHref(written) !== null);
      expect(plain.map(([w]) => w)).to.include.members(['+33 1 23 45 67 89', '12']).and.not.include('020 7946 0000 (Mon–Fri 9–17)');
      for (const [written, dialled] of plain) expect(plainTelHref(written), written).to.equal(dialled);
    });

    it('20,000 generated plain numbers: telHref\'s answer, nearly every time without it', () => {
      const next = random(1);
      const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
      let left = 0;
      for (let i = 0; i < 20000; i++) {
        const groups = Array.from({ length: 1 + Math.floor(next() * 6) }, () => digits(1 + Math.floor(next() * 8)));
        const written = (next() < 0.4 ? '+' : '') + groups.map((g, k) => (k ? ' '.repeat(1 + Math.floor(next() * 3)) : '') + g).join('');
        const answer = plainTelHref(written);
        // Two spaces, or more than 13 digits, may part two numbers: telHref's module judges those.
        if (written.includes('  ') || /(\d\D*){14}/.test(written)) expect(answer, written).to.equal(null);
        else if (answer === null) left++;
        else expect(answer, written).to.equal(telHref(written));
      }
      expect(left, 'plain numbers with single spaces left to telHref').to.be.below(1000);
    });

    // A 0 after a country code and a North American number's length are telHref's to judge; the
    // plain reader still answers for whole North American numbers.
    for (const [written, plain] of [['+44 020 7946 0000', null], ['0044 020 7946 0000', null], ['+44020 7946 0000', null], ['+3530 1 234 5678', null], ['+302101234567', 'tel:+302101234567'], ['1 800 555 0199 1', null], ['+39 06 1234 5678', null], ['+1 212 555 0100', 'tel:+12125550100'], ['1 800 555 0199', 'tel:18005550199'], ['800 555 0199', 'tel:8005550199'], ['+44 20 7946 0000', 'tel:+442079460000']] as const) {
      it(`"${written}": ${plain ?? 'left to telHref'}`, () => {
        expect(plainTelHref(written)).to.equal(plain);
      });
    }

    it('20,000 generated texts of digits, signs and letters: where it answers, telHref agrees', () => {
      const next = random(2);
      const alphabet = ['0', '1', '2', '4', '7', '9', ' ', ' ', '+', '-', '(', ')', '.', '/', 'h', 'A', 'x', '\t', '\u00a0', '٩', '–'];
      let answered = 0;
      for (let i = 0; i < 20000; i++) {
        const written = Array.from({ length: 1 + Math.floor(next() * 16) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
        const answer = plainTelHref(written);
        if (answer === null) continue;
        answered++;
        expect(answer, written).to.equal(telHref(written));
      }
      expect(answered, 'texts the plain reader answered').to.be.above(100);
    });

    for (const written of ['020-7946-0000', '(555) 123 4567', '020.7946.0000', '+ 44 20 7946 0000', ' 020 7946 0000', '020\t7946 0000', '020\u00a07946 0000', '٠٢٠ ٧٩٤٦ ٠٠٠٠', '020 7946 0000 24/7', 'Tel 020 7946 0000']) {
      it(`leaves "${written}" to telHref`, () => {
        expect(plainTelHref(written)).to.equal(null);
      });
    }
  });

  // Two numbers one space apart: the readers would dial their digits joined, a number nobody has.
  // The plain reader leaves more than 13 digits to telHref's module, where the checklist first cuts the text
  // where a second number starts again (restart), and reads the first alone.
  describe('two numbers one space apart: the first is dialled, never both joined', () => {
    /** What the checklist dials for a phone text: the plain reader's answer, or else the first number's, when a second starts again. */
    const dialled = (written: string) => {
      const plain = plainTelHref(written);
      if (plain !== null) return plain;
      const cut = restart(written);
      return cut ? telHref(cut > 0 ? written.slice(0, cut) : written) : undefined;
    };
    const pairs: [string, string | undefined][] = [
      ['020 7946 0000 020 7946 0001', 'tel:02079460000'], // a trunk 0 and the same area code again
      ['0800 123 4567 0800 123 4568', 'tel:08001234567'],
      ['555 0100 555 0101', 'tel:5550100'], // the first group again
      ['5550100 5550101', 'tel:5550100'], // two words written alike
      ['555-0100 555-0101', 'tel:5550100'], // (telHref's reading)
      ['020-7946-0000 020-7946-0001', 'tel:02079460000'],
      ['(020) 7946 0000 (020) 7946 0001', 'tel:02079460000'],
      ['030 1234 030 1235', 'tel:0301234'], // seven digits make a number
      ['+44 20 7946 0000 020 7946 0001', 'tel:+442079460000'], // after a country code, the area code with its trunk 0
      ['+44 (0)20 7946 0000 (0)20 7946 0001', 'tel:+442079460000'],
      ['+44 20 7946 0000 +44 20 7946 0001', 'tel:+442079460000'], // a "+" starts a number
      // Not 00 and a country code: a last group 0012 and four-digit hours ("+44 20 7946 0012 0900 1700") would look so.
      // These digits, joined, are too many for one number: no link, as before.
      ['020 7946 0000 0044 20 7946 0001', undefined],
      ['06 12 34 56 78 06 12 34 56 79', 'tel:0612345678'],
      ['٠٢٠ ٧٩٤٦ ٠٠٠٠ ٠٢٠ ٧٩٤٦ ٠٠٠١', 'tel:02079460000'],
      ['1 800 555 0199 1 800 555 0200', 'tel:18005550199'],
      ['Tel: 020 7946 0000 020 7946 0001 (Mon–Fri 9–17)', 'tel:02079460000'],
      // A short group, then a whole number with a trunk 0: a number of its own (999), or the first digits? None.
      ['999 020 7946 0000', undefined],
      ['112 0800 123 4567', undefined],
      ['٩٩٩ ٠٢٠ ٧٩٤٦ ٠٠٠٠', undefined],
      // One number whose later group starts with 0: dialled whole, as before.
      ['+44 20 7946 0000', 'tel:+442079460000'],
      ['020 7946 0000', 'tel:02079460000'],
      ['0212 555 00 00', 'tel:02125550000'],
      ['+90 212 555 00 00', 'tel:+902125550000'],
      ['+91 98765 04321', 'tel:+919876504321'], // India: five and five
      ['+86 138 0013 8000', 'tel:+8613800138000'], // China: a mobile's middle group
      ['138 0013 8000', 'tel:13800138000'],
      ['347 0123456', 'tel:3470123456'],
      ['+81 3 1234 0567', 'tel:+81312340567'],
      ['+49 30 901820 0', 'tel:+49309018200'],
      ['+39 02 0123 4567', 'tel:+390201234567'],
      ['+966 11 012 3456', 'tel:+966110123456'],
      ['+1 800 555 0199', 'tel:+18005550199'],
      ['0800 123 4567', 'tel:08001234567'],
    ];
    for (const [written, dial] of pairs) {
      it(`"${written}" → ${dial ?? 'no link'}`, () => {
        expect(dialled(written)).to.equal(dial);
      });
    }

    // One number with hours in digits after it: the hours are no second number, and no group inside one
    // number starts one again (a last group 0012 is no "00" and a country code; +90 … 90 repeats the country
    // code, not the first group; +34 91 … 91 repeats the area code without a trunk 0). Each is dialled as before
    // two numbers were looked for: whole, or (bare hours: the number's last digits?) not at all.
    const hours: [string, string | undefined][] = [
      ['+44 20 7946 0012 (9–17 h)', 'tel:+442079460012'],
      ['020 7946 0012 24/7', 'tel:02079460012'],
      ['0800 341 0041 (9-17)', 'tel:08003410041'],
      ['0800 123 0800 (9-17)', 'tel:08001230800'],
      ['0800 800 0800 24/7', 'tel:08008000800'],
      ['+90 212 555 90 90 (09.00-18.00)', 'tel:+902125559090'],
      ['+33 (0)1 42 68 33 12 (9-17)', 'tel:+33142683312'],
      ['+34 91 123 91 45 (9-17)', 'tel:+34911239145'],
      ['+971 4 905 0065 (8-20)', 'tel:+97149050065'],
      ['+٩٧١ ٤ ٩٠٥ ٠٠٦٥ (٨-٢٠)', 'tel:+97149050065'],
      ['+1 212 555 0012 24/7', 'tel:+12125550012'],
      ['0049 7571 9570 009 (09.00-18.00)', 'tel:004975719570009'],
      ['+44 (0)20 5890 0026 (8-20)', 'tel:+442058900026'],
      ['04 39 28 24 04 09.00-18.00', 'tel:0439282404'],
      ['+33 7 26 52 07 14 8-20', undefined],
      ['020 1752 0096 8-20', undefined],
      ['0800 123 0800 8-20', undefined],
      ['+44 20 7946 0012 8-20', undefined],
      ['+971 52 512 0096 8-20', undefined],
      ['0800 800 0800 8-20', undefined], // the first group again, as many digits after as before
      ['+1 136 715 0136 8-20', undefined], // the area code again with a 0, the national number's length again
      ['+44 20 1556 0099 800-2000', undefined], // a last group 0099, then hours joined by a dash
      ['+44 20 7946 0012 0900 1700', undefined], // four-digit times
      ['3247-9139 0900-1700', undefined], // two words alike: a number and hours
    ];
    for (const [written, dial] of hours) {
      it(`one number with hours, "${written}" → ${dial ?? 'no link'}, not cut`, () => {
        expect(restart(written), written).to.equal(-1);
        expect(dialled(written), written).to.equal(dial);
      });
    }

    // A short code, then a whole number starting with a trunk 0, written with digits and spaces only:
    // "112…" dialled joined may reach the emergency service. Single numbers with a group starting with 0
    // after a first group keep their link.
    const short: [string, string | undefined][] = [
      ['112 030 901820', undefined],
      ['999 01632 96000', undefined],
      ['112 0800 123 456', undefined],
      ['347 012 3456', 'tel:3470123456'], // an Italian mobile
      ['347 0123456', 'tel:3470123456'],
      ['400 012 3456', 'tel:4000123456'], // a Chinese service number
      ['1 800 555 0199', 'tel:18005550199'],
      ['8 017 123 45 67', 'tel:80171234567'], // Belarus: a trunk 8, then the area code with its 0
      ['0 (212) 555 12 12', 'tel:02125551212'],
      ['91 012 34 56', 'tel:910123456'],
    ];
    for (const [written, dial] of short) {
      it(`a short first group before a group starting with 0, "${written}" → ${dial ?? 'no link'}`, () => {
        expect(dialled(written), written).to.equal(dial);
      });
    }

    // An emergency number, then a whole number (eight or nine digits or more after it), in any writing: dialled joined,
    // the call may reach the emergency line ("9112125550100" starts with 911). No link. The same codes before a short
    // number, or as a number's own first group (a Chinese mobile "190 1234 5678", Mérida's area code "999 123 4567"),
    // keep their link.
    const emergency: [string, string | undefined][] = [
      ['911 212 555 0100', undefined],
      ['911 2125550100', undefined],
      ['911-212-555-0100', undefined],
      ['(911) 212 555 0100', undefined],
      ['911 (212) 555-0100', undefined],
      ['Tel: 911 212 555 0100', undefined],
      ['000 02 9374 4000', undefined], // Australia
      ['000 (02) 9374 4000', undefined],
      ['111 09 123 4567', undefined], // New Zealand
      ['110 030 901820 0', undefined],
      ['119 03 1234 5678', undefined],
      ['999 7946 000 000', undefined],
      ['112 612 345 678', undefined],
      ['٩١١ ٢١٢ ٥٥٥ ٠١٠٠', undefined],
      ['9-1-1 212-555-0100', undefined], // 911 spelled out
      ['9 1 1 212 555 0100', undefined],
      ['9\ufeff11 212 555 0100', undefined], // an invisible character inside it
      // Countries with eight-digit numbers, and local numbers: eight digits after 000, 10x, 11x, 120–123, 911, 995–999.
      ['999 2123 4567', undefined], // Hong Kong
      ['995 6123 4567', undefined], // Singapore
      ['112 3312 3456', undefined], // Denmark
      ['110 22 12 34 56', undefined], // Norway
      ['911 2222 3333', undefined], // Costa Rica
      ['000 9374 4000', undefined], // Sydney, written locally
      ['999 7946 0000', undefined], // London, written locally
      // Other countries' emergency numbers, before a whole number.
      ['120 139 1234 5678', undefined], // China: ambulance
      ['122 139 1234 5678', undefined],
      ['131 2 2123 4567', undefined], // Chile
      ['133 9 1234 5678', undefined],
      ['123 601 234 5678', undefined], // Colombia
      ['107 11 4123-4567', undefined], // Argentina
      ['105 987 654 321', undefined], // Peru
      ['158 212 345 678', undefined], // Czechia
      ['166 210 123 4567', undefined], // Greece
      ['199 210 123 4567', undefined],
      ['103 8 495 123 45 67', undefined], // Russia: ambulance, then a trunk 8
      ['103 495 123 45 67', undefined],
      ['10111 021 123 4567', undefined], // South Africa
      ['10177 021 123 4567', undefined],
      ['10111 2123 4567', undefined], // eight digits after it
      ['9–1–1 212 555 0100', undefined], // other dashes
      ['9‑1‑1 212 555 0100', undefined],
      ['٩–١–١ ٢١٢ ٥٥٥ ٠١٠٠', undefined],
      ['( 911 ) 212 555 0100', undefined],
      ['9 9 9 2123 4567', undefined],
      ['0-0-0 02 9374 4000', undefined],
      ['988 212 555 0100', undefined], // the North American crisis line
      ['(988) 212-555-0100', undefined],
      ['9999 2412 3456', undefined], // Oman
      // Numbers that start with such digits keep their link: India's international toll-free numbers, Chinese
      // mobiles (131–133, 150–158, 166, 190–199 are also their prefixes), a Japanese mobile, Bangalore.
      ['000 800 440 2038', 'tel:0008004402038'],
      ['000-800-100-7123', 'tel:0008001007123'],
      ['150 1234 5678', 'tel:15012345678'],
      ['158 1234 5678', 'tel:15812345678'],
      ['133 1234 5678', 'tel:13312345678'],
      ['166 1234 5678', 'tel:16612345678'],
      ['191 1234 5678', 'tel:19112345678'],
      ['199 1234 5678', 'tel:19912345678'],
      ['080 1234 5678', 'tel:08012345678'],
      ['090 1234 5678', 'tel:09012345678'],
      ['091 561 2345', 'tel:0915612345'], // Peshawar
      // Spain's regional emergency numbers (061 … 092) are area codes with a trunk 0 elsewhere: a Pakistani UAN
      // number after its area code, a Brazilian mobile after its area code with the 0.
      ['091-111-222-333', 'tel:091111222333'],
      ['(061) 111-786-786', 'tel:061111786786'],
      ['(061) 99123-4567', 'tel:061991234567'],
      ['(085) 9 8765-4321', 'tel:085987654321'],
      ['(092)99027-6509', 'tel:092990276509'],
      ['988 123 4567', 'tel:9881234567'], // a Mexican area code
      ['998 123 4567', 'tel:9981234567'], // Cancún
      ['995 123 4567', 'tel:9951234567'],
      ['190 1234 5678', 'tel:19012345678'],
      ['999 123 4567', 'tel:9991234567'],
      ['911 123 45 67', 'tel:9111234567'], // a Russian mobile without its trunk 8: ten digits
      ['112 345 678', 'tel:112345678'],
      ['+1 212 555 0100', 'tel:+12125550100'],
      ['1 212 555 0100', 'tel:12125550100'],
      ['212 555 0100', 'tel:2125550100'],
      ['139 1234 5678', 'tel:13912345678'],
      ['+7 911 123 45 67', 'tel:+79111234567'],
      ['8 911 123 45 67', 'tel:89111234567'],
    ];
    for (const [written, dial] of emergency) {
      it(`an emergency number before a whole one, "${written}" → ${dial ?? 'no link'}`, () => {
        expect(dialled(written), written).to.equal(dial);
        // Never dialled joined, whichever reader answers.
        const joined = `tel:${written.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/\D/g, '')}`;
        if (!dial) expect([plainTelHref(written), telHref(written)], written).to.not.include(joined);
      });
    }

    it('one link named by the whole text, no second number, no warning: a number with hours in digits after it, and two numbers joined by "/" (the first dialled, as "/" always did)', async () => {
      for (const [phone, tel] of [
        ['+44 20 7946 0012 (9–17 h)', 'tel:+442079460012'],
        ['+90 212 555 90 90 (09.00-18.00)', 'tel:+902125559090'],
        ['+44 20 7946 0000/+44 20 7946 0001', 'tel:+442079460000'],
        ['+49 30 901820/+49 30 901821', 'tel:+4930901820'],
      ]) {
        expect(restart(phone), phone).to.equal(-1);
        const warnings = await captureWarnings(async () => {
          const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone=${phone}></smp-aftercare-checklist>`);
          const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.call');
          expect(link?.getAttribute('href'), phone).to.equal(tel);
          // Never cut inside "0000/+44" or before the hours: the link's name and text hold every digit written.
          expect(link!.getAttribute('aria-label'), phone).to.contain(phone);
          expect(link!.textContent, phone).to.contain(phone);
          expect(el.shadowRoot!.querySelector('[part="contact"] span.call'), `${phone}: no second number`).to.equal(null);
        });
        expect(warnings, phone).to.deep.equal([]);
      }
    });

    it('every text in the tables above is dialled as before', () => {
      const tables = [cases, ...rules.map(([, t]) => t), ...locales.map(([, t]) => t)].flat();
      expect(tables.length).to.be.above(300);
      for (const [written, dial] of tables) expect(dialled(written), written).to.equal(dial);
    });

    it('the call link names and dials the first number, shows the second beside it, and warns once', async () => {
      for (const [phone, tel, first, second] of [
        ['020 7946 0000 020 7946 0001', 'tel:02079460000', '020 7946 0000', '020 7946 0001'], // the plain reader
        ['555-0100 555-0101', 'tel:5550100', '555-0100', '555-0101'], // telHref, downloaded
      ]) {
        const warnings = await captureWarnings(async () => {
          const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone=${phone}></smp-aftercare-checklist>`);
          const links = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.call');
          expect(links.length, phone).to.equal(1);
          expect(links[0].getAttribute('href'), phone).to.equal(tel);
          expect(links[0].textContent, phone).to.contain(first).and.not.contain(second);
          expect(links[0].getAttribute('aria-label'), phone).to.contain(first).and.not.contain(second);
          const shown = el.shadowRoot!.querySelector('[part="contact"] span.call');
          expect(shown?.textContent, `${phone}: the second number`).to.contain(second);
          el.requestUpdate();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
        expect(warnings, phone).to.have.length(1);
        expect(warnings[0]).to.contain(`phone="${phone}"`).and.contain('two numbers');
      }
    });

    it('a short number or an emergency number before a whole one gives no link, shows the text, and warns once', async () => {
      // 999 020 7946 0000 has 14 digits, 112 030 901820 13, 15 01 23 45 67 89 a short group before a trunk 0, 911 212 555 0100
      // an emergency number first: the plain reader hands them to tel.ts, which gives no link.
      // The warning says what is wrong: which number to dial, or an emergency number before the clinic's.
      for (const [phone, says] of [
        ['15 01 23 45 67 89', 'cannot tell which number'], // France's 15, or a number's first digits?
        ['999 020 7946 0000', 'starts with an emergency number'],
        ['112 030 901820', 'starts with an emergency number'],
        ['911 212 555 0100', 'starts with an emergency number'],
        ['Tel: 9-1-1 212-555-0100', 'starts with an emergency number'],
      ]) {
        const warnings = await captureWarnings(async () => {
          const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone=${phone}></smp-aftercare-checklist>`);
          // (Its href, not the element: an element in a failed assertion is more than the runner reports.)
          expect(el.shadowRoot!.querySelector('a.call')?.getAttribute('href') ?? 'no link', phone).to.equal('no link');
          expect(el.shadowRoot!.querySelector('[part="contact"] .call')!.textContent).to.contain(phone);
        });
        expect(warnings, phone).to.have.length(1);
        expect(warnings[0]).to.contain(`phone="${phone}"`).and.contain(says);
      }
    });
  });

  it('the rendered link dials the safe number and shows the number as the clinic wrote it', async () => {
    const el = await fixture<SmpAftercareChecklist>(
      html`<smp-aftercare-checklist phone="+44 (0) 20 7946 0000 (Mon–Fri 9–17)"></smp-aftercare-checklist>`,
    );
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.call')!;
    expect(link.getAttribute('href')).to.equal('tel:+442079460000');
    expect(link.textContent).to.contain('+44 (0) 20 7946 0000 (Mon–Fri 9–17)');
  });

  it('a phone in Arabic-Indic digits gets a call link and is shown as typed', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone="٠٢٠ ٧٩٤٦ ٠٠٠٠"></smp-aftercare-checklist>`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.call')!;
      expect(link, 'call link').to.not.equal(null);
      expect(link.getAttribute('href')).to.equal('tel:02079460000');
      expect(link.textContent).to.contain('٠٢٠ ٧٩٤٦ ٠٠٠٠');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('a number that cannot be dialled safely still shows, without a link, with one warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone="020 7946 0000 9–17"></smp-aftercare-checklist>`);
      expect(el.shadowRoot!.querySelector('a.call')).to.equal(null);
      const shown = el.shadowRoot!.querySelector('[part="contact"] .call')!;
      expect(shown, 'the number as text').to.not.equal(null);
      expect(shown.textContent).to.contain('020 7946 0000 9–17');
      expect(el.shadowRoot!.querySelector('.no-contact'), 'the generic line').to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('phone="020 7946 0000 9–17"');
    await expect(
      await fixture(html`<smp-aftercare-checklist phone="555 1234 OPEN" contact-url="https://clinic.example/contact"></smp-aftercare-checklist>`),
    ).to.be.accessible();
  });

  it('the number as text sits beside the contact link', async () => {
    const el = await fixture<SmpAftercareChecklist>(
      html`<smp-aftercare-checklist phone="0800 FLOWERS" contact-url="https://clinic.example/contact"></smp-aftercare-checklist>`,
    );
    expect(el.shadowRoot!.querySelector('[part="contact"] .call')!.textContent).to.contain('0800 FLOWERS');
    expect(el.shadowRoot!.querySelector('a.contact-link')).to.not.equal(null);
  });

  // A paragraph pasted into the attribute is not read for a number: reading 100,000 characters held the page for over
  // a second in WebKit. Up to 200 characters are read: the longest realistic text (a number, its hours and a second
  // number) keeps its link.
  it('a phone text over 200 characters is shown whole, without a call link, with one warning; 200 are read', async () => {
    // The phone text is trimmed before it is read: the spaces are inside it.
    const read = `020 7946 0000 (${'Mon–Fri 9–17 h, Sat 10–14 h, '.repeat(7).slice(0, 184)})`;
    expect(read.length).to.equal(200);
    const over = `${read.slice(0, -1)}h)`; // 201 characters
    const long = `Call 020 7946 0000${' and ask for the aftercare team'.repeat(6)}`;
    const huge = `Tel:${' '.repeat(100_000)}020 7946 0000`;
    const warnings = await captureWarnings(async () => {
      const kept = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone=${read}></smp-aftercare-checklist>`);
      expect(kept.shadowRoot!.querySelector('a.call')?.getAttribute('href'), '200 characters: read').to.equal('tel:02079460000');
      for (const phone of [over, long, huge]) {
        const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone=${phone}></smp-aftercare-checklist>`);
        // A boolean: a failed comparison of an element with null would print this element, phone text and all.
        expect(el.shadowRoot!.querySelector('a.call') === null, `${phone.length} characters: no link`).to.equal(true);
        const shown = el.shadowRoot!.querySelector('[part="contact"] .call.long')!;
        expect(shown, 'the text, marked').to.not.equal(null);
        expect(shown.textContent!.replace(/\s+/g, ' ').trim()).to.contain(phone.replace(/\s+/g, ' ').trim());
        el.requestUpdate();
        await el.updateComplete;
      }
    });
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('201 characters, more than the 200 read for a number');
    expect(warnings[1]).to.contain('204 characters');
    expect(warnings[2]).to.contain('100017 characters');
  });

  // Characters as the WordPress setting counts them (code points): an emoji is one, not two UTF-16 units. A warning
  // cut short never ends in half an emoji (the console shows a lone surrogate as �).
  it('a phone text’s length counts an emoji as one character, and its warning never ends in half of one', async () => {
    const emoji = `020 7946 0000 (${'🙂'.repeat(93)})`; // 202 UTF-16 units, 109 characters
    const long = `a${'📞'.repeat(250)} 020 7946 0000`; // 265 characters
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone=${emoji}></smp-aftercare-checklist>`);
      expect(el.shadowRoot!.querySelector('a.call')?.getAttribute('href'), '109 characters: read').to.equal('tel:02079460000');
      const over = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone=${long}></smp-aftercare-checklist>`);
      expect(over.shadowRoot!.querySelector('.call.long') !== null, '265 characters: not read').to.equal(true);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('265 characters');
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(warnings[0]), `no half emoji: ${warnings[0]}`).to.equal(false);
  });

  // The digits' own box (callLabel) searched the whole text: a run of digits and spaces took time growing with its
  // square (40,000 characters: 1.5 s in Chromium, 2 s in WebKit; Firefox gave up with too much recursion, and the
  // checklist was blank). A text too long to read gets no box: it renders, with its heading and items.
  it('a long run of digits and spaces or brackets renders whole, without a link; what it costs is printed', async () => {
    const times: string[] = [];
    for (const [name, phone] of [
      ['spaces', `1${' '.repeat(40_000)}1`],
      ['brackets', `1${'('.repeat(40_000)}`],
    ]) {
      const started = performance.now();
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone=${phone}></smp-aftercare-checklist>`);
      times.push(`${name} ${(performance.now() - started).toFixed(0)} ms`);
      expect(el.shadowRoot!.querySelector('h2')?.textContent, `${name}: the heading`).to.contain('aftercare');
      expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]').length, `${name}: the items`).to.be.greaterThan(5);
      const shown = el.shadowRoot!.querySelector('.call.long');
      expect(shown?.textContent?.includes(phone), `${name}: the text whole`).to.equal(true);
      expect(shown?.querySelector('.number') === null, `${name}: no box for digits searched in it`).to.equal(true);
    }
    console.log(`a checklist with 40,000 spaces or brackets in its phone text: ${times.join(', ')}`);
  });

  it('a phone from which no number can be read gives no call link and one warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist phone="ask at reception" contact-url="https://clinic.example/contact"></smp-aftercare-checklist>`);
      expect(el.shadowRoot!.querySelector('a.call')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('phone="ask at reception"');
  });
});
