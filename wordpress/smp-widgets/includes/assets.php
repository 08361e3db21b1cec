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

/**
 * URL of a file in the plugin's build/ folder, e.g. `chunks/core.js`.
 *
 * @param string $path Path inside build/.
 * @return string
 */
function smp_widgets_build_url( $path ) {
	return plugins_url( 'build/' . $path, SMP_WIDGETS_FILE );
}

add_action( 'init', 'smp_widgets_register_bundle' );

/**
 * Registers the bundle under the handle / module id `smp-widgets`. The
 * elements' chunks are printed in the head by smp_widgets_print_core_preload().
 */
function smp_widgets_register_bundle() {
	wp_register_script( 'smp-widgets', smp_widgets_bundle_url(), array(), SMP_WIDGETS_VERSION, true );
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'smp-widgets', smp_widgets_bundle_url(), array(), SMP_WIDGETS_VERSION );
	}
}

/**
 * Whether this WordPress loads the front end through the script-modules API (6.5+).
 *
 * @return bool
 */
function smp_widgets_uses_script_modules() {
	return function_exists( 'wp_enqueue_script_module' );
}

/**
 * Element slugs whose chunk this page asked for in the head.
 *
 * @param string|null $add A slug to add.
 * @return array<string, true>
 */
function smp_widgets_page_elements( $add = null ) {
	static $slugs = array();
	if ( null !== $add ) {
		$slugs[ $add ] = true;
	}
	return $slugs;
}

/**
 * Asks for the bundle on this page. Safe to call many times: it is printed once.
 */
function smp_widgets_enqueue() {
	if ( is_admin() ) {
		return; // The editor loads it through smp_widgets_editor_assets().
	}
	if ( smp_widgets_uses_script_modules() ) {
		wp_enqueue_script_module( 'smp-widgets' );
	} else {
		wp_enqueue_script( 'smp-widgets' );
	}
}

/**
 * Asks, in the head, for the chunks of the elements the page shows, so the
 * first paint has them in place (no layout shift): the README's recommended
 * embed, `<link rel="modulepreload">` for the core and a render-blocking
 * module script per element. Also asks for the bundle.
 *
 * @param string[] $slugs Element slugs.
 */
function smp_widgets_enqueue_elements( array $slugs ) {
	// An excerpt (a list of posts, search results, an archive): wp_trim_excerpt() runs the_content and
	// then strips the markup, so the page shows no widget of this post and loads nothing for it.
	if ( doing_filter( 'get_the_excerpt' ) ) {
		return;
	}
	// wp_enqueue_scripts runs inside wp_head (priority 1), before the head's scripts are printed:
	// still in time there.
	if ( is_admin() || ( did_action( 'wp_head' ) && ! doing_action( 'wp_enqueue_scripts' ) ) ) {
		smp_widgets_enqueue(); // Too late for the head: the bundle's loader fetches the elements.
		return;
	}
	$elements = smp_widgets_elements();
	foreach ( $slugs as $slug ) {
		if ( ! isset( $elements[ $slug ] ) ) {
			continue;
		}
		smp_widgets_page_elements( $slug );
	}
	smp_widgets_enqueue();
}

add_filter( 'script_loader_tag', 'smp_widgets_module_tag', 10, 2 );

/**
 * Makes the classic `smp-widgets` script tag (before 6.5) a module.
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

add_action( 'wp_head', 'smp_widgets_print_core_preload', 2 ); // After wp_enqueue_scripts (priority 1).

/**
 * When the head asks for element chunks: for a site not in English, first a
 * render-blocking module per element with its messages in the site's
 * language (so the first frame is in that language, with no layout shift
 * when the text would change), then `<link rel="modulepreload">` for the
 * core that the element chunks import, then a render-blocking module per
 * element chunk. Printed here, not enqueued: WordPress 6.5+ prints script
 * modules in the footer for a classic theme, where `blocking` cannot hold the
 * paint. Without a `?ver=` query: the bundle's loader imports the same URLs,
 * and a module with another URL would be fetched and run twice.
 */
function smp_widgets_print_core_preload() {
	$slugs = array_keys( smp_widgets_page_elements() );
	if ( ! $slugs ) {
		return;
	}
	$locale = smp_widgets_site_locale();
	if ( null !== $locale ) {
		foreach ( $slugs as $slug ) {
			smp_widgets_print_blocking_module( smp_widgets_build_url( 'locales/' . $locale . '/' . $slug . '.js' ) );
		}
	}
	printf( "<link rel=\"modulepreload\" href=\"%s\">\n", esc_url( smp_widgets_build_url( 'chunks/core.js' ) ) );
	foreach ( $slugs as $slug ) {
		smp_widgets_print_blocking_module( smp_widgets_build_url( 'elements/' . $slug . '.js' ) );
	}
}

/**
 * Prints a render-blocking module script, through wp_print_script_tag() so
 * that the `wp_script_attributes` filter (a Content-Security-Policy plugin's
 * nonce, say) applies to it as to WordPress's own tags.
 *
 * @param string $src The module's URL.
 */
function smp_widgets_print_blocking_module( $src ) {
	wp_print_script_tag(
		array(
			'type'     => 'module',
			'blocking' => 'render',
			'src'      => esc_url( $src ),
		)
	);
}

/**
 * The widgets' locale for the site's language, as the widgets pick it from
 * `<html lang>`: the same tag (`pt-BR`), else the same language (`de-DE` →
 * `de`); `null` for English or a language they do not have. The locales are
 * the folders the build has in `build/locales/`.
 *
 * @return string|null
 */
