// What a patient sees on a 320px phone with text at 200% (a widget about
// 144 CSS px wide), on paper, under forced colours and in Arabic.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/aftercare-checklist/define.js';
import '../../src/elements/pros-cons/define.js';
import '../../src/elements/recovery-timeline/define.js';
import '../../src/elements/practitioner-guide/define.js';
import { pageLang, settled } from '../support/helpers.js';

const iso = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('a patient on a 320px phone at 200% text', () => {
  afterEach(() => pageLang('en'));

  it('144 CSS px: nothing runs out of its widget, in every language', async () => {
    const out: string[] = [];
    for (const lang of ['en', 'de', 'ar', 'tr', 'nl', 'fr', 'es', 'it', 'pt-BR']) {
      await pageLang(lang);
      const wrap = await fixture(
        html`<div style="width:144px">
          <smp-aftercare-checklist phone="020 7946 0000 (Mon–Fri 9–17)" contact-url="https://clinic.example/contact"></smp-aftercare-checklist>
          <smp-pros-cons></smp-pros-cons>
          <smp-recovery-timeline session-date=${iso(-3)} date-input></smp-recovery-timeline>
          <smp-practitioner-guide></smp-practitioner-guide>
        </div>`,
      );
      for (const el of wrap.children) {
        await settled(el as HTMLElement);
        const host = el.getBoundingClientRect();
        for (const n of el.shadowRoot!.querySelectorAll('*')) {
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const b of [n.getBoundingClientRect(), range.getBoundingClientRect()]) {
            if (!b.width) continue;
            if (!(b.left >= host.left - 1 && b.right <= host.right + 1))
              out.push(`${lang} ${el.localName} ${n.localName}.${n.getAttribute('class') ?? ''} "${n.textContent!.trim().slice(0, 30)}" ${Math.round(b.left)}..${Math.round(b.right)} outside ${host.left}..${host.right}`);
          }
        }
      }
    }
    expect(out).to.deep.equal([]);
  });
});

describe('a patient with a screen reader', () => {
  it('"When to get help" is a heading at the level of "Do" and "Avoid", and still names the urgent box', async () => {
    for (const level of [2, 4, 6]) {
      const el = await fixture(html`<smp-aftercare-checklist heading-level=${level} phone="+44 20 7946 0000"></smp-aftercare-checklist>`);
      await settled(el);
      const group = el.shadowRoot!.querySelector('[part~="group-heading"]')!;
      const urgent = el.shadowRoot!.querySelector('[part~="urgent"]')!;
      const title = el.shadowRoot!.getElementById(urgent.getAttribute('aria-labelledby')!)!;
      expect(title.textContent!.trim(), `level ${level}`).to.equal('When to get help');
      expect(title.localName, `level ${level}`).to.equal(group.localName);
      expect(urgent.contains(title)).to.equal(true);
    }
  });
});
