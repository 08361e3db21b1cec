import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/aftercare-checklist/define.js';
import type { SmpAftercareChecklist } from '../../src/elements/aftercare-checklist/aftercare-checklist.js';
import { telHref } from '../../src/internal/settings.js';
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
