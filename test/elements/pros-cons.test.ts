import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/pros-cons/define.js';
import type { SmpProsCons } from '../../src/elements/pros-cons/pros-cons.js';
import { defaultCons, defaultPros } from '../../src/content/pros-cons.js';
import { captureWarnings, part, settled, texts } from '../support/helpers.js';

const PRO_IDS = ['affordable', 'durable', 'covers-scars', 'simple', 'fuller-look', 'low-maintenance', 'not-permanent-ink', 'shallow', 'immediate', 'hairline', 'hair-loss-causes'];
const CON_IDS = ['limited-look', 'not-real-hair', 'side-effects', 'allergy', 'no-guarantee', 'scarring', 'upkeep', 'not-a-cure'];

const ids = (el: Element, group: 'pros' | 'cons') =>
  [...el.shadowRoot!.querySelectorAll(`.${group} [part~="item"]`)].map((li) => li.getAttribute('data-id'));

describe('<smp-pros-cons>', () => {
  describe('default content', () => {
    it('shows every pro and con of the content brief, in order, with the disclaimer', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons></smp-pros-cons>`);
      expect(ids(el, 'pros')).to.deep.equal(PRO_IDS);
      expect(ids(el, 'cons')).to.deep.equal(CON_IDS);
      expect(texts(el, '.pros [part~="item"]')).to.deep.equal(defaultPros().map((p) => p.text));
      expect(texts(el, '.cons [part~="item"]')).to.deep.equal(defaultCons().map((p) => p.text));
      expect(part(el, 'disclaimer').textContent).to.contain('not a doctor’s advice');
      expect(texts(el, '[part~="group-heading"]')).to.deep.equal(['Pros', 'Cons']);
      await expect(el).to.be.accessible();
    });

    it('uses inline SVG icons hidden from assistive technology, and no images', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons></smp-pros-cons>`);
      const icons = [...el.shadowRoot!.querySelectorAll('svg')];
      expect(icons.length).to.equal(PRO_IDS.length + CON_IDS.length + 2);
      for (const svg of icons) expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(el.shadowRoot!.querySelectorAll('img, [style*="url("]')).to.have.length(0);
    });

    it('the "no guarantee" con is there: the honest reading of the source', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons></smp-pros-cons>`);
      expect(el.shadowRoot!.querySelector('[data-id="no-guarantee"]')!.textContent).to.match(/no guarantee/i);
    });
  });

  describe('heading', () => {
    it('is a real level-2 heading by default, with the group headings one level below', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons></smp-pros-cons>`);
      expect(part(el, 'heading').tagName).to.equal('H2');
      expect(part(el, 'heading').textContent!.trim()).to.equal('Pros and cons of scalp micropigmentation');
      expect([...el.shadowRoot!.querySelectorAll('[part~="group-heading"]')].map((h) => h.tagName)).to.deep.equal(['H3', 'H3']);
    });

    for (const level of [1, 3, 4, 5, 6]) {
      it(`heading-level="${level}" renders an h${level}`, async () => {
        const el = await fixture<SmpProsCons>(html`<smp-pros-cons heading-level=${level}></smp-pros-cons>`);
        expect(part(el, 'heading').tagName).to.equal(`H${level}`);
        expect(part(el, 'group-heading').tagName).to.equal(`H${Math.min(level + 1, 6)}`);
        await expect(el).to.be.accessible();
      });
    }

    it('heading replaces the title', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons heading="Is SMP right for you?"></smp-pros-cons>`);
      expect(part(el, 'heading').textContent!.trim()).to.equal('Is SMP right for you?');
    });

    it('an invalid heading-level warns once, naming the value, and falls back to h2', async () => {
      let el!: SmpProsCons;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpProsCons>(html`<smp-pros-cons heading-level="9"></smp-pros-cons>`);
        el.heading = 'Re-rendered';
        await el.updateComplete;
      });
      expect(part(el, 'heading').tagName).to.equal('H2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level="9"');
    });

    it('a blank heading-level (a CMS field left empty) is the default h2, silently', async () => {
      let el!: SmpProsCons;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpProsCons>(html`<smp-pros-cons heading-level=""></smp-pros-cons>`);
        el.setAttribute('heading-level', '  ');
        await el.updateComplete;
        // A framework passing an empty prop (React: headingLevel: '').
        (el as unknown as { headingLevel: unknown }).headingLevel = '';
        await el.updateComplete;
      });
      expect(part(el, 'heading').tagName).to.equal('H2');
      expect(warnings).to.deep.equal([]);
      // A level set later as a property, over the blank attribute, wins; a bad one still warns.
      el.headingLevel = 3;
      await el.updateComplete;
      expect(part(el, 'heading').tagName).to.equal('H3');
      const later = await captureWarnings(async () => {
        el.headingLevel = 8;
        await el.updateComplete;
      });
      expect(part(el, 'heading').tagName).to.equal('H2');
      expect(later.join()).to.contain('use 1 to 6');
    });
  });

  describe('hide', () => {
    it('hides default items by id', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons hide="affordable  allergy"></smp-pros-cons>`);
      expect(ids(el, 'pros')).to.deep.equal(PRO_IDS.filter((id) => id !== 'affordable'));
      expect(ids(el, 'cons')).to.deep.equal(CON_IDS.filter((id) => id !== 'allergy'));
      await expect(el).to.be.accessible();
    });

    it('takes ids separated by commas too, as a list is often written (no warning)', async () => {
      for (const hide of ['affordable, allergy', 'affordable,allergy', ' ,affordable ,allergy, ']) {
        const warnings = await captureWarnings(async () => {
          const el = await fixture<SmpProsCons>(html`<smp-pros-cons hide=${hide}></smp-pros-cons>`);
          expect(ids(el, 'pros'), hide).to.deep.equal(PRO_IDS.filter((id) => id !== 'affordable'));
          expect(ids(el, 'cons'), hide).to.deep.equal(CON_IDS.filter((id) => id !== 'allergy'));
        });
        expect(warnings, hide).to.deep.equal([]);
      }
    });

    it('follows changes at run time', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons></smp-pros-cons>`);
      el.setAttribute('hide', 'durable');
      await el.updateComplete;
      expect(ids(el, 'pros')).not.to.include('durable');
      el.removeAttribute('hide');
      await el.updateComplete;
      expect(ids(el, 'pros')).to.include('durable');
    });

    it('warns about an id that names no item', async () => {
      const warnings = await captureWarnings(() => fixture(html`<smp-pros-cons hide="afordable"></smp-pros-cons>`));
      expect(warnings.join()).to.contain('"afordable"');
    });

    it('drops a whole group when all its items are hidden, and the other fills the width', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons layout="columns" hide=${CON_IDS.join(' ')}></smp-pros-cons>`);
      expect(el.shadowRoot!.querySelector('.cons')).to.equal(null);
      const lists = el.shadowRoot!.querySelector('.lists')!;
      expect(getComputedStyle(lists).gridTemplateColumns.split(' ')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('hides the disclaimer with no-disclaimer, and replaces it with disclaimer', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons no-disclaimer></smp-pros-cons>`);
      expect(part(el, 'disclaimer')).to.equal(null);
      const el2 = await fixture<SmpProsCons>(html`<smp-pros-cons disclaimer="Ask Dr Lee about your case."></smp-pros-cons>`);
      expect(part(el2, 'disclaimer').textContent).to.equal('Ask Dr Lee about your case.');
    });
  });

  describe('light-DOM override', () => {
    it('replaces a default by id, adds new items, and ignores editor debris', async () => {
      const el = await fixture<SmpProsCons>(html`
        <smp-pros-cons>
          <p></p>
          <br />
          <ul>
            <li data-kind="pro" data-id="affordable">  Our prices
              start at   $900. </li>
            <li data-kind="con" data-id="time">Each session takes a morning.</li>
            <li data-kind="pro" data-id="blank">   </li>
          </ul>
          <p><br /></p>
        </smp-pros-cons>
      `);
      expect(ids(el, 'pros')).to.deep.equal(PRO_IDS);
      expect(el.shadowRoot!.querySelector('[data-id="affordable"]')!.textContent!.trim()).to.equal('Our prices start at $900.');
      expect(ids(el, 'cons')).to.deep.equal([...CON_IDS, 'time']);
      expect(el.shadowRoot!.querySelectorAll('p:not([part])')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('survives wpautop wrapping items in <p> and follows items added later', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons><p><li data-kind="con" data-id="cost">Not covered by insurance.</li></p></smp-pros-cons>`);
      expect(ids(el, 'cons')).to.include('cost');
      el.insertAdjacentHTML('beforeend', '<ul><li data-kind="pro" data-id="local">Made in our own studio.</li></ul>');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(ids(el, 'pros')).to.include('local');
    });

    it('a default given the other kind moves to that side instead of showing twice', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons><li data-kind="con" data-id="affordable">Cost adds up over several visits.</li></smp-pros-cons>`);
      expect(ids(el, 'pros')).to.not.include('affordable');
      expect(ids(el, 'cons')).to.include('affordable');
      expect(el.shadowRoot!.querySelectorAll('[data-id="affordable"]')).to.have.length(1);
    });

    it('an item that rewords a default by its id, with no data-kind, keeps its side without a warning', async () => {
      let el!: SmpProsCons;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpProsCons>(html`<smp-pros-cons><li data-id="affordable">Our price is fair.</li><li data-id="upkeep">Touch-ups every few years.</li></smp-pros-cons>`);
      });
      expect(el.shadowRoot!.querySelector('.pros [data-id="affordable"]')!.textContent!.trim()).to.equal('Our price is fair.');
      expect(el.shadowRoot!.querySelector('.cons [data-id="upkeep"]')!.textContent!.trim()).to.equal('Touch-ups every few years.');
      expect(warnings).to.deep.equal([]);
    });

    it('an item with a wrong data-kind is kept, warned about, and placed by its id', async () => {
      let el!: SmpProsCons;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpProsCons>(html`<smp-pros-cons><li data-kind="bad" data-id="allergy">Allergy is rare.</li></smp-pros-cons>`);
      });
      expect(warnings.join()).to.contain('item "allergy" kind "bad"');
      expect(el.shadowRoot!.querySelector('.cons [data-id="allergy"]')!.textContent!.trim()).to.equal('Allergy is rare.');
    });
  });

  describe('property override', () => {
    it('pros and cons replace the defaults of their group', async () => {
      const el = await fixture<SmpProsCons>(html`<smp-pros-cons .pros=${[{ id: 'a', text: 'Quick' }, { id: 'b', text: 'Safe' }]}></smp-pros-cons>`);
      expect(ids(el, 'pros')).to.deep.equal(['a', 'b']);
      expect(texts(el, '.pros [part~="item"]')).to.deep.equal(['Quick', 'Safe']);
      expect(ids(el, 'cons')).to.deep.equal(CON_IDS);
      el.cons = [{ id: 'c', text: 'Costly' }];
      await el.updateComplete;
      expect(ids(el, 'cons')).to.deep.equal(['c']);
      await expect(el).to.be.accessible();
    });

    it('a value that is not an array warns and keeps the defaults', async () => {
      let el!: SmpProsCons;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpProsCons>(html`<smp-pros-cons .pros=${'nope' as unknown as []}></smp-pros-cons>`);
      });
      expect(ids(el, 'pros')).to.deep.equal(PRO_IDS);
      expect(warnings.join()).to.contain('"pros" property');
    });
  });

  describe('text is never HTML', () => {
    it('renders markup in light-DOM and property items as literal text', async () => {
      const el = await fixture<SmpProsCons>(html`
        <smp-pros-cons .cons=${[{ id: 'x', text: '<img src=x onerror="window.__pwned=1">' }]}>
          <li data-kind="pro" data-id="affordable">&lt;b&gt;cheap&lt;/b&gt;</li>
        </smp-pros-cons>
      `);
      expect(el.shadowRoot!.querySelectorAll('img, b')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[data-id="x"]')!.textContent!.trim()).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(el.shadowRoot!.querySelector('[data-id="affordable"]')!.textContent!.trim()).to.equal('<b>cheap</b>');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('layout', () => {
    const sideBySide = (el: SmpProsCons) => {
      const pros = el.shadowRoot!.querySelector('.pros')!.getBoundingClientRect();
      const cons = el.shadowRoot!.querySelector('.cons')!.getBoundingClientRect();
      return pros.top === cons.top && cons.left > pros.right - 1;
    };
    const at = async (width: number, layout?: string) => {
      const wrap = await fixture(html`<div style="width:${width}px"><smp-pros-cons layout=${layout ?? 'auto'}></smp-pros-cons></div>`);
      const el = wrap.querySelector('smp-pros-cons')!;
      await settled(el);
      return el;
    };

    it('puts pros and cons side by side when the element is wide', async () => {
      expect(sideBySide(await at(800))).to.equal(true);
    });
    it('stacks them when the element is narrow, whatever the window width', async () => {
      const el = await at(320);
      expect(sideBySide(el)).to.equal(false);
      expect(el.shadowRoot!.querySelector('.cons')!.getBoundingClientRect().top).to.be.greaterThan(el.shadowRoot!.querySelector('.pros')!.getBoundingClientRect().bottom - 1);
      await expect(el).to.be.accessible();
    });
    it('follows a change of width at run time', async () => {
      const el = await at(320);
      (el.parentElement as HTMLElement).style.width = '900px';
      await settled(el);
      expect(sideBySide(el)).to.equal(true);
    });
    it('layout="columns" forces columns in a narrow element', async () => {
      expect(sideBySide(await at(320, 'columns'))).to.equal(true);
    });
    it('layout="stacked" forces a stack in a wide element', async () => {
      expect(sideBySide(await at(900, 'stacked'))).to.equal(false);
    });
    it('an unknown layout warns and behaves as auto', async () => {
      let el!: SmpProsCons;
      const warnings = await captureWarnings(async () => {
        el = await at(900, 'grid');
      });
      expect(warnings.join()).to.contain('layout="grid"');
      expect(sideBySide(el)).to.equal(true);
    });
  });

  describe('theming', () => {
    it('inherits the page font family and text colour by default', async () => {
      const wrap = await fixture(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)"><smp-pros-cons></smp-pros-cons></div>`);
      const el = wrap.querySelector('smp-pros-cons')!;
      const item = getComputedStyle(part(el, 'item'));
      expect(item.fontFamily).to.equal('Georgia, serif');
      expect(item.color).to.equal('rgb(10, 20, 30)');
    });

    it('reads tokens into the parts', async () => {
      const el = await fixture<SmpProsCons>(html`
        <smp-pros-cons
          style="--smp-color-surface: rgb(1, 2, 3); --smp-radius: 3px; --smp-color-border: rgb(4, 5, 6);
                 --smp-pros-cons-pro-color: rgb(7, 8, 9); --smp-font-family: monospace; --smp-color-text: rgb(250, 250, 250)"
        ></smp-pros-cons>
      `);
      const base = getComputedStyle(part(el, 'base'));
      expect(base.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(base.borderTopLeftRadius).to.equal('3px');
      expect(base.borderTopColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.pros [part~="icon"]')!).color).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(part(el, 'item')).fontFamily).to.equal('monospace');
      await expect(el).to.be.accessible();
    });

    it('sizes in em: a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrap = await fixture(html`<div style="font-size: 18px"><smp-pros-cons></smp-pros-cons></div>`);
        const el = wrap.querySelector('smp-pros-cons')!;
        expect(getComputedStyle(part(el, 'item')).fontSize).to.equal('18px');
        expect(parseFloat(getComputedStyle(part(el, 'heading')).fontSize)).to.be.greaterThan(18);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });
});
