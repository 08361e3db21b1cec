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
 * Arabic-Indic), with spaces, dots, dashes or brackets between, an optional + first. In
 * right-to-left text the groups of such a run would be shown in reverse order
 * (`0000 7946 20 44+`), so it is shown left to right, as written, like the widgets' own numbers.
 */
const NUMBER = /\+?\(?[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9\s().-]{5,}[0-9\u0660-\u0669\u06f0-\u06f9]/g;
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/g;

const isolated = (text: string) => html`<span class="address" dir="ltr">${text}</span>`;
// Digits in a bdo: Arabic-Indic groups are Arabic numbers to the bidi algorithm, and a space
// between two of them runs right to left even inside a left-to-right isolate; an override keeps
// the groups as written (a number has no letters a reader would need reordered).
const number = (text: string) => html`<bdo class="address" dir="ltr">${text}</bdo>`;

/**
 * An item's text, with each e-mail address, URL or phone number in it in a `span.address`
 * isolated left to right: the shared styles keep it from hyphenating (a hyphen the browser
 * adds inside an address makes another address), and right-to-left text around it cannot
 * reorder it. Text without one comes back as it was, so most items render as one text node.
 * Still text, never parsed as HTML.
 */
export function withAddresses(text: string): string | (string | TemplateResult)[] {
  const words = /[@/]|www\./i.test(text);
  // A run on its own (not the digits of an address or a word): a space, a bracket, a quote or a colon around it.
  const numbers = [...text.matchAll(NUMBER)].filter(
    (m) => (m[0].match(DIGIT)?.length ?? 0) >= 7 && /^$|[\s([{<:"'«“‘]$/.test(text.slice(Math.max(0, m.index! - 1), m.index)) && /^$|^[\s)\]}>.,;:!?"'»”’،؛؟]/.test(text.slice(m.index! + m[0].length)),
  );
  if (!words && !numbers.length) return text;
  const parts: (string | TemplateResult)[] = [];
  let plain = '';
  let at = 0;
  for (const m of [...numbers, null]) {
    const end = m ? m.index! : text.length;
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
      parts.push(plain, number(m[0]));
      plain = '';
      at = end + m[0].length;
    }
  }
  if (parts.length === 0) return text;
  if (plain) parts.push(plain);
  return parts;
}
