import { registered } from './internal/define.js';
import { warnOnce } from './internal/warn.js';

/**
 * The script-tag bundle's loader: each element is its own module next to the
 * bundle (`elements/<name>.js`), fetched the first time its tag appears on the
 * page, so a page pays only for the widgets it shows. The imports are static
 * so rollup emits one chunk per element, found relative to the bundle's URL.
 */
const chunks: Record<string, () => Promise<unknown>> = {
  'smp-aftercare-checklist': () => import('./elements/aftercare-checklist/define.js'),
  'smp-pros-cons': () => import('./elements/pros-cons/define.js'),
  'smp-recovery-timeline': () => import('./elements/recovery-timeline/define.js'),
  'smp-practitioner-guide': () => import('./elements/practitioner-guide/define.js'),
};

/** Every tag the bundle can load. */
export const tags: readonly string[] = Object.keys(chunks);

const loading = new Map<string, Promise<CustomElementConstructor | undefined>>();

/** Failed loads per tag. */
const failures = new Map<string, number>();

/**
 * A retry after a failed load: some engines (Firefox) keep a failed module in
 * the module map, so importing the same URL again fails again; a query makes
 * it a new URL. The chunk's place: `elements/<name>.js` next to the bundle
 * (this code is in `chunks/core.js`), or the source module when unbundled.
 */
function retry(tag: string, attempt: number): Promise<unknown> {
  const name = tag.replace(/^smp-/, '');
  const path = import.meta.url.includes('/chunks/') ? `../elements/${name}.js` : `./elements/${name}/define.js`;
  return import(/* @vite-ignore */ `${new URL(path, import.meta.url).href}?retry=${attempt}`);
}

/**
 * The loader of the first copy of the library on this page. Another copy (a theme's and a plugin's
 * bundle, from two folders) asks it for every tag instead of downloading its own element files: the
 * page fetches each element once, and one copy registers them all, so they follow one language and
 * one `configure()`. Only a tag the first copy cannot load does this one download itself.
 */
const first = ((globalThis as Record<symbol, unknown>)[Symbol.for('smp-widgets.loader')] ??= { tags, load: loadOne }) as { tags: readonly string[]; load: typeof loadOne };

function loadOne(tag: string): Promise<CustomElementConstructor | undefined> {
  let pending = loading.get(tag);
  if (pending) return pending;
  const chunk = Object.prototype.hasOwnProperty.call(chunks, tag) ? chunks[tag] : undefined;
  if (!chunk) return Promise.resolve((warnOnce(`load("${tag}"): no such element; expected one of ${tags.join(', ')}.`), undefined));
  // Registered already (by the element's script in the page's <head>, or by another copy): its module would
  // register nothing, so it is not downloaded. registered() warns once when that copy is another version.
  const mine = () => (registered(tag) ? Promise.resolve(customElements.get(tag)) : download(tag, chunk));
  // (A tag the first copy does not know, from a later version, is this copy's to load.)
  pending = first.load === loadOne || !first.tags.includes(tag) ? mine() : first.load(tag).catch(() => undefined).then(mine);
  loading.set(tag, pending);
  return pending;
}

/** Downloads and runs the module of `tag`, which registers it; after a failure, from a fresh URL. */
function download(tag: string, chunk: () => Promise<unknown>): Promise<CustomElementConstructor | undefined> {
  const attempt = failures.get(tag) ?? 0;
  return (attempt ? retry(tag, attempt) : chunk()).then(
    () => customElements.get(tag),
    (error: unknown) => {
      failures.set(tag, attempt + 1);
      loading.delete(tag); // a later tag or load() may try again
      warnOnce(`<${tag}> could not be loaded (${String(error)}); serve the whole dist/ folder next to smp-widgets.js.`);
      return undefined;
    },
  );
}

/**
 * Loads and registers elements now: `load('smp-pros-cons')` resolves to its
 * class, `load()` loads every element. Tags in the page's document are loaded
 * on their own; call this for tags the loader cannot see (inside another
 * component's shadow root) or to get a class.
 */
export function load(tag: string): Promise<CustomElementConstructor | undefined>;
export function load(): Promise<Array<CustomElementConstructor | undefined>>;
export function load(tag?: string): Promise<unknown> {
  return tag === undefined ? Promise.all(tags.map(loadOne)) : loadOne(String(tag).trim().toLowerCase());
}

/** Loads every known tag at or under `root` that is not loaded yet; resolves when they are registered. */
function scan(root: ParentNode): Promise<unknown> {
  const found: Array<Promise<unknown>> = [];
  for (const tag of tags) {
    if (loading.has(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) found.push(loadOne(tag));
  }
  return Promise.all(found);
}

/**
 * Loads the elements already in `doc`, then watches it for tags added later
 * (by a framework, say) until every element is loaded. Resolves when the
 * elements that were in the document at the start are registered.
 */
export function watch(doc: Document = document): Promise<unknown> {
  const initial = scan(doc);
  // Watches until every element is registered, not merely requested: a load
  // that fails is tried again when its tag is next added.
  const registered = () => tags.every((tag) => customElements.get(tag));
  if (!registered()) {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) void scan(node);
      }
      if (registered()) observer.disconnect();
    });
    observer.observe(doc, { childList: true, subtree: true });
  }
  return initial;
}
