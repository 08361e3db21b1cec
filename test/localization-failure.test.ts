import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { getLocale } from '../src/localization/localization.js';
import { captureWarnings, pageLang } from './support/helpers.js';

// Its own test file, so its page has never loaded the Turkish module.
describe('a locale that fails to load', () => {
  after(() => {
    document.cookie = 'smp-fail-locale=; path=/; max-age=0';
  });

  it('leaves English on screen and warns once', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<smp-pros-cons></smp-pros-cons>`);
    const english = el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
    document.cookie = 'smp-fail-locale=tr; path=/';
    const warnings = await captureWarnings(async () => {
      await pageLang('tr');
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    });
    expect(getLocale()).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(english);
    expect(warnings.filter((w) => w.includes('"tr" translations could not be loaded'))).to.have.length(1);
    await expect(el).to.be.accessible();

    document.cookie = 'smp-fail-locale=; path=/; max-age=0';
    await pageLang('de');
    expect(getLocale()).to.equal('de');
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.not.equal(english);
  });
});
