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

/**
 * Puts the page (or, where the engine cannot emulate media, the element) in
 * print styles; returns the function that undoes it. Chromium emulates print
 * media over CDP. Firefox (BiDi) and WebKit (WebDriver) cannot, so there the
 * element's own `@media print` rules are applied as plain rules: the same CSS
 * the printer would use, laid out by that engine.
 */
export async function printMedia(el: Element): Promise<() => Promise<void>> {
  if (/Chrome\//.test(navigator.userAgent)) {
    const { emulateMedia } = await import('@web/test-runner-commands');
    await emulateMedia({ media: 'print' });
    return () => emulateMedia({ media: 'screen' });
  }
  const root = el.shadowRoot!;
  const printRules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
  if (!printRules.length) throw new Error('no @media print rules found');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(printRules.join('\n'));
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  return async () => {
    root.adoptedStyleSheets = before;
  };
}
