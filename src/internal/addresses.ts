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
 * An item's text, with each e-mail address or URL in it in a `span.address` (which the shared
 * styles keep from hyphenating: a hyphen the browser adds inside an address makes another
 * address). Text without one comes back as it was, so most items render as one text node.
 * Still text, never parsed as HTML.
 */
export function withAddresses(text: string): string | (string | TemplateResult)[] {
  if (!/[@/]|www\./i.test(text)) return text;
  const parts: (string | TemplateResult)[] = [];
  let plain = '';
  for (const word of text.split(/(\s+)/)) {
    const lead = LEADING.exec(word)?.[0] ?? '';
    const rest = word.slice(lead.length);
    const trail = TRAILING.exec(rest)?.[0] ?? '';
    const core = rest.slice(0, rest.length - trail.length);
    if (core && ADDRESS.test(core)) {
      parts.push(plain + lead, html`<span class="address">${core}</span>`);
      plain = trail;
    } else {
      plain += word;
    }
  }
  if (parts.length === 0) return text;
  if (plain) parts.push(plain);
  return parts;
}
