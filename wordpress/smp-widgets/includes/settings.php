<?php
/**
 * The site-wide clinic settings: stored in one option, validated on save.
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

const SMP_WIDGETS_OPTION = 'smp_widgets_settings';

/** The longest phone text accepted, in characters: a number with its opening hours fits. */
const SMP_WIDGETS_PHONE_MAX = 80;

/** The largest day count the widgets take (ten years: MAX_COUNT in src/internal/settings.ts). */
const SMP_WIDGETS_COUNT_MAX = 3650;

/**
 * Arabic-Indic and Persian digits (٣, ۴), as an Arabic keyboard types a day count, as ASCII digits,
 * as the widget reads them (asciiDigits in src/internal/coerce.ts).
 *
 * @param string $value Text.
 * @return string
 */
function smp_widgets_ascii_digits( $value ) {
	static $map = null;
	if ( null === $map ) {
		$map = array();
		for ( $i = 0; $i < 10; $i++ ) {
			$map[ html_entity_decode( '&#' . ( 0x0660 + $i ) . ';', ENT_QUOTES, 'UTF-8' ) ] = (string) $i;
			$map[ html_entity_decode( '&#' . ( 0x06F0 + $i ) . ';', ENT_QUOTES, 'UTF-8' ) ] = (string) $i;
		}
	}
	return strtr( (string) $value, $map );
}

/**
 * The saved settings that are set, keyed by element attribute name.
 *
 * @return array<string, string>
 */
function smp_widgets_settings() {
	$saved = get_option( SMP_WIDGETS_OPTION, array() );
	if ( ! is_array( $saved ) ) {
		return array();
	}
	$out = array();
	foreach ( array_keys( smp_widgets_setting_fields() ) as $name ) {
		if ( isset( $saved[ $name ] ) && is_scalar( $saved[ $name ] ) && '' !== (string) $saved[ $name ] ) {
			$out[ $name ] = (string) $saved[ $name ];
		}
	}
	// A contact page stored by an earlier version, by esc_url_raw: http://kontakt for kontakt,
	// http://contact.html for contact.html, a host that does not exist. http:// and one word without
	// a dot (not localhost) and no path after it, or a file name, is read as the page it was meant to
	// be. A host of one word with a path (http://intranet/kontakt) is a link someone typed: it stays.
	if ( isset( $out['contact-url'] ) && preg_match( '#^http://(?!localhost(?![^/?\#]))([^/?\#:@.]+(?=/?$|[?\#])|[^/?\#:@]+\.(s?html?|xhtml|php[0-9]?|aspx?|jsp|cfm|cgi)(?=[/?\#]|$))#i', $out['contact-url'] ) ) {
		$out['contact-url'] = substr( $out['contact-url'], 7 );
	}
	return $out;
}

/**
 * Checks one value against its field type.
 *
 * @param string $type  Field type from smp_widgets_setting_fields().
 * @param string $value Trimmed input.
 * @return string|null The clean value, or null when it is not valid.
 */
function smp_widgets_validate_setting( $type, $value ) {
	switch ( $type ) {
		case 'phone':
			return '' === smp_widgets_phone_problem( $value ) ? $value : null;
		case 'url':
			// As the widget reads it (render.php): not esc_url_raw's http://kontakt or http://+44….
			$url = smp_widgets_contact_link( $value, 'db' );
			return '' !== $url ? $url : null;
		case 'count':
		case 'count1':
		case 'span':
		case 'span1':
			// The number is the pattern's first group (a span's second number, if any, its second).
			$rule = smp_widgets_setting_rules()[ $type ];
			if ( ! preg_match( '/' . $rule['pattern'] . '/u', smp_widgets_ascii_digits( $value ), $m ) ) {
				return null;
			}
			$low  = (int) $m[1];
			$high = isset( $m[2] ) && '' !== $m[2] ? (int) $m[2] : $low;
			if ( $low > $high || $low < $rule['min'] || $high > $rule['max'] ) {
				return null;
			}
			return $low === $high ? (string) $low : $low . '-' . $high;
	}
	return null;
}

