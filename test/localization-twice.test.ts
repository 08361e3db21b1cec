import { expect } from '@open-wc/testing';
import { getLocale, startLocalization } from '../src/localization/localization.js';
import { captureWarnings, pageLang } from './support/helpers.js';

// Its own page: a second copy of the library's localization module (as a
// second copy of the bundle brings) shares the page's one @lit/localize.
describe('two copies of the library on one page', () => {
  it('configure @lit/localize once: the second copy neither throws nor warns, and the page still follows <html lang>', async () => {
    startLocalization();
    const warnings = await captureWarnings(async () => {
      const copy = (await import(/* @vite-ignore */ `${new URL('../src/localization/localization.ts', import.meta.url).href}?copy=2`)) as {
        startLocalization: () => void;
      };
      copy.startLocalization();
      copy.startLocalization();
      await pageLang('nl');
    });
    expect(warnings).to.deep.equal([]);
    expect(getLocale()).to.equal('nl');
    await pageLang('en');
  });

  it('a copy that never started (its elements were registered by the first) reports the first copy’s locale', async () => {
    startLocalization();
    const copy = (await import(/* @vite-ignore */ `${new URL('../src/localization/localization.ts', import.meta.url).href}?copy=3`)) as { getLocale: () => string };
    await pageLang('de');
    expect(getLocale()).to.equal('de');
    expect(copy.getLocale()).to.equal('de');
    await pageLang('en');
    expect(copy.getLocale()).to.equal('en');
  });
});
