<?php
/**
 * Removes the plugin's settings when it is deleted from the Plugins screen.
 *
 * @package SmpWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'smp_widgets_settings' );

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $smp_widgets_site_id ) {
		switch_to_blog( $smp_widgets_site_id );
		delete_option( 'smp_widgets_settings' );
		restore_current_blog();
	}
}
