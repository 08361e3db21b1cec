<?php
/**
 * Settings → SMP widgets: the clinic's phone, contact page and protocol numbers.
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'smp_widgets_admin_menu' );
add_action( 'admin_init', 'smp_widgets_admin_fields' );
add_filter( 'plugin_action_links_' . plugin_basename( SMP_WIDGETS_FILE ), 'smp_widgets_action_links' );

/**
 * Adds the page under Settings, for users who can manage options.
 */
function smp_widgets_admin_menu() {
	add_options_page(
		__( 'SMP widgets', 'smp-widgets' ),
		__( 'SMP widgets', 'smp-widgets' ),
		'manage_options',
		'smp-widgets',
		'smp_widgets_settings_page'
	);
}

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function smp_widgets_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=smp-widgets' ) ) . '">' . esc_html__( 'Settings', 'smp-widgets' ) . '</a>';
	return $links;
}

/**
 * One section, one field per setting.
 */
function smp_widgets_admin_fields() {
	add_settings_section(
		'smp_widgets_clinic',
		__( 'Your clinic', 'smp-widgets' ),
		'smp_widgets_section_intro',
		'smp-widgets'
	);
	foreach ( smp_widgets_setting_fields() as $name => $field ) {
		add_settings_field(
			'smp-widgets-' . $name,
			$field['label'],
			'smp_widgets_field',
			'smp-widgets',
			'smp_widgets_clinic',
			array(
				'label_for' => 'smp-widgets-' . $name,
				'name'      => $name,
				'field'     => $field,
			)
		);
	}
}

/**
 * Text above the fields.
 */
function smp_widgets_section_intro() {
	echo '<p>' . esc_html__( 'These apply to every aftercare checklist and recovery timeline on the site. A widget that sets its own value keeps it. Leave a field empty to use the default.', 'smp-widgets' ) . '</p>';
}

/**
 * One input.
 *
 * @param array $args Field arguments from add_settings_field().
 */
function smp_widgets_field( $args ) {
	$settings = smp_widgets_settings();
	$name     = $args['name'];
	$type     = $args['field']['type'];
	$value    = isset( $settings[ $name ] ) ? $settings[ $name ] : '';
	printf(
		'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="%5$s" aria-describedby="%2$s-help"%6$s>',
		esc_attr( 'url' === $type ? 'url' : ( 'phone' === $type ? 'tel' : 'text' ) ),
		esc_attr( 'smp-widgets-' . $name ),
		esc_attr( SMP_WIDGETS_OPTION . '[' . $name . ']' ),
		esc_attr( $value ),
		esc_attr( in_array( $type, array( 'phone', 'url' ), true ) ? 'regular-text' : 'small-text' ),
		in_array( $type, array( 'count', 'count1' ), true ) ? ' inputmode="numeric"' : ''
	);
	printf( '<p class="description" id="%1$s-help">%2$s</p>', esc_attr( 'smp-widgets-' . $name ), esc_html( $args['field']['help'] ) );
}

/**
 * The page. options.php checks the nonce and the capability on save; WordPress prints
 * the messages (saved, or a value not valid) for pages under Settings.
 */
function smp_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'smp_widgets' );
	do_settings_sections( 'smp-widgets' );
	submit_button();
	echo '</form></div>';
}
