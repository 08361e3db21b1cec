import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from './support/helpers.js';

// The script-tag bundle on an English page whose download of the translations
// runtime (dist/chunks/translations.js, fetched when another language is
// first wanted) fails, as a dropped connection would. Its own test file, so
// its page starts in English with nothing loaded; the tests run in order.
const bundle = new URL('../dist/smp-widgets.js', import.meta.url).href;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type Bundle = { setLocale: (locale: string | null) => Promise<void>; getLocale: () => string };

/** The paths the page loaded under dist/ (not counting the test's own fetch()). */
const loaded = (): string[] =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((e) => e.initiatorType !== 'fetch')
    .map((e) => new URL(e.name).pathname + new URL(e.name).search)
    .filter((p) => p.startsWith('/dist/'));
const runtimeLoads = (): string[] => loaded().filter((p) => p.startsWith('/dist/chunks/translations.js'));

const heading = (el: Element): string => el.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() ?? '';

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function add(tag: string): Promise<Widget> {
  const host = await fixture(html`<div></div>`);
  host.innerHTML = `<${tag}></${tag}>`;
  await customElements.whenDefined(tag);
  const el = host.firstElementChild as Widget;
  await el.updateComplete;
  return el;
}

const ENGLISH = 'Your aftercare checklist';

describe('dist/: the translations runtime fails to download', () => {
  let api: Bundle;
  before(async () => {
    document.documentElement.lang = 'en';
    api = (await import(/* @vite-ignore */ bundle)) as Bundle;
  });
  after(() => {
    document.cookie = 'smp-fail-chunk=; path=/; max-age=0';
    document.documentElement.lang = 'en';
  });

  it('warns once and leaves English on screen', async () => {
    const el = await add('smp-aftercare-checklist');
    // A token of this page's own: the server fails each token once, and the engines share it.
    document.cookie = `smp-fail-chunk=translations.t${Date.now()}${String(Math.random()).slice(2, 8)}; path=/`;
    const warnings = await captureWarnings(async () => {
      document.documentElement.lang = 'fr';
      await until(() => runtimeLoads().length === 1, 'the runtime requested');
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('"fr" translations could not be loaded'))).to.have.length(1);
    expect(heading(el)).to.equal(ENGLISH);
    expect(api.getLocale()).to.equal('en');
  });

  // Firefox keeps a module that failed in its module map for the page's lifetime: importing
  // the same URL fails again, without a request, and so would every locale file (each imports
  // the runtime). Chromium and WebKit fetch it again.
  const keepsFailedModules = navigator.userAgent.includes('Firefox');

  it(keepsFailedModules ? 'Firefox: the next language asked for stays in English, and warns' : 'the next language asked for downloads it again and shows', async () => {
    const el = await add('smp-aftercare-checklist');
    const warnings = await captureWarnings(async () => {
      document.documentElement.lang = 'de';
      if (keepsFailedModules) await new Promise((r) => setTimeout(r, 300));
      else await until(() => heading(el) === 'Ihre Checkliste für die Nachsorge', 'German heading');
    });
    if (keepsFailedModules) {
      expect(heading(el)).to.equal(ENGLISH);
      expect(warnings.filter((w) => w.includes('"de" translations could not be loaded'))).to.have.length(1);
    } else {
      expect(warnings).to.deep.equal([]);
      expect(runtimeLoads()).to.deep.equal(['/dist/chunks/translations.js', '/dist/chunks/translations.js']);
      expect(loaded().filter((p) => p.startsWith('/dist/locales/'))).to.deep.equal(['/dist/locales/de/aftercare-checklist.js']);
    }
  });
});
