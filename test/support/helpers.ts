/** Records `console.warn` calls while `run` executes, without printing them. */
export async function captureWarnings(run: () => unknown | Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Texts of the elements matching `selector` in an element's shadow root. */
export const texts = (el: Element, selector: string): string[] =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

/** The element's shadow-root part with the given name. */
export const part = <T extends Element = HTMLElement>(el: Element, name: string): T =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as T;

/** Waits for the element's update and a frame, so layout and container queries have settled. */
export async function settled(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}
