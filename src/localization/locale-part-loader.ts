import type { LocaleModule } from '@lit/localize';
import { warnOnce } from '../internal/warn.js';
import { targetLocales } from './generated/locale-codes.js';
import { hasMessages, lacking, onPartAdded, partLoaded, parts, partsLoading, trackParts } from './locale-parts.js';
import { textLocale } from './localization.js';

/**
 * The script-tag bundle's locale loader (rollup.config.js puts it in place of
 * `locale-loader.ts`), in the `chunks/l10n.js` chunk that only a page not in
 * English loads. Each locale's messages are split at build time into
 * one `locales/<locale>/<element>.js` per element, next to the bundle (each
 * with the few messages the core says too). The messages of the elements on
 * the page (`parts`, see `locale-parts.ts`) are fetched in parallel and
 * merged into the one templates object @lit/localize holds for the locale.
 *
 * One element's file failing does not fail the locale: that element alone shows
 * English (see `SmpElement`), whichever file answers first, and the others keep
 * the language. Only the runtime failing (`localization.ts`) puts the whole page in English.
 */
trackParts();
const templates = new Map<string, Record<string, unknown>>();
const fetched = new Map<string, Promise<void>>();
/** The locale @lit/localize is showing or loading; messages of an element that arrives later are loaded for it. */
let wanted: string | undefined;
window.addEventListener('lit-localize-status', (event) => {
  const detail = (event as CustomEvent<{ status: string; loadingLocale?: string }>).detail;
  if (detail?.status === 'loading') wanted = detail.loadingLocale;
});

const templatesOf = (locale: string): Record<string, unknown> => {
  let t = templates.get(locale);
  if (!t) templates.set(locale, (t = {}));
  return t;
};

/**
 * What @lit/localize is given for `locale`: its templates, but none while an element
 * whose own file did not load renders in English (`withTextLocale`), so its shared
 * messages (the disclaimer) are English too, not taken from another element's file.
 */
const shown = new Map<string, Record<string, unknown>>();
const shownOf = (locale: string): Record<string, unknown> => {
  let t = shown.get(locale);
  if (!t) shown.set(locale, (t = new Proxy(templatesOf(locale), { get: (target, id) => (textLocale() === locale ? target[id as string] : undefined) })));
  return t;
};

/**
 * Locale files already run on this page, by URL: each file registers its
 * messages here as it runs (the URL keeps another copy of the library, from
 * another folder, from taking this copy's messages). A page not in English lists its
 * locale files in its `<head>` (the README's recommended embed), so they are
 * here before the first widget renders and the widget's first frame is in the
 * page's language: no English frame, and no layout shift when the text changes.
 */
const registry: Record<string, Record<string, unknown>> = ((globalThis as Record<symbol, Record<string, Record<string, unknown>>>)[Symbol.for('smp-widgets.locale-parts')] ??= {});

/** Failed loads of each locale file: a retry asks for a new URL (Firefox keeps a failed module under its URL for the page's life). */
const failures = new Map<string, number>();

function fetchPart(locale: string, part: string): Promise<void> {
  const key = `${locale}/${part}`;
  const url = new URL(`../locales/${key}.js`, import.meta.url).href;
  const tries = failures.get(key) ?? 0;
  let pending = fetched.get(key);
  if (!pending && registry[url]) {
    // Already run: the same messages its module exports, now, without waiting for another task.
    Object.assign(templatesOf(locale), registry[url]);
    partLoaded(locale, part, true);
    fetched.set(key, (pending = Promise.resolve()));
  }
  if (!pending) {
    pending = (import(/* @vite-ignore */ tries ? `${url}?retry=${tries}` : url) as Promise<LocaleModule>).then(
      (m) => void (Object.assign(templatesOf(locale), m.templates), partLoaded(locale, part, true)),
      (error: unknown) => {
        partLoaded(locale, part, false);
        fetched.delete(key); // a later load tries again, from a new URL
        failures.set(key, tries + 1);
        throw error;
      },
    );
    fetched.set(key, pending);
  }
  return pending;
}

/**
 * The templates of `locale` (a target locale) for every element loaded so far.
 * Resolves when each element's file has loaded or failed; the elements whose
 * file failed are named in one warning, and show English.
 */
export async function loadTemplates(locale: string): Promise<LocaleModule> {
  const asked = [...parts];
  const results = await Promise.allSettled(asked.map((part) => fetchPart(locale, part)));
  const failed = asked.filter((_, i) => results[i].status === 'rejected');
  if (failed.length) {
    const error = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason;
    warnOnce(`The "${locale}" translations of ${failed.map((p) => `<smp-${p}>`).join(', ')} could not be loaded (${String(error)}); showing ${failed.length > 1 ? 'them' : 'it'} in English.`);
  }
  return { templates: shownOf(locale) } as LocaleModule;
}

// An element that arrives later: its messages are loaded now for the locale in use. Its widgets
// wait for them before they first render (`localeSettling`); only widgets that could not wait
// (see `lacking`) render again when they come, through @lit/localize's own `ready` event.
onPartAdded((part) => {
  const locale = wanted;
  if (!locale || !(targetLocales as readonly string[]).includes(locale)) return;
  const loading = fetchPart(locale, part).then(
    () => {
      if (lacking.delete(part)) window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: locale } }));
    },
    // Failed: the element shows English, as it would have rendered anyway.
    (error: unknown) => warnOnce(`The "${locale}" translations of <smp-${part}> could not be loaded (${String(error)}); showing it in English.`),
  );
  // Run already (listed in the page's <head>): here now, nothing to wait for.
  if (hasMessages(locale, part)) return;
  partsLoading.set(part, loading);
  void loading.finally(() => partsLoading.get(part) === loading && partsLoading.delete(part));
});
