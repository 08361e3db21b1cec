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

  // HTML's own keywords are case-insensitive (type="CHECKBOX"), and a CMS field keeps a stray
  // space: each keyword attribute reads "Stacked" or " dark " as the keyword, silently.
  describe('keyword values in any case, with spaces around, mean the keyword', () => {
    const lists = (el: Element) => el.shadowRoot!.querySelector('.lists')!.className;
    const steps = (el: Element) => el.shadowRoot!.querySelector('[part~="list"]')!.className;
    const groups = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="group"]')].map((g) => g.className.replace(/\s+/g, ' ').trim()).join(' | ');
    const scheme = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).colorScheme;
    const cases: Array<[(typeof TAGS)[number], string, string, string, (el: Element) => string]> = [
      ['smp-pros-cons', 'layout', 'stacked', ' Stacked ', lists],
      ['smp-pros-cons', 'layout', 'columns', 'COLUMNS', lists],
      ['smp-recovery-timeline', 'orientation', 'horizontal', ' HORIZONTAL', steps],
      ['smp-practitioner-guide', 'variant', 'fix', 'Fix ', groups],
      ['smp-practitioner-guide', 'variant', 'choose', 'CHOOSE', groups],
      ['smp-aftercare-checklist', 'scheme', 'dark', 'Dark', scheme],
      ['smp-pros-cons', 'scheme', 'dark', ' dark ', scheme],
      ['smp-recovery-timeline', 'scheme', 'light', 'LIGHT', scheme],
    ];
    for (const [tag, name, value, written, look] of cases) {
      it(`<${tag} ${name}="${written}"> is ${name}="${value}", without a warning`, async () => {
        const plain = await make(tag);
        const expected = await make(tag);
        expected.setAttribute(name, value);
        await expected.updateComplete;
        expect(look(expected), 'the keyword changes something').to.not.equal(look(plain));
        const el = await make(tag);
        const warnings = await captureWarnings(async () => {
          el.setAttribute(name, written);
          await el.updateComplete;
        });
        expect(look(el)).to.deep.equal(look(expected));
        expect(warnings).to.deep.equal([]);
      });
    }

    it('a light-DOM item with data-kind="Avoid " is an avoid item, without a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make('smp-aftercare-checklist');
        el.innerHTML = '<li data-id="x" data-kind="Avoid ">Our own rule</li><li data-id="y" data-kind="URGENT">Call us</li>';
        await new Promise((r) => setTimeout(r)); // the light-DOM observer's record
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[data-id="x"]')!.closest('[part~="group"]')!.className).to.contain('avoid');
        expect(el.shadowRoot!.querySelector('[part~="urgent"]')!.textContent).to.contain('Call us');
      });
      expect(warnings).to.deep.equal([]);
    });

    it('a value that is no keyword still warns once and falls back', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await make('smp-pros-cons');
        el.setAttribute('layout', 'Stack');
        await el.updateComplete;
        expect(lists(el)).to.contain('auto');
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('layout="Stack"');
    });
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
