<?php
/**
 * Post content: keeps wpautop away from widgets written with items inside
 * them, gives elements typed by hand the site's clinic settings, and asks
 * for the bundle when a page holds one.
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'the_content', 'smp_widgets_protect_from_autop', 8 );
add_filter( 'the_content', 'smp_widgets_restore_after_autop', 10 );
// A shortcode over several lines, where wpautop reaches it outside the post's own content.
add_filter( 'widget_text_content', 'smp_widgets_join_shortcode_lines', 8 );
add_filter( 'render_block_data', 'smp_widgets_join_shortcode_block' );
add_filter( 'the_content', 'smp_widgets_complete_elements', 12 );
// Appearance → Widgets: a Text widget, a Custom HTML widget and a block widget (after their shortcodes, at 11).
add_filter( 'widget_text_content', 'smp_widgets_complete_elements', 12 );
add_filter( 'widget_custom_html_content', 'smp_widgets_complete_elements', 12 );
add_filter( 'widget_block_content', 'smp_widgets_complete_elements', 12 );
add_filter( 'the_content', 'smp_widgets_feed_link', 13 );

/**
 * Placeholders kept between the two filters around wpautop.
 *
 * @param array<string, string>|null $set Replaces the store when given.
 * @return array<string, string>
 */
function smp_widgets_placeholders( $set = null ) {
	static $store = array();
	if ( null !== $set ) {
		$store = $set;
	}
	return $store;
}

/**
 * Before wpautop (priority 10): an element or enclosing shortcode with
 * items inside becomes a placeholder, so wpautop cannot put `<p>` around
 * its `<ul>` (which would close the paragraph, and with it the element,
 * before the list) or `<br>` between its items.
 *
 * @param string $content Post content.
 * @return string
 */
function smp_widgets_protect_from_autop( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, 'smp' ) ) {
		return $content;
	}
	$content = smp_widgets_close_self_closed( $content );
	$content = smp_widgets_join_shortcode_lines( $content );
	$store = smp_widgets_placeholders();
	// The start tags and opening shortcodes, outside comments; each one's end is then looked for with
	// stripos() (a regular expression's `.*?</smp-x>` from an opener never closed scans the rest of a long
	// post at each step, hits PCRE's backtrack limit, and returns null: the post was shown empty).
	$openers = '#' . SMP_WIDGETS_SKIP_COMMENTS . '|' . SMP_WIDGETS_SKIP_OTHER_TAGS . '|<(smp-(?:' . smp_widgets_slug_pattern( '-' ) . '))(?=[\s/>])' . SMP_WIDGETS_TAG_ATTRIBUTES . '>|\[(' . smp_widgets_shortcode_pattern() . ')(?:\s[^\]]*+)?\]#i';
	if ( ! preg_match_all( $openers, $content, $found, PREG_SET_ORDER | PREG_OFFSET_CAPTURE ) ) {
		return $content; // None, or PCRE failed: the content as it came.
	}
	$out  = '';
	$from = 0; // Where the part of $content not yet copied to $out starts.
	foreach ( $found as $m ) {
		if ( $m[0][1] < $from ) {
			continue; // Inside a widget already taken out.
		}
		$element = isset( $m[1] ) && '' !== $m[1][0];
		$closer  = $element ? '</' . $m[1][0] : '[/' . $m[3][0] . ']';
		$start   = $m[0][1] + strlen( $m[0][0] );
		$end     = false;
		while ( false !== ( $at = stripos( $content, $closer, $start ) ) ) {
			$start = $at + strlen( $closer );
			if ( ! $element ) {
				$end = $start;
				break;
			}
			// `</smp-x` ends the element when `>` follows it (after spaces), as in `</\1\s*>`.
			$after = $start + strspn( $content, " \t\n\r\f\v", $start );
			if ( '>' === substr( $content, $after, 1 ) ) {
				$end = $after + 1;
				break;
			}
		}
		if ( false === $end ) {
			continue; // Never closed: left as written.
		}
		$key           = '<!--smp-widgets-' . count( $store ) . '-' . wp_rand() . '-->';
		$store[ $key ] = substr( $content, $m[0][1], $end - $m[0][1] );
		$out          .= substr( $content, $from, $m[0][1] - $from ) . "\n\n" . $key . "\n\n";
		$from          = $end;
	}
	smp_widgets_placeholders( $store );
	return $out . substr( $content, $from );
}

