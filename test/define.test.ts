import { expect, fixture, html } from '@open-wc/testing';
import { define } from '../src/internal/define.js';
import { VERSION } from '../src/version.js';
import { captureWarnings } from './support/helpers.js';

describe('guarded define', () => {
  it('defining a tag again with the same version is silent and keeps the first class', async () => {
    const { SmpProsCons } = await import('../src/elements/pros-cons/define.js');
    const warnings = await captureWarnings(() => define('smp-pros-cons', class extends SmpProsCons {}));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('smp-pros-cons')).to.equal(SmpProsCons);
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

  it('a tag the page\'s own code registered first is kept, with one warning that names the tag and says it is not smp-widgets', async () => {
    class PagesOwn extends HTMLElement {}
    customElements.define('smp-own-test', PagesOwn);
    const warnings = await captureWarnings(() => {
      define('smp-own-test', class extends HTMLElement {});
      define('smp-own-test', class extends HTMLElement {});
    });
    expect(customElements.get('smp-own-test')).to.equal(PagesOwn);
    expect(warnings).to.have.length(1);
    // Not "smp-widgets (unknown version) is already on this page": it is not the library.
    expect(warnings[0]).to.contain('<smp-own-test>').and.to.contain('not smp-widgets').and.not.to.contain('unknown version');
  });
});
