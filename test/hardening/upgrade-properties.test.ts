import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings, texts } from '../support/helpers.js';
import type { Widget } from './support.js';

// Every public property (dist/custom-elements.json), set by script on an
// element created before the library is defined, as a framework does: kept
// through the upgrade, not left as an own property that shadows the
// element's accessor. This file imports the library only inside its test.

const early: Record<string, Record<string, unknown>> = {
  'smp-aftercare-checklist': {
    persist: true, // JSX's bare attribute
    daily: 1,
    items: [
      { id: 'a', kind: 'do', text: 'Early do' },
      { id: 'b', kind: 'urgent', text: 'Early urgent' },
    ],
    dryDays: 7,
    rednessDays: '2',
    healDays: [2, 3],
    recoveryDays: '6-9',
    assessmentDays: 28,
    minSessions: 3,
    sessionHours: [1, 2],
    phone: '020 7946 0000 (Mon–Fri)',
    contactUrl: 'https://example.com/contact',
    heading: 'Early checklist',
    headingLevel: '4',
    hide: ['nothing-hidden-here'],
    defaults: 'all',
    disclaimer: 'Early disclaimer',
    noDisclaimer: false,
    scheme: 'dark',
  },
  'smp-pros-cons': {
    layout: 'stacked',
    pros: [{ id: 'p', text: 'Early pro' }],
    cons: [{ id: 'c', text: 'Early con' }],
    heading: 42, // a number from a framework
    headingLevel: 3,
    noDisclaimer: true,
  },
  'smp-recovery-timeline': {
    sessionDate: [new Date(2026, 2, 2), '2026-03-16'],
    orientation: 'vertical',
    dateInput: true,
    persist: 'early',
    sessionInterval: [14, 21],
    steps: [{ id: 's', title: 'Early step', text: 'Its text', from: 0, to: 2 }],
    heading: 'Early timeline',
  },
  'smp-practitioner-guide': {
    variant: 'fix',
    persist: 'early-guide',
    items: [{ id: 'q', kind: 'fix', text: 'Early fix' }],
    heading: 'Early guide',
    defaults: 'none',
  },
};

describe('hardening: properties set before the element is defined', () => {
  it('every public property survives the upgrade, with no own property left shadowing the accessor', async () => {
    expect(customElements.get('smp-pros-cons')).to.equal(undefined);
    const wrap = await fixture(html`<div></div>`);
    const els = Object.entries(early).map(([tag, props]) => {
      const el = document.createElement(tag) as Widget;
      Object.assign(el, props);
      wrap.append(el);
      return el;
    });
    const warnings = await captureWarnings(async () => {
      await import('../../src/index.js');
      await Promise.all(els.map((e) => e.updateComplete));
    });
    for (const el of els) {
      for (const name of Object.keys(early[el.localName])) {
        expect(Object.prototype.hasOwnProperty.call(el, name), `${el.localName}.${name} left as an own property`).to.equal(false);
      }
    }
    const [checklist, prosCons, timeline, guide] = els;
    expect(texts(checklist, '[part~="heading"]')[0]).to.equal('Early checklist');
    expect(checklist.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h4');
    expect(texts(checklist, '[part~="item"]')).to.deep.equal(['Early do']);
    expect(checklist.shadowRoot!.querySelector('.urgent-text')!.textContent).to.equal('Early urgent');
    expect(checklist.getAttribute('scheme')).to.equal('dark');
    expect(texts(checklist, '[part~="disclaimer"]')).to.deep.equal(['Early disclaimer']);
    expect(texts(prosCons, '[part~="heading"]')[0]).to.equal('42');
    expect(prosCons.getAttribute('layout')).to.equal('stacked');
    expect(texts(prosCons, '[part~="item"]').join(' ')).to.contain('Early pro').and.contain('Early con');
    expect(prosCons.shadowRoot!.querySelector('[part~="disclaimer"]')).to.equal(null);
    expect(texts(timeline, '[part~="heading"]')[0]).to.equal('Early timeline');
    expect(timeline.getAttribute('orientation')).to.equal('vertical');
    expect(timeline.shadowRoot!.querySelector('input[type="date"]'), 'date-input').to.not.equal(null);
    expect(texts(timeline, '[part~="step"]').join(' ')).to.contain('Early step');
    expect(guide.getAttribute('variant')).to.equal('fix');
    expect(texts(guide, '[part~="item"]')).to.have.length(1);
    expect(texts(guide, '[part~="item"]')[0]).to.contain('Early fix');
    // Only the one hide id that names no item is worth a warning.
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.contain('nothing-hidden-here');
  });
});
