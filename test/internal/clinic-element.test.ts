import { expect } from '@open-wc/testing';
import { SmpClinicElement } from '../../src/internal/clinic-element.js';
import { SETTING_ATTRIBUTES } from '../../src/internal/settings.js';

describe('SmpClinicElement', () => {
  it('declares one property per clinic setting, on the attribute the warnings name', () => {
    const declared = Object.fromEntries(
      Object.entries(SmpClinicElement.properties).map(([key, options]) => [key, (options as { attribute?: string }).attribute ?? key.toLowerCase()]),
    );
    expect(declared).to.deep.equal(SETTING_ATTRIBUTES);
  });
});
