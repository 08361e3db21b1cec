import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings } from '../support/helpers.js';
import { make } from './support.js';

const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'] as const;
const items = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="item"], [part~="step"]').length;

/** Every enum-like attribute of each element, with a valid non-default value. */
const ENUMS: Record<(typeof TAGS)[number], Record<string, string>> = {
  'smp-aftercare-checklist': { 'heading-level': '4', scheme: 'dark', defaults: 'none', persist: 'a' },
  'smp-pros-cons': { 'heading-level': '4', scheme: 'dark', defaults: 'none', layout: 'stacked' },
  'smp-recovery-timeline': { 'heading-level': '4', scheme: 'dark', defaults: 'none', orientation: 'vertical', persist: 'a' },
  'smp-practitioner-guide': { 'heading-level': '4', scheme: 'dark', defaults: 'none', variant: 'fix', persist: 'a' },
};

describe('hardening: attribute values', () => {
  beforeEach(() => localStorage.clear());

  describe('a non-string defaults or variant never throws (shared text coercion)', () => {
    for (const tag of TAGS) {
      for (const [label, value] of [
        ['false', false],
        ['true', true],
        ['0', 0],
        ["['none']", ['none']],
        ['a Date', new Date(0)],
      ] as [string, unknown][]) {
        for (const property of tag === 'smp-practitioner-guide' ? ['defaults', 'variant'] : ['defaults']) {
          it(`<${tag}> ${property} = ${label} renders content`, async () => {
            const el = await make(tag);
            const errors: unknown[] = [];
            const onError = (e: ErrorEvent) => errors.push(e.error);
            window.addEventListener('error', onError);
            await captureWarnings(async () => {
              el[property] = value;
              await el.updateComplete;
            });
            window.removeEventListener('error', onError);
            expect(errors, 'nothing thrown').to.deep.equal([]);
            // defaults = ['none'] is the text "none": no default items; everything else keeps them.
            const none = property === 'defaults' && label === "['none']";
            if (none) expect(items(el)).to.equal(0);
            else expect(items(el), 'items shown').to.be.greaterThan(0);
            // Still reacts to later changes (not frozen).
            el[property] = undefined;
            el.setAttribute('heading', 'Still alive');
            await el.updateComplete;
            expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.contain('Still alive');
          });
        }
      }
    }
  });

  describe('removing an enum-like attribute means the default, silently', () => {
    for (const tag of TAGS) {
      for (const [name, value] of Object.entries(ENUMS[tag])) {
        it(`<${tag}> ${name}: set then removed → no warning, default behaviour`, async () => {
          const plain = await make(tag);
          const defaultItems = items(plain);
          const defaultLevel = plain.shadowRoot!.querySelector('[part~="heading"]')!.localName;
          const el = await make(tag);
          const warnings = await captureWarnings(async () => {
            el.setAttribute(name, value);
            await el.updateComplete;
            el.removeAttribute(name);
            await el.updateComplete;
          });
          expect(warnings, 'no warning').to.deep.equal([]);
          expect(items(el), 'default items').to.equal(defaultItems);
          expect(el.shadowRoot!.querySelector('[part~="heading"]')!.localName, 'default heading level').to.equal(defaultLevel);
          expect(el.hasAttribute(name), 'attribute stays removed').to.equal(false);
        });
      }
    }
  });

  it('the guide does not write variant onto a host that never set it', async () => {
    const el = await make('smp-practitioner-guide');
    expect(el.hasAttribute('variant')).to.equal(false);
    el.variant = 'choose';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length, 'only questions').to.be.greaterThan(0);
  });
});
