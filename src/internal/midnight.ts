import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `YYYY-MM-DD` of a date's local calendar day. */
export function localDay(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Calls `callback` at every local midnight while the page stays open, and
 * returns the function that stops it. The next midnight is worked out from
 * the calendar (not as 24 hours), so it is right on daylight-saving days.
 */
export function everyMidnight(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const schedule = () => {
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    // A little after midnight, so "today" is certainly the new day when it fires.
    timer = setTimeout(() => {
      callback();
      schedule();
    }, next.getTime() - now.getTime() + 50);
  };
  schedule();
  return () => clearTimeout(timer);
}

/**
 * Runs `onNewDay` at every local midnight while its host is connected, and
 * once when the host reconnects on a later day (an element moved in the DOM or
 * cached by a single-page app misses the midnights it was away for).
 */
export class MidnightController implements ReactiveController {
  private stop?: () => void;
  private day = localDay();

  constructor(host: ReactiveControllerHost, private readonly onNewDay: () => void) {
    host.addController(this);
  }

  private check = () => {
    const today = localDay();
    if (today === this.day) return;
    this.day = today;
    this.onNewDay();
  };

  hostConnected(): void {
    this.check();
    this.stop = everyMidnight(this.check);
  }

  hostDisconnected(): void {
    this.stop?.();
  }
}
