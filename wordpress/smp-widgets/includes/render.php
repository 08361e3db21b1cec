<?php
/**
 * Turns attributes into an element's markup, escaped, with the site's
 * clinic settings filled in where the widget does not set its own.
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Normalises one attribute value by kind.
 *
 * @param string $kind  Attribute kind from smp_widgets_elements().
 * @param mixed  $value The value given.
 * @return string|true|null A string value, true for a bare attribute, null to leave it out.
 */
function smp_widgets_attribute_value( $kind, $value ) {
	if ( null === $value || is_array( $value ) || is_object( $value ) ) {
		return null;
	}
	if ( 'bool' === $kind ) {
		if ( is_bool( $value ) ) {
			return $value ? true : null;
		}
		$value = strtolower( trim( (string) $value ) );
		return in_array( $value, array( '', '0', 'false', 'no', 'off' ), true ) ? null : true;
	}
	if ( 'presence' === $kind ) {
		if ( true === $value ) {
			return true;
		}
		if ( false === $value ) {
			return null;
		}
		$value = trim( (string) $value );
		return in_array( strtolower( $value ), array( '0', 'false', 'no', 'off' ), true ) ? null : ( '' === $value || 'true' === strtolower( $value ) ? true : $value );
	}
	$value = trim( (string) $value );
	return '' === $value ? null : $value;
}

/**
 * The markup of one widget.
 *
 * @param string               $slug       Element slug, e.g. `pros-cons`.
 * @param array<string, mixed> $attributes Element attribute name => value; unknown names are ignored.
 * @param string               $content    Items written inside the element (HTML; filtered here).
 * @return string
 */
function smp_widgets_render( $slug, array $attributes, $content = '' ) {
	$elements = smp_widgets_elements();
	if ( ! isset( $elements[ $slug ] ) ) {
		return '';
	}
	$element = $elements[ $slug ];
	$values  = array();
	foreach ( $element['attributes'] as $name => $kind ) {
		if ( ! array_key_exists( $name, $attributes ) ) {
			continue;
		}
		$value = smp_widgets_attribute_value( $kind, $attributes[ $name ] );
		if ( null === $value ) {
			continue;
		}
		if ( true !== $value ) {
			// Escaped here, before the site settings are merged: a value that escapes to nothing
			// (a link with a refused protocol such as javascript:, text that is not valid UTF-8)
			// is left out, as if it had not been given, so the site setting fills it.
			$value = 'url' === $kind ? smp_widgets_contact_link( $value ) : esc_attr( $value );
			if ( '' === $value ) {
				continue;
			}
		}
		$values[ $name ] = $value;
	}
	if ( $element['clinic'] ) {
		// The element's own attribute wins over the site setting.
		foreach ( smp_widgets_settings() as $name => $value ) {
			if ( ! isset( $values[ $name ] ) ) {
				$value = 'url' === $element['attributes'][ $name ] ? smp_widgets_contact_link( $value ) : esc_attr( $value );
				if ( '' !== $value ) {
					$values[ $name ] = $value;
				}
			}
		}
	}
	$html = '<' . $element['tag'];
	if ( ! empty( $attributes['class'] ) && is_string( $attributes['class'] ) ) {
		$html .= ' class="' . esc_attr( $attributes['class'] ) . '"';
	}
	foreach ( $values as $name => $value ) {
		// Every value is escaped above.
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . $value . '"';
	}
	$html .= '>' . smp_widgets_clean_items( $content ) . '</' . $element['tag'] . '>';
	smp_widgets_enqueue_elements( array( $slug ) );
	return $html;
}

/**
 * Items written inside a widget, kses-filtered as post content, without the
 * paragraphs and line breaks wpautop adds around and inside lists.
 *
 * @param string $content HTML.
 * @return string
 */
function smp_widgets_clean_items( $content ) {
	$content = (string) $content;
	if ( '' === trim( $content ) ) {
		return '';
	}
	// A line break or a paragraph inside an item separates words: a space, not nothing
	// ("far<br>away" is "far away"). Between items a space is only whitespace.
	$content = preg_replace( '#</?p(?:\s[^>]*)?>|<br\s*/?>#i', ' ', $content );
	return trim( wp_kses_post( $content ) );
}

/**
 * A contact link as the widget reads it, escaped for an attribute; '' when it is no link. An
 * e-mail address (also with ?subject=) gets mailto: (esc_url would make it http://info@…, a link
 * to the clinic's home page); a phone number is no link (esc_url would make it http://+44…), so
 * it is left out and the site's contact page applies. A file name (index.php?page_id=42) stays a
 * page of the site, as esc_url leaves it.
 *
 * @param string $value The link as given.
 * @return string
 */
function smp_widgets_contact_link( $value ) {
	$value = trim( (string) $value );
	if ( preg_match( '/^[^\s@\/?#:]+@[^\s@\/?#:.]+(\.[^\s@\/?#:.]+)+([?#]\S*)?$/u', $value ) ) {
		$value = 'mailto:' . $value;
	} elseif ( preg_match( '/^\+?\(?[\d\x{0660}-\x{0669}\x{06F0}-\x{06F9}][\d\x{0660}-\x{0669}\x{06F0}-\x{06F9}\s().\/-]*$/u', $value ) ) {
		return '';
	}
	return esc_url( $value, array( 'http', 'https', 'tel', 'mailto' ) );
}
