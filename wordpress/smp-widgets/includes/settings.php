<?php
/**
 * The site-wide clinic settings: stored in one option, validated on save.
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

const SMP_WIDGETS_OPTION = 'smp_widgets_settings';

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
			return preg_match( '/^\+?[0-9][0-9 ().\-\/]{2,30}$/', $value ) ? $value : null;
		case 'url':
			$url = esc_url_raw( $value, array( 'http', 'https', 'tel', 'mailto' ) );
			return '' !== $url ? $url : null;
		case 'count':
		case 'count1':
			if ( ! preg_match( '/^\d{1,3}$/', $value ) ) {
				return null;
			}
			return ( 'count1' === $type && (int) $value < 1 ) ? null : (string) (int) $value;
		case 'span':
		case 'span1':
			if ( ! preg_match( '/^(\d{1,3})\s*(?:[-–]\s*(\d{1,3}))?$/u', $value, $m ) ) {
				return null;
			}
			$low  = (int) $m[1];
			$high = isset( $m[2] ) && '' !== $m[2] ? (int) $m[2] : $low;
			if ( $low > $high || ( 'span1' === $type && $low < 1 ) ) {
				return null;
			}
			return $low === $high ? (string) $low : $low . '-' . $high;
	}
	return null;
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
		$raw = isset( $input[ $name ] ) && is_scalar( $input[ $name ] ) ? trim( sanitize_text_field( (string) $input[ $name ] ) ) : '';
		if ( '' === $raw ) {
			continue;
		}
		$clean = smp_widgets_validate_setting( $field['type'], $raw );
		if ( null === $clean ) {
			add_settings_error(
				SMP_WIDGETS_OPTION,
				'smp-widgets-' . $name,
				/* translators: 1: field label, 2: the value entered. */
				sprintf( esc_html__( '%1$s: “%2$s” is not valid; the previous value was kept.', 'smp-widgets' ), esc_html( $field['label'] ), esc_html( $raw ) )
			);
			if ( isset( $previous[ $name ] ) ) {
				$out[ $name ] = $previous[ $name ];
			}
			continue;
		}
		$out[ $name ] = $clean;
	}
	return $out;
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
