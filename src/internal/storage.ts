import { show, warnOnce } from './warn.js';

const PREFIX = 'smp-widgets';

/**
 * The localStorage key for one element's saved state: `smp-widgets:<what>:<name>`.
 * `name` is the value of the element's `persist` attribute ("default" when empty).
 */
export const storageKey = (what: string, name: string): string => `${PREFIX}:${what}:${name.trim() || 'default'}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // reading localStorage itself throws in sandboxed iframes and with blocked cookies
  }
}

let warned = false;
function unavailable(error: unknown): undefined {
  if (warned) return undefined;
  warned = true;
  warnOnce(`localStorage is not available (${error instanceof Error ? error.name : show(error)}); nothing will be remembered.`);
  return undefined;
}

/** A write refused because the origin's storage is full (QuotaExceededError, or Firefox's NS_ERROR_DOM_QUOTA_REACHED). */
const isQuota = (error: unknown): boolean => /quota/i.test((error as Error)?.name);

/**
 * Same-page writes, announced to every element (of every copy of the library)
 * that reads the same key; other tabs hear of them through the `storage` event.
 */
const CHANNEL = Symbol.for('smp-widgets.storage');
const channel = ((globalThis as Record<symbol, EventTarget & { tabs?: boolean; saves?: number; savedAt?: Record<string, number> }>)[CHANNEL] ??= new EventTarget());

/** Tells every element that reads `key` (null: all keys) that it may have changed, and counts it. */
function announce(key: string | null): void {
  channel.saves = (channel.saves ?? 0) + 1;
  // The count at each key's last save ('' for all keys: another tab's clear()).
  (channel.savedAt ??= {})[key ?? ''] = channel.saves;
  channel.dispatchEvent(new CustomEvent('saved', { detail: key }));
}

/** Whether `key` (or every key) was saved after the count of saves was `mark`. */
const savedSince = (key: string, mark: number): boolean => Math.max(channel.savedAt?.[key] ?? 0, channel.savedAt?.[''] ?? 0) > mark;

/**
 * Other tabs' writes, passed on to the channel by one `storage` listener per
 * page, added the first time anything is read or saved: a page whose widgets
 * remember nothing never registers one (the first costs Chromium a few
 * milliseconds before the first widget shows).
 */
function listenToOtherTabs(): void {
  if (channel.tabs) return;
  channel.tabs = true;
  window.addEventListener('storage', (e) => {
    if (e.storageArea === storage() && (e.key === null || e.key.startsWith(`${PREFIX}:`))) announce(e.key);
  });
}

/** Reads and parses a saved JSON value. Missing, corrupt or blocked storage gives `undefined`. */
export function load<T>(key: string): T | undefined {
  listenToOtherTabs();
  try {
    const s = storage();
    if (!s) return unavailable('no localStorage');
    const raw = s.getItem(key);
    return raw == null ? undefined : (JSON.parse(raw) as T);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined; // a corrupt value is treated as nothing saved
    return unavailable(error);
  }
}

/**
 * Saves a JSON value, or removes it when `value` is `undefined`, and tells the
 * other elements on the page that read `key`. Returns whether it worked; when
 * storage is full the element keeps the value on the page and says so.
 */
export function save(key: string, value: unknown): boolean {
  listenToOtherTabs();
  try {
    const s = storage();
    if (!s) return !!unavailable('no localStorage');
    if (value === undefined) s.removeItem(key);
    else s.setItem(key, JSON.stringify(value));
    announce(key);
    return true;
  } catch (error) {
    if (isQuota(error) && !warned) warnOnce(`localStorage is full: "${key}" not saved; the change is kept until the page is reloaded.`);
    else unavailable(error);
    return false;
  }
}

/**
 * Watches the value saved under `key()`: between `start()` and `stop()`,
 * `changed()` is called whenever it may have changed, written by another
 * element on this page or in another tab (or all cleared). A watch started
 * again (the element put back on the page, a single-page app's route) calls
 * `changed()` at once if its key was saved while it was stopped, and not
 * otherwise, so a change that full or blocked storage could not keep is not
 * lost when a framework moves the element, nor when another element saves
 * under another name.
 */
export function storageWatch(key: () => string | undefined, changed: () => void): { start(): void; stop(): void } {
  let stoppedAt: number | undefined; // the count of saves when the watch last stopped
  const saved = (e: Event) => {
    const mine = key();
    const detail = (e as CustomEvent<string | null>).detail;
    if (mine && (detail === null || detail === mine)) changed();
  };
  return {
    start() {
      channel.addEventListener('saved', saved);
      const mine = key();
      if (stoppedAt !== undefined && mine && savedSince(mine, stoppedAt)) changed();
    },
    stop() {
      channel.removeEventListener('saved', saved);
      stoppedAt = channel.saves ?? 0;
    },
  };
}
