import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SmpAftercareChecklist } from '../../src/elements/aftercare-checklist/aftercare-checklist.js';
import { captureWarnings } from '../support/helpers.js';

// A page of its own: the "not available" warning is given once per page.
const box = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-id="${id}"] input[type="checkbox"]`)!;
const progress = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
// A clinic contact is set, so the only warning left to count is the storage one.
const checklist = (persist: string) =>
  fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist persist=${persist} phone="020 7946 0000"></smp-aftercare-checklist>`);
const tick = async (el: SmpAftercareChecklist, id: string) => {
  box(el, id).click();
  await el.updateComplete;
};

describe('hardening: storage missing', () => {
  it('storage that is missing altogether (blocked cookies): ticks work, one warning', async () => {
    // As an own property of window, which shadows the engine's (on the window or its prototype).
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(() => window.localStorage, 'storage is blocked for this test').to.throw();
    let el!: SmpAftercareChecklist;
    let warnings: string[] = [];
    try {
      warnings = await captureWarnings(async () => {
        el = await checklist('missing');
        await tick(el, 'no-sun');
        await tick(el, 'no-rub');
      });
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as unknown as Record<string, unknown>).localStorage;
    }
    expect(progress(el)).to.equal('2 of 12 done');
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.contain('not available');
  });

  it('the practitioner guide with storage missing: questions tick, nothing throws', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    let el!: HTMLElement & { updateComplete: Promise<unknown> };
    let warnings: string[] = [];
    try {
      warnings = await captureWarnings(async () => {
        el = await fixture(html`<smp-practitioner-guide persist="missing"></smp-practitioner-guide>`);
        for (const id of ['training', 'inks']) {
          box(el, id).click();
          await el.updateComplete;
        }
      });
    } finally {
      window.removeEventListener('error', onError);
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as unknown as Record<string, unknown>).localStorage;
    }
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('input:checked')).to.have.length(2);
    expect(warnings.length, warnings.join('\n')).to.be.at.most(1); // given once per page: the checklist above already said it
  });

});
