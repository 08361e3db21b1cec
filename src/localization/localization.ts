import type { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale } from './generated/locale-codes.js';
import { show, warnOnce } from '../internal/warn.js';
import { partsLoading } from './locale-parts.js';

export type SupportedLocale = (typeof allLocales)[number];

/** Locales written right to left. */
const RTL = new Set(['ar']);

/** The locales the widgets speak. */
export const supportedLocales: readonly string[] = allLocales;

/**
 * The best supported locale for a BCP 47 tag: an exact match, else the same
 * language (`es-MX` → `es`, `pt` and `pt-PT` → `pt-BR`, `ar-EG` → `ar`),
 * else `undefined`.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale | undefined {
  const wanted = (typeof tag === 'string' ? tag : '').trim().replace(/_/g, '-').toLowerCase();
  if (!wanted) return undefined;
  const exact = allLocales.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return allLocales.find((l) => l.toLowerCase().split('-')[0] === language);
}

type Controls = ReturnType<typeof configureLocalization>;

/** @lit/localize's controls, once a language other than English has been asked for. */
let controls: Controls | undefined;
/** `translations.ts`'s way to start @lit/localize's runtime, once that module has run. */
let starter: (() => Controls) | undefined;
/** The runtime's download, started once (see `fetchRuntime`). */
let download: Promise<unknown> | undefined;
/** The page had configured @lit/localize itself: the widgets stay in English. */
let refused = false;

let explicit: SupportedLocale | undefined;
let started = false;

/** What the first copy of the library on a page publishes, so later copies reach its one @lit/localize. */
interface LocaleApi {
  setLocale(locale: string | null): Promise<void>;
  getLocale(): string;
}
/** The first copy's API, when this module is a second copy (a second bundle, `?ver=2`). */
let owner: LocaleApi | undefined;

/**
 * The first copy's API when another copy of the library started on this page
 * first: also before this copy has started (its elements are never registered,
 * so only its setLocale() or getLocale() may be called).
 */
function firstCopy(): LocaleApi | undefined {
  const first = (globalThis as Record<symbol, unknown>)[STARTED] as LocaleApi | undefined;
  return owner ?? (first && typeof first === 'object' && first.getLocale !== getLocale ? first : undefined);
}

/** The locale the widgets' text is in now. */
export const getLocale = (): string => firstCopy()?.getLocale() ?? controls?.getLocale() ?? sourceLocale;

/**
 * The locale this copy's @lit/localize shows: `getLocale()` on a page with one copy. A widget that a
 * second copy registered (the first copy could not load its element) has English messages whatever
 * the first copy shows, so it is English, and marked so.
 */
export const ownCopyLocale = (): string => controls?.getLocale() ?? sourceLocale;

/** The locale of the element rendering now, when it differs from the page's (`withTextLocale`). */
let rendering: string | undefined;

/**
 * The locale of the text being made now: the page's (`getLocale()`), or English
 * while an element renders whose own messages did not load (see `SmpElement`).
 * Dates, numbers, isolates and @lit/localize's messages all follow it.
 */
export const textLocale = (): string => rendering ?? getLocale();

/** Runs `make` with `locale` as the text's locale (`textLocale()`); `undefined` keeps the page's. */
export function withTextLocale<T>(locale: string | undefined, make: () => T): T {
  const before = rendering;
  rendering = locale;
  try {
    return make();
  } finally {
    rendering = before;
  }
}

/** `rtl` for right-to-left locales, else `ltr`. */
export const direction = (locale = textLocale()): 'ltr' | 'rtl' => (RTL.has(locale) ? 'rtl' : 'ltr');

/**
 * The locale for dates: the page's own tag when it is the same language as
 * the text (so `en-GB` pages get day-month dates), else the text's locale.
 */
export function dateLocale(): string {
  const locale = textLocale();
  const page = document.documentElement.lang;
  if (!explicit && page && matchLocale(page) === locale) {
    // A syntax check only: asking which locales the browser supports would load
    // its locale data (15–20 ms before the first widget shows), and every Intl
    // formatter falls back to the language on its own (`en-ZZ` formats as `en`).
    try {
      return Intl.getCanonicalLocales(page.trim().replace(/_/g, '-'))[0] ?? locale; // "en_GB", as some CMSs write it
    } catch {
      return locale; // not a valid language tag
    }
  }
  return locale;
}

/** The locale change in progress, until its text is in place (or has failed and English is). */
let applying: Promise<void> | undefined;

/**
 * Called by `translations.ts` when it runs: from then on the runtime starts
 * without waiting. A page that lists a locale file in `<head>` runs it before
 * any widget renders (each locale file imports it), so the first render is in
 * the page's language without waiting for a task.
 */
export function runtimeArrived(start: () => Controls): void {
  starter ??= start; // the first to run: a second copy of the module has its own loader, which the first one's parts do not reach
}

/** @lit/localize's controls, starting its runtime now if needed; `undefined` when the page had configured it itself. */
function startRuntime(): Controls | undefined {
  if (!controls && !refused && starter) {
    try {
      controls = starter();
    } catch {
      refused = true;
      warnOnce('@lit/localize is already configured by this page; the widgets stay in English.');
    }
  }
  return controls;
}

/**
 * Downloads @lit/localize's runtime and the translations' loader
 * (`translations.ts`) the first time a language other than English is
 * wanted: an English page never loads them.
 */