function smp_widgets_site_locale() {
	$tag     = strtolower( str_replace( '_', '-', (string) get_bloginfo( 'language' ) ) );
	$folders = glob( SMP_WIDGETS_DIR . 'build/locales/*', GLOB_ONLYDIR );
	$locales = array_map( 'basename', is_array( $folders ) ? $folders : array() );
	foreach ( $locales as $locale ) {
		if ( strtolower( $locale ) === $tag ) {
			return $locale;
		}
	}
	$language = strtok( $tag, '-' );
	foreach ( $locales as $locale ) {
		if ( strtok( strtolower( $locale ), '-' ) === $language ) {
			return $locale;
		}
	}
	return null;
}

add_action( 'wp_enqueue_scripts', 'smp_widgets_enqueue_for_queried_posts' );

/**
 * A classic theme prints the head before it renders the posts and the widget
 * areas: enqueues early (in the head) the chunks of the elements that a post
 * of the main query or a widget area holds. A block theme renders the whole
 * page before its head, so each widget is enqueued as it renders, and a post
 * whose widget the page does not show (a password form, a list of excerpts)
 * loads nothing.
 */
function smp_widgets_enqueue_for_queried_posts() {
	global $wp_query;
	if ( function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() ) {
		return;
	}
	$slugs = smp_widgets_elements_in_widget_areas();
	if ( $wp_query instanceof WP_Query && ! empty( $wp_query->posts ) ) {
		foreach ( $wp_query->posts as $queried ) {
			// A password-protected post shows a password form, not its content.
			if ( $queried instanceof WP_Post && ! post_password_required( $queried ) ) {
				$slugs = array_merge( $slugs, smp_widgets_elements_in( $queried->post_content ) );
			}
		}
	}
	if ( $slugs ) {
		smp_widgets_enqueue_elements( array_values( array_unique( $slugs ) ) );
	}
}

/**
 * The element slugs that the widget areas of the theme hold: in a Text, a
 * Custom HTML or a block widget (Appearance → Widgets).
 *
 * @return string[]
 */
function smp_widgets_elements_in_widget_areas() {
	$slugs = array();
	foreach ( wp_get_sidebars_widgets() as $area => $ids ) {
		if ( 'wp_inactive_widgets' === $area || ! is_array( $ids ) || ! is_registered_sidebar( $area ) ) {
			continue;
		}
		foreach ( $ids as $id ) {
			if ( ! is_string( $id ) || ! preg_match( '/^(text|custom_html|block)-(\d+)$/', $id, $m ) ) {
				continue;
			}
			$instances = get_option( 'widget_' . $m[1] );
			$instance  = is_array( $instances ) && isset( $instances[ (int) $m[2] ] ) ? $instances[ (int) $m[2] ] : null;
			foreach ( array( 'content', 'text' ) as $field ) {
				if ( is_array( $instance ) && isset( $instance[ $field ] ) && is_string( $instance[ $field ] ) ) {
					$slugs = array_merge( $slugs, smp_widgets_elements_in( $instance[ $field ] ) );
				}
			}
		}
	}
	return $slugs;
}

/**
 * The element slugs a content holds, as blocks, shortcodes or elements.
 *
 * @param string $content Post content.
 * @return string[]
 */
function smp_widgets_elements_in( $content ) {
	static $patterns = array(); // Synced patterns already read: a pattern inside itself is read once.
	$content = (string) $content;
	$slugs   = array();
	// A synced pattern (`<!-- wp:block {"ref":12} /-->`): the widgets are in its own post.
	if ( false !== strpos( $content, 'wp:block' ) && preg_match_all( '#<!--\s+wp:block\s+\{[^}]*"ref":(\d+)#', $content, $refs ) ) {
		foreach ( array_unique( array_map( 'intval', $refs[1] ) ) as $ref ) {
			if ( ! isset( $patterns[ $ref ] ) ) {
				$patterns[ $ref ] = array();
				$pattern          = get_post( $ref );
				if ( $pattern instanceof WP_Post && 'wp_block' === $pattern->post_type && 'publish' === $pattern->post_status ) {
					$patterns[ $ref ] = smp_widgets_elements_in( $pattern->post_content );
				}
			}
			$slugs = array_merge( $slugs, array_fill_keys( $patterns[ $ref ], true ) );
		}
	}
	if ( false === strpos( $content, 'smp' ) ) {
		return array_keys( $slugs );
	}
	$tags       = smp_widgets_slug_pattern( '-' );
	$shortcodes = substr( smp_widgets_shortcode_pattern(), strlen( 'smp[_-]' ) ); // (?:aftercare[_-]checklist|…)
	preg_match_all( '#<!--\s+wp:smp-widgets/(' . $tags . ')[\s/]|\[smp[_-](' . $shortcodes . ')[\s\]/]|<smp-(' . $tags . ')[\s>/]#i', $content, $matches, PREG_SET_ORDER );
	foreach ( $matches as $m ) {
		$found           = strtolower( str_replace( '_', '-', $m[ count( $m ) - 1 ] ) );
		$slugs[ $found ] = true;
	}
	return array_keys( $slugs );
}

/**
 * Whether content holds one of the blocks, shortcodes or elements.
 *
 * @param string $content Post content.
 * @return bool
 */
function smp_widgets_has_widget( $content ) {
	return (bool) smp_widgets_elements_in( $content );
}
