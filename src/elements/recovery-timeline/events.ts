/** Fired when the patient sets or clears their session date in the date input; `dates` holds every session then (empty when cleared). Bubbles and crosses shadow roots. */
export class SmpDateChangeEvent extends CustomEvent<{ dates: string[] }> {
  constructor(dates: string[]) {
    super('smp-date-change', { detail: { dates }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'smp-date-change': SmpDateChangeEvent;
  }
}
