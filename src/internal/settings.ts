import { readContact } from './contact-link.js';
import { asciiDigits } from './coerce.js';
import { show, warnOnce } from './warn.js';

/** A number of days or hours, or a range of them (`[3, 4]`, or `"3-4"` in an attribute). */
export type Span = [number, number];

/**
 * A clinic's protocol numbers. Every text and date that depends on one of them
 * follows it. The defaults are the source article's.
 */
export interface ClinicProtocol {
  /** Days to keep the head dry (no washing, no shaving) after each session. */
  dryDays: number;
  /** Days the redness after a session usually lasts. */
  rednessDays: number;
  /** Days after a session when the tiny wounds heal. */
  healDays: Span;
  /** Days after a session when recovery is complete. */
  recoveryDays: Span;
  /** Days after a session when the result can be judged. */
  assessmentDays: number;
  /** Minimum number of sessions in a course. */
  minSessions: number;
  /** Hours a session takes. */
  sessionHours: Span;
}

/** How a patient reaches the clinic. */
export interface ClinicContact {
  /** Phone number, shown and dialled through a `tel:` link. */
  phone?: string;
  /** Contact page: `http:`, `https:`, `tel:` or `mailto:` only. */
  contactUrl?: string;
}

export type ClinicSettings = ClinicProtocol & ClinicContact;

/**
 * What `configure()` and the elements' attributes accept: spans may also be written `"3-4"`;
 * `undefined` clears a key (spelled out, so that it type-checks with `exactOptionalPropertyTypes`).
 */
export type ClinicSettingsInput = {
  [K in keyof ClinicSettings]?: (ClinicSettings[K] extends Span ? Span | number | string : ClinicSettings[K] | string) | undefined;
};

export const DEFAULT_PROTOCOL: Readonly<ClinicProtocol> = Object.freeze({
  dryDays: 5,
  rednessDays: 1,
  healDays: [3, 4] as Span,
  recoveryDays: [7, 10] as Span,
  assessmentDays: 30,
  minSessions: 2,
  sessionHours: [2, 3] as Span,
});

/** The attribute each setting is read from on an element. */
export const SETTING_ATTRIBUTES: Record<keyof ClinicSettings, string> = {
  dryDays: 'dry-days',
  rednessDays: 'redness-days',
  healDays: 'heal-days',
  recoveryDays: 'recovery-days',
  assessmentDays: 'assessment-days',
  minSessions: 'min-sessions',
  sessionHours: 'session-hours',
  phone: 'phone',
  contactUrl: 'contact-url',
};

/** The settings that take a range (`"3-4"`) as well as one number. */
export const SPAN_KEYS: ReadonlySet<keyof ClinicSettings> = new Set<keyof ClinicSettings>(['healDays', 'recoveryDays', 'sessionHours']);
/**
 * The smallest value (a range's low end) a setting takes, where it is not 0: a day count of 0 makes no
 * sentence true ("Don't get your head wet for 0 days", "About 0 days after your last session").
 * Redness may be 0 ("usually goes away by day 1" is said from day 1 on).
 */
export const MIN: Readonly<Partial<Record<keyof ClinicSettings, number>>> = { minSessions: 1, sessionHours: 1, dryDays: 1, healDays: 1, recoveryDays: 1, assessmentDays: 1 };

/**
 * The page-wide settings live on `globalThis` under a registered symbol, so
 * two copies of the library on one page share them.
 */
interface Store extends EventTarget {
  settings: ClinicSettingsInput;
}
const STORE_KEY = Symbol.for('smp-widgets.clinic-settings');
const store = ((globalThis as Record<symbol, Store>)[STORE_KEY] ??= Object.assign(new EventTarget(), { settings: {} }));

/** The event elements listen to when page-wide settings change. */
export const SETTINGS_CHANGE = 'smp-settings-change';

/**
 * Sets clinic settings once for every smp element on the page; an element's
 * own attributes still win. Later calls merge into earlier ones; pass
 * `undefined` for a key to clear it.
 *
 * ```js
 * import { configure } from 'smp-widgets';
 * configure({ dryDays: 4, phone: '+44 20 7946 0000' });
 * ```
 */
export function configure(settings: ClinicSettingsInput): void {
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) {
    warnOnce(`configure(${show(settings)}): pass an object such as { dryDays: 4 }; ignored.`);
    return;
  }
  const known: Record<string, unknown> = {};
  const names = Object.keys(SETTING_ATTRIBUTES);
  // "dry-days", "dry_days", "DryDays": the setting meant is plain, so it is used, with a warning.
  const loose = (k: string) => k.replace(/[-_\s]/g, '').toLowerCase();
  for (const key of Object.keys(settings)) {
    const name = names.find((n) => n === key) ?? names.find((n) => loose(n) === loose(key));
    // The setting's own name, when given too, wins over another spelling of it.
    const spelled = name !== key && name && Object.prototype.hasOwnProperty.call(settings, name);
    if (name !== key) warnOnce(`configure(): no setting "${show(key)}"; ${name ? `use ${name} (${spelled ? 'ignored: it is given too' : `used as ${name} this time`})` : `the settings are ${names.join(', ')}; ignored`}.`);
    if (name && !spelled) known[name] = (settings as Record<string, unknown>)[key];
  }
  store.settings = { ...store.settings, ...known };
  store.dispatchEvent(new Event(SETTINGS_CHANGE));
}

