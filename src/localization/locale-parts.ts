/**
 * The elements whose messages the script-tag bundle's translations load.
 * Each element chunk calls `usePart('<element>')` before it registers its tag
 * (rollup.config.js adds the call), so a page fetches the messages of the
 * elements it shows, not every element's. The fetching itself is in
 * `locale-part-loader.ts`, which an English page never loads.
 */
export const parts = new Set<string>();

let added: ((part: string) => void) | undefined;

/**
 * Messages being fetched for elements that arrived after their locale began
 * loading, by element: a widget's first render waits for its own
 * (`localeSettling`), so it never shows in English first, and not for another
 * element's, which would hold it blank until that file came.
 */
export const partsLoading = new Map<string, Promise<unknown>>();

/**
 * Elements that rendered in English because their messages for the page's
 * language were not here yet (a file slower than the widget's patience): when
 * the file comes, the widgets render again. An element whose file came first
 * renders once.
 */
export const lacking = new Set<string>();

/**
 * Called with each element that arrives after the translations' loader has
 * started. The first loader to run keeps it: a second copy of the runtime's
 * module (another URL for it, `?ver=2`) has its own loader, whose messages
 * would not reach @lit/localize.
 */
export const onPartAdded = (callback: (part: string) => void): void => void (added ??= callback);

/** `<locale>/<part>` of each element's messages loaded so far; none until the bundle's loader has run. */
let loaded: Set<string> | undefined;

/** Called by the bundle's loader when it starts: from then on an element's messages count as here only once its file has loaded. */
export const trackParts = (): unknown => (loaded ??= new Set());

/** Records whether `part`'s messages for `locale` arrived (the bundle's loader calls it for each file, loaded or failed). */
export const partLoaded = (locale: string, part: string, ok: boolean): unknown => (loaded ??= new Set())[ok ? 'add' : 'delete'](`${locale}/${part}`);

/**
 * Whether `part`'s messages for `locale` are here: always, when the
 * translations come whole (one module per locale, npm users); in the script-tag
 * bundle, once that element's file has loaded (not while it is on its way, nor
 * after it failed: the element then shows English).
 */
export const hasMessages = (locale: string, part: string): boolean => !loaded || loaded.has(`${locale}/${part}`);

/** Called by an element's chunk before it registers its tag. */
export function usePart(part: string): void {
  if (parts.has(part)) return;
  parts.add(part);
  added?.(part);
}
