import { expect } from '@open-wc/testing';
import { addWidget, heading, loadBundle, localeLoads, until, type Widget } from './support/bundle-page.js';
import { templates as german } from '../src/localization/generated/locales/de.js';

// The script-tag bundle on a German page that adds two widgets later (a tab, a route of a single-page
// app), with no locale file in its <head>: each widget waits for its own messages before it first shows,
// and not for the other's. Its own test file, so no German file has run before. The pros and cons'
// file answers after 2.5 s (test/support/fail-locale-middleware.mjs); the guide's at once.
const rendered = (el: Widget) => (el as unknown as { hasUpdated: boolean }).hasUpdated;

describe('bundle: a widget added later waits for its own locale file, not for another widget\'s', () => {
  before(async () => {
    await loadBundle('de');
    // The page's German is in place, with the checklist's messages.
    const checklist = await addWidget('smp-aftercare-checklist', 'phone="020 7946 0000"');
    expect(heading(checklist)).to.equal(german['aftercare.heading']);
    document.cookie = 'smp-slow-locale=de/pros-cons:2500; path=/';
  });
  after(() => {
    document.cookie = 'smp-slow-locale=; path=/; max-age=0';
  });

  it('the guide shows in German as soon as its own file came, while the pros and cons\' file is still on its way', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    try {
      host.innerHTML = '<smp-pros-cons></smp-pros-cons><smp-practitioner-guide></smp-practitioner-guide>';
      const [pros, guide] = [...host.children] as Widget[];
      await until(() => rendered(guide), 'the guide rendered', 6000);
      // Before, the guide's first render waited for every file in flight: it came in the same frame as the pros and cons.
      expect(localeLoads().some((p) => p.startsWith('/dist/locales/de/pros-cons.js')), 'the pros and cons\' file has not come yet').to.equal(false);
      expect(rendered(pros), 'the pros and cons wait for theirs').to.equal(false);
      expect(heading(guide)).to.equal(german['guide.heading']);

      await until(() => rendered(pros), 'the pros and cons rendered', 6000);
      expect(heading(pros), 'in German from their first render').to.equal(german['pros-cons.heading']);
    } finally {
      host.remove();
    }
  });
});
