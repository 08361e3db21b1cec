import { css } from 'lit';

export const prosConsStyles = css`
  :host {
    --_pro: var(--smp-pros-cons-pro-color, var(--_do));
    --_con: var(--smp-pros-cons-con-color, var(--_avoid));
  }
  .lists {
    display: grid;
    gap: var(--_space) calc(var(--_space) * 1.5);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 34em) {
    .lists.auto.both {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .lists.columns.both {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding-block: 0.3em;
  }
  .item > span {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .item .icon {
    margin-block-start: 0.125em;
  }
  .pros .icon {
    color: var(--_pro);
  }
  .cons .icon {
    color: var(--_con);
  }
  @media print {
    .lists.both {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .pros .icon,
    .cons .icon {
      color: #000;
    }
  }
`;
