import { css } from 'lit';

/**
 * The public theme tokens, read once on the host into private `--_*`
 * variables with literal fallbacks, so a widget looks right on a page that
 * sets none of them. Sizes are in `em`: they follow the text size around the
 * widget, never the root size a theme may have shrunk to 62.5%.
 */
export const tokens = css`
  :host {
    --_font-family: var(--smp-font-family, inherit);
    --_font-size: var(--smp-font-size, 1em);
    --_line-height: var(--smp-line-height, 1.5);
    --_heading-font-family: var(--smp-heading-font-family, inherit);
    --_heading-font-size: var(--smp-heading-font-size, 1.375em);
    --_heading-font-weight: var(--smp-heading-font-weight, 700);
    --_text: var(--smp-color-text, currentColor);
    --_muted: var(--smp-color-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_accent: var(--smp-color-accent, #0f766e);
    --_on-accent: var(--smp-color-on-accent, #ffffff);
    --_surface: var(--smp-color-surface, transparent);
    --_border: var(--smp-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_do: var(--smp-color-do, #15803d);
    --_avoid: var(--smp-color-avoid, #b45309);
    --_urgent: var(--smp-color-urgent, #b91c1c);
    --_done: var(--smp-color-done, #15803d);
    --_radius: var(--smp-radius, 0.75em);
    --_border-width: var(--smp-border-width, 1px);
    --_space: var(--smp-spacing, 1em);
    --_focus-ring-color: var(--smp-focus-ring-color, var(--_accent));
    --_focus-ring-width: var(--smp-focus-ring-width, 0.1875em);
  }
`;
