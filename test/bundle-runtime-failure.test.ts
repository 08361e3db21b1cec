import { expect } from '@open-wc/testing';
import { addWidget, failChunkOnce, heading, loadBundle, localeLoads, runtimeLoads, stopFailingChunks, until, type Bundle } from './support/bundle-page.js';
import { captureWarnings } from './support/helpers.js';

// The script-tag bundle on an English page whose download of the translations
// runtime (dist/chunks/translations.js, fetched when another language is
// first wanted) fails, as a dropped connection would. Its own test file, so
// its page starts in English with nothing loaded; the tests run in order.

const ENGLISH = 'Your aftercare checklist';

describe('dist/: the translations runtime fails to download', () => {
  let api: Bundle;
  before(async () => {
    api = await loadBundle('en');
  });
  after(() => {
    stopFailingChunks();
    document.documentElement.lang = 'en';
  });

  it('warns once and leaves English on screen', async () => {
    const el = await addWidget('smp-aftercare-checklist');
    failChunkOnce('translations');
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
    const el = await addWidget('smp-aftercare-checklist');
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
      expect(localeLoads()).to.deep.equal(['/dist/locales/de/aftercare-checklist.js']);
    }
  });
});
