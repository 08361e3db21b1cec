<?php
/**
 * Loads the widgets' bundle as an ES module, once, only on pages with a widget.
 *
 * WordPress 6.5 and later: the script-modules API (wp_enqueue_script_module).
 * Earlier: a classic script handle whose tag gets type="module".
 * The block editor always uses the classic handle (see smp_widgets_editor_assets()).
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * URL of the bundle built into the plugin's build/ folder.
 *
 * @return string
 */
function smp_widgets_bundle_url() {
	return plugins_url( 'build/smp-widgets.js', SMP_WIDGETS_FILE );
}

add_action( 'init', 'smp_widgets_register_bundle' );

/**
 * Registers the bundle under the handle / module id `smp-widgets`.
 */
function smp_widgets_register_bundle() {
	wp_register_script( 'smp-widgets', smp_widgets_bundle_url(), array(), SMP_WIDGETS_VERSION, true );
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'smp-widgets', smp_widgets_bundle_url(), array(), SMP_WIDGETS_VERSION );
	}
}

/**
 * Asks for the bundle on this page. Safe to call many times: it is printed once.
 */
function smp_widgets_enqueue() {
	if ( is_admin() ) {
		return; // The editor loads it through smp_widgets_editor_assets().
	}
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'smp-widgets' );
	} else {
		wp_enqueue_script( 'smp-widgets' );
	}
}

add_filter( 'script_loader_tag', 'smp_widgets_module_tag', 10, 2 );

/**
 * Makes the classic `smp-widgets` script tag a module.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function smp_widgets_module_tag( $tag, $handle ) {
	if ( 'smp-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}

add_action( 'wp_enqueue_scripts', 'smp_widgets_enqueue_for_queried_posts' );

/**
 * Enqueues early (in the head) when a post in the main query holds a widget.
 * Widgets found later, while the page renders, are enqueued as they render.
 */
function smp_widgets_enqueue_for_queried_posts() {
	global $wp_query;
	if ( ! $wp_query instanceof WP_Query || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $queried ) {
		if ( $queried instanceof WP_Post && smp_widgets_has_widget( $queried->post_content ) ) {
			smp_widgets_enqueue();
			return;
		}
	}
}

/**
 * Whether content holds one of the blocks, shortcodes or elements.
 *
 * @param string $content Post content.
 * @return bool
 */
function smp_widgets_has_widget( $content ) {
	$content = (string) $content;
	if ( false === strpos( $content, 'smp' ) ) {
		return false;
	}
	return (bool) preg_match( '/<!--\s+wp:smp-widgets\/|\[smp_(?:aftercare_checklist|pros_cons|recovery_timeline)[\s\]\/]|<smp-(?:aftercare-checklist|pros-cons|recovery-timeline)[\s>\/]/i', $content );
}
