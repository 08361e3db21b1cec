import { expect } from '@open-wc/testing';
import { loadBundle, localeLoads, until, type Widget } from './support/bundle-page.js';

// The script-tag bundle on a German page that lists each element's locale file in its <head>
// (the README's recommended embed; the test runs them before the bundle, as the page would).
// Its own test file, so its page starts with those files and no widget. Each widget renders once
// when it first shows; another element registering later, or the page changing its language,
// must not make the widgets already shown render again for nothing.
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'];

/** Renders of each widget since `count(el)`: Lit calls `update` once per render. */
const renders = new Map<Widget, number>();
function count(el: Widget): void {
  renders.set(el, 0);
  const host = el as unknown as { update(changed: unknown): void };
  const update = host.update;
  host.update = function (this: unknown, changed: unknown) {
    renders.set(el, renders.get(el)! + 1);
    return update.call(this, changed);
  };
}
const resetCounts = () => renders.forEach((_, el) => renders.set(el, 0));
const countsByTag = () => Object.fromEntries([...renders].map(([el, n]) => [el.localName, n]));

/** Two frames and a task more: any render a change would still cause has run. */
const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))));

/** @lit/localize's `ready` events, each of which renders every widget again. */
const readyEvents: string[] = [];
window.addEventListener('lit-localize-status', (event) => {
  const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
  if (detail.status === 'ready') readyEvents.push(detail.readyLocale ?? '');
});

/** Adds `<tag attrs>` to the page, to stay for the whole file (a fixture is removed after each test), and waits for its first render. */
async function show(tag: string, attrs: string): Promise<Widget> {
  const host = document.body.appendChild(document.createElement('div'));
  host.innerHTML = `<${tag} ${attrs}></${tag}>`;
  await customElements.whenDefined(tag);
  const el = host.firstElementChild as Widget;
  await el.updateComplete;
  return el;
}

const langOf = (el: Widget) => el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang');

describe('bundle: each widget renders once, not again for another element or twice for a language', () => {
  const widgets: Widget[] = [];
  before(async () => {
    document.documentElement.lang = 'de';
    for (const tag of TAGS) await import(/* @vite-ignore */ new URL(`../dist/locales/de/${tag.slice(4)}.js`, import.meta.url).href);
    await loadBundle('de');
  });
  after(() => {
    widgets.forEach((el) => el.parentElement!.remove());
    document.documentElement.lang = 'en';
  });

  it('an element registered later does not render the widgets already shown again (their messages were in <head>)', async () => {
    let events = 0;
    for (const [i, tag] of TAGS.entries()) {
      const el = await show(tag, i === 0 ? 'phone="020 7946 0000"' : i === 2 ? 'session-date="2026-01-09"' : '');
      expect(langOf(el), `${tag}: German from its first render`).to.equal('de');
      count(el);
      widgets.push(el);
      await settle();
      // From the first widget on: the page's German is in place (its own `ready` came before).
      if (i === 0) events = readyEvents.length;
    }
    // Before, each element registered after the first sent a `ready` for messages already here: the checklist
    // rendered four times, the pros and cons three, the timeline twice.
    expect(countsByTag()).to.deep.equal(Object.fromEntries(TAGS.map((tag) => [tag, 0])));
    expect(readyEvents.length - events, 'no ready event for messages already here').to.equal(0);
    // And each German file came once: the page's own.
    const loads = localeLoads();
    expect(new Set(loads).size, loads.join(', ')).to.equal(loads.length);
  });

  it('a change of <html lang> to another language renders each widget once, in that language', async () => {
    resetCounts();
    document.documentElement.lang = 'fr';
    await until(() => widgets.every((el) => langOf(el) === 'fr'), 'every widget in French');
    await settle();
    // Before, @lit/localize's `ready` rendered them, and then the page-language watchers did again.
    expect(countsByTag()).to.deep.equal(Object.fromEntries(TAGS.map((tag) => [tag, 1])));

    resetCounts();
    document.documentElement.lang = 'en-GB';
    await until(() => widgets.every((el) => langOf(el) === 'en'), 'every widget in English');
    await settle();
    expect(countsByTag()).to.deep.equal(Object.fromEntries(TAGS.map((tag) => [tag, 1])));
  });

  it('a change within the language (en-GB to en-US) still renders each widget once: the dates change', async () => {
    const timeline = widgets[2];
    const dates = () => timeline.shadowRoot!.textContent!.match(/\b(9 Jan|Jan 9)\b/g) ?? [];
    expect(dates().length, 'the session date, as en-GB writes it').to.be.greaterThan(0);
    expect(dates().every((d) => d === '9 Jan')).to.equal(true);
    resetCounts();
    document.documentElement.lang = 'en-US';
    await until(() => dates().length > 0 && dates().every((d) => d === 'Jan 9'), 'the date as en-US writes it');
    await settle();
    expect(countsByTag()).to.deep.equal(Object.fromEntries(TAGS.map((tag) => [tag, 1])));
  });
});
