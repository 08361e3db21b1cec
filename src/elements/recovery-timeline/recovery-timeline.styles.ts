import { css } from 'lit';

export const recoveryTimelineStyles = css`
  :host {
    --_line: var(--smp-timeline-line-color, var(--_border));
    --_current: var(--smp-timeline-current-color, var(--_accent));
    --_step-done: var(--smp-timeline-done-color, var(--_done));
    --_marker: 1em;
    --_rail: 1.5em;
  }
  p {
    margin: 0;
  }
  .summary {
    margin-block-end: var(--_space);
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_current);
    border-radius: 0.25em;
    background: color-mix(in srgb, var(--_current) 8%, transparent);
  }
  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .milestone {
    font-weight: 700;
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-block-end: var(--_space);
  }
  .date-input label {
    font-weight: 700;
  }
  input[type='date'] {
    font: inherit;
    color: inherit;
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
    border: var(--_border-width) solid color-mix(in srgb, currentColor 55%, transparent);
    border-radius: 0.375em;
    background: var(--_surface);
    /* Never wider than the card (200% zoom on a phone). */
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  /* Vertical: a rail of markers joined by a line, text beside it. */
  .steps {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .step {
    position: relative;
    display: grid;
    grid-template-columns: var(--_rail) minmax(0, 1fr);
    align-content: start;
    column-gap: 0.75em;
    padding-block-end: 1.25em;
  }
  .step:last-child {
    padding-block-end: 0;
  }
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: calc(0.25em + var(--_rail)) 0;
    inset-inline-start: calc(var(--_rail) / 2 - 1px);
    border-inline-start: 2px solid var(--_line);
  }
  .marker {
    display: grid;
    place-items: center;
    inline-size: var(--_rail);
    block-size: var(--_rail);
    margin-block-start: 0;
  }
  .marker::before {
    content: '';
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border-radius: 50%;
    border: 2px solid var(--_line);
    background: var(--_surface);
  }
  .done .marker::before {
    display: none;
  }
  .done .marker .icon {
    inline-size: 1.375em;
    block-size: 1.375em;
    color: var(--_step-done);
  }
  /* Still running (the dry period): half filled, and an "In progress" badge in words. */
  .ongoing .marker::before {
    border-color: var(--_current);
    background: linear-gradient(to top, var(--_current) 50%, var(--_surface) 50%);
  }
  .current .marker::before {
    border-color: var(--_current);
    background: var(--_current);
    box-shadow: 0 0 0 0.25em color-mix(in srgb, var(--_current) 25%, transparent);
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.7;
  }
  /* A badge or date wider than the step ("Maintenant", "Em andamento" at 200% text on a 320px phone) wraps inside it. */
  .when > * {
    min-inline-size: 0;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .date {
    color: var(--_text);
    font-weight: 700;
  }
  /* Each day of a range moves to the next line whole (wrapping inside only when wider than the line). */
  .date .side {
    display: inline-block;
    max-inline-size: 100%;
  }
  .badge {
    padding: 0 0.6em;
    border-radius: 1em;
    background: var(--_current);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .badge.running {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    background: none;
    color: var(--_current);
  }
  /* A date the clinic's interval places: the same frame, dashed, in the muted text colour. */
  .badge.estimated {
    padding: 0 0.5em;
    border: 1px dashed currentColor;
    background: none;
    color: var(--_muted);
    font-weight: 400;
  }
  .title {
    font-weight: 700;
  }
  .done .title,
  .done .text {
    color: var(--_muted);
  }
  .current .title {
    color: var(--_current);
  }

  /*
   * Horizontal: one row in time order (right to left in Arabic) that scrolls
   * sideways, markers joined by a line along the top.
   */
  .scroller.horizontal {
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: x mandatory;
    scroll-padding-inline: 0.25em;
    /* Room for the focus ring and the scrollbar. */
    padding: 0.25em 0.25em 0.75em;
  }
  .steps.horizontal {
    display: flex;
    gap: 0 1em;
  }
  .horizontal .step {
    /* Grows to fill a wide card; never narrower than its longest date. */
    flex: 1 0 13em;
    min-inline-size: min-content;
    /* min-content, not 0: a zero track would let a long date run into the next step. */
    grid-template-columns: minmax(min-content, 1fr);
    row-gap: 0.5em;
    padding: 0;
    scroll-snap-align: start;
  }
  .horizontal .date {
    white-space: nowrap;
  }
  .horizontal .step:not(:last-child)::before {
    /* From this marker to the next one: the last step has no line leading nowhere. */
    inset-block: calc(var(--_rail) / 2 - 1px) auto;
    inset-inline: calc(var(--_rail) + 0.25em) -1em;
    border-inline-start: 0;
    border-block-start: 2px solid var(--_line);
  }
  /* auto: vertical on phones, the row once the element itself is 48em wide. */
  @container (min-width: 48em) {
    .scroller.auto {
      overflow-x: auto;
      overscroll-behavior-inline: contain;
      scroll-snap-type: x mandatory;
      scroll-padding-inline: 0.25em;
      /* Room for the focus ring and the scrollbar. */
      padding: 0.25em 0.25em 0.75em;
    }
    .steps.auto {
      display: flex;
      gap: 0 1em;
    }
    .auto .step {
      /* Grows to fill a wide card; never narrower than its longest date. */
      flex: 1 0 13em;
      min-inline-size: min-content;
      grid-template-columns: minmax(min-content, 1fr);
      row-gap: 0.5em;
      padding: 0;
      scroll-snap-align: start;
    }
    .auto .date {
      white-space: nowrap;
    }
    .auto .step:not(:last-child)::before {
      /* From this marker to the next one: the last step has no line leading nowhere. */
      inset-block: calc(var(--_rail) / 2 - 1px) auto;
      inset-inline: calc(var(--_rail) + 0.25em) -1em;
      border-inline-start: 0;
      border-block-start: 2px solid var(--_line);
    }
    @media print {
      .steps.auto {
        flex-wrap: wrap;
        gap: 1.5em 1em;
      }
      .auto .step::before {
        display: none;
      }
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .marker::before {
      transition:
        background-color 0.2s ease,
        border-color 0.2s ease;
    }
  }
  @media print {
    .date-input {
      display: none;
    }
    /* Paper does not scroll: the row wraps. */
    .scroller.horizontal,
    .scroller.auto {
      overflow: visible;
    }
    .steps.horizontal {
      flex-wrap: wrap;
      gap: 1.5em 1em;
    }
    .horizontal .step::before {
      display: none;
    }
    /* Printers drop backgrounds by default: the markers keep theirs (they
       are what tells now from later), the badges are black text in a frame. */
    .current .marker::before,
    .ongoing .marker::before {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
      background: #000;
      border-color: #000;
      box-shadow: none;
    }
    .badge,
    .badge.running,
    .badge.estimated {
      background: none;
      border: 2px solid #000;
      color: #000;
    }
    .badge.estimated {
      border-style: dashed;
    }
    .ongoing .marker::before {
      background: linear-gradient(to top, #000 50%, #fff 50%);
    }
    .current .title {
      color: #000;
      text-decoration: underline;
    }
    .done .marker .icon {
      color: #000;
    }
  }
  @media (forced-colors: active) {
    .current .marker::before {
      background: Highlight;
      border-color: Highlight;
    }
    .badge {
      border: 1px solid CanvasText;
    }
    /* Half filled, as on screen: forced colours drop a gradient unless the marker keeps its own, in system colours. */
    .ongoing .marker::before {
      forced-color-adjust: none;
      border-color: Highlight;
      background: linear-gradient(to top, Highlight 50%, Canvas 50%);
    }
  }
`;
