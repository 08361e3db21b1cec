import { svg } from 'lit';

/**
 * Inline SVG icons, drawn with `currentColor` at text size. Each is decorative
 * (`aria-hidden`): the words next to it carry the meaning. Only the wrapper and
 * the icons two elements share live here (in the script-tag bundle's core);
 * an icon one element draws is defined in that element's module, so a page
 * without that element does not download it.
 */
export const icon = (body: ReturnType<typeof svg>) =>
  svg`<svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${body}</svg>`;

/** An icon in a circle, as most are. */
export const circledIcon = (body: ReturnType<typeof svg>) =>
  svg`<svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10"/>${body}</svg>`;

export const checkIcon = () => circledIcon(svg`<path d="m7.5 12.5 3 3 6-6.5"/>`);