/**
 * A shortcode written over several lines (`[smp_aftercare_checklist⏎  dry-days="3"⏎  phone="…"]`) put on
 * one line, before wpautop (and wptexturize) reach it: wpautop would put <br /> in its line breaks, after
 * which WordPress drops the value before each one, and wptexturize, no longer seeing a shortcode there,
 * would curl its quotes and turn `--` into a dash inside its values. Run on a post's content, a
 * Shortcode block's (wherever it is: a synced pattern, a template part, a widget area) and a Text
 * widget's. Not one with an empty line in it, which is text that only looks like a shortcode's start,
 * nor an escaped one (`[[smp_…]]`) or one in a <pre>, <script>, <style> or <textarea>, shown as written.
 *
 * @param string $content HTML.
 * @return string
 */
function smp_widgets_join_shortcode_lines( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, "\n" ) || false === stripos( $content, '[smp' ) ) {
		return $content;
	}
	return smp_widgets_preg_or(
		preg_replace_callback(
			'#' . SMP_WIDGETS_SKIP_COMMENTS . '|<pre(?=[\s/>])' . SMP_WIDGETS_OTHER_TAG_BODY . '>(?:[^<]++|<(?!/pre[\s/>]))*+(?:</pre(?=[\s/>])[^>]*+>|\z)(*SKIP)(*FAIL)|' . SMP_WIDGETS_SKIP_OTHER_TAGS . '|(?<!\[)\[' . smp_widgets_shortcode_pattern() . '\s[^\[\]]*+\]#i',
			static function ( $m ) {
				return preg_match( '/\n[ \t]*+\r?\n/', $m[0] ) ? $m[0] : preg_replace( '/[ \t]*+\r?\n[ \t]*+/', ' ', $m[0] );
			},
			$content
		),
		$content
	);
}

/**
 * A Shortcode block's text with its smp shortcodes on one line (smp_widgets_join_shortcode_lines()), before
 * the block runs wpautop over it.
 *
 * @param array<string, mixed> $block The parsed block.
 * @return array<string, mixed>
 */
function smp_widgets_join_shortcode_block( $block ) {
	if ( ! is_array( $block ) || ! isset( $block['blockName'] ) || 'core/shortcode' !== $block['blockName'] ) {
		return $block;
	}
	if ( isset( $block['innerHTML'] ) && is_string( $block['innerHTML'] ) ) {
		$block['innerHTML'] = smp_widgets_join_shortcode_lines( $block['innerHTML'] );
	}
	if ( isset( $block['innerContent'] ) && is_array( $block['innerContent'] ) ) {
		$block['innerContent'] = array_map(
			static function ( $part ) {
				return is_string( $part ) ? smp_widgets_join_shortcode_lines( $part ) : $part;
			},
			$block['innerContent']
		);
	}
	return $block;
}

/**
 * After wpautop: puts back what smp_widgets_protect_from_autop() took out,
 * without the paragraph wpautop put around the placeholder.
 *
 * @param string $content Post content.
 * @return string
 */
function smp_widgets_restore_after_autop( $content ) {
	$store = smp_widgets_placeholders();
	if ( ! is_string( $content ) || ! $store ) {
		return $content;
	}
	foreach ( $store as $key => $original ) {
		if ( false === strpos( $content, $key ) ) {
			continue;
		}
		$quoted  = preg_quote( $key, '#' );
		$content = str_replace( $key, $original, smp_widgets_preg_or( preg_replace( '#<p>\s*+' . $quoted . '\s*+</p>#', $key, $content ), $content ) );
		unset( $store[ $key ] );
	}
	smp_widgets_placeholders( $store );
	return $content;
}

/**
 * The first alternative of a pattern that leaves HTML comments alone: a comment (one never closed
 * runs to the end, as a browser reads it) is matched, then skipped, so no alternative after it
 * matches inside one. `<!-- <smp-pros-cons /> -->` stays a comment, as written.
 */
