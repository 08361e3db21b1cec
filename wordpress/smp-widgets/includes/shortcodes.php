<?php
/**
 * [smp_aftercare_checklist], [smp_pros_cons], [smp_recovery_timeline],
 * [smp_practitioner_guide]:
 * attributes map one to one onto the element's attributes.
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'smp_widgets_register_shortcodes' );

/**
 * Registers one shortcode per element, under its name and under the element's tag name.
 */
function smp_widgets_register_shortcodes() {
	foreach ( smp_widgets_elements() as $slug => $element ) {
		$render = static function ( $atts, $content = null ) use ( $slug ) {
			return smp_widgets_render_shortcode( $slug, $atts, $content );
		};
		add_shortcode( $element['shortcode'], $render );
		// Also as the element's tag is written (`[smp-aftercare-checklist]`), which owners type after
		// reading about the elements: without it, the page showed the shortcode as text.
		add_shortcode( str_replace( '_', '-', $element['shortcode'] ), $render );
	}
}

/**
 * Shortcode attributes → element markup. A bare word (`[smp_recovery_timeline date-input]`)
 * sets that boolean attribute; unknown attributes are ignored. A name is the element's attribute's
 * however its words are joined: `dry-days`, `dry_days` (as the shortcode's own name joins them),
 * `dryDays` or `drydays` (WordPress hands the names in lower case).
 *
 * @param string            $slug    Element slug.
 * @param array|string      $atts    Parsed attributes ('' when none).
 * @param string|null       $content Enclosed items, if any.
 * @return string
 */
function smp_widgets_render_shortcode( $slug, $atts, $content ) {
	$elements = smp_widgets_elements();
	$known    = $elements[ $slug ]['attributes'];
	$values   = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			$word = smp_widgets_shortcode_name( trim( (string) $value ), $known );
			if ( null !== $word && in_array( $known[ $word ], array( 'bool', 'presence' ), true ) ) {
				$values[ $word ] = true;
			}
			continue;
		}
		$name = smp_widgets_shortcode_name( (string) $key, $known );
		// The name as the element writes it wins over another spelling of it, wherever each stands.
		if ( null !== $name && ( ! isset( $values[ $name ] ) || strtolower( (string) $key ) === $name ) ) {
			$values[ $name ] = $value;
		}
	}
	return smp_widgets_render( $slug, $values, null === $content ? '' : $content );
}

/**
 * The element attribute a shortcode attribute's name stands for, or null: the words of the name may be
 * joined by `-` or `_` or not at all, in any case (`dry_days`, `DryDays`, `drydays` are `dry-days`).
 *
 * @param string                $name  The name as written.
 * @param array<string, string> $known The element's attribute names => kinds.
 * @return string|null
 */
function smp_widgets_shortcode_name( $name, array $known ) {
	$name = strtolower( $name );
	if ( isset( $known[ $name ] ) ) {
		return $name;
	}
	$bare = str_replace( array( '-', '_' ), '', $name );
	foreach ( array_keys( $known ) as $attribute ) {
		if ( str_replace( '-', '', $attribute ) === $bare ) {
			return $attribute;
		}
	}
	return null;
}

add_filter( 'pre_do_shortcode_tag', 'smp_widgets_shortcode_as_written', 10, 4 );

/**
 * A shortcode pasted with curly quotes (smart punctuation on iOS and macOS, Word, Google Docs):
 * `[smp_aftercare_checklist phone=”020 7946 0000”]`, `heading=‘Our view’`, `heading=«Notre avis»`.
 * WordPress reads each such value as an unquoted word (phone `”020`, then `7946` and `0000”` as bare
 * words). For the plugin's own shortcodes, the raw attribute text is read again with the quote that
 * opens a value (right after `=`) and the one that closes it taken as straight quotes:
 * - a curly double quote (“ ” „ ‟ ″ ＂) runs to the next double quote of any kind;
 * - a single curly quote (‘ ’ ‚ ‛) or a guillemet (« » ‹ ›) runs to the last closing one (’ ‘ ‛, or
 *   a guillemet) before the next `name=` or the end, so an apostrophe inside the value stays
 *   (`heading=‘Dr’s view’` is Dr’s view); the spaces French puts inside guillemets are dropped.
 * Nothing else changes: a value in straight quotes keeps its curly quotes (`heading="It’s “fine”"`),
 * and an apostrophe in a word (`Dr’s clinic`) that opens no value stays as it is. So is a shortcode
 * written over several lines that wpautop reached (see below).
 *
 * @param false|string $output What to show instead of the shortcode, or false to go on.
 * @param string       $tag    The shortcode's name.
 * @param array|string $attr   The attributes as WordPress parsed them.
 * @param array        $m      The match of get_shortcode_regex(): 3 the attribute text, 5 the content.
 * @return false|string
 */
