<?php
/**
 * One block per element, registered from block.json and rendered on the
 * server: a saved post holds only the block comment.
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'smp_widgets_register_blocks' );

/**
 * Registers the editor script and one block per element.
 */
function smp_widgets_register_blocks() {
	$asset = include SMP_WIDGETS_DIR . 'editor/blocks.asset.php';
	wp_register_script(
		'smp-widgets-editor',
		plugins_url( 'editor/blocks.js', SMP_WIDGETS_FILE ),
		$asset['dependencies'],
		$asset['version'],
		true
	);
	wp_set_script_translations( 'smp-widgets-editor', 'smp-widgets', SMP_WIDGETS_DIR . 'languages' );

	foreach ( array_keys( smp_widgets_elements() ) as $slug ) {
		register_block_type(
			SMP_WIDGETS_DIR . 'blocks/' . $slug,
			array(
				'render_callback' => static function ( $attributes ) use ( $slug ) {
					return smp_widgets_render_block( $slug, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}

/**
 * Block attributes (the elements' property names, camelCase) → element markup.
 *
 * @param string               $slug       Element slug.
 * @param array<string, mixed> $attributes Block attributes.
 * @return string
 */
function smp_widgets_render_block( $slug, array $attributes ) {
	$elements = smp_widgets_elements();
	$values   = array();
	foreach ( array_keys( $elements[ $slug ]['attributes'] ) as $name ) {
		$property = smp_widgets_camel( $name );
		if ( array_key_exists( $property, $attributes ) ) {
			$values[ $name ] = $attributes[ $property ];
		}
	}
	if ( ! empty( $attributes['className'] ) && is_string( $attributes['className'] ) ) {
		$values['class'] = $attributes['className'];
	}
	return smp_widgets_render( $slug, $values );
}

add_action( 'enqueue_block_editor_assets', 'smp_widgets_editor_assets' );
add_action( 'enqueue_block_assets', 'smp_widgets_editor_canvas_assets' );

/**
 * The editor shows the real elements as previews: it needs the bundle, and
 * the site settings so previews match the published page.
 */
function smp_widgets_editor_assets() {
	wp_enqueue_script( 'smp-widgets' );
	// Under a sidebar field whose value is not valid, the reason (editor/blocks.js), marked as Settings → SMP widgets marks it.
	wp_add_inline_style( 'wp-components', '.smp-widgets-field-problem { display: block; margin-bottom: 4px; border-inline-start: 4px solid #d63638; padding-inline-start: 8px; }' );
	// Default item ids per element, for the "hidden items" checkboxes; written by the build from src/content/.
	$ids_file = SMP_WIDGETS_DIR . 'build/item-ids.json';
	$ids      = file_exists( $ids_file ) ? json_decode( (string) file_get_contents( $ids_file ), true ) : array(); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	wp_add_inline_script(
		'smp-widgets-editor',
		'window.smpWidgetsEditor = ' . wp_json_encode(
			array(
				'settings' => smp_widgets_settings(),
				'ids'      => $ids,
				// The elements whose preview takes the settings, as smp_widgets_render() gives them.
				'clinic'   => array_keys( wp_list_filter( smp_widgets_elements(), array( 'clinic' => true ) ) ),
				// So that the sidebar says under a clinic field when its value is not valid, by the rules the page
				// applies (smp_widgets_own_clinic_value()): each field's type and label, and the rules by type.
				'fields'   => array_map(
					static function ( $field ) {
						return array(
							'type'  => $field['type'],
							'label' => $field['label'],
						);
					},
					smp_widgets_setting_fields()
				),
				'rules'    => smp_widgets_setting_rules(),
			)
		) . ';',
		'before'
	);
}

/**
 * In an iframed editor canvas (site editor; post editor with apiVersion 3
 * blocks) the bundle must also load inside the iframe.
 */
function smp_widgets_editor_canvas_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'smp-widgets' );
	}
}
