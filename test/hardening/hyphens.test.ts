import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { pageLang } from '../support/helpers.js';
import { withAddresses } from '../../src/internal/addresses.js';

/** Every text node under `root`, shadow roots included. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(n as Text);
    if ((n as Element).shadowRoot) walk((n as Element).shadowRoot!);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

describe('hyphenation in a narrow card', () => {
  afterEach(() => pageLang('en'));

  it('an e-mail address or a URL in an item is never hyphenated (a hyphen in it is another address), in every element', async () => {
    await pageLang('de');
    const mail = 'praxisanmeldung@hautpigmentierungsklinik.example';
    const url = 'www.hautpigmentierungsklinik.example/nachsorgeanleitung';
    const text = `Schreiben Sie an ${mail} oder lesen Sie ${url} nach.`;
    const wrap = await fixture<HTMLElement>(html`<div style="width:180px">
      <smp-aftercare-checklist><li data-kind="do" data-id="a">${text}</li><li data-kind="urgent" data-id="u">${text}</li></smp-aftercare-checklist>
      <smp-pros-cons><li data-kind="pro" data-id="a">${text}</li></smp-pros-cons>
      <smp-recovery-timeline><li data-id="a" data-from="0" data-to="3">${text}</li></smp-recovery-timeline>
      <smp-practitioner-guide><li data-kind="ask" data-id="a">${text}</li></smp-practitioner-guide>
    </div>`);
    const els = [...wrap.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all(els.map((e) => e.updateComplete));
    for (const el of els) {
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(getComputedStyle(base).hyphens, `${el.localName}: the narrow card hyphenates`).to.equal('auto');
      // The text as each element renders it: found by its words, whatever elements it is split into.
      const nodes = textNodes(el.shadowRoot!).filter((n) => /hautpigmentierungsklinik/.test(n.textContent!));
      expect(nodes.length, `${el.localName} shows the item`).to.be.greaterThan(0);
      // The words around it still hyphenate.
      const words = textNodes(el.shadowRoot!).find((n) => /Schreiben/.test(n.textContent!))!;
      expect(getComputedStyle(words.parentElement!).hyphens, `${el.localName}: the item's words`).to.equal('auto');
      for (const node of nodes) {
        for (const address of [mail, url]) {
          const at = node.textContent!.indexOf(address);
          if (at < 0) continue;
          // Rendered with hyphens: manual, and where this engine hyphenates, no line inside it ends in an added hyphen.
          expect(getComputedStyle(node.parentElement!).hyphens, `${el.localName} "${address}"`).to.equal('manual');
          // The address still wraps inside the card, without a hyphen (overflow-wrap breaks it where it must).
          const box = base.getBoundingClientRect();
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + address.length);
          for (const r of range.getClientRects()) expect(r.right, `${el.localName} "${address}" stays in the card`).to.be.at.most(box.right + 1);
        }
      }
    }
  });
});

describe('withAddresses', () => {
  const shown = (text: string) => {
    const out = withAddresses(text);
    if (typeof out === 'string') return { text: out, addresses: [] as string[] };
    return {
      text: out.map((p) => (typeof p === 'string' ? p : String(p.values[0]))).join(''),
      addresses: out.filter((p) => typeof p !== 'string').map((p) => String((p as { values: unknown[] }).values[0])),
    };
  };
  /** Each text comes back whole, with exactly these addresses and numbers boxed. */
  const expectBoxes = (cases: [string, string[]][]) => {
    for (const [text, addresses] of cases) {
      const out = shown(text);
      expect(out.text, text).to.equal(text);
      expect(out.addresses, text).to.deep.equal(addresses);
    }
  };

  it('finds e-mail addresses, URLs and phone numbers without the punctuation around them, and keeps every character of the text', () => {
    const cases: [string, string[]][] = [
      ['Write to care@clinic.example.', ['care@clinic.example']],
      ['(see https://clinic.example/aftercare?x=1), or www.clinic.example', ['https://clinic.example/aftercare?x=1', 'www.clinic.example']],
      ['Read „clinic.example/nachsorge“ first', ['clinic.example/nachsorge']],
      // "24/7" and "and/or" are no addresses; a run of 7 or more digits is kept left to right, as written.
      ['Open 24/7, and/or call 020 7946 0000 on 12.03.2026', ['020 7946 0000', '12.03.2026']],
      ['Call +44 (0)20 7946 0000, or 0800-123-4567.', ['+44 (0)20 7946 0000', '0800-123-4567']],
      // A full stop ends a number; a bracket it opens but does not close stays outside; a + or bracket may follow a word.
      ['Call 020 7946 0000. 24 hours a day', ['020 7946 0000']],
      ['Call (+44) 20 7946 0000 or (020 7946 0001) or 020 7946 0002 (9–17)', ['(+44) 20 7946 0000', '020 7946 0001', '020 7946 0002']],
      ['Tel(020) 7946 0000, 030/1234567', ['(020) 7946 0000', '030/1234567']],
      ['اتصل،0501234567 أو ٠٥٠ ١٢٣ ٤٥٦٧.', ['0501234567', '٠٥٠ ١٢٣ ٤٥٦٧']],
      // Too few digits, a range (two numbers and a dash), or digits inside a word or an address: left as they run.
      ['Wait 5 days, then 3-4 more; room 12 345; code AB1234567; ref 1234567x', []],
      ['السعر ١٠٠٠-٢٠٠٠ درهم، or 1500 - 2500 euros, or 2.000 - 3.500 درهم', []],
      // A number before a bracketed one: both read (the short one left alone); a dash number starting with 0 is no range.
      ['الطوارئ 999 (04 123 4567) أو ٠٤-١٢٣٤٥٦٧', ['04 123 4567', '٠٤-١٢٣٤٥٦٧']],
      // The digits of a link stay in the link.
      ['واتساب: https://wa.me/+971501234567', ['https://wa.me/+971501234567']],
      ['Mail 1234567@clinic.example', ['1234567@clinic.example']],
      ['No address here', []],
    ];
    expectBoxes(cases);
  });

  it('boxes a number glued to letters of a right-to-left script, before or after it, and not one glued to Latin letters or digits', () => {
    const cases: [string, string[]][] = [
      ['اتصل على الرقم0501234567 فورًا', ['0501234567']], // Arabic letters before
      ['اتصل على الرقم 0501234567فورًا', ['0501234567']], // and after
      ['رقم:+971501234567', ['+971501234567']],
      ['الرقم+971 50 123 4567للطوارئ', ['+971 50 123 4567']],
      ['الرقم٠٥٠١٢٣٤٥٦٧ فورًا', ['٠٥٠١٢٣٤٥٦٧']], // Arabic-Indic digits
      ['شماره۰۹۱۲۳۴۵۶۷۸۹ را بگیرید', ['۰۹۱۲۳۴۵۶۷۸۹']], // Persian
      ['نمبر0300 1234567پر کال کریں', ['0300 1234567']], // Urdu
      ['התקשרו למספר03-1234567 מיד', ['03-1234567']], // Hebrew
      // An order code, a reference: glued to Latin letters or digits, left as they run.
      ['Order ABC1234567 today; ref 1234567x; الكود ABC1234567', []],
    ];
    expectBoxes(cases);
  });

  it('leaves a range of two amounts (about as long, or both round) to read in the text\'s direction, glued to letters or not; a number is boxed', () => {
    const cases: [string, string[]][] = [
      ['السعر٥٠٠-٢٥٠٠٠ريال للجلسة.', []],
      ['السعر ٥٠٠-٢٥٠٠٠ ريال', []],
      ['قیمت۵۰۰-۲۵۰۰۰تومان', []],
      ['السعر 500 - 25000 ريال', []],
      ['السعر1,500-25,000ريال', []],
      ['اتصل 555-0100 أو ٠٤-١٢٣٤٥٦٧', ['555-0100', '٠٤-١٢٣٤٥٦٧']],
      ['الرقم04-1234567', ['04-1234567']],
      ['اتصل 1-800-555-0199', ['1-800-555-0199']],
      ['اتصل 212 555 0100 - 12', ['212 555 0100 - 12']], // a number and an extension, not 212 555 0100 to 12
      ['السعر 1 500 - 2 500 ريال', []],
      // Numbers whose parts differ in length and are not round amounts: boxed, or their groups are drawn swapped.
      ['اتصل بالرقم 800-1234567 للحجز.', ['800-1234567']],
      ['اتصل بالرقم ٨٠٠-١٢٣٤٥٦٧ للحجز.', ['٨٠٠-١٢٣٤٥٦٧']],
      ['اتصل بالرقم 800-123456 للحجز.', ['800-123456']],
      ['اتصل بالرقم 800 - 1234567 للحجز.', ['800 - 1234567']],
      ['اتصل بالرقم 212-5550100 للحجز.', ['212-5550100']],
      ['اتصل بالرقم 600-5222222 للحجز.', ['600-5222222']],
      ['اتصل بالرقم 19-12345 للحجز.', ['19-12345']],
      ['اتصل بالرقم ٥٠-١٢٣٤٥٦٧ للحجز.', ['٥٠-١٢٣٤٥٦٧']],
    ];
    expectBoxes(cases);
  });

  it('in an Arabic item a right-to-left reader meets the smaller amount of a range first (drawn on its right)', async () => {
    await pageLang('ar');
    try {
      for (const [text, low, high] of [
        ['السعر٥٠٠-٢٥٠٠٠ريال للجلسة.', '٥٠٠', '٢٥٠٠٠'],
        ['قیمت۵۰۰-۲۵۰۰۰تومان', '۵۰۰', '۲۵۰۰۰'],
        ['السعر ٥٠٠-٢٥٠٠٠ ريال', '٥٠٠', '٢٥٠٠٠'],
      ]) {
        const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
          html`<smp-aftercare-checklist style="width:390px"><li data-kind="do" data-id="p">${text}</li></smp-aftercare-checklist>`,
        );
        await el.updateComplete;
        const node = textNodes(el.shadowRoot!).find((n) => n.textContent!.includes(high))!;
        const x = (s: string) => {
          const range = document.createRange();
          range.setStart(node, node.textContent!.indexOf(s));
          range.setEnd(node, node.textContent!.indexOf(s) + s.length);
          return range.getBoundingClientRect().left;
        };
        expect(x(low), `${text}: ${low} right of ${high}`).to.be.above(x(high));
        // (A tag name, not the element: an element in a failed assertion is more than the runner reports.)
        expect(node.parentElement!.closest('.address')?.localName ?? 'none', `${text}: its box`).to.equal('none');
      }
    } finally {
      await pageLang('en');
    }
  });

  it('boxes a number that starts with a bracketed area code whole, and leaves bracketed hours after it out', () => {
    const cases: [string, string[]][] = [
      ['(04) 123 4567 (9-17)', ['(04) 123 4567']],
      ['(04) 123 4567', ['(04) 123 4567']],
      ['Tel (04) 123-4567.', ['(04) 123-4567']],
      ['(+971) 4 123 4567', ['(+971) 4 123 4567']],
      ['+971 (0)4 123 4567 (Sun–Thu 9–17)', ['+971 (0)4 123 4567']],
      ['Call (04) 123 4567 (9-17) or (020) 7946 0000 (24h)', ['(04) 123 4567', '(020) 7946 0000']],
      ['(020 7946 0000 (9-17))', ['020 7946 0000']],
      ['اتصل على (04) 123 4567 (9-17)', ['(04) 123 4567']],
      ['اتصل على (٠٤) ١٢٣ ٤٥٦٧ (٩-١٧)', ['(٠٤) ١٢٣ ٤٥٦٧']],
      ['هاتف (+971) 4 123 4567 أو +971 (0)4 123 4567 (الأحد–الخميس 9–17)', ['(+971) 4 123 4567', '+971 (0)4 123 4567']],
    ];
    expectBoxes(cases);
  });
});
