// A WordPress shortcode, and block markup, from attributes, with each value written so that
// WordPress hands the plugin exactly the text entered (the configurator and the WordPress
// end-to-end test share it).
// In a quoted shortcode value WordPress: drops the shortcode, or lets wptexturize curl its
// quotes, when the value holds a bare < or > (wptexturize's shortcode pattern excludes them);
// ends the shortcode at ] and starts another at [; unescapes backslash sequences (stripcslashes:
// "C:\new" would hold a line break); turns a no-break or zero-width space into a space. The
// plugin escapes a value as HTML text, keeping the character references in it, so those
// characters are written as references, and a & as &amp; only where it would start one (typed
// "R&amp;D" stays "R&amp;D"; "Q&A" stays as it is, readable).
const ENTITIES = { '"': '&quot;', '<': '&lt;', '>': '&gt;', '[': '&#91;', ']': '&#93;', '\\': '&#92;', '\u00a0': '&#160;', '\u200b': '&#8203;' };

/** One attribute value, for inside double quotes (or, with quote `'`, single quotes: `"` stays as it is). */
export const shortcodeValue = (value, quote = '"') =>
  String(value)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(quote === '"' ? /["<>[\]\\\u00a0\u200b]/g : /[<>[\]\\\u00a0\u200b]/g, (c) => ENTITIES[c]);

/**
 * The quote around a value: single when the value has a `"` and no `'`. Pasted into a paragraph
 * of the block editor, a shortcode's character references are decoded: `heading="Why &quot;SMP&quot;?"` would become `heading="Why "SMP"?"`, which
 * WordPress cuts at the second `"`; `heading='Why "SMP"?'` has nothing to decode.
 */
const quoteFor = (value) => (String(value).includes('"') && !String(value).includes("'") ? "'" : '"');

/** `[name a="1" b]`: true is a bare attribute. */
export const shortcode = (name, attributes) =>
  `[${name}${Object.entries(attributes)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}=${quoteFor(v)}${shortcodeValue(v, quoteFor(v))}${quoteFor(v)}`))
    .join('')}]`;

/**
 * Whether a shortcode holds a character reference (`&lt;`, `&#91;`, `&quot;`…) that WordPress
 * reads back only where the text is kept as written: a Shortcode block, the classic editor's
 * Text tab. A paragraph or the Visual tab decodes it (`&#91;` becomes a `[` that ends the
 * shortcode) or encodes it again (`&amp;lt;`, shown as "&lt;").
 */
export const needsShortcodeBlock = (text) => /&(#\d+|[a-z]+);/i.test(text);

/**
 * `<!-- wp:smp-widgets/<name> {…} /-->`, the attributes' JSON written as the block editor writes
 * it (serializeAttributes in @wordpress/blocks): `--` (which would end the comment), `<`, `>`, `&`
 * (which kses would turn into `&amp;`) and `\"` (which kses would unslash) as \u escapes, so that a
 * block pasted into the editor and saved unchanged is saved as it was copied. An escaped backslash
 * is read as one, so a value ending in `\` keeps its closing quote.
 */
const BLOCK_ESCAPES = { '\\\\': '\\\\', '\\"': '\\u0022', '--': '\\u002d\\u002d', '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };
export const blockMarkup = (name, attributes) => {
  const json = JSON.stringify(attributes).replace(/\\\\|\\"|--|[<>&]/g, (m) => BLOCK_ESCAPES[m]);
  return `<!-- wp:${name} ${Object.keys(attributes).length ? `${json} ` : ''}/-->`;
};
