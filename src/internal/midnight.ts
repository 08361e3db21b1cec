import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localDay } from './local-day.js';

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
 * Runs `onNewDay` whenever the local day has moved on while its host is
 * connected: at every local midnight, and when the page comes back into
 * view (`visibilitychange`) or from the back/forward cache (`pageshow`) —
 * a phone that slept through midnight fires neither timer nor midnight, and
 * a page restored from the cache keeps its old state. Also once when the
 * host reconnects on a later day (an element moved in the DOM or cached by a
 * single-page app misses the midnights it was away for).
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

  private onVisible = () => {
    if (document.visibilityState !== 'hidden') this.check();
  };

  hostConnected(): void {
    this.check();
    const stopTimer = everyMidnight(this.check);
    document.addEventListener('visibilitychange', this.onVisible);
    window.addEventListener('pageshow', this.check);
    this.stop = () => {
      stopTimer();
      document.removeEventListener('visibilitychange', this.onVisible);
      window.removeEventListener('pageshow', this.check);
    };
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
