import { expect } from '@open-wc/testing';

// A page not in English, with the README's recommended embed for it: its
// locale file for each element first in <head>, then the core's preload and
// the element's render-blocking module. The first frame that shows the widget
// must already be in the page's language: no English frame, and so no layout
// shift when the text would have changed. Chromium only: it alone honours
// blocking="render", on which the recommended embed relies.

interface Frames {
  headings: string[];
  cls: number;
  /** Requests for locale files. */
  localeLoads: number;
  /** Requests for the translations runtime, which each locale file imports. */
  runtimeLoads: number;
}

/** Loads the page in an iframe and records the widget's heading in every frame until it settles. */
async function load(lang: string, locale: boolean, query = ''): Promise<Frames> {
  const record = `<script>
    window.__frames = { headings: [], cls: 0 };
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__frames.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
    const tick = () => {
      const h = document.querySelector('smp-aftercare-checklist')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim();
      if (h && window.__frames.headings.at(-1) !== h) window.__frames.headings.push(h);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  </script>`;
  const head = [
    record,
    locale ? `<script type="module" blocking="render" src="/dist/locales/${lang}/aftercare-checklist.js${query}"></script>` : '',
    '<link rel="modulepreload" href="/dist/chunks/core.js">',
    '<script type="module" blocking="render" src="/dist/elements/aftercare-checklist.js"></script>',
    '<script type="module" src="/dist/smp-widgets.js"></script>',
  ].join('\n');
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 390px; height: 844px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>${head}</head><body><h1>Clinic</h1><smp-aftercare-checklist phone="+44 20 7946 0000"></smp-aftercare-checklist><footer>Below the widget</footer></body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __frames: Frames };
  const el = win.document.querySelector('smp-aftercare-checklist') as HTMLElement & { updateComplete: Promise<unknown> };
  await win.customElements.whenDefined('smp-aftercare-checklist');
  await el.updateComplete;
  for (let i = 0; i < 10; i++) await new Promise((r) => win.requestAnimationFrame(() => setTimeout(r)));
  const localeLoads = win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/')).length;
  const runtimeLoads = win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/chunks/translations.js')).length;
  const frames = { headings: [...win.__frames.headings], cls: win.__frames.cls, localeLoads, runtimeLoads };
  frame.remove();
  return frames;
}

const HEADINGS: Record<string, string> = { de: 'Ihre Checkliste für die Nachsorge', ar: 'قائمة عنايتك بعد الجلسة', tr: 'Seans sonrası bakım listeniz' };

describe('recommended embed on a page not in English', () => {
  for (const lang of Object.keys(HEADINGS)) {
    it(`${lang}: the first frame is in ${lang}, and nothing shifts`, async () => {
      for (let run = 0; run < 3; run++) {
        const { headings, cls, localeLoads, runtimeLoads } = await load(lang, true);
        expect(headings, `run ${run + 1}`).to.deep.equal([HEADINGS[lang]]);
        expect(cls, `run ${run + 1}`).to.equal(0);
        expect(localeLoads, `run ${run + 1}: locale files requested`).to.equal(1);
        expect(runtimeLoads, `run ${run + 1}: translations runtime requested`).to.equal(1);
      }
    });
  }

  it('de, its locale file with a query (?ver=1, a cache-busting habit): still the first frame, no second download', async () => {
    const { headings, cls, localeLoads, runtimeLoads } = await load('de', true, '?ver=1');
    expect(headings).to.deep.equal([HEADINGS.de]);
    expect(runtimeLoads, 'translations runtime requested').to.equal(1);
    expect(cls).to.equal(0);
    expect(localeLoads, 'locale files requested').to.equal(1);
  });
});
