import { html } from 'lit';

/**
 * Inline SVG icons, drawn with `currentColor` at text size. Each is decorative
 * (`aria-hidden`): the words next to it carry the meaning. The icon two
 * elements share lives here (in the script-tag bundle's core); an icon one
 * element draws is defined in that element's module, so a page without that
 * element does not download it.
 *
 * Every icon is one template with no bindings, written out whole, that starts
 * with an empty comment (`<!---->`). Lit then never touches its `<svg>` from
 * JavaScript: cloning a template without bindings visits only its first node,
 * here the comment. The first `<svg>` a page's script touches makes the
 * browser set up its bindings for the SVG interfaces (about 30 KiB of the JS
 * heap for the page's life, measured with `npm run bench`); a wrapper template
 * with the icon's path as a binding would have Lit walk into the `<svg>`.
 */

/** A tick in a circle: done steps and things to do. */
export const checkIcon = html`<!----><svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10"/><path d="m7.5 12.5 3 3 6-6.5"/></svg>`;
