<?php
/**
 * Lets users who may post (Authors, Editors, everyone on multisite) write
 * the elements themselves: the tags and their attributes survive kses.
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'smp_widgets_kses_allowed_html', 10, 2 );

/**
 * Adds the four elements, and item data attributes on `li`, to post content.
 *
 * @param array        $tags    Allowed tags and attributes.
 * @param string|array $context The kses context.
 * @return array
 */
function smp_widgets_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( smp_widgets_elements() as $element ) {
		$allowed = array(
			'class' => true,
			'id'    => true,
		);
		foreach ( array_keys( $element['attributes'] ) as $name ) {
			$allowed[ $name ] = true;
		}
		$tags[ $element['tag'] ] = $allowed;
	}
	$li = isset( $tags['li'] ) && is_array( $tags['li'] ) ? $tags['li'] : array();
	foreach ( array( 'data-id', 'data-kind', 'data-from', 'data-to', 'data-title' ) as $name ) {
		$li[ $name ] = true;
	}
	$tags['li'] = $li;
	return $tags;
}

add_filter( 'wp_kses_uri_attributes', 'smp_widgets_kses_uri_attributes' );

/**
 * `contact-url` is a link: kses drops disallowed protocols (javascript:) from it.
 *
 * @param string[] $attributes Attribute names that hold URLs.
 * @return string[]
 */
function smp_widgets_kses_uri_attributes( $attributes ) {
	$attributes[] = 'contact-url';
	return $attributes;
}

// Late: a plugin that sets these settings outright (rather than adding to them) at the default priority
// would otherwise remove the four tags again.
add_filter( 'tiny_mce_before_init', 'smp_widgets_tinymce_elements', 999 );

/**
 * The classic editor's Visual tab and the block editor's Classic block (TinyMCE 4) delete elements
 * they do not know when they save: the four tags are registered with it, as block elements (no `~`,
 * which would make them inline), with every attribute, and may hold the items' list (`ul`, `li`).
 *
 * @param array<string, mixed> $init TinyMCE settings.
 * @return array<string, mixed>
 */
function smp_widgets_tinymce_elements( $init ) {
	if ( ! is_array( $init ) ) {
		return $init;
	}
	$tags = array();
	foreach ( smp_widgets_elements() as $element ) {
		$tags[] = $element['tag'];
	}
	$add = static function ( $key, $items ) use ( &$init ) {
		// Another plugin's value is kept, whether it gave a string or (as some do) an array of entries.
		$current      = isset( $init[ $key ] ) ? ( is_array( $init[ $key ] ) ? implode( ',', array_map( 'strval', $init[ $key ] ) ) : (string) $init[ $key ] ) : '';
		$init[ $key ] = implode( ',', array_filter( array_merge( array( trim( $current, ', ' ) ), $items ) ) );
	};
	$add( 'custom_elements', $tags );
	$add(
		'extended_valid_elements',
		array_map(
			static function ( $tag ) {
				return $tag . '[*]';
			},
			$tags
		)
	);
	$add(
		'valid_children',
		array_map(
			static function ( $tag ) {
				return '+' . $tag . '[ul|ol|li|p|br|#text]';
			},
			$tags
		)
	);
	return $init;
}

add_action( 'admin_enqueue_scripts', 'smp_widgets_autop_elements_script' );

/**
 * On the screens that edit a post (classic editor or block editor): admin/autop-elements.js, which keeps
 * WordPress's autop from putting the elements in paragraphs, and their items out of them, as a post is
 * loaded into TinyMCE. In the head, so that it is there before either editor loads the post.
 *
 * @param string $hook_suffix The admin page.
 */
function smp_widgets_autop_elements_script( $hook_suffix ) {
	if ( 'post.php' !== $hook_suffix && 'post-new.php' !== $hook_suffix ) {
		return;
	}
	$tags = array();
	foreach ( smp_widgets_elements() as $element ) {
		$tags[] = $element['tag'];
	}
	wp_enqueue_script( 'smp-widgets-autop-elements', plugins_url( 'admin/autop-elements.js', SMP_WIDGETS_FILE ), array( 'jquery', 'wp-hooks' ), SMP_WIDGETS_VERSION, false );
	wp_localize_script( 'smp-widgets-autop-elements', 'smpWidgetsAutop', array( 'tags' => $tags ) );
}
