<?php
// Test helper run with PHP's CLI against the throwaway site:
//   php cli.php SITE_DIR lang es_ES     sets the site language (offline: no language pack needed)
//   php cli.php SITE_DIR option NAME    prints an option as JSON
//   php cli.php SITE_DIR translate TEXT prints the plugin's translation of TEXT in the site language
//   php cli.php SITE_DIR script-translate TEXT  the block editor script's translation of TEXT (its JSON file)
//   php cli.php SITE_DIR switch-translate LOCALE TEXT  switch_to_locale(LOCALE), then the plugin's TEXT
//   php cli.php SITE_DIR user-locale LOGIN LOCALE  sets a user's profile language ('site': the site's)
//   php cli.php SITE_DIR uninstall      runs the plugin's uninstall (as Plugins → Delete does), prints its option and the plugin's option rows left
//   php cli.php SITE_DIR insert JSON    wp_insert_post(JSON) as the administrator (wp_block, wp_template_part…), prints {id, link};
//                                      "post_content_file": PATH takes the content from a file (a long post: argv holds 128 KiB)
//   php cli.php SITE_DIR publish-mail JSON  publishes JSON as the administrator in a wp-admin request and prints the post's
//                                      the_content as a plugin e-mailing subscribers on publish_post renders it
//   php cli.php SITE_DIR contact-links JSON  smp_widgets_contact_link() and the Settings check of each text in a JSON array
//   php cli.php SITE_DIR stored-contact TEXT  stores TEXT as the option's contact-url (as an older version may have), prints
//                                      what the plugin reads and what a shortcode renders, then puts the option back
//   php cli.php SITE_DIR update-settings JSON  update_option() of the plugin's settings outside wp-admin; prints what is stored
//   php cli.php SITE_DIR elements       prints smp_widgets_elements(): each element's tag, shortcode and attributes
//   php cli.php SITE_DIR delete ID      deletes a post for good
//   php cli.php SITE_DIR content ID     prints a post's saved post_content (as stored, before any filter) as JSON
//   php cli.php SITE_DIR plugin-filters FILE  the plugin's the_content filters alone over FILE's text: {out, error} as JSON
//   php cli.php SITE_DIR theme SLUG     switches the theme
//   php cli.php SITE_DIR tinymce JSON   the TinyMCE settings after the tiny_mce_before_init filter, given JSON settings
//   php cli.php SITE_DIR widgets JSON   puts widgets in a widget area: {"sidebar": "sidebar-1", "widgets": [["custom_html", {"content": "…"}], …]}
// Never name a top-level variable $post here: it is WordPress's global.
$_SERVER['HTTP_HOST'] = '127.0.0.1:' . (getenv('PORT') ?: '8088');
if (($argv[2] ?? '') === 'publish-mail') {
    define('WP_ADMIN', true); // Publish pressed in the classic editor: wp-admin/post.php.
}
require $argv[1] . '/wp-load.php';
$command = $argv[2] ?? '';
if ($command === 'lang') {
    // update_option('WPLANG') is refused for a language whose pack is not installed; let it through.
    add_filter('sanitize_option_WPLANG', function ($value, $option, $original) { return $original; }, 10, 3);
    update_option('WPLANG', $argv[3] === 'en_US' ? '' : $argv[3]);
    echo get_option('WPLANG'), "\n";
} elseif ($command === 'option') {
    echo wp_json_encode(get_option($argv[3], null)), "\n";
} elseif ($command === 'translate') {
    // The plugin's translation of a string in the site's language (its text domain is loaded on init).
    echo __($argv[3], 'smp-widgets'), "\n";
} elseif ($command === 'script-translate') {
    // The block editor script's translation of TEXT, from the JSON file WordPress would hand it.
    $json = load_script_textdomain('smp-widgets-editor', 'smp-widgets', SMP_WIDGETS_DIR . 'languages');
    $data = $json ? json_decode($json, true) : null;
    echo $data['locale_data']['messages'][$argv[3]][0] ?? $argv[3], "\n";
} elseif ($command === 'switch-translate') {
    // switch_to_locale(LOCALE), as WordPress does for an e-mail to a user, then the plugin's TEXT.
    switch_to_locale($argv[3]);
    echo __($argv[4], 'smp-widgets'), "\n";
} elseif ($command === 'user-locale') {
    // Users → Profile → Language: LOCALE for the user LOGIN ('' = the site's).
    $user = get_user_by('login', $argv[3]);
    update_user_meta($user->ID, 'locale', $argv[4] === 'site' ? '' : $argv[4]);
    echo get_user_meta($user->ID, 'locale', true), "\n";
} elseif ($command === 'uninstall') {
    // What Plugins → Delete runs: the plugin's uninstall.php. Before it, a refused save whose screen was
    // never shown leaves the text kept for that screen (smp_widgets_refused_entries()). Prints the option
    // and every option row of the plugin's that is left.
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    wp_set_current_user(get_user_by('login', 'admin')->ID);
    smp_widgets_refused_entries(['phone' => 'see our contact page']);
    deactivate_plugins('smp-widgets/smp-widgets.php', true);
    uninstall_plugin('smp-widgets/smp-widgets.php');
    global $wpdb;
    $left = $wpdb->get_col("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%smp\\_widgets%'");
    echo wp_json_encode(['settings' => get_option('smp_widgets_settings', null), 'left' => $left]), "\n";
} elseif ($command === 'insert') {
    wp_set_current_user(get_user_by('login', 'admin')->ID);
    $data = json_decode($argv[3], true);
    $terms = $data['terms'] ?? [];
    unset($data['terms']);
    if (isset($data['post_content_file'])) {
        $data['post_content'] = file_get_contents($data['post_content_file']);
        unset($data['post_content_file']);
    }
    $id = wp_insert_post(wp_slash($data), true);
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message() . "\n");
        exit(1);
    }
    foreach ($terms as $taxonomy => $term) {
        wp_set_object_terms($id, $term, $taxonomy);
    }
    echo wp_json_encode(['id' => $id, 'link' => get_permalink($id)]), "\n";
} elseif ($command === 'clinic-values') {
    // Each [attribute, text] of a JSON array as Settings and a block's own value take it
    // (trimmed as the widget trims, then smp_widgets_validate_setting() with the field's type): the stored text, or null when refused.
    $fields = smp_widgets_setting_fields();
    $out = [];
    foreach (json_decode($argv[3], true) as [$name, $text]) {
        $out[] = smp_widgets_validate_setting($fields[$name]['type'], smp_widgets_trim($text));
    }
    echo wp_json_encode($out), "\n";
} elseif ($command === 'publish-mail') {
    wp_set_current_user(get_user_by('login', 'admin')->ID);
    $mail = null;
    add_action('publish_post', function ($id, $published) use (&$mail) {
        $GLOBALS['post'] = $published;
        setup_postdata($published);
        $mail = apply_filters('the_content', $published->post_content);
    }, 10, 2);
    $id = wp_insert_post(wp_slash(json_decode($argv[3], true)), true);
    echo wp_json_encode(['id' => is_wp_error($id) ? 0 : $id, 'admin' => is_admin(), 'mail' => $mail]), "\n";
} elseif ($command === 'contact-links') {
    // Each text of a JSON array as the plugin writes it as contact-url (smp_widgets_contact_link()) and
    // as Settings → SMP widgets stores it (null: refused as not valid).
    $out = [];
    foreach (json_decode($argv[3], true) as $text) {
        $out[] = ['written' => smp_widgets_contact_link($text), 'stored' => smp_widgets_validate_setting('url', trim($text))];
    }
    echo wp_json_encode($out), "\n";
} elseif ($command === 'stored-contact') {
    $saved = get_option(SMP_WIDGETS_OPTION, null);
    update_option(SMP_WIDGETS_OPTION, ['contact-url' => $argv[3]]);
    $read = smp_widgets_settings()['contact-url'] ?? null;
    $rendered = do_shortcode('[smp_aftercare_checklist]');
    null === $saved ? delete_option(SMP_WIDGETS_OPTION) : update_option(SMP_WIDGETS_OPTION, $saved);
    echo wp_json_encode(['read' => $read, 'rendered' => $rendered]), "\n";
} elseif ($command === 'update-settings') {
    // update_option() with the settings JSON, outside wp-admin (as WP-CLI or a theme would), then prints the stored option.
    update_option(SMP_WIDGETS_OPTION, json_decode($argv[3], true));
    echo wp_json_encode(get_option(SMP_WIDGETS_OPTION, null)), "\n";
} elseif ($command === 'tinymce') {
    if (($argv[4] ?? '') === 'other-plugin') {
        // Another plugin that sets its own elements outright, as an array, at priority 100.
        add_filter('tiny_mce_before_init', function ($init) {
            $init['extended_valid_elements'] = ['svg[*]', 'path[d]'];
            return $init;
        }, 100);
    }
    echo wp_json_encode(apply_filters('tiny_mce_before_init', json_decode($argv[3], true), 'content')), "\n";
} elseif ($command === 'elements') {
    echo wp_json_encode(smp_widgets_elements()), "\n";
} elseif ($command === 'plugin-filters') {
    // The plugin's own the_content filters alone (before wpautop, after shortcodes) over a file's text: a
    // text WordPress's own filters would not take whole (a script of a megabyte) tests the plugin's.
    $text = file_get_contents($argv[3]);
    $out = smp_widgets_complete_elements(smp_widgets_restore_after_autop(smp_widgets_protect_from_autop($text)));
    // Each run of 100 000 "x" (the test's long script) taken out, so the answer stays small.
    echo wp_json_encode(['out' => str_replace(str_repeat('x', 100000), '', $out), 'error' => preg_last_error_msg()]), "\n";
} elseif ($command === 'content') {
    echo wp_json_encode(get_post_field('post_content', (int) $argv[3], 'raw')), "\n";
} elseif ($command === 'delete') {
    echo wp_delete_post((int) $argv[3], true) ? 'deleted' : 'not deleted', "\n";
} elseif ($command === 'theme') {
    switch_theme($argv[3]);
    echo get_stylesheet(), "\n";
} elseif ($command === 'widgets') {
    // As Appearance → Widgets saves them: one option per widget type, keyed by number; the area lists "type-number".
    $data = json_decode($argv[3], true);
    $ids = [];
    foreach ($data['widgets'] as $i => [$type, $instance]) {
        $all = get_option('widget_' . $type, []);
        $number = $i + 2;
        $all[$number] = $instance;
        $all['_multiwidget'] = 1;
        update_option('widget_' . $type, $all);
        $ids[] = $type . '-' . $number;
    }
    $areas = wp_get_sidebars_widgets();
    $areas[$data['sidebar']] = $ids;
    wp_set_sidebars_widgets($areas);
    echo implode(' ', $ids), "\n";
} else {
    fwrite(STDERR, "unknown command\n");
    exit(2);
}
