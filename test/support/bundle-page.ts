import { fixture, html } from '@open-wc/testing';

// What the tests of the built script-tag bundle on a page of their own share:
// the bundle's URL and API, its widgets, and the files the page loaded.

/** The built bundle, as a page's script tag loads it. */
const bundleUrl = new URL('../../dist/smp-widgets.js', import.meta.url).href;

export type Widget = HTMLElement & { updateComplete: Promise<unknown> };
export type Bundle = { setLocale: (locale: string | null) => Promise<void>; getLocale: () => string };

/** The widget's title text. */
export const heading = (el: Element): string => el.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() ?? '';

/** Sets `<html lang>`, then loads the bundle as the page's script tag would, and returns its API. */
export async function loadBundle(lang: string): Promise<Bundle> {
  document.documentElement.lang = lang;
  return (await import(/* @vite-ignore */ bundleUrl)) as Bundle;
}

/**
 * Makes the next request for `dist/chunks/<name>.js` or `dist/elements/<name>.js` fail once
 * (test/support/fail-chunk-middleware.mjs), as a dropped connection would. The token is this
 * page's own: the server fails each token once, and the three engines share the server.
 */
export const failChunkOnce = (name: string): void => {
  document.cookie = `smp-fail-chunk=${name}.t${Date.now()}${String(Math.random()).slice(2, 8)}; path=/`;
};

/** Serves every chunk again (for a test file's `after`). */
export const stopFailingChunks = (): void => {
  document.cookie = 'smp-fail-chunk=; path=/; max-age=0';
};

/** Paths (with any query) of the files the page loaded under dist/, not counting the test's own fetch(). */
export const distLoads = (): string[] =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((e) => e.initiatorType !== 'fetch')
    .map((e) => new URL(e.name))
    .map((url) => url.pathname + url.search)
    .filter((p) => p.startsWith('/dist/'));

/**
 * The element files the page loaded, each with the copy of the library it came from: its `as-version`
 * (a second copy, test/support/as-version-middleware.mjs), or '' for the first folder's.
 */
export const elementLoads = (): { file: string; copy: string }[] =>
  distLoads()
    .filter((p) => p.startsWith('/dist/elements/'))
    .map((p) => new URL(p, location.href))
    .map((url) => ({ file: url.pathname.slice('/dist/elements/'.length), copy: url.searchParams.get('as-version') ?? '' }));

/** The locale files the page loaded. */
export const localeLoads = (): string[] => distLoads().filter((p) => p.startsWith('/dist/locales/'));

/** The downloads of @lit/localize's runtime (`chunks/translations.js`), with any query. */
export const runtimeLoads = (): string[] => distLoads().filter((p) => p.startsWith('/dist/chunks/translations.js'));

/** The downloads of the call-link reader (`chunks/tel.js`), with any query. */
export const telLoads = (): string[] => distLoads().filter((p) => p.startsWith('/dist/chunks/tel.js'));

/** A checklist's phone number in its urgent box: the `<a>` call link, or the `<span>` shown without one. */
export const callOf = (el: Widget): HTMLElement | null => el.shadowRoot?.querySelector<HTMLElement>('[part="contact"] .call') ?? null;

/** Resolves once `check()` is true, or fails after `ms` with `what`. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Adds `<tag attrs>` to the page as markup, as a clinic's page would, and waits for its first render. */
export async function addWidget(tag: string, attrs = ''): Promise<Widget> {
  const host = await fixture(html`<div></div>`);
  host.innerHTML = `<${tag} ${attrs}></${tag}>`;
  await customElements.whenDefined(tag);
  const el = host.firstElementChild as Widget;
  await el.updateComplete;
  return el;
}