/**
 * The rules of the clinic values by field type, in one table that Settings, a block's or shortcode's own
 * values (smp_widgets_validate_setting(), smp_widgets_phone_problem()) and the block editor's sidebar
 * (editor/blocks.js, handed it by includes/blocks.php) all read, so that the sidebar says what the page
 * will do. Each pattern reads the same in PHP (with /u) and in JavaScript (with the u flag): digits are
 * written [0-9], which both read as ASCII digits only.
 *
 * - phone: checks in order, each a pattern the text must not match (`refuse`) or must match
 *   (`require`), or its longest length in characters (`max`), with the reason given when it fails;
 * - count, count1, span, span1: a pattern whose first group is the number (a span's second number, if
 *   any, the second group), the least number taken (`min`) and the largest (`max`), read after
 *   Arabic-Indic digits are made ASCII (smp_widgets_ascii_digits()), as the widget reads them.
 *
 * @return array<string, array<mixed>>
 */
function smp_widgets_setting_rules() {
	// Leading zeros are read as the widget reads them (`04`, `0004` is 4).
	$number = '^0*([0-9]{1,4})$';
	$span   = '^0*([0-9]{1,4})\s*(?:[-–]\s*0*([0-9]{1,4}))?$';
	return array(
		'phone'  => array(
			array(
				'refuse'  => '[<>]',
				'problem' => __( 'it contains < or >; write the number as plain text', 'smp-widgets' ),
			),
			array(
				'require' => '\p{Nd}',
				'problem' => __( 'it has no digit', 'smp-widgets' ),
			),
			// A tab (a number pasted from a spreadsheet, "Tel:<TAB>020 …") is a space, as the screen's note
			// reads it and as the phone is stored (smp_widgets_one_line()); only a line break is refused.
			array(
				'refuse'  => '[\x00-\x08\x0a-\x1f\x7f]',
				'problem' => __( 'it must be one line', 'smp-widgets' ),
			),
			array(
				'max'     => SMP_WIDGETS_PHONE_MAX,
				/* translators: %d: the longest phone text accepted, in characters. */
				'problem' => sprintf( __( 'it is longer than %d characters', 'smp-widgets' ), SMP_WIDGETS_PHONE_MAX ),
			),
		),
		'count'  => array(
			'pattern' => $number,
			'min'     => 0,
			'max'     => SMP_WIDGETS_COUNT_MAX,
		),
		'count1' => array(
			'pattern' => $number,
			'min'     => 1,
			'max'     => SMP_WIDGETS_COUNT_MAX,
		),
		'span'   => array(
			'pattern' => $span,
			'min'     => 0,
			'max'     => SMP_WIDGETS_COUNT_MAX,
		),
		'span1'  => array(
			'pattern' => $span,
			'min'     => 1,
			'max'     => SMP_WIDGETS_COUNT_MAX,
		),
	);
}

/**
 * What is wrong with a phone text, or '' when the widget takes it. The widget shows the
 * text as written (`(555) 123-4567`, `020 7946 0000 (Mon–Fri 9–17)`, `1-800-GOT-JUNK`,
 * `Tel: +49 30 901820`) and makes it a call link when it can read one number from it
 * safely, so any one line of text with a digit is a phone text; markup and a text longer
 * than a phone number with its opening hours are not.
 *
 * @param string $value Input as entered (unslashed), before any other cleaning.
 * @return string A translated reason, or ''.
 */
function smp_widgets_phone_problem( $value ) {
	$value = (string) $value;
	foreach ( smp_widgets_setting_rules()['phone'] as $rule ) {
		// A pattern to refuse is read byte by byte (it finds a < or a line break in text that is not valid UTF-8 too).
		if ( isset( $rule['refuse'] ) && preg_match( '/' . $rule['refuse'] . '/', $value ) ) {
			return $rule['problem'];
		}
		if ( isset( $rule['require'] ) && ! preg_match( '/' . $rule['require'] . '/u', $value ) ) {
			return $rule['problem'];
		}
		if ( isset( $rule['max'] ) && ( function_exists( 'mb_strlen' ) ? mb_strlen( $value, 'UTF-8' ) : strlen( $value ) ) > $rule['max'] ) {
			return $rule['problem'];
		}
	}
	return '';
}

/**
 * A phone text on one line as it is stored and shown: tabs and runs of spaces one space (as
 * sanitize_text_field() makes them and the screen's note reads them), text that is not valid UTF-8
 * nothing. For a text smp_widgets_phone_problem() takes: it has no `<`, `>` or line break.
 *
 * @param string $value Phone text.
 * @return string
 */
function smp_widgets_one_line( $value ) {
	return trim( (string) preg_replace( '/[\r\n\t ]+/', ' ', wp_check_invalid_utf8( (string) $value ) ) );
}

