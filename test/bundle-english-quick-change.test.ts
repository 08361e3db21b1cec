import { expect, fixture, html } from '@open-wc/testing';

// The script-tag bundle on an English page that asks for another language and
// then for English again before @lit/localize's runtime has arrived: the last
// wish wins. Its own test file, so its page starts with the runtime not loaded.
const bundle = new URL('../dist/smp-widgets.js', import.meta.url).href;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type Bundle = { setLocale: (locale: string | null) => Promise<void>; getLocale: () => string };

const heading = (el: Element): string => el.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() ?? '';

describe('dist/ on an English page: a language asked for, then English, before the runtime arrives', () => {
  let api: Bundle;
  before(async () => {
    document.documentElement.lang = 'en';
    api = (await import(/* @vite-ignore */ bundle)) as Bundle;
  });

  it('setLocale("de") then setLocale("en"): the widgets end in English', async () => {
    const host = await fixture(html`<div><smp-aftercare-checklist></smp-aftercare-checklist></div>`);
    await customElements.whenDefined('smp-aftercare-checklist');
    const el = host.firstElementChild as Widget;
    await el.updateComplete;
    const german = api.setLocale('de');
    const english = api.setLocale('en');
    await Promise.all([german, english]);
    await el.updateComplete;
    expect(api.getLocale()).to.equal('en');
    expect(heading(el)).to.equal('Your aftercare checklist');
  });

});
