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

/** Past the moment a widget that rendered with no items checks again before warning (two frames, then a task). */
export const afterEmptyCheck = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 10))));

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
 * Applies a media condition for a check, and returns the function that
 * undoes it. Chromium emulates print media, colour schemes, forced colours
 * (through test/support/forced-colors-plugin.mjs) and reduced motion over CDP. Firefox (BiDi) and WebKit (WebDriver) cannot, so
 * there the element's own rules under that media condition are applied as
 * plain rules: the same CSS that engine would use, laid out by it.
 */
export async function printMedia(el: Element, condition = 'print'): Promise<() => Promise<void>> {
  if (/Chrome\//.test(navigator.userAgent)) {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const feature = /^\((forced-colors|prefers-reduced-motion|prefers-color-scheme): (\w+)\)$/.exec(condition);
    if (condition === 'print') {
      await emulateMedia({ media: 'print' });
      return () => emulateMedia({ media: 'screen' });
    }
    if (feature?.[1] === 'forced-colors') {
      const { executeServerCommand } = await import('@web/test-runner-commands');
      await executeServerCommand('emulate-forced-colors', feature[2]);
      return async () => {
        await executeServerCommand('emulate-forced-colors', 'none');
      };
    }
    if (feature) {
      const key = { 'forced-colors': 'forcedColors', 'prefers-reduced-motion': 'reducedMotion', 'prefers-color-scheme': 'colorScheme' }[feature[1]]!;
      const reset = { forcedColors: 'none', reducedMotion: 'no-preference', colorScheme: 'light' }[key]!;
      await emulateMedia({ [key]: feature[2] } as Parameters<typeof emulateMedia>[0]);
      return () => emulateMedia({ [key]: reset } as Parameters<typeof emulateMedia>[0]);
    }
  }
  const root = el.shadowRoot!;
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === condition)
    .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
  if (!rules.length) throw new Error(`no ${condition} rules found`);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  const before = [...root.adoptedStyleSheets]; // a copy: the property is a live array in current engines, which undo would not restore
  root.adoptedStyleSheets = [...before, sheet];
  return async () => {
    root.adoptedStyleSheets = before;
  };
}

/**
 * Sets `<html lang>` and waits until the widgets' text is in the locale it
 * resolves to (locales other than English load asynchronously).
 */
export async function pageLang(lang: string): Promise<void> {
  const { getLocale, matchLocale, startLocalization } = await import('../../src/localization/localization.js');
  startLocalization();
  const want = matchLocale(lang) ?? 'en';
  const ready = new Promise<void>((resolve) => {
    if (getLocale() === want) return resolve();
    const onStatus = (e: Event) => {
      const detail = (e as CustomEvent<{ status: string; readyLocale?: string; errorLocale?: string }>).detail;
      if ((detail.status === 'ready' && detail.readyLocale === want) || detail.status === 'error') {
        window.removeEventListener('lit-localize-status', onStatus);
        resolve();
      }
    };
    window.addEventListener('lit-localize-status', onStatus);
  });
  document.documentElement.lang = lang;
  await ready;
  // Let elements re-render with the new text (microtasks: works under a fake clock too).
  for (let i = 0; i < 3; i++) await Promise.resolve();
}
