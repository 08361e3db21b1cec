import { html, type TemplateResult } from 'lit';

/**
 * A word that is an address: an e-mail, a URL with a scheme, `www.…`, or a domain with a path.
 * Read from a word with the punctuation around it taken off (brackets, quotes, a full stop).
 */
// No `i` flag and no Unicode property (\p{L}): V8 compiles those into tables of tens of KiB that
// a page keeps (see tel.ts); a domain's labels are any characters but a space, @, / or a dot.
const ADDRESS = /^(?:[^\s@]+@[^\s@]+\.[^\s@]+|[A-Za-z][\w+.-]*:\/\/\S+|[Ww]{3}\.\S+\.\S+|[^\s@/.]+(?:\.[^\s@/.]+)+\/\S*)$/;
const QUOTES = `"'«»‹›“”‘’„‚`;
const LEADING = new RegExp(`^[(\\[{<${QUOTES}]+`, 'u');
const TRAILING = new RegExp(`[)\\]}>${QUOTES}.,;:!?]+$`, 'u');

/**
 * A run of digit groups a clinic wrote, such as a phone number: 7 or more digits (Latin or
 * Arabic-Indic), with spaces, dashes or brackets between, a dot or slash only between two digits
 * (12.03.2026, 030/1234567, not the full stop of "… 4567. 7 days"), and a + or a bracket first.
 * In right-to-left text the groups of such a run would be shown in reverse order
 * (`0000 7946 20 44+`), so it is shown left to right, as written, like the widgets' own numbers.
 */
const D = '[0-9\\u0660-\\u0669\\u06f0-\\u06f9]';
const NUMBER = new RegExp(`(?:\\(\\+?|\\+\\(?)?${D}(?:${D}|[\\s()-]|[./](?=${D})){5,}${D}`, 'g');
const DIGIT = new RegExp(D, 'g');
/** One amount of a range: digits, with thousands separators between them. */
const AMOUNT = new RegExp(`^${D}(?:[., \\u00a0\\u202f]?${D})*$`);
/**
 * Two amounts and a dash, read in the text's own direction (a price, 1000-2000, 2.000 - 3.500, 500-25000),
 * not a phone number: neither starts with 0 (04-1234567, 555-0100 are numbers), and they are about as long
 * or both round (500-25000): 800-1234567, 50-1234567 or 212 555 0100 - 12 (a number and its extension)
 * are numbers, whose groups a right-to-left line would draw swapped.
 */
function isRange(run: string): boolean {
  const [a, b, c] = run.split(/\s*[-‐-―]\s*/);
  const size = (p: string) => p.match(DIGIT)!.length;
  return (
    c == null &&
    [a, b].every((p) => AMOUNT.test(p) && !/^[0\u0660\u06f0]/.test(p)) &&
    (Math.abs(size(a) - size(b)) < 2 || [a, b].every((p) => /[0\u0660\u06f0]{2}$/.test(p)))
  );
}

/** A letter of a right-to-left script (Hebrew; Arabic, as Persian and Urdu write it too), not a digit or a comma. */
const RTL = /[\u05d0-\u05f2\u0620-\u064a\u066e-\u06d3\u06d5\u0750-\u077f\u08a0-\u08c9\ufb1d-\ufdfb\ufe70-\ufefc]/;
/** Where the first bracket `run` opens and does not close is, or -1. */
function unclosed(run: string): number {
  const open: number[] = [];
  for (let i = 0; i < run.length; i++) run[i] == '(' ? open.push(i) : run[i] == ')' && open.pop();
  return open[0] ?? -1;
}

/** The phone-like runs of `text`, each on its own (a space, bracket, quote or colon before, punctuation or a space after), brackets balanced. */
function numbers(text: string): { at: number; run: string }[] {
  const out: { at: number; run: string }[] = [];
  const re = NUMBER; // global: its lastIndex walks this text, from the start
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
    let at = m.index;
    let run = m[0];
    // A bracket the run opens but does not close stays outside it: "(020 7946 0000)" in a sentence, or
    // the hours after a number, "(04) 123 4567 (9–17)". Cut at the first such bracket, what follows it is
    // read again ("999 (04 123 4567)": two numbers); one that opens the run is left out of it.
    for (let open; (open = unclosed(run)) >= 0; ) {
      if (open) {
        re.lastIndex = at + open + 1;
        run = run.slice(0, open).trimEnd();
      } else (run = run.slice(1)), at++;
    }
    const before = text[at - 1] ?? ' ';
    const after = text[at + run.length] ?? ' ';
    if ((run.match(DIGIT)?.length ?? 0) < 7 || isRange(run)) continue;
    // On its own: not the digits of a link or an address (wa.me/+971…, 1234567@…), nor of a word of Latin letters
    // (an order code AB1234567); a bracket may follow a word (Tel(020) …). Letters of a right-to-left script may
    // touch it ("الرقم0501234567"): there the number most needs its box.
    if (!/[\s([{<:"'«“‘،؛]/.test(before) && !RTL.test(before) && !(run[0] === '(' && /[^\s/=@&?#.]/.test(before))) continue;
    if (!/[\s)\]}>.,;:!?"'»”’،؛؟]/.test(after) && !RTL.test(after)) continue;
    out.push({ at, run });
  }
  return out;
}

const isolated = (text: string) => html`<span class="address" dir="ltr">${text}</span>`;
// Digits in a bdo: Arabic-Indic groups are Arabic numbers to the bidi algorithm, and a space
// between two of them runs right to left even inside a left-to-right isolate; an override keeps
// the groups as written (a number has no letters a reader would need reordered).
const number = (text: string) => html`<bdo class="address" dir="ltr">${text}</bdo>`;

/**
 * An item's text, with each e-mail address or URL in it in a `span.address` isolated left to
 * right, and each phone-like number in a `bdo.address`: the shared styles keep them from
 * hyphenating (a hyphen the browser adds inside an address makes another address), and
 * right-to-left text around them cannot reorder them. Text without one comes back as it was, so most items render as one text node.
 * Still text, never parsed as HTML.
 */
export function withAddresses(text: string): string | (string | TemplateResult)[] {
  // Most texts have no digit, @, / or www.: returned before the number search runs at all, which would otherwise
  // run for every item and keep its compiled code (6 KiB of the checklist page's heap).
  if (!/[@/\d\u0660-\u0669\u06f0-\u06f9]|www\./i.test(text)) return text;
  const words = /[@/]|www\./i.test(text);
  const runs = numbers(text);
  if (!words && !runs.length) return text;
  const parts: (string | TemplateResult)[] = [];
  let plain = '';
  let at = 0;
  for (const m of [...runs, null]) {
    const end = m ? m.at : text.length;
    for (const word of words ? text.slice(at, end).split(/(\s+)/) : [text.slice(at, end)]) {
      const lead = LEADING.exec(word)?.[0] ?? '';
      const rest = word.slice(lead.length);
      const trail = TRAILING.exec(rest)?.[0] ?? '';
      const core = rest.slice(0, rest.length - trail.length);
      if (words && core && ADDRESS.test(core)) {
        parts.push(plain + lead, isolated(core));
        plain = trail;
      } else {
        plain += word;
      }
    }
    if (m) {
      parts.push(plain, number(m.run));
      plain = '';
      at = end + m.run.length;
    }
  }
  if (parts.length === 0) return text;
  if (plain) parts.push(plain);
  return parts;
}
