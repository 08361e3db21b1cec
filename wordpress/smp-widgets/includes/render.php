<?php
/**
 * Turns attributes into an element's markup, escaped, with the site's
 * clinic settings filled in where the widget does not set its own.
 *
 * @package SmpWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Normalises one attribute value by kind.
 *
 * @param string $kind  Attribute kind from smp_widgets_elements().
 * @param mixed  $value The value given.
 * @return string|true|null A string value, true for a bare attribute, null to leave it out.
 */
function smp_widgets_attribute_value( $kind, $value ) {
	if ( null === $value || is_array( $value ) || is_object( $value ) ) {
		return null;
	}
	if ( 'bool' === $kind ) {
		if ( is_bool( $value ) ) {
			return $value ? true : null;
		}
		$value = strtolower( trim( (string) $value ) );
		return in_array( $value, array( '', '0', 'false', 'no', 'off' ), true ) ? null : true;
	}
	if ( 'presence' === $kind ) {
		if ( true === $value ) {
			return true;
		}
		if ( false === $value ) {
			return null;
		}
		$value = smp_widgets_trim( $value );
		return in_array( strtolower( $value ), array( '0', 'false', 'no', 'off' ), true ) ? null : ( '' === $value || 'true' === strtolower( $value ) ? true : $value );
	}
	$value = smp_widgets_trim( $value );
	return '' === $value ? null : $value;
}

/**
 * The markup of one widget.
 *
 * @param string               $slug       Element slug, e.g. `pros-cons`.
 * @param array<string, mixed> $attributes Element attribute name => value; unknown names are ignored.
 * @param string               $content    Items written inside the element (HTML; filtered here).
 * @return string
 */
function smp_widgets_render( $slug, array $attributes, $content = '' ) {
	$elements = smp_widgets_elements();
	if ( ! isset( $elements[ $slug ] ) ) {
		return '';
	}
	$element = $elements[ $slug ];
	$values  = array();
	$refused = array(); // The widget's own clinic values that are not valid: [label, value, reason].
	foreach ( $element['attributes'] as $name => $kind ) {
		if ( ! array_key_exists( $name, $attributes ) ) {
			continue;
		}
		$value = smp_widgets_attribute_value( $kind, $attributes[ $name ] );
		if ( null === $value ) {
			continue;
		}
		if ( true !== $value && $element['clinic'] ) {
			// A clinic value of the widget's own is checked as Settings checks it: one that is not valid
			// (a phone "see our contact page", dry days "4 days") is not written, so the site's setting
			// applies rather than the widget's default, and editors are told (smp_widgets_refused_notice()).
			$value = smp_widgets_own_clinic_value( $name, $value, $refused );
			if ( null === $value ) {
				continue;
			}
		}
		if ( true !== $value ) {
			// Escaped here, before the site settings are merged: a value that escapes to nothing
			// (a link with a refused protocol such as javascript:, text that is not valid UTF-8)
			// is left out, as if it had not been given, so the site setting fills it.
			$value = 'url' === $kind ? smp_widgets_contact_link( $value ) : esc_attr( $value );
			if ( '' === $value ) {
				continue;
			}
		}
		$values[ $name ] = $value;
	}
	if ( $element['clinic'] ) {
		// The element's own attribute wins over the site setting.
		foreach ( smp_widgets_settings() as $name => $value ) {
			if ( ! isset( $values[ $name ] ) ) {
				$value = 'url' === $element['attributes'][ $name ] ? smp_widgets_contact_link( $value ) : esc_attr( $value );
				if ( '' !== $value ) {
					$values[ $name ] = $value;
				}
			}
		}
	}
	$html = '<' . $element['tag'];
	if ( ! empty( $attributes['class'] ) && is_string( $attributes['class'] ) ) {
		$html .= ' class="' . esc_attr( $attributes['class'] ) . '"';
	}
	foreach ( $values as $name => $value ) {
		// Every value is escaped above.
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . $value . '"';
	}
	$html .= '>' . smp_widgets_clean_items( $content ) . '</' . $element['tag'] . '>';
	smp_widgets_enqueue_elements( array( $slug ) );
	return smp_widgets_refused_notice( $refused ) . $html;
}

/**
 * A value a widget sets itself (a block's, a shortcode's or an element's typed in the post), checked,
 * when it is a clinic value, with the rules of Settings → SMP widgets (smp_widgets_validate_setting(),
 * smp_widgets_phone_problem()). One that is not valid is added to `$refused` as [label, value, reason]
 * for smp_widgets_refused_notice().
 *
 * @param string                                            $name    Attribute name.
 * @param string                                            $value   The value given, trimmed.
 * @param array<int, array{0: string, 1: string, 2: string}> $refused The refused values so far.
 * @return string|null The value to write (any other attribute's as given); null when it is not valid.
 */
