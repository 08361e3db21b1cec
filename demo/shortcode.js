// A WordPress shortcode from attributes, with each value written so that WordPress hands the
// plugin exactly the text entered (the configurator and the WordPress end-to-end test share it).
// In a quoted shortcode value WordPress: drops the shortcode, or lets wptexturize curl its
// quotes, when the value holds a bare < or > (wptexturize's shortcode pattern excludes them);
// ends the shortcode at ] and starts another at [; unescapes backslash sequences (stripcslashes:
// "C:\new" would hold a line break); turns a no-break or zero-width space into a space. The
// plugin escapes a value as HTML text, keeping the character references in it, so those
// characters are written as references, and a & as &amp; only where it would start one (typed
// "R&amp;D" stays "R&amp;D"; "Q&A" stays as it is, readable).
const ENTITIES = { '"': '&quot;', '<': '&lt;', '>': '&gt;', '[': '&#91;', ']': '&#93;', '\\': '&#92;', '\u00a0': '&#160;', '\u200b': '&#8203;' };

/** One attribute value, for inside double quotes. */
export const shortcodeValue = (value) =>
  String(value)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/["<>[\]\\\u00a0\u200b]/g, (c) => ENTITIES[c]);

/** `[name a="1" b]`: true is a bare attribute. */
export const shortcode = (name, attributes) =>
  `[${name}${Object.entries(attributes)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${shortcodeValue(v)}"`))
    .join('')}]`;
