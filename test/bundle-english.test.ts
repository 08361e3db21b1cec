import { expect } from '@open-wc/testing';
import { addWidget, distLoads, heading, loadBundle, localeLoads, runtimeLoads, until, type Bundle } from './support/bundle-page.js';

// The script-tag bundle on an English page: @lit/localize's runtime and the
// translations' loader (dist/chunks/translations.js) are not downloaded until
// another language is wanted. Its own test file, so its page starts in English
// with nothing loaded; the tests run in order on that one page. A failed
// download of the runtime: bundle-runtime-failure.test.ts.

const ENGLISH = 'Your aftercare checklist';

describe('dist/ on an English page: translations only when wanted', () => {
  let api: Bundle;
  before(async () => {
    api = await loadBundle('en-GB');
  });
  after(() => {
    document.documentElement.lang = 'en';
  });

  it('shows the widgets in English without downloading the translations runtime or any locale file', async () => {
    const checklist = await addWidget('smp-aftercare-checklist');
    const pros = await addWidget('smp-pros-cons');
    expect(heading(checklist)).to.equal(ENGLISH);
    expect(heading(pros)).to.equal('Pros and cons of scalp micropigmentation');
    expect(distLoads(), 'the bundle, its core and the two elements').to.include.members(['/dist/smp-widgets.js', '/dist/chunks/core.js', '/dist/elements/aftercare-checklist.js', '/dist/elements/pros-cons.js']);
    expect(runtimeLoads()).to.deep.equal([]);
    expect(localeLoads()).to.deep.equal([]);
    expect(api.getLocale()).to.equal('en');
  });

  it('<html lang> changed to French: the runtime, once, and the French files of the elements on the page', async () => {
    const el = await addWidget('smp-aftercare-checklist');
    document.documentElement.lang = 'fr';
    await until(() => heading(el) === 'Votre liste de soins après la séance', 'French heading');
    expect(runtimeLoads()).to.deep.equal(['/dist/chunks/translations.js']);
    expect(localeLoads().sort()).to.deep.equal(['/dist/locales/fr/aftercare-checklist.js', '/dist/locales/fr/pros-cons.js']);
    const guide = await addWidget('smp-practitioner-guide');
    await until(() => heading(guide) === 'Votre praticien en micropigmentation capillaire', 'French guide heading, for an element added later');
  });

  it('back to English, and to another language, without downloading the runtime again', async () => {
    const el = await addWidget('smp-aftercare-checklist');
    document.documentElement.lang = 'en';
    await until(() => heading(el) === ENGLISH, 'English heading');
    await api.setLocale('es');
    await el.updateComplete;
    expect(heading(el)).to.equal('Tu lista de cuidados después del tratamiento');
    await api.setLocale(null);
    await el.updateComplete;
    expect(heading(el)).to.equal(ENGLISH);
    expect(runtimeLoads()).to.have.length(1);
  });
});