const SMP_WIDGETS_SKIP_COMMENTS = '<!--(?:[^-]++|-(?!->))*+(?:-->|\z)(*SKIP)(*FAIL)';

/**
 * What follows a tag's name up to its `>`, as a browser reads it: a quote opens a quoted value only right
 * after `=` (`<a href="/x"">`, `<span title='Patient's guide'>` have a stray quote, which is text).
 */
const SMP_WIDGETS_OTHER_TAG_BODY = '(?:[^>"\'=]++|=\s*+(?:"[^"]*+"|\'[^\']*+\'|[^\s>"\']*+)|["\'])*+';

/**
 * Alternatives that skip, as a browser reads them, what holds text that is no tag: the content of a
 * script, a style or a textarea (`var x = "<smp-pros-cons>"`) up to its own end tag (or the end, when
 * it has none: so does a browser), and any other tag whole, with its quoted values
 * (`<img alt="<smp-pros-cons>">`), so that no widget's start tag is looked for there. Each reads ahead
 * without going back (a script's text of a megabyte does not reach PCRE's backtrack limit, and a
 * thousand scripts never closed are read once, not once each). After SMP_WIDGETS_SKIP_COMMENTS,
 * before the alternatives that match.
 */
const SMP_WIDGETS_SKIP_OTHER_TAGS =
	'<script(?=[\s/>])' . SMP_WIDGETS_OTHER_TAG_BODY . '>(?:[^<]++|<(?!/script[\s/>]))*+(?:</script(?=[\s/>])[^>]*+>|\z)(*SKIP)(*FAIL)'
	. '|<style(?=[\s/>])' . SMP_WIDGETS_OTHER_TAG_BODY . '>(?:[^<]++|<(?!/style[\s/>]))*+(?:</style(?=[\s/>])[^>]*+>|\z)(*SKIP)(*FAIL)'
	. '|<textarea(?=[\s/>])' . SMP_WIDGETS_OTHER_TAG_BODY . '>(?:[^<]++|<(?!/textarea[\s/>]))*+(?:</textarea(?=[\s/>])[^>]*+>|\z)(*SKIP)(*FAIL)'
	. '|<(?!smp-)[a-z][^\s/>]*+' . SMP_WIDGETS_OTHER_TAG_BODY . '>(*SKIP)(*FAIL)';

/**
 * A preg_* result, or the text it was given when PCRE failed (null: a backtrack or recursion limit
 * on a long post, text that is not valid UTF-8): never an empty post.
 *
 * @param string|null $result What preg_replace() or preg_replace_callback() returned.
 * @param string      $input  The text given to it.
 * @return string
 */
function smp_widgets_preg_or( $result, $input ) {
	return is_string( $result ) ? $result : $input;
}

/**
 * What follows a tag's name up to its closing `>`: any text outside quotes but `>`, and quoted
 * values whole, so that a `>` inside a quoted value (`heading="SMP > wigs?"`) does not end the tag. A
 * quote opens a value only right after `=`, as a browser reads it: in `heading='Patient's guide'` the
 * value ends at the apostrophe, and the stray `'` after `guide` is text, not the start of a value that
 * would run on through the post.
 */
const SMP_WIDGETS_TAG_ATTRIBUTES = '((?:[^>"\'=]++|=\s*+(?:"[^"]*+"|\'[^\']*+\'|[^\s>"\']*+)|["\'])*+)';

/**
 * An element's start tag (tag name in group 1, what follows it in group 2), for the tags given
 * as a regular-expression alternation.
 *
 * @param string $tags Alternation of tag names without `smp-`.
 * @return string
 */
function smp_widgets_start_tag_pattern( $tags ) {
	return '#' . SMP_WIDGETS_SKIP_COMMENTS . '|' . SMP_WIDGETS_SKIP_OTHER_TAGS . '|<(smp-(?:' . $tags . '))(?=[\s/>])' . SMP_WIDGETS_TAG_ATTRIBUTES . '>#i';
}