/** Page-wide settings set by `configure()`. */
export const pageSettings = (): ClinicSettingsInput => store.settings;

/** Subscribes to page-wide changes; returns the unsubscribe function. */
export function onSettingsChange(callback: () => void): () => void {
  store.addEventListener(SETTINGS_CHANGE, callback);
  return () => store.removeEventListener(SETTINGS_CHANGE, callback);
}

/**
 * The largest number of days (or hours, or sessions) any setting takes: ten
 * years. Larger values would push dates past what `Date` can hold.
 */
export const MAX_COUNT = 3650;

/** Parses `[3, 4]`, `3`, `"3-4"` or `"3"` into a span of whole numbers from 0 to MAX_COUNT, low ≤ high. */
export function parseSpan(value: unknown): Span | undefined {
  if (Array.isArray(value) && value.length === 2) {
    const [a, b] = value.map(parseCount);
    return a !== undefined && b !== undefined && a <= b ? [a, b] : undefined;
  }
  if (typeof value === 'number') return parseSpan([value, value]);
  if (typeof value === 'string') {
    const m = /^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$/.exec(asciiDigits(value));
    if (!m) return undefined;
    return parseSpan([m[1], m[2] ?? m[1]]);
  }
  return undefined;
}

/**
 * Parses a whole number from 0 to MAX_COUNT, given as a number or as digits
 * (`"12"`, not `"1e1"`, `"0x5"` or `"1.0"`).
 */
export function parseCount(value: unknown): number | undefined {
  const n = typeof value === 'string' ? (/^\s*\d+\s*$/.test(asciiDigits(value)) ? Number(asciiDigits(value)) : undefined) : value;
  // Math.abs: -0 (a count worked out in script) is 0, which Intl would write "-0".
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_COUNT ? Math.abs(n) : undefined;
}

/**
 * A contact link, or `undefined` (with a warning) when it is none the widget may link to: read by
 * `readContact` (contact-link.ts), the configurator's rule too. A site's address without a scheme
 * (`www.clinic.example/contact`) would be a path under the page's folder: it gets https://, and an
 * e-mail address mailto:, with a warning. A path (`/contact`, `./contact`, `kontakt`) stays a page
 * of the site the widget is on. `quoted` names the value in a warning: `<tag> contact-url="…"`.
 */
export function safeContactUrl(value: string, quoted: string): string | undefined {
  const { kind, href, url } = readContact(value, document.baseURI);
  if (url) {
    if (kind === 'web' || kind === 'mail') warnOnce(`${quoted} has no scheme: linked as ${show(href)}. Write the whole address.`);
    return url;
  }
  warnOnce(
    kind === 'phone'
      ? `${quoted} is a phone number, not a link: set it as phone (or write ${show(href)}); ignored.`
      : kind === 'none'
        ? `${quoted} is not a link; ignored.`
        : `${quoted} refused: use an http:, https:, tel: or mailto: link.`,
  );
  return undefined;
}

/**
 * Settings in force for one element: its own values first, then the page's,
 * then the defaults. A value that does not parse warns once, naming where it
 * came from, and the next source is used.
 */
export function resolveSettings(own: ClinicSettingsInput, tag: string): ClinicSettings {
  const page = pageSettings();
  const out = { ...DEFAULT_PROTOCOL } as ClinicSettings;
  const sources: [ClinicSettingsInput, (key: keyof ClinicSettings) => string][] = [
    [page, (key) => `configure({ ${key} })`],
    [own, (key) => `<${tag}> ${SETTING_ATTRIBUTES[key]}`],
  ];
  for (const [values, where] of sources) {
    for (const key of Object.keys(SETTING_ATTRIBUTES) as (keyof ClinicSettings)[]) {
      const raw = values[key];
      if (raw == null || raw === '') continue;
      if (key === 'phone' || key === 'contactUrl') {
        const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
        // Text with a digit is shown as written; the checklist reads the number to dial from it
        // (telHref in tel.ts, in its own chunk) and says when it cannot.
        if (key === 'phone' && !/\p{Nd}/u.test(text)) {
          warnOnce(`${where(key)}="${show(raw)}" is not a phone number; ignored.`);
          continue;
        }
        const safe = key === 'contactUrl' ? safeContactUrl(text, `${where(key)}="${show(text || raw)}"`) : text;
        if (safe) out[key] = safe;
        continue;
      }
      const parsed = SPAN_KEYS.has(key) ? parseSpan(raw) : parseCount(raw);
      const low = Array.isArray(parsed) ? parsed[0] : parsed;
      if (parsed === undefined || (low as number) < (MIN[key] ?? 0)) {
        warnOnce(`${where(key)}="${show(raw)}" is not a valid number${SPAN_KEYS.has(key) ? ' or range' : ''} (${MIN[key] ?? 0} to ${MAX_COUNT}); using ${([] as unknown[]).concat(out[key]).join('–')}.`);
        continue;
      }
      (out as unknown as Record<string, unknown>)[key] = parsed;
    }
  }
  return out;
}