function smp_widgets_own_clinic_value( $name, $value, array &$refused ) {
	$fields = smp_widgets_setting_fields();
	if ( ! isset( $fields[ $name ] ) ) {
		return $value;
	}
	$type    = $fields[ $name ]['type'];
	$problem = 'phone' === $type ? smp_widgets_phone_problem( $value ) : '';
	if ( 'url' === $type ) {
		// Written by smp_widgets_contact_link() (render), as Settings stores it; '' when it is no link.
		$checked = '' === smp_widgets_contact_link( $value ) ? null : $value;
	} elseif ( 'phone' === $type ) {
		$checked = '' === $problem ? smp_widgets_one_line( $value ) : null;
	} else {
		// A number as the widget reads the attribute: a no-break space copied with it (`3&nbsp;` in a
		// shortcode, as the visual editor writes one) is a space, trimmed.
		$checked = smp_widgets_validate_setting( $type, smp_widgets_trim( html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) );
	}
	if ( null === $checked ) {
		$refused[] = array( $fields[ $name ]['label'], $value, $problem );
	}
	return $checked;
}

/**
 * For an editor previewing the post that holds the widget, a short note above it naming each clinic
 * value of its own that is not valid and saying that the site's setting is used instead. Patients
 * see nothing; nothing is removed from the block or shortcode, so the value can be corrected there.
 * Only in a preview (`is_preview()`: the editor's Preview button) on the front end, in the main
 * query's loop for the post previewed, for a user who may edit it: never on the published page (a
 * page cache set to keep logged-in views could serve it to visitors), in wp-admin (a plugin that
 * e-mails a post on publish runs the_content there), a feed, the REST API, cron, AJAX or XML-RPC,
 * nor for a widget outside the post (a theme part, a widget area), nor in an excerpt. When it is printed, the page is
 * marked not to be cached (DONOTCACHEPAGE, honoured by the common page-cache plugins). A `<mark>`,
 * valid in a paragraph (an inline shortcode) and between blocks alike.
 *
 * @param array<int, array{0: string, 1: string, 2: string}> $refused Label, value and reason of each.
 * @return string
 */
function smp_widgets_refused_notice( array $refused ) {
	if ( ! $refused || ! smp_widgets_previewing_post() ) {
		return '';
	}
	if ( ! defined( 'DONOTCACHEPAGE' ) ) {
		define( 'DONOTCACHEPAGE', true );
	}
	$lines = array();
	foreach ( $refused as list( $label, $value, $problem ) ) {
		$lines[] = '' !== $problem
			/* translators: 1: a clinic setting's label, e.g. Clinic phone number; 2: the value a block or shortcode gives it; 3: why it is not valid. Shown only to editors: above the widget, and under the field in the block sidebar. */
			? sprintf( esc_html__( '%1$s: “%2$s” is not valid (%3$s), so this widget uses the site’s setting or its default.', 'smp-widgets' ), esc_html( $label ), esc_html( $value ), esc_html( $problem ) )
			/* translators: 1: a clinic setting's label, e.g. Days to keep the head dry; 2: the value a block or shortcode gives it. Shown only to editors: above the widget, and under the field in the block sidebar. */
			: sprintf( esc_html__( '%1$s: “%2$s” is not valid, so this widget uses the site’s setting or its default.', 'smp-widgets' ), esc_html( $label ), esc_html( $value ) );
	}
	return '<mark class="smp-widgets-editor-note" role="note"><strong>' . esc_html__( 'Only editors see this note.', 'smp-widgets' ) . '</strong> ' . implode( ' ', $lines ) . '</mark>';
}

/**
 * Whether the widget being rendered is in the content of a post that a user who may edit it is
 * previewing: the front end's preview of that post, in the main query's loop.
 *
 * @return bool
 */
function smp_widgets_previewing_post() {
	// Not in an excerpt (wp_trim_excerpt() runs the_content, then strips the tags: the note would be left as
	// plain text in the post's summary, which a theme may show above the post in its preview).
	if ( is_admin() || wp_doing_ajax() || wp_doing_cron() || is_feed() || is_embed() || doing_filter( 'get_the_excerpt' )
		|| ( defined( 'REST_REQUEST' ) && REST_REQUEST ) || ( defined( 'XMLRPC_REQUEST' ) && XMLRPC_REQUEST )
		|| ( defined( 'WP_CLI' ) && WP_CLI ) || ! is_user_logged_in() ) {
		return false;
	}
	if ( ! is_preview() || ! is_singular() || ! is_main_query() || ! in_the_loop() ) {
		return false;
	}
	$post_id = get_the_ID();
	return $post_id && (int) get_queried_object_id() === (int) $post_id && current_user_can( 'edit_post', $post_id );
}

/**
 * Items written inside a widget, kses-filtered as post content, without the
 * paragraphs and line breaks wpautop adds around and inside lists.
 *
 * @param string $content HTML.
 * @return string
 */
