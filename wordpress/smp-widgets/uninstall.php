<?php
/**
 * Removes the plugin's settings when it is deleted from the Plugins screen.
 *
 * @package SmpWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

/**
 * Deletes the settings, and what a refused save kept for the screen after it (smp_widgets_refused_entries():
 * a transient per user, left when that screen was never shown).
 */
function smp_widgets_uninstall_site() {
	global $wpdb;
	delete_option( 'smp_widgets_settings' );
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transients of every user, by prefix; no API lists them.
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $wpdb->esc_like( '_transient_smp_widgets_refused_' ) . '%', $wpdb->esc_like( '_transient_timeout_smp_widgets_refused_' ) . '%' ) );
}

smp_widgets_uninstall_site();

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $smp_widgets_site_id ) {
		switch_to_blog( $smp_widgets_site_id );
		smp_widgets_uninstall_site();
		restore_current_blog();
	}
}
