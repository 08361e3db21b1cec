import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { getLocale } from '../src/localization/localization.js';
import '../src/elements/pros-cons/define.js';
import { captureWarnings } from './support/helpers.js';

// Its own page: an app that configured @lit/localize for itself before the
// widgets arrived. @lit/localize can be configured once per page, so the
// widgets cannot follow the page's language: they say so once, when a language
// other than English is first wanted, and stay readable in English.
describe('a page whose app configured @lit/localize itself', () => {
  it('English: nothing to say; another language: one warning, and the widgets stay in English', async () => {
    configureLocalization({ sourceLocale: 'en', targetLocales: ['fr'], loadLocale: () => Promise.resolve({ templates: {} }) });
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<smp-pros-cons></smp-pros-cons>`);
    const heading = () => el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
    expect(heading()).to.equal('Pros and cons of scalp micropigmentation');
    const warnings = await captureWarnings(async () => {
      document.documentElement.lang = 'fr';
      await new Promise((r) => setTimeout(r, 200));
      document.documentElement.lang = 'de';
      await new Promise((r) => setTimeout(r, 200));
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('@lit/localize is already configured by this page'))).to.have.length(1);
    expect(getLocale()).to.equal('en');
    expect(heading()).to.equal('Pros and cons of scalp micropigmentation');
    document.documentElement.lang = 'en';
  });
});
