export interface ItemToggleDetail {
  /** Id of the item the patient ticked or unticked. */
  id: string;
  /** Whether it is ticked now. */
  checked: boolean;
  /** How many items are ticked now. */
  done: number;
  /** How many items can be ticked. */
  total: number;
}

/** Fired when the patient ticks or unticks an item. Bubbles and crosses shadow roots. */
export class SmpItemToggleEvent extends CustomEvent<ItemToggleDetail> {
  constructor(detail: ItemToggleDetail) {
    super('smp-item-toggle', { detail, bubbles: true, composed: true });
  }
}

/** Fired when the patient has ticked every item. Bubbles and crosses shadow roots. */
export class SmpCompleteEvent extends CustomEvent<{ total: number }> {
  constructor(total: number) {
    super('smp-complete', { detail: { total }, bubbles: true, composed: true });
  }
}

/**
 * Fired when the patient clears all ticks with "Clear all ticks" (no
 * `smp-item-toggle` is fired for each item). Bubbles and crosses shadow roots.
 */
export class SmpResetEvent extends CustomEvent<{ done: 0; total: number }> {
  constructor(total: number) {
    super('smp-reset', { detail: { done: 0, total }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'smp-item-toggle': SmpItemToggleEvent;
    'smp-complete': SmpCompleteEvent;
    'smp-reset': SmpResetEvent;
  }
}
