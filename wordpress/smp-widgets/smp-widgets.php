<?php
/**
 * Plugin Name:       SMP Widgets
 * Plugin URI:        https://github.com/smp-widgets/smp-widgets
 * Description:       Patient-education widgets for scalp micropigmentation (SMP) clinics: an aftercare checklist, pros and cons, a recovery timeline and a practitioner guide, as blocks, shortcodes or plain elements.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            smp-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       smp-widgets
 * Domain Path:       /languages
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SMP_WIDGETS_VERSION', '0.1.0' );
define( 'SMP_WIDGETS_FILE', __FILE__ );
define( 'SMP_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once SMP_WIDGETS_DIR . 'includes/i18n.php';
require_once SMP_WIDGETS_DIR . 'includes/elements.php';
require_once SMP_WIDGETS_DIR . 'includes/settings.php';
require_once SMP_WIDGETS_DIR . 'includes/render.php';
require_once SMP_WIDGETS_DIR . 'includes/assets.php';
require_once SMP_WIDGETS_DIR . 'includes/kses.php';
require_once SMP_WIDGETS_DIR . 'includes/blocks.php';
require_once SMP_WIDGETS_DIR . 'includes/shortcodes.php';
require_once SMP_WIDGETS_DIR . 'includes/content.php';
require_once SMP_WIDGETS_DIR . 'includes/admin.php';
