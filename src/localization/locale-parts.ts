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
 * loading: a widget's first render waits for them too (`localeSettling`), so
 * it never shows in English first.
 */
export const partsLoading = new Set<Promise<unknown>>();

/**
 * Called with each element that arrives after the translations' loader has
 * started. The first loader to run keeps it: a second copy of the runtime's
 * module (another URL for it, `?ver=2`) has its own loader, whose messages
 * would not reach @lit/localize.
 */
export const onPartAdded = (callback: (part: string) => void): void => void (added ??= callback);

/** Called by an element's chunk before it registers its tag. */
export function usePart(part: string): void {
  if (parts.has(part)) return;
  parts.add(part);
  added?.(part);
}
