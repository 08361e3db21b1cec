import { css } from 'lit';

export const aftercareStyles = css`
  :host {
    --_do-color: var(--smp-checklist-do-color, var(--_do));
    --_avoid-color: var(--smp-checklist-avoid-color, var(--_avoid));
    --_urgent-color: var(--smp-checklist-urgent-color, var(--_urgent));
    --_urgent-surface: var(--smp-checklist-urgent-surface, color-mix(in srgb, var(--_urgent-color) 8%, transparent));
  }
  .intro {
    margin: -0.25em 0 1em;
  }
  .progress {
    margin-block-end: 1em;
  }
  .progress-text {
    margin: 0 0 0.375em;
    font-weight: 600;
  }
  .progress-track {
    block-size: 0.5em;
    border-radius: 0.25em;
    background: color-mix(in srgb, currentColor 12%, transparent);
    overflow: hidden;
  }
  .progress-bar {
    block-size: 100%;
    inline-size: 0;
    background: var(--_accent);
    /* Off with reduced motion: the shared styles turn every transition off. */
    transition: inline-size 0.3s ease;
  }
  .groups {
    display: grid;
    gap: var(--_space) calc(var(--_space) * 1.5);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 40em) {
    .groups {
      grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
    }
  }
  .do .subheading .icon {
    color: var(--_do-color);
  }
  .avoid .subheading .icon {
    color: var(--_avoid-color);
  }
  /* Checkbox rows: tickStyles (src/internal/ticks.ts). A ticked "do" is done; a ticked "avoid" is kept, not cancelled, so it is never struck through. */
  .do .checked .text {
    text-decoration: line-through;
    text-decoration-thickness: 0.08em;
  }
  .urgent {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    margin-block-start: calc(var(--_space) * 1.25);
    padding: 0.875em 1em;
    border: 0.125em solid var(--_urgent-color);
    border-inline-start-width: 0.375em;
    border-radius: calc(var(--_radius) * 0.66);
    background: var(--_urgent-surface);
  }
  .urgent > .icon {
    color: var(--_urgent-color);
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  /* 200% zoom on a phone leaves ~6em for the text: long words wrap rather than overflow the card. */
  .urgent > div {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .urgent p {
    margin: 0 0 0.375em;
  }
  /* A heading, at the level of "Do" and "Avoid": a screen reader's heading list reaches the box. */
  .urgent-title {
    margin: 0 0 0.375em;
    font-size: 1.0625em;
    font-weight: 700;
    line-height: inherit;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin-block-start: 0.5em;
  }
  .no-contact {
    font-weight: 600;
  }
  /* Every link is in the callout, in its colour; so is a number shown without a link. */
  .contact a,
  .contact span.call {
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    color: var(--_urgent-color);
  }
  /* The number's digits are one box: never split across lines where they fit on one (they may
     at 200% zoom on a phone), always left to right, as written; a note beside them wraps. The
     override keeps Arabic-Indic digit groups in order: to the bidi algorithm they are Arabic
     numbers, and a space between two of them runs right to left even in a left-to-right box. */
  .number {
    display: inline-block;
    direction: ltr;
    unicode-bidi: bidi-override;
  }
  /* A link's underline does not reach into an inline-block: the digits draw their own. */
  a .number {
    text-decoration: underline;
  }
  @media print {
    .progress {
      display: none;
    }
    .groups {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    /* The rest of a ticked row on paper: tickStyles (src/internal/ticks.ts). */
    .do .checked .text {
      text-decoration: none;
    }
    .icon,
    .do .subheading .icon,
    .avoid .subheading .icon,
    .urgent > .icon {
      color: #000;
    }
    .urgent {
      background: none;
      border-color: #000;
    }
    .urgent p,
    .contact a,
    .contact span.call {
      color: #000;
    }
    /* Paper has no links: the call link already shows the number; print the contact address. */
    .contact-link::after {
      content: '(' attr(data-print) ')';
      margin-inline-start: 0.3em;
      /* A narrow card hyphenates (shared styles); a hyphen added inside an address is another address. */
      hyphens: manual;
      font-weight: 400;
    }
  }
  @media (forced-colors: active) {
    .progress-bar {
      background: Highlight;
    }
    .urgent {
      border-color: CanvasText;
    }
  }
`;
