import { svg } from 'lit';

/**
 * Inline SVG icons, drawn with `currentColor` at text size. Each is decorative
 * (`aria-hidden`): the words next to it carry the meaning.
 */
const icon = (body: ReturnType<typeof svg>) =>
  svg`<svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${body}</svg>`;

export const plusIcon = () => icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 7.5v9M7.5 12h9"/>`);
export const minusIcon = () => icon(svg`<circle cx="12" cy="12" r="10"/><path d="M7.5 12h9"/>`);
export const checkIcon = () => icon(svg`<circle cx="12" cy="12" r="10"/><path d="m7.5 12.5 3 3 6-6.5"/>`);
export const crossIcon = () => icon(svg`<circle cx="12" cy="12" r="10"/><path d="m8.5 8.5 7 7m0-7-7 7"/>`);
export const warningIcon = () => icon(svg`<path d="M12 3 2 20.5h20z"/><path d="M12 10v4.5M12 17.5v.01"/>`);
export const questionIcon = () => icon(svg`<circle cx="12" cy="12" r="10"/><path d="M9.25 9.25a2.75 2.75 0 1 1 3.75 2.56c-.6.24-1 .8-1 1.44v.5M12 17v.01"/>`);
export const stepsIcon = () => icon(svg`<circle cx="12" cy="12" r="10"/><path d="M8 8.5h8M8 12h8M8 15.5h5"/>`);
