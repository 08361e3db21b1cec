<?php
/**
 * The plugin's own translations (admin, block editor, block titles): loaded
 * from languages/ (smp-widgets-<locale>.mo, and a JSON file per editor script),
 * after any the site keeps in wp-content/languages/plugins/, which win (the
 * .mo or .l10n.php, and the editor's JSON too).
 *
 * The plugin ships one file per language, named for one WordPress locale
 * (es_ES, fr_FR, de_DE and de_DE_formal, nl_NL and nl_NL_formal, it_IT, pt_BR,
 * tr_TR, ar). A site in another locale of the same language (es_MX, fr_CA,
 * de_CH, pt_PT, ary…) gets that language's file rather than English, unless a
 * file of its own exists.
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'smp_widgets_load_textdomain', 5 );
add_action( 'change_locale', 'smp_widgets_switch_textdomain' );
add_filter( 'load_textdomain_mofile', 'smp_widgets_translation_mofile', 10, 2 );
add_filter( 'load_script_translation_file', 'smp_widgets_script_translation_file', 10, 3 );

/**
 * Loads the plugin's own translations (the widgets' texts come with the bundle).
 */
function smp_widgets_load_textdomain() {
	load_plugin_textdomain( 'smp-widgets', false, dirname( plugin_basename( SMP_WIDGETS_FILE ) ) . '/languages' );
}

/**
 * `change_locale` (switch_to_locale(), e.g. an e-mail in its recipient's language, and back):
 * the plugin's strings in that locale, from the same files in the same order. WordPress's own
 * reloading finds no file of a locale the plugin serves from its language's file, and on 6.1
 * loads nothing at all on a site whose own language had no file (English).
 *
 * @param string $locale The locale switched to.
 */
function smp_widgets_switch_textdomain( $locale ) {
	unload_textdomain( 'smp-widgets', true );
	$mofile = 'smp-widgets-' . $locale . '.mo';
	if ( ! load_textdomain( 'smp-widgets', WP_LANG_DIR . '/plugins/' . $mofile, $locale ) ) {
		load_textdomain( 'smp-widgets', SMP_WIDGETS_DIR . 'languages/' . $mofile, $locale );
	}
}

/**
 * The locale whose shipped file serves a site in `$locale`: the same locale
 * when the plugin has it, else its language's (`es_MX` → `es_ES`; a formal
 * German or Dutch locale, or de_CH, which WordPress writes with "Sie", → the
 * formal file), else `$locale` unchanged.
 *
 * @param string $locale A WordPress locale, e.g. es_MX.
 * @return string
 */
function smp_widgets_fallback_locale( $locale ) {
	$shipped = array(
		'ar'  => 'ar',
		'ary' => 'ar',
		'de'  => 'de_DE',
		'es'  => 'es_ES',
		'fr'  => 'fr_FR',
		'it'  => 'it_IT',
		'nl'  => 'nl_NL',
		'pt'  => 'pt_BR',
		'tr'  => 'tr_TR',
	);
	$language = strtolower( (string) strtok( (string) $locale, '_' ) );
	if ( ! isset( $shipped[ $language ] ) ) {
		return $locale;
	}
	$formal = ( 'de' === $language || 'nl' === $language ) && ( '_formal' === substr( $locale, -7 ) || 'de_CH' === $locale );
	return $shipped[ $language ] . ( $formal ? '_formal' : '' );
}

/**
 * `load_textdomain_mofile`: a missing smp-widgets-<locale>.mo becomes its
 * language's file (see smp_widgets_fallback_locale), in the same folder.
 *
 * @param string $mofile The .mo path WordPress is about to load.
 * @param string $domain The text domain.
 * @return string
 */
function smp_widgets_translation_mofile( $mofile, $domain ) {
	if ( 'smp-widgets' !== $domain || is_readable( $mofile ) || is_readable( substr( $mofile, 0, -3 ) . '.l10n.php' ) ) {
		return $mofile;
	}
	if ( ! preg_match( '/^smp-widgets-(.+)\.mo$/', basename( $mofile ), $match ) ) {
		return $mofile;
	}
	$fallback = smp_widgets_fallback_locale( $match[1] );
	return $fallback === $match[1] ? $mofile : dirname( $mofile ) . '/smp-widgets-' . $fallback . '.mo';
}

/**
 * `load_script_translation_file`: the block editor's smp-widgets-<locale>-<md5>.json,
 * looked for in the order the .mo is: the site's own in wp-content/languages/plugins/
 * (for the locale, then its language's), then the shipped one (the same two). WordPress
 * itself reads the plugin's folder first, so a site owner's file would never be used.
 *
 * @param string|false $file   The JSON path WordPress is about to read.
 * @param string       $handle The script handle.
 * @param string       $domain The text domain.
 * @return string|false
 */
function smp_widgets_script_translation_file( $file, $handle, $domain ) {
	if ( 'smp-widgets' !== $domain || ! is_string( $file ) ) {
		return $file;
	}
	if ( ! preg_match( '/^smp-widgets-(.+)-([0-9a-f]{32})\.json$/', basename( $file ), $match ) ) {
		return $file;
	}
	$locales = array_unique( array( $match[1], smp_widgets_fallback_locale( $match[1] ) ) );
	foreach ( array( WP_LANG_DIR . '/plugins', SMP_WIDGETS_DIR . 'languages' ) as $dir ) {
		foreach ( $locales as $locale ) {
			$candidate = $dir . '/smp-widgets-' . $locale . '-' . $match[2] . '.json';
			if ( is_readable( $candidate ) ) {
				return $candidate;
			}
		}
	}
	return $file;
}