function smp_widgets_shortcode_as_written( $output, $tag, $attr, $m ) {
	$curly  = '“”„‟″＂';
	$single = '‘’‚‛';
	$guill  = '«»‹›';
	if ( false !== $output || ! is_array( $m ) || ! isset( $m[3] ) ) {
		return $output;
	}
	$text = $m[3];
	// A shortcode whose lines wpautop reached before the plugin could join them (smp_widgets_join_shortcode_lines():
	// a Paragraph's Shift+Enter line breaks, a filter of another plugin's): its line breaks became <br /> (or
	// paragraphs), after which WordPress drops the value before each one, and wptexturize then curled its
	// quotes (as codes: &#8221;). Read as written on one line.
	// Only a <br> or paragraph between values: one inside a value in straight quotes was written there.
	$joined = preg_replace( '#"[^"]*+"(*SKIP)(*FAIL)|\'[^\']*+\'(*SKIP)(*FAIL)|\s*+<(?:br|/?p)\b[^>]*+>\s*+#i', ' ', $text );
	if ( is_string( $joined ) && $joined !== $text ) {
		$text = $joined;
		$text = str_replace( array( '&#8220;', '&#8221;', '&#8222;', '&#8243;', '&#8216;', '&#8217;', '&#8218;', '&#8242;', '&#171;', '&#187;' ), array( '“', '”', '„', '″', '‘', '’', '‚', '′', '«', '»' ), $text );
	} elseif ( ! preg_match( '/=\s*[' . $curly . $single . $guill . ']/u', $text ) ) {
		return $output;
	}
	$slug = null;
	foreach ( smp_widgets_elements() as $name => $element ) {
		if ( $element['shortcode'] === str_replace( '-', '_', $tag ) ) {
			$slug = $name;
		}
	}
	if ( null === $slug ) {
		return $output;
	}
	// Values in straight quotes are passed over whole; a value opened by a curly double quote runs to
	// the next double quote of any kind (or the end); one opened by a single curly quote or a guillemet
	// runs to the last closing one before the next `name=` (or the end). Each is written back in
	// straight double quotes (a straight double quote inside it as &quot;).
	$space = '[\s\x{A0}\x{202F}\x{2009}]*+';
	$text  = preg_replace_callback(
		'/(=\s*)(?:"[^"]*"|\'[^\']*\'|[' . $curly . ']([^"' . $curly . ']*)[' . $curly . '"]?|[' . $single . '](.*?)[’‘‛′](?=\s+[\w-]+\s*=|\s*$)|[' . $guill . ']' . $space . '(.*?)' . $space . '[' . $guill . '](?=\s+[\w-]+\s*=|\s*$))/us',
		static function ( $q ) {
			foreach ( array( 2, 3, 4 ) as $i ) {
				if ( isset( $q[ $i ] ) ) {
					return $q[1] . '"' . str_replace( '"', '&quot;', $q[ $i ] ) . '"';
				}
			}
			return $q[0];
		},
		$text,
		-1,
		$count,
		PREG_UNMATCHED_AS_NULL
	);
	if ( null === $text ) {
		return $output; // Not valid UTF-8: left to WordPress.
	}
	$attr    = shortcode_parse_atts( $text );
	$content = isset( $m[5] ) ? $m[5] : null;
	$html    = $m[1] . smp_widgets_render_shortcode( $slug, $attr, $content ) . $m[6];
	/** This filter is documented in wp-includes/shortcodes.php */
	return apply_filters( 'do_shortcode_tag', $html, $tag, $attr, $m );
}
