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
  .ongoing .marker::before {
    border-color: var(--_current);
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
  .date {
    color: var(--_text);
    font-weight: 700;
  }
  .badge {
    padding: 0 0.6em;
    border-radius: 1em;
    background: var(--_current);
    color: var(--_on-accent);
    font-weight: 700;
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

  /* Horizontal: markers along the top, rows of steps that wrap. */
  .steps.horizontal {
    grid-template-columns: repeat(auto-fill, minmax(10em, 1fr));
    gap: 1.5em 1em;
  }
  .horizontal .step {
    grid-template-columns: minmax(0, 1fr);
    row-gap: 0.5em;
    padding: 0;
  }
  .horizontal .step:not(:last-child)::before {
    inset-block: calc(var(--_rail) / 2 - 1px) auto;
    inset-inline: calc(var(--_rail) + 0.25em) -0.75em;
    border-inline-start: 0;
    border-block-start: 2px solid var(--_line);
  }
  @container (min-width: 48em) {
    .steps.auto {
      grid-template-columns: repeat(auto-fill, minmax(10em, 1fr));
      gap: 1.5em 1em;
    }
    .auto .step {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0.5em;
      padding: 0;
    }
    .auto .step:not(:last-child)::before {
      inset-block: calc(var(--_rail) / 2 - 1px) auto;
      inset-inline: calc(var(--_rail) + 0.25em) -0.75em;
      border-inline-start: 0;
      border-block-start: 2px solid var(--_line);
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
    .current .marker::before,
    .badge {
      background: #000;
      border-color: #000;
      box-shadow: none;
    }
    .badge {
      color: #fff;
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
  }
`;
