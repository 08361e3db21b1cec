import { css } from 'lit';
import { tokens } from './tokens.js';

/** Styles every element shares: the card, heading, disclaimer, icons, focus, print. */
export const sharedStyles = [
  tokens,
  css`
    :host {
      display: block;
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: var(--_line-height);
      color: var(--_text);
      text-align: start;
    }
    /* The one box in the shadow root. A page that makes the element a flex container (or gives it
       display: contents in a flex row) gets it filling the row, as a block would. */
    .widget {
      flex: 1 1 auto;
    }
    /* The container the widgets' @container rules measure: the whole width of the element, as
       the host's own width. Not the host itself: a container's content does not count towards its
       width, so in a box that sizes to its content (inline-block, float, table cell, dialog,
       centred flex or grid) the widget would be 0 wide, or as wide as one fixed size says. */
    .frame {
      container-type: inline-size;
    }
    /* What the widget asks for in such a box, beside the frame: nothing at least (it shrinks to a
       narrow column or flex row), 40em at most (an empty grid track from 0 to 40em). */
    .sizer {
      display: grid;
      grid-template-columns: minmax(0, 40em);
      block-size: 0;
      overflow: hidden;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    /* Repeated inside the shadow root, where no page rule reaches: a page's
       "* { all: unset }" or 62.5% root overrides the :host rules above. The
       text is never smaller than 14px, however small the page's is. */
    .base {
      font-size: max(1em, 14px);
      line-height: var(--_line-height);
      color: var(--_text);
      text-align: start;
      overflow-wrap: break-word;
      background: var(--_surface);
      border: var(--_border-width) solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    /* A card narrower than 20em (320px at 16px text: a phone with large text, a sidebar): long words
       are hyphenated where the browser knows the language, and break anywhere only where it does not. */
    @container (max-width: 20em) {
      .base {
        hyphens: auto;
      }
    }
    /* An e-mail address, URL or phone number in an item's text (src/internal/addresses.ts): a hyphen
       added inside it is another address. It still breaks where it must (overflow-wrap), without a hyphen. */
    .address {
      hyphens: manual;
    }
    /* A phone number is one box, kept on one line where it fits (as the call link's number): in
       right-to-left text a number broken across two lines reads its groups out of order. */
    bdo.address {
      display: inline-block;
    }
    .heading {
      margin: 0 0 0.75em;
      font-family: var(--_heading-font-family);
      font-size: var(--_heading-font-size);
      font-weight: var(--_heading-font-weight);
      line-height: 1.25;
    }
    .subheading {
      margin: 0 0 0.5em;
      font-family: var(--_heading-font-family);
      font-size: 1.125em;
      font-weight: var(--_heading-font-weight);
      line-height: 1.3;
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    /* A long word ("Kaçınılacaklar" at 200% zoom on a phone) breaks rather than leaving the card. */
    .subheading > span {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    ul,
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .icon {
      inline-size: 1.25em;
      block-size: 1.25em;
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 2.5;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin: var(--_space) 0 0;
    }
    button {
      font: inherit;
      font-weight: 600;
      min-block-size: 2.75em;
      padding: 0.5em 1.125em;
      border: var(--_border-width) solid var(--_accent);
      border-radius: 999px;
      background: var(--_accent);
      color: var(--_on-accent);
      cursor: pointer;
      /* A long label ("Zum Kalender hinzufügen" on a 320px phone at 200% text) wraps inside the card. */
      max-inline-size: 100%;
      overflow-wrap: anywhere;
    }
    @media (prefers-reduced-motion: no-preference) {
      button {
        transition: background-color 0.2s ease;
      }
    }
    button:hover:not([aria-disabled='true']) {
      background: color-mix(in srgb, var(--_accent) 85%, #000);
    }
    button.secondary {
      background: transparent;
      color: var(--_accent);
    }
    button.secondary:hover:not([aria-disabled='true']) {
      background: color-mix(in srgb, var(--_accent) 10%, transparent);
    }
    /* aria-disabled, never disabled: it keeps a control focusable, so focus is not lost when it turns off under the user. */
    button[aria-disabled='true'] {
      cursor: default;
      opacity: 0.6;
    }
    .disclaimer {
      margin: 1em 0 0;
      color: var(--_muted);
      font-size: 0.875em;
    }
    :focus-visible {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
      outline-offset: 0.125em;
    }
    @media print {
      /* Dark text on white paper, whatever the scheme on screen. */
      :host {
        color-scheme: light;
        --_text: #000;
      }
      .actions {
        display: none;
      }
      .base {
        color: #000;
        background: #fff;
        border-color: #000;
      }
      .disclaimer {
        color: #000;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition: none !important;
        animation: none !important;
        scroll-behavior: auto !important;
      }
    }
    @media (forced-colors: active) {
      .base {
        border-color: CanvasText;
      }
      .icon {
        stroke: CanvasText;
      }
      :focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
