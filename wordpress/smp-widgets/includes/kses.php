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