function fetchRuntime(): Promise<unknown> {
  // Not from a fresh URL after a failure, as the loader does for elements: each locale file
  // imports the runtime by its plain URL, so an engine that keeps a failed module (Firefox)
  // would fail those files anyway. Chromium and WebKit fetch it again on the next change.
  download ??= import('./translations.js').catch((error: unknown) => {
    download = undefined;
    throw error;
  });
  return download;
}

// A page not in English: fetch the runtime now, alongside the elements' code, not after it.
const pageLocale = typeof document === 'undefined' ? undefined : matchLocale(document.documentElement.lang); // no document: imported on a server
if (pageLocale && pageLocale !== sourceLocale) fetchRuntime().catch(() => undefined);

/** The locale last asked for: a change still waiting for the runtime gives way to a later one. */
let wanted: SupportedLocale = sourceLocale;

function apply(locale: SupportedLocale): Promise<void> {
  wanted = locale;
  // English before anything else was asked for: the text is English already (a change
  // still waiting for the runtime sees it is no longer wanted, below).
  if (!controls && locale === sourceLocale) return Promise.resolve();
  const change = (async () => {
    try {
      // Already run (a locale file in <head> imported it): no waiting, so the first render is not put off.
      if (!starter) await fetchRuntime();
      // German, then English before the runtime arrived: English stands.
      if (locale !== wanted && !controls) return;
      const c = startRuntime();
      await c?.setLocale(locale);
    } catch (error) {
      warnOnce(`The "${locale}" translations could not be loaded (${String(error)}); showing English.`);
      await controls?.setLocale(sourceLocale).catch(() => undefined);
    }
  })();
  applying = change;
  void change.finally(() => {
    if (applying === change) applying = undefined;
  });
  return change;
}

/**
 * Resolves when the locale being loaded is in place (or has failed, and the
 * text is English), with the messages of `part` (an element, `pros-cons`) if
 * it arrived while the locale loaded; `undefined` when there is nothing to wait for.
 * A widget waits for it before its first render, so a page in German never
 * shows it in English first: one appearance, in the page's language, instead
 * of English and then a change of language and size.
 */
export const localeSettling = (part: string): Promise<unknown> | undefined => {
  const own = partsLoading.get(part);
  return own ? Promise.all([applying, own]) : applying;
};

const pageLangWatchers = new Set<() => void>();

/**
 * Calls `callback` whenever `<html lang>` changes and the text's locale stays:
 * dates use the page's own tag, so a change within one language (en-US to
 * en-GB) re-renders them though the text stays the same. A change of language
 * re-renders every widget through @lit/localize's `ready` event, once.
 * Returns the function that stops watching.
 */
export function watchPageLang(callback: () => void): () => void {
  pageLangWatchers.add(callback);
  return () => pageLangWatchers.delete(callback);
}

/**
 * The `<html lang>` the watchers last heard of: set when localization starts,
 * so the first follow of the page does not re-render every widget for a
 * language they were just rendered in (a second render of each widget on
 * every page load).
 */
let heardLang: string | undefined;

async function followPage(force = false): Promise<void> {
  if (explicit) return;
  const lang = document.documentElement.lang;
  const locale = matchLocale(lang);
  if (lang && !locale) warnOnce(`<html lang="${lang}"> is not a language smp-widgets has (${allLocales.join(', ')}); showing English.`);
  const before = getLocale();
  await apply(locale ?? sourceLocale);
  const now = document.documentElement.lang;
  if (now === heardLang && !force) return;
  heardLang = now;
  // Another language: @lit/localize's `ready` has had every widget render again, dates too. Only a
  // change within the language (en-US to en-GB: the same text, other dates) needs the watchers.
  if (getLocale() !== before) return;
  pageLangWatchers.forEach((watcher) => watcher());
}

const STARTED = Symbol.for('smp-widgets.localization');

/**
 * Configures @lit/localize once per page and follows `<html lang>`, also
 * when it changes later. Called by every element when it connects.
 */
export function startLocalization(): void {
  if (started) return;
  started = true;
  const global = globalThis as Record<symbol, unknown>;
  // A second copy of the library on the page: the first one follows the page,
  // and its loader registers every element (see loader.ts; this copy registers
  // one only when the first could not load it, and shows it in English); this
  // copy's setLocale() and getLocale() act on the first copy's.
  const first = global[STARTED];
  if (first) {
    if (typeof first === 'object') owner = first as LocaleApi;
    return;
  }
  global[STARTED] = { setLocale, getLocale } satisfies LocaleApi;
  heardLang = document.documentElement.lang;
  void followPage();
  new MutationObserver(() => void followPage()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Sets the widgets' language for the whole page, whatever `<html lang>`
 * says; `null` goes back to following `<html lang>`. One page has one
 * language: @lit/localize holds one active locale per page.
 * Resolves when the new text is on screen.
 */
export async function setLocale(locale: string | null): Promise<void> {
  startLocalization();
  if (owner) return owner.setLocale(locale);
  if (locale == null) {
    explicit = undefined;
    await followPage(true); // dates go back to the page's own tag
  } else {
    const match = matchLocale(locale);
    if (!match) warnOnce(`setLocale(${typeof locale === 'string' ? `"${locale}"` : show(locale)}): not a language smp-widgets has (${allLocales.join(', ')}); showing English.`);
    explicit = match ?? sourceLocale;
    const before = getLocale();
    await apply(explicit);
    // The language the text was in already (setLocale('en') on an en-GB page): no `ready`, yet the dates
    // now follow the locale asked for, not the page's tag.
    if (getLocale() === before) pageLangWatchers.forEach((watcher) => watcher());
  }
}
