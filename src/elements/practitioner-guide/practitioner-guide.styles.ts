import { css } from 'lit';

export const guideStyles = css`
  :host {
    --_ask-color: var(--smp-guide-ask-color, var(--_accent));
    --_fix-color: var(--smp-guide-fix-color, var(--_accent));
  }
  .groups {
    display: grid;
    gap: var(--_space) calc(var(--_space) * 1.5);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 44em) {
    .groups {
      grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
    }
  }
  .intro {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .ask .subheading .icon {
    color: var(--_ask-color);
  }
  .fix .subheading .icon {
    color: var(--_fix-color);
  }
  /* Checkbox rows: tickStyles (src/internal/ticks.ts). */
  .checked .text {
    text-decoration: line-through;
    text-decoration-thickness: 0.08em;
  }
  .step {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    padding-block: 0.5em;
  }
  .step-number {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border: 0.125em solid var(--_fix-color);
    border-radius: 50%;
    color: var(--_fix-color);
    font-size: 0.9375em;
    font-weight: 700;
    line-height: 1;
  }
  @media print {
    .groups {
      grid-template-columns: minmax(0, 1fr);
    }
    .checked .text {
      text-decoration: none;
    }
    .intro,
    .icon,
    .ask .subheading .icon,
    .fix .subheading .icon,
    .step-number {
      color: #000;
    }
    .step-number {
      border-color: #000;
    }
  }
  @media (forced-colors: active) {
    .step-number {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;
