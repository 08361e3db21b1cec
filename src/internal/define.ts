import { VERSION } from '../version.js';
import { show, warnOnce } from './warn.js';

/** A constructor that carries the library version it was built from. */
export type VersionedElement = CustomElementConstructor & { smpVersion?: string };

/** A subclass of `ctor`: the browser registers one class under one tag only. */
const subclass = (ctor: CustomElementConstructor): CustomElementConstructor => class extends (ctor as typeof HTMLElement) {};

/**
 * Registers `tag` unless it is already registered.
 *
 * Loading the bundle twice on one page (a theme and a plugin each adding the
 * script tag, say) must not throw. The same version is silently skipped; a
 * different version keeps the first registration and warns once for the whole
 * library (not once per element), because the page now runs code it may not
 * expect. A class already registered under another tag is registered here as
 * a subclass, which the browser allows. Where there is no `customElements`
 * (server rendering without a DOM shim) it does nothing.
 */
export function define(tag: string, ctor: VersionedElement): void {
  // Server rendering imports the modules where there may be no registry at all.
  if (typeof customElements === 'undefined' || registered(tag, ctor)) return;
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    try {
      customElements.define(tag, subclass(ctor));
    } catch {
      warnOnce(`<${tag}> could not be registered (${show(error)}).`);
    }
  }
}

/**
 * Whether `tag` is registered already: by this copy of the library, or by
 * another (a theme's and a plugin's bundle from two folders), whose element
 * this copy keeps. Another version than this one warns, once for the library.
 */
export function registered(tag: string, ctor?: VersionedElement): boolean {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing && existing !== ctor && existing.smpVersion !== VERSION) {
    warnOnce(
      existing.smpVersion === undefined
        ? `<${tag}> is already registered by other code on this page, not smp-widgets: that element is kept, and smp-widgets' is not registered. Rename the page's own element.`
        : `smp-widgets ${existing.smpVersion} is already on this page; version ${VERSION} loaded too and was not registered. Load the library once per page.`,
    );
  }
  return !!existing;
}
