<?php
/**
 * The four elements and the attributes each accepts: one list that the
 * blocks, the shortcodes, kses and the settings all read.
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attribute kinds: 'string' (any text), 'bool' (present or absent),
 * 'int' (heading level), 'url' (a link), 'presence' (present with an
 * optional value, like `persist`).
 *
 * @return array<string, array{tag: string, shortcode: string, clinic: bool, attributes: array<string, string>}>
 */
function smp_widgets_elements() {
	$common = array(
		'heading'       => 'string',
		'heading-level' => 'int',
		'hide'          => 'string',
		'disclaimer'    => 'string',
		'no-disclaimer' => 'bool',
		'scheme'        => 'string',
		'defaults'      => 'string',
	);
	$clinic = array();
	foreach ( smp_widgets_setting_fields() as $name => $field ) {
		$clinic[ $name ] = 'phone' === $name ? 'string' : ( 'contact-url' === $name ? 'url' : 'string' );
	}
	return array(
		'aftercare-checklist' => array(
			'tag'        => 'smp-aftercare-checklist',
			'shortcode'  => 'smp_aftercare_checklist',
			'clinic'     => true,
			'attributes' => array_merge(
				$common,
				array(
					'persist' => 'presence',
					'daily'   => 'bool',
				),
				$clinic
			),
		),
		'pros-cons'           => array(
			'tag'        => 'smp-pros-cons',
			'shortcode'  => 'smp_pros_cons',
			'clinic'     => true,
			'attributes' => array_merge( $common, array( 'layout' => 'string' ), $clinic ),
		),
		'recovery-timeline'   => array(
			'tag'        => 'smp-recovery-timeline',
			'shortcode'  => 'smp_recovery_timeline',
			'clinic'     => true,
			'attributes' => array_merge(
				$common,
				array(
					'session-date'     => 'string',
					'date-input'       => 'bool',
					'persist'          => 'presence',
					'orientation'      => 'string',
					'session-interval' => 'string',
				),
				$clinic
			),
		),
		'practitioner-guide'  => array(
			'tag'        => 'smp-practitioner-guide',
			'shortcode'  => 'smp_practitioner_guide',
			'clinic'     => false,
			'attributes' => array_merge(
				$common,
				array(
					'variant' => 'string',
					'persist' => 'presence',
				)
			),
		),
	);
}

/**
 * What JavaScript's trim() and \s take, as a PCRE character class body (with /u): PCRE's \s with /u
 * also takes U+0085 and U+180E, and not U+FEFF. The widget trims every attribute value so.
 */
const SMP_WIDGETS_JS_SPACE = '\t-\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

/**
 * A value trimmed as the widget trims it (JavaScript's trim()): a no-break space or a byte-order mark
 * copied with a number (`3&nbsp;`) goes too, which PHP's trim() keeps, so the plugin takes what the
 * widget takes. Text that is not valid UTF-8 is trimmed by PHP's trim().
 *
 * @param string $value Text.
 * @return string
 */
function smp_widgets_trim( $value ) {
	$trimmed = preg_replace( '/^[' . SMP_WIDGETS_JS_SPACE . ']+|[' . SMP_WIDGETS_JS_SPACE . ']+$/u', '', (string) $value );
	return null === $trimmed ? trim( (string) $value ) : $trimmed;
}

/**
 * A regular-expression alternation of the element slugs, with `-` or `_`
 * between words: `aftercare-checklist|pros-cons|…` for tags,
 * `aftercare_checklist|…` for shortcodes.
 *
 * @param string $separator `-` or `_`.
 * @return string
 */
function smp_widgets_slug_pattern( $separator = '-' ) {
	$out = array();
	foreach ( array_keys( smp_widgets_elements() ) as $slug ) {
		$out[] = preg_quote( str_replace( '-', $separator, $slug ), '#' );
	}
	return implode( '|', $out );
}

/**
 * A regular expression for the four shortcodes' names, as registered (`smp_aftercare_checklist`) and as
 * the element's tag is written (`smp-aftercare-checklist`, also registered: see shortcodes.php).
 *
 * @return string
 */
function smp_widgets_shortcode_pattern() {
	$out = array();
	foreach ( array_keys( smp_widgets_elements() ) as $slug ) {
		$out[] = implode(
			'[_-]',
			array_map(
				static function ( $word ) {
					return preg_quote( $word, '#' );
				},
				explode( '-', $slug )
			)
		);
	}
	return 'smp[_-](?:' . implode( '|', $out ) . ')';
}

/**
 * The protocol numbers and contact details a clinic sets once (Settings →
 * SMP widgets), keyed by element attribute name.
 *
 * @return array<string, array{label: string, type: string, help: string}>
 */
function smp_widgets_setting_fields() {
	return array(
		'phone'           => array(
			'label' => __( 'Clinic phone number', 'smp-widgets' ),
			'type'  => 'phone',
			'help'  => sprintf(
				/* translators: %d: the longest phone text accepted, in characters. */
				__( 'Shown as you write it in the urgent part of the aftercare checklist, e.g. +44 20 7946 0000, (555) 123-4567 or 020 7946 0000 (Mon–Fri 9–17). It becomes a tap-to-call link when one number can be read from it safely. Any one line with a digit, up to %d characters; no HTML.', 'smp-widgets' ),
				SMP_WIDGETS_PHONE_MAX
			),
		),
		'contact-url'     => array(
			'label' => __( 'Contact page', 'smp-widgets' ),
			'type'  => 'url',
			'help'  => __( 'A link to your contact page (http, https, tel or mailto).', 'smp-widgets' ),
		),
		'dry-days'        => array(
			'label' => __( 'Days to keep the head dry', 'smp-widgets' ),
			'type'  => 'count1',
			'help'  => __( 'After each session. Default 5.', 'smp-widgets' ),
		),
		'redness-days'    => array(
			'label' => __( 'Days the redness lasts', 'smp-widgets' ),
			'type'  => 'count',
			'help'  => __( 'Default 1.', 'smp-widgets' ),
		),
		'heal-days'       => array(
			'label' => __( 'Days until the wounds heal', 'smp-widgets' ),
			'type'  => 'span1',
			'help'  => __( 'A number or a range such as 3-4 (the default).', 'smp-widgets' ),
		),
		'recovery-days'   => array(
			'label' => __( 'Days until recovery', 'smp-widgets' ),
			'type'  => 'span1',
			'help'  => __( 'A number or a range such as 7-10 (the default).', 'smp-widgets' ),
		),
		'assessment-days' => array(
			'label' => __( 'Days until the result can be judged', 'smp-widgets' ),
			'type'  => 'count1',
			'help'  => __( 'Default 30.', 'smp-widgets' ),
		),
		'min-sessions'    => array(
			'label' => __( 'Minimum number of sessions in a course', 'smp-widgets' ),
			'type'  => 'count1',
			'help'  => __( 'At least 1. Default 2.', 'smp-widgets' ),
		),
		'session-hours'   => array(
			'label' => __( 'Hours a session takes', 'smp-widgets' ),
			'type'  => 'span1',
			'help'  => __( 'A number or a range such as 2-3 (the default), at least 1.', 'smp-widgets' ),
		),
	);
}

/**
 * `heading-level` → `headingLevel`: block attribute names are the
 * elements' JavaScript property names.
 *
 * @param string $attribute An element attribute name.
 * @return string
 */
function smp_widgets_camel( $attribute ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute ) ) ) );
}
