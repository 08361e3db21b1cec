import { expect } from '@open-wc/testing';
import { addWidget, heading, loadBundle, type Bundle } from './support/bundle-page.js';

// The script-tag bundle on an English page that asks for another language and
// then for English again before @lit/localize's runtime has arrived: the last
// wish wins. Its own test file, so its page starts with the runtime not loaded.

describe('dist/ on an English page: a language asked for, then English, before the runtime arrives', () => {
  let api: Bundle;
  before(async () => {
    api = await loadBundle('en');
  });

  it('setLocale("de") then setLocale("en"): the widgets end in English', async () => {
    const el = await addWidget('smp-aftercare-checklist');
    const german = api.setLocale('de');
    const english = api.setLocale('en');
    await Promise.all([german, english]);
    await el.updateComplete;
    expect(api.getLocale()).to.equal('en');
    expect(heading(el)).to.equal('Your aftercare checklist');
  });

});
