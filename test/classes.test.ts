import { expect } from '@open-wc/testing';
import * as classes from '../src/classes.js';

describe('smp-widgets/classes', () => {
  it('exports the element classes without registering any tag', () => {
    expect(classes.SmpProsCons.prototype).to.be.instanceOf(HTMLElement);
    expect(customElements.get('smp-pros-cons')).to.equal(undefined);
    expect(classes.SmpPractitionerGuide.prototype).to.be.instanceOf(HTMLElement);
    expect(customElements.get('smp-practitioner-guide')).to.equal(undefined);
    expect(classes.defaultGuide().length).to.equal(9);
  });

  it('lets an app register a class under its own tag', async () => {
    classes.define('clinic-pros-cons', classes.SmpProsCons);
    const el = document.createElement('clinic-pros-cons') as InstanceType<typeof classes.SmpProsCons>;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Pros and cons');
    el.remove();
  });
});
