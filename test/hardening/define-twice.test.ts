import { expect, fixture } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';
import { SmpProsCons } from '../../src/elements/pros-cons/define.js';
import { captureWarnings } from '../support/helpers.js';

describe('hardening: the guarded define', () => {
  it('the same class under a second tag registers (as a subclass) instead of throwing NotSupportedError', async () => {
    const warnings = await captureWarnings(() => define('clinic-pros-cons', SmpProsCons));
    expect(warnings).to.deep.equal([]);
    const ctor = customElements.get('clinic-pros-cons')!;
    expect(ctor.prototype).to.be.instanceOf(SmpProsCons);
    const el = (await fixture('<clinic-pros-cons heading="Ours"></clinic-pros-cons>')) as SmpProsCons;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Ours');
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
  });
});
