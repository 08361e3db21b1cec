import { fixture, html } from '@open-wc/testing';

/** Any of the four elements, with whatever properties a test sets. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void; [key: string]: any };

/** A widget created by script with `attrs`, attached to the page and rendered once. */
export async function make(tag: string, attrs: Record<string, string> = {}): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  (await fixture(html`<div></div>`)).append(el);
  await el.updateComplete;
  return el;
}
