import { expect, fixture } from '@open-wc/testing';

// The bundle started after another copy of the library published its loader on the page (as the first
// copy of a theme's and a plugin's does, see src/loader.ts): this copy asks that loader for the tags it
// knows, and loads by itself a tag it does not know (a later version's element) or cannot load (its
// files failed). Here the other copy's loader is a stand-in that knows the pros and cons only and fails
// to load them. Its own test file: the page's first copy is the stand-in.
const bundle = new URL('../../dist/smp-widgets.js', import.meta.url).href;
const asked: string[] = [];
(globalThis as Record<symbol, unknown>)[Symbol.for('smp-widgets.loader')] = {
  tags: ['smp-pros-cons'],
  load: (tag: string) => (asked.push(tag), Promise.resolve(undefined)),
};

describe('hardening: a copy started after another copy\'s loader', () => {
  it('asks it for the tags it knows, and loads a tag it does not know, or could not load, by itself', async () => {
    const page = await fixture<HTMLElement>('<div><smp-aftercare-checklist phone="020 7946 0000"></smp-aftercare-checklist><smp-pros-cons></smp-pros-cons></div>');
    const { load } = (await import(/* @vite-ignore */ bundle)) as { load(tag: string): Promise<unknown> };
    await Promise.all(['smp-aftercare-checklist', 'smp-pros-cons'].map((tag) => customElements.whenDefined(tag)));
    expect(asked, 'the other copy was asked for the pros and cons only, once').to.deep.equal(['smp-pros-cons']);
    // It could not load them: this copy did, and registered both.
    expect(await load('smp-pros-cons')).to.equal(customElements.get('smp-pros-cons'));
    const pros = page.children[1] as HTMLElement & { updateComplete: Promise<unknown> };
    await pros.updateComplete;
    expect(pros.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(5);
  });
});