/**
 * Whether what follows a tag's name ends in a self-closing slash (`<smp-pros-cons hide="x" />`,
 * `<smp-aftercare-checklist persist/>`, `<smp-pros-cons hide=affordable/>`). Not the last character
 * of an unquoted contact page (`contact-url=/contact/`), the one value a slash can end; after any
 * other unquoted value (an item id, a number, a word) it closes the tag, as the owner meant (an
 * HTML parser would read `hide="affordable/"`).
 *
 * @param string $attributes What follows the tag name, up to `>`.
 * @return bool
 */
function smp_widgets_is_self_closed( $attributes ) {
	$attributes = rtrim( $attributes );
	return '/' === substr( $attributes, -1 ) && ! preg_match( '#(?:^|\s)contact-url\s*+=\s*+[^\s"\'=][^\s"\']*/$#i', $attributes );
}

/**
 * A browser does not self-close a custom element: `<smp-pros-cons hide="x" />` would take the rest
 * of the post as its children, which the widget does not show. Each self-closed smp element becomes
 * `<smp-x …></smp-x>`, its attributes kept (and its own closing tag, if one follows it: not twice).
 * Not inside an HTML comment.
 *
 * @param string $content HTML.
 * @return string
 */
function smp_widgets_close_self_closed( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '/>' ) || false === stripos( $content, '<smp-' ) ) {
		return $content;
	}
	// The start tag, and the element's own closing tag when only spaces come between (`<smp-x /></smp-x>`).
	$pattern = substr( smp_widgets_start_tag_pattern( smp_widgets_slug_pattern( '-' ) ), 0, -2 ) . '(\s*+</\1\s*+>)?#i';
	$result  = preg_replace_callback(
		$pattern,
		static function ( $m ) {
			if ( ! smp_widgets_is_self_closed( $m[2] ) ) {
				return $m[0];
			}
			return '<' . $m[1] . rtrim( substr( rtrim( $m[2] ), 0, -1 ) ) . '></' . $m[1] . '>';
		},
		$content
	);
	return smp_widgets_preg_or( $result, $content );
}

/**
 * After shortcodes (priority 11): elements written by hand get the site's
 * clinic settings they do not set themselves, and the page gets the bundle.
 *
 * @param string $content Post content.
 * @return string
 */
