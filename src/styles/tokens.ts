import { css } from 'lit';

/**
 * The public theme tokens, read once on the host into private `--_*`
 * variables with literal fallbacks, so a widget looks right on a page that
 * sets none of them. Sizes are in `em`: they follow the text size around the
 * widget, never the root size a theme may have shrunk to 62.5%.
 *
 * Colours come in a light and a dark palette through `light-dark()`, chosen
 * by the element's `color-scheme`: the visitor's preference by default,
 * pinned with the `scheme` attribute or `--smp-color-scheme`. In the light
 * palette the widget inherits the page's text colour and sits on the page's
 * background; the dark palette brings its own surface and text so it stays
 * readable on any page. Every default pair meets WCAG 2.2 AA (text 4.5:1,
 * UI 3:1), which the tests measure.
 */
export const tokens = css`
  :host {
    color-scheme: var(--smp-color-scheme, light dark);
    --_font-family: var(--smp-font-family, inherit);
    --_font-size: var(--smp-font-size, 1em);
    --_line-height: var(--smp-line-height, 1.5);
    --_heading-font-family: var(--smp-heading-font-family, inherit);
    --_heading-font-size: var(--smp-heading-font-size, 1.375em);
    --_heading-font-weight: var(--smp-heading-font-weight, 700);
    --_text: var(--smp-color-text, light-dark(currentColor, #e6edf3));
    --_surface: var(--smp-color-surface, light-dark(transparent, #101820));
    --_muted: var(--smp-color-muted, color-mix(in srgb, var(--_text) 80%, transparent));
    --_border: var(--smp-color-border, color-mix(in srgb, var(--_text) 25%, transparent));
    --_accent: var(--smp-color-accent, light-dark(#0f766e, #5eead4));
    --_on-accent: var(--smp-color-on-accent, light-dark(#ffffff, #042f2e));
    --_do: var(--smp-color-do, light-dark(#15803d, #4ade80));
    --_avoid: var(--smp-color-avoid, light-dark(#b45309, #fbbf24));
    --_urgent: var(--smp-color-urgent, light-dark(#b91c1c, #fca5a5));
    --_done: var(--smp-color-done, light-dark(#15803d, #4ade80));
    --_radius: var(--smp-radius, 0.75em);
    --_border-width: var(--smp-border-width, 1px);
    --_space: var(--smp-spacing, 1em);
    --_focus-ring-color: var(--smp-focus-ring-color, var(--_accent));
    --_focus-ring-width: var(--smp-focus-ring-width, 0.1875em);
  }
  :host([scheme~='light' i]) {
    --smp-color-scheme: light;
  }
  :host([scheme~='dark' i]) {
    --smp-color-scheme: dark;
  }
`;
