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
 * Registers one shortcode per element.
 */
function smp_widgets_register_shortcodes() {
	foreach ( smp_widgets_elements() as $slug => $element ) {
		add_shortcode(
			$element['shortcode'],
			static function ( $atts, $content = null ) use ( $slug ) {
				return smp_widgets_render_shortcode( $slug, $atts, $content );
			}
		);
	}
}

/**
 * Shortcode attributes → element markup. A bare word (`[smp_recovery_timeline date-input]`)
 * sets that boolean attribute; unknown attributes are ignored.
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
			$word = strtolower( trim( (string) $value ) );
			if ( isset( $known[ $word ] ) && in_array( $known[ $word ], array( 'bool', 'presence' ), true ) ) {
				$values[ $word ] = true;
			}
			continue;
		}
		$key = strtolower( (string) $key );
		if ( isset( $known[ $key ] ) ) {
			$values[ $key ] = $value;
		}
	}
	return smp_widgets_render( $slug, $values, null === $content ? '' : $content );
}
