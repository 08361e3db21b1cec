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
add_action( 'admin_enqueue_scripts', 'smp_widgets_settings_assets' );

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
 * On the settings page: the bundle, and the script that says under the phone field what
 * the checklist's "Call" link will dial (admin/phone-check.js).
 *
 * @param string $hook_suffix The admin page.
 */
function smp_widgets_settings_assets( $hook_suffix ) {
	if ( 'settings_page_smp-widgets' !== $hook_suffix ) {
		return;
	}
	wp_enqueue_script( 'smp-widgets' );
	wp_enqueue_script( 'smp-widgets-phone-check', plugins_url( 'admin/phone-check.js', SMP_WIDGETS_FILE ), array(), SMP_WIDGETS_VERSION, true );
	wp_add_inline_style( 'common', '.smp-widgets-no-link { border-inline-start: 4px solid #d63638; padding-inline-start: 8px; }' );
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
	// A text refused at the last save is given back in its field (the notice above says why and that
	// the saved value was kept), so what the user typed is not lost.
	$refused = smp_widgets_refused_entries();
	$invalid = isset( $refused[ $name ] ) && is_string( $refused[ $name ] );
	$value   = $invalid ? $refused[ $name ] : $value;
	$phone   = 'phone' === $type;
	printf(
		'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="%5$s" aria-describedby="%2$s-help%7$s"%6$s%8$s>',
		// Not type=url: the browser would not send a page of the site (kontakt, /contact) or an address
		// without https://, which the plugin takes as the widget does (smp_widgets_contact_link()).
		esc_attr( 'phone' === $type ? 'tel' : 'text' ),
		esc_attr( 'smp-widgets-' . $name ),
		esc_attr( SMP_WIDGETS_OPTION . '[' . $name . ']' ),
		esc_attr( $value ),
		esc_attr( in_array( $type, array( 'phone', 'url' ), true ) ? 'regular-text' : 'small-text' ),
		in_array( $type, array( 'count', 'count1' ), true ) ? ' inputmode="numeric"' : ( 'url' === $type ? ' inputmode="url"' : '' ),
		$phone ? esc_attr( ' smp-widgets-' . $name . '-dials' ) : '',
		$invalid ? ' aria-invalid="true"' : ''
	);
	printf( '<p class="description" id="%1$s-help">%2$s</p>', esc_attr( 'smp-widgets-' . $name ), esc_html( $args['field']['help'] ) );
	if ( $phone ) {
		// Filled in as the number is typed, by admin/phone-check.js.
		printf(
			'<p class="description" id="%1$s-dials" hidden data-dials="%2$s" data-no-link="%3$s" data-not-used="%4$s" data-unread="%5$s" data-refused="%6$s" data-max="%7$d" data-emergency="%8$s"></p>',
			esc_attr( 'smp-widgets-' . $name ),
			/* translators: %s: the digits the call link dials, e.g. +442079460000. */
			esc_attr__( 'The checklist’s “Call” link dials %s. Check that this is your number.', 'smp-widgets' ),
			esc_attr__( 'No “Call” link: the number is shown as text, because it is not clear which digits to dial. Write the number alone, or put opening hours in brackets, e.g. 020 7946 0000 (9–17).', 'smp-widgets' ),
			esc_attr__( 'Not a phone number: it has no digit.', 'smp-widgets' ),
			esc_attr__( 'Not checked: the part of the checklist that reads phone numbers could not be loaded. Change the number, or reload the page, to check the number again.', 'smp-widgets' ),
			esc_attr(
				sprintf(
					/* translators: %d: the longest phone text accepted, in characters. */
					__( 'This text will not be saved: a phone number is one line of text, up to %d characters, without < or >. The number saved before is kept.', 'smp-widgets' ),
					SMP_WIDGETS_PHONE_MAX
				)
			),
			SMP_WIDGETS_PHONE_MAX,
			esc_attr__( 'No “Call” link: the number starts with an emergency number, such as 911 or 112, and a phone would dial the two as one, which could call the emergency line. Write your clinic’s number alone.', 'smp-widgets' )
		);
		// Says the same once, to a screen reader, when the field is left (not at each pause in typing).
		printf( '<span class="screen-reader-text" id="%s-dials-live" aria-live="polite"></span>', esc_attr( 'smp-widgets-' . $name ) );
	}
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
