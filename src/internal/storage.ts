import { warnOnce } from './warn.js';

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
  warnOnce(`localStorage is not available (${error instanceof Error ? error.name : String(error)}); nothing will be remembered.`);
  return undefined;
}

/** Reads and parses a saved JSON value. Missing, corrupt or blocked storage gives `undefined`. */
export function load<T>(key: string): T | undefined {
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

/** Saves a JSON value, or removes it when `value` is `undefined`. Returns whether it worked. */
export function save(key: string, value: unknown): boolean {
  try {
    const s = storage();
    if (!s) return !!unavailable('no localStorage');
    if (value === undefined) s.removeItem(key);
    else s.setItem(key, JSON.stringify(value));
    return true;
  } catch (error) {
    unavailable(error);
    return false;
  }
}
