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

/** A same-origin iframe on a blank page, loaded: another document, and as far as storage goes another tab. Remove it when done. */
export async function blankFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = new URL('./fixtures/blank.html', import.meta.url).href;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}
