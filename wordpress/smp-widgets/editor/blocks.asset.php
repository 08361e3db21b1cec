<?php
/**
 * Dependencies of editor/blocks.js (written by hand: the editor script has no build step).
 *
 * @package SmpWidgets
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-html-entities' ),
	'version'      => '0.1.0',
);
