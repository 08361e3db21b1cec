import { expect, fixture, html } from '@open-wc/testing';
import { define } from '../src/internal/define.js';
import { VERSION } from '../src/version.js';
import { captureWarnings } from './support/helpers.js';

describe('guarded define', () => {
  it('loading the whole bundle entry twice is silent and harmless', async () => {
    const warnings = await captureWarnings(async () => {
      await import('../src/index.js');
      // A second copy of every module, as a second <script> tag from another URL would load.
      await import(/* @vite-ignore */ `${new URL('../src/index.ts', import.meta.url).href}?copy=2`);
    });
    expect(warnings).to.deep.equal([]);
    const el = await fixture(html`<smp-pros-cons></smp-pros-cons>`);
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(0);
  });

  it('a different version already on the page warns once and keeps the first', async () => {
    class First extends HTMLElement {
      static smpVersion = '0.0.1';
    }
    class Second extends HTMLElement {
      static smpVersion = VERSION;
    }
    const warnings = await captureWarnings(() => {
      define('smp-version-test', First);
      define('smp-version-test', Second);
      define('smp-version-test', Second);
    });
    expect(customElements.get('smp-version-test')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain(VERSION);
  });
});