function smp_widgets_clean_items( $content ) {
	$content = (string) $content;
	if ( '' === trim( $content ) ) {
		return '';
	}
	// A line break or a paragraph inside an item separates words: a space, not nothing
	// ("far<br>away" is "far away"). Between items a space is only whitespace.
	$content = preg_replace( '#</?p(?:\s[^>]*)?>|<br\s*/?>#i', ' ', $content );
	return trim( wp_kses_post( $content ) );
}

/**
 * A contact link as the widget reads it, escaped for an attribute; '' when it is no link. The same
 * rule as the widget's and the configurator's readContact() (src/internal/contact-link.ts), in the
 * same order; test/fixtures/contact-links.json holds the cases all three are tested against.
 * Trimmed of what JavaScript's trim() removes (U+FEFF too, not U+0085). A phone number (at least
 * 5 digits) is no link: left out, so the site's contact page applies (esc_url would make it
 * http://+44…). A text starting with // (another site's address to a browser) or holding a
 * character no link holds as written (a control character, " < > \ ^ ` { }, which esc_url deletes:
 * java^script: would become javascript:) is no link. A site's address without a scheme gets
 * https:// (esc_url would add http://), a trailing dot after its host dropped, and an e-mail
 * address (also with ?subject=) mailto: (esc_url would make it http://info@…, a link to the
 * clinic's home page). Words are no link. A tel: link keeps its spaces (esc_url makes them %20).
 * A path or a file name (/contact, ./contact, contact.html, kontakt) stays a page of the site,
 * read from the folder of the page the widget is on, as the widget reads it (esc_url would make
 * contact.html a site, http://contact.html), and never a scheme (see below).
 *
 * @param string $value   The link as given.
 * @param string $context 'display' (escaped for an attribute) or 'db' (as esc_url_raw: to store).
 * @return string
 */
function smp_widgets_contact_link( $value, $context = 'display' ) {
	$space = SMP_WIDGETS_JS_SPACE;
	$value = (string) preg_replace( "/^[$space]+|[$space]+$/u", '', (string) $value );
	// Digits in Latin, Arabic-Indic and Eastern Arabic-Indic (\d with /u would take every script's).
	$digit     = '0-9\x{0660}-\x{0669}\x{06F0}-\x{06F9}';
	$protocols = array( 'http', 'https', 'tel', 'mailto' );
	if ( '' === $value ) {
		return '';
	}
	if ( preg_match( "/^\\+?\\(?[$digit][$digit$space().\\/-]*$/u", $value ) && preg_match_all( "/[$digit]/u", $value ) >= 5 ) {
		return '';
	}
	if ( preg_match( '/^\/\/|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f"<>\\\\^`{}]/', $value ) ) {
		return '';
	}
	if ( preg_match( "/^[^$space\\/?#:@.]+(\\.[^$space\\/?#:@.]+)+(?=\\.?(:[0-9]+)?([\\/?#]|$))/u", $value, $host ) && ! preg_match( '/\.(s?html?|xhtml|php[0-9]?|aspx?|jsp|cfm|cgi)$/i', $host[0] ) ) {
		return esc_url( 'https://' . $host[0] . preg_replace( '/^\./', '', substr( $value, strlen( $host[0] ) ) ), $protocols, $context );
	}
	if ( preg_match( "/^[^$space@\\/?#:]+@[^$space\\/?#:@.]+(\\.[^$space\\/?#:@.]+)+([?#][^$space]*)?$/u", $value ) ) {
		return esc_url( 'mailto:' . $value, $protocols, $context );
	}
	if ( preg_match( '/^[A-Za-z][A-Za-z0-9+.-]*:/', $value ) ) {
		$link = esc_url( $value, $protocols, $context );
		// A tel: link as written: the widget keeps its spaces, which esc_url makes %20.
		return 0 === stripos( $link, 'tel:' ) && false === strpos( $value, '%20' ) ? str_replace( '%20', ' ', $link ) : $link;
	}
	if ( preg_match( "/[$space]/u", $value ) ) {
		return '';
	}
	// A page: esc_url leaves a text that starts with / as a path (it adds http:// to one that does not),
	// but it does not check the protocol of such a text, and its cleaning (entities that the browser
	// decodes, ;// made ://, %0a deleted) could leave one: a page whose text, as the browser reads
	// the attribute, has a colon before its first / ? or # gets ./ before it, so it is never a scheme;
	// one that reads as another site's address (&#47;&#47;host) or holds a backslash is no link.
	$page = (string) substr( esc_url( '/' . $value, $protocols, $context ), 1 );
	$read = preg_replace( '/[\t\n\r]/', '', html_entity_decode( $page, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	if ( preg_match( '/^\/\/|[\x00-\x1f\x7f"<>\\\\^`{}]/', $read ) ) {
		return '';
	}
	return preg_match( '#^[^/?\#]*:#', $read ) ? './' . $page : $page;
}
