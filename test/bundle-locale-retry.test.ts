import { expect } from '@open-wc/testing';
import { captureWarnings } from './support/helpers.js';
import { addWidget, heading, loadBundle, until, type Bundle, type Widget } from './support/bundle-page.js';
import { templates as arabic } from '../src/localization/generated/locales/ar.js';

// The script-tag bundle on a page of its own: one element's locale file fails, the network comes
// back, and the page's language is switched away and back. Firefox keeps a failed module under its
// URL for the page's life, so a second load from the same URL would fail again there.
const base = (el: Widget): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
const stop = () => {
  document.cookie = 'smp-fail-locale=; path=/; max-age=0';
};

describe('bundle: a locale file that failed is loaded again later', () => {
  let api: Bundle;
  before(async () => {
    api = await loadBundle('en');
  });
  after(stop);

  it('a timeline whose Arabic file failed is Arabic once the network is back and the page switches away and back, in every engine', async () => {
    const timeline = await addWidget('smp-recovery-timeline', 'session-date="2026-03-02"');
    document.cookie = 'smp-fail-locale=ar/recovery-timeline; path=/';
    const warnings = await captureWarnings(async () => {
      document.documentElement.lang = 'ar';
      await until(() => api.getLocale() === 'ar', 'Arabic');
      await new Promise((r) => setTimeout(r, 100));
      await timeline.updateComplete;
    });
    stop();
    expect(warnings.join()).to.contain('"ar" translations of <smp-recovery-timeline> could not be loaded');
    expect(base(timeline).getAttribute('lang'), 'failed: English').to.equal('en');

    document.documentElement.lang = 'de';
    await until(() => api.getLocale() === 'de', 'German');
    await until(() => base(timeline).getAttribute('lang') === 'de', 'the timeline in German');
    document.documentElement.lang = 'ar';
    await until(() => api.getLocale() === 'ar', 'Arabic again');
    await until(() => base(timeline).getAttribute('lang') === 'ar', `the timeline in Arabic again, not ${base(timeline).getAttribute('lang')}`, 5000);
    expect(heading(timeline)).to.equal(arabic['recovery-timeline.heading']);
    expect(base(timeline).getAttribute('dir')).to.equal('rtl');
  });
});