/**
 * Sanitize callback of the Settings API: keeps valid values, reports each
 * invalid one and keeps its previous value instead.
 *
 * @param mixed $input The submitted array.
 * @return array<string, string>
 */
function smp_widgets_sanitize_settings( $input ) {
	$previous = smp_widgets_settings();
	$out      = array();
	if ( ! is_array( $input ) ) {
		return $previous;
	}
	foreach ( smp_widgets_setting_fields() as $name => $field ) {
		$given = isset( $input[ $name ] ) && is_scalar( $input[ $name ] ) ? smp_widgets_trim( $input[ $name ] ) : '';
		// A phone text is checked as entered, so that markup in it is reported rather than
		// silently stripped; it is then stored as one line of plain text.
		$problem = 'phone' === $field['type'] && '' !== $given ? smp_widgets_phone_problem( $given ) : '';
		// A contact page is not text: sanitize_text_field would delete its %XX (an address copied from
		// the browser, %C3%A4rzte, an Arabic page name) and store a page that does not exist. It is
		// stored as smp_widgets_contact_link() writes it (esc_url_raw's rules, for the database).
		// A phone text is stored as written, on one line (not sanitize_text_field, which deletes %AB).
		$raw = '' !== $problem || 'url' === $field['type'] ? $given : ( 'phone' === $field['type'] ? smp_widgets_one_line( $given ) : trim( sanitize_text_field( $given ) ) );
		if ( '' === $raw ) {
			continue;
		}
		$clean = '' === $problem ? smp_widgets_validate_setting( $field['type'], $raw ) : null;
		if ( null === $clean ) {
			$message = '' !== $problem
				/* translators: 1: field label, 2: the value entered, 3: why it is not valid. */
				? sprintf( esc_html__( '%1$s: “%2$s” is not valid (%3$s); the previous value was kept.', 'smp-widgets' ), esc_html( $field['label'] ), esc_html( $raw ), esc_html( $problem ) )
				/* translators: 1: field label, 2: the value entered. */
				: sprintf( esc_html__( '%1$s: “%2$s” is not valid; the previous value was kept.', 'smp-widgets' ), esc_html( $field['label'] ), esc_html( $raw ) );
			if ( function_exists( 'add_settings_error' ) ) {
				add_settings_error( SMP_WIDGETS_OPTION, 'smp-widgets-' . $name, $message );
				smp_widgets_refused_entries( array( $name => $given ) );
			} else {
				// Outside wp-admin (WP-CLI, a theme's or another plugin's update_option()) there is no
				// screen for a notice, and add_settings_error() is not loaded: a developer notice instead
				// (shown or logged with WP_DEBUG), the previous value kept all the same.
				_doing_it_wrong( 'update_option', esc_html( SMP_WIDGETS_OPTION . ': ' . wp_specialchars_decode( $message, ENT_QUOTES ) ), esc_html( SMP_WIDGETS_VERSION ) );
			}
			if ( isset( $previous[ $name ] ) ) {
				$out[ $name ] = $previous[ $name ];
			}
			continue;
		}
		$out[ $name ] = $clean;
	}
	return $out;
}

/**
 * What the user typed into a field that was refused on save, so that the screen shown after the save
 * gives it back in the field, beside the notice, rather than losing it: kept for that user for a
 * minute (the Settings API redirects after saving), read once.
 *
 * @param array<string, string>|null $add Field name => text refused, to keep; null to read (and forget) them.
 * @return array<string, string>
 */
function smp_widgets_refused_entries( $add = null ) {
	static $read = null;
	$key = 'smp_widgets_refused_' . get_current_user_id();
	if ( null !== $add ) {
		$kept = get_transient( $key );
		set_transient( $key, array_merge( is_array( $kept ) ? $kept : array(), $add ), MINUTE_IN_SECONDS );
		return $add;
	}
	if ( null === $read ) {
		$read = get_transient( $key );
		$read = is_array( $read ) ? $read : array();
		if ( $read ) {
			delete_transient( $key );
		}
	}
	return $read;
}

add_action( 'init', 'smp_widgets_register_setting' );

/**
 * Registers the option with the Settings API (also for options.php saves).
 */
function smp_widgets_register_setting() {
	register_setting(
		'smp_widgets',
		SMP_WIDGETS_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'smp_widgets_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
}