function smp_widgets_complete_elements( $content ) {
	if ( ! is_string( $content ) || ! preg_match( '#' . SMP_WIDGETS_SKIP_COMMENTS . '|<smp-(?:' . smp_widgets_slug_pattern( '-' ) . ')[\s>/]#i', $content ) ) {
		return $content;
	}
	$content = smp_widgets_close_self_closed( $content );
	smp_widgets_enqueue_elements( smp_widgets_elements_in( $content ) );
	$settings = smp_widgets_settings();
	$clinic   = array();
	foreach ( smp_widgets_elements() as $slug => $element ) {
		if ( $element['clinic'] ) {
			$clinic[] = $element['tag'];
		}
	}
	$result = preg_replace_callback(
		smp_widgets_start_tag_pattern( smp_widgets_slug_pattern( '-' ) ),
		static function ( $m ) use ( $settings, $clinic ) {
			// A < or > inside a quoted value as a character reference: a block theme runs wptexturize over
			// the whole page after the post's filters, and it would end the tag at that > (and curl the
			// quotes after it). The browser reads the value the same.
			$attributes = (string) preg_replace_callback(
				'/"[^"]*"|\'[^\']*\'/',
				static function ( $q ) {
					return str_replace( array( '<', '>' ), array( '&lt;', '&gt;' ), $q[0] );
				},
				$m[2]
			);
			$extra = '';
			$note  = '';
			if ( in_array( strtolower( $m[1] ), $clinic, true ) ) {
				// A clinic value typed on the element that the widget would refuse (dry-days="four"): as for a
				// block's or a shortcode's own value (render.php), the site's setting is used instead of the
				// widget's default, and the post's preview says so. The typed text stays in the page as
				// data-refused-<name>, and in the post as written.
				$refused = array();
				$present = array(); // The attributes the element keeps: the site's settings fill the others.
				$fields  = smp_widgets_setting_fields();
				foreach ( smp_widgets_tag_attributes( $attributes ) as $name => $value ) {
					$given = null === $value ? '' : smp_widgets_trim( html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
					// A clinic value left empty (phone="", a bare dry-days) is not given, as in a block or a
					// shortcode: the site's setting fills it. One the widget would refuse is set aside too, and said.
					$empty = '' === $given && isset( $fields[ $name ] );
					if ( $empty || ( '' !== $given && null === smp_widgets_own_clinic_value( $name, $given, $refused ) ) ) {
						// The attribute's name, not the same words inside a quoted value or as an unquoted value.
						$attributes = (string) preg_replace( '/"[^"]*+"(*SKIP)(*F)|\'[^\']*+\'(*SKIP)(*F)|(?<![^\s"\'])' . preg_quote( $name, '/' ) . '(?=[\s=\/]|$)/i', 'data-refused-' . $name, $attributes, 1 );
						continue;
					}
					$present[] = $name;
				}
				$note = smp_widgets_refused_notice( $refused );
				foreach ( $settings as $name => $value ) {
					// The contact page as the widget reads it (render.php), or left out when it is no link.
					$value = 'contact-url' === $name ? smp_widgets_contact_link( $value ) : esc_attr( $value );
					if ( ! in_array( $name, $present, true ) && '' !== $value ) {
						$extra .= ' ' . $name . '="' . $value . '"';
					}
				}
			}
			return $note . '<' . $m[1] . rtrim( $attributes ) . $extra . '>';
		},
		$content
	);
	return smp_widgets_preg_or( $result, $content );
}

/**
 * The attributes of a start tag, as a browser reads them: name (in lower case) => value as written
 * (character references not decoded), or null for a name with no value; the first of a name that is
 * written twice, as the browser keeps it. A value in quotes may be followed by the next name with no
 * space between (`heading="x"dry-days="4"`), which a browser reads as two attributes. Unlike
 * wp_kses_hair(), nothing is cleaned: a contact-url="javascript:…" is read as written, so that it
 * is refused rather than read as a page named after what follows the scheme.
 *
 * @param string $text What follows the tag's name, up to `>`.
 * @return array<string, string|null>
 */
function smp_widgets_tag_attributes( $text ) {
	$out = array();
	if ( ! preg_match_all( '/([^\s"\'>\/=][^\s"\'>\/=]*+)(?:\s*+=\s*+(?:"([^"]*+)"|\'([^\']*+)\'|([^\s>]++)))?/', $text, $found, PREG_SET_ORDER | PREG_UNMATCHED_AS_NULL ) ) {
		return $out;
	}
	foreach ( $found as $m ) {
		$name = strtolower( $m[1] );
		if ( ! array_key_exists( $name, $out ) ) {
			$out[ $name ] = $m[2] ?? $m[3] ?? $m[4] ?? null;
		}
	}
	return $out;
}

/**
 * In a feed (RSS, Atom): no reader runs the widgets' script, so a widget
 * would show nothing there, or only the items written inside it. After each
 * widget, a line says the part is interactive and links to the post.
 *
 * @param string $content Post content, rendered.
 * @return string
 */
function smp_widgets_feed_link( $content ) {
	if ( ! is_string( $content ) || ! is_feed() || false === strpos( $content, '</smp-' ) ) {
		return $content;
	}
	$link = sprintf( '<a href="%s">%s</a>', esc_url( get_permalink() ), esc_html( get_the_title() ) );
	/* translators: %s: the post's title, linked to the post. Shown in a feed (RSS) after a widget, which feed readers cannot show. */
	$note = '<p>' . sprintf( esc_html__( 'This part of the post is interactive. To see it, open %s.', 'smp-widgets' ), $link ) . '</p>';
	$result = preg_replace_callback(
		'#' . SMP_WIDGETS_SKIP_COMMENTS . '|</smp-(?:' . smp_widgets_slug_pattern( '-' ) . ')\s*+>#i',
		static function ( $m ) use ( $note ) {
			return $m[0] . $note;
		},
		$content
	);
	return smp_widgets_preg_or( $result, $content );
}
