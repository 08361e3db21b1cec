import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/aftercare-checklist/define.js';
import type { SmpAftercareChecklist } from '../src/elements/aftercare-checklist/aftercare-checklist.js';
import { readContact, type ContactKind } from '../src/internal/contact-link.js';
import { captureWarnings } from './support/helpers.js';

// The table of contact-url cases (test/fixtures/contact-links.json), run against the widget through
// the element: the link its urgent box renders and what it warns. The configurator
// (configure.test.ts) and the WordPress plugin (wordpress/test/e2e.mjs) run the same table.

interface Case {
  input: string;
  kind: ContactKind;
  href: string | null;
  php?: string;
}
const { cases } = (await (await fetch('/test/fixtures/contact-links.json')).json()) as { cases: Case[] };
const seen = (globalThis as unknown as Record<symbol, Set<string>>)[Symbol.for('smp-widgets.warnings')];

/** What the widget says of each kind, after `contact-url="<the text, trimmed>"` (of a phone number: how it begins). */
const SAID: Record<Case['kind'], ((c: Case) => string) | null> = {
  link: null,
  page: null,
  web: (c) => ` has no scheme: linked as ${c.href}. Write the whole address.`,
  mail: (c) => SAID.web!(c),
  phone: () => ' is a phone number, not a link: set it as phone (or write tel:',
  refused: () => ' refused: use an http:, https:, tel: or mailto: link.',
  none: () => ' is not a link; ignored.',
};

describe('contact-url: the table of cases, in the widget', () => {
  it('the table covers every kind of reading', () => {
    expect(new Set(cases.map((c) => c.kind))).to.deep.equal(new Set(Object.keys(SAID)));
    for (const c of cases) expect(c.href === null, `${JSON.stringify(c.input)}: a link only where one is made`).to.equal(['phone', 'refused', 'none'].includes(c.kind));
  });

  for (const c of cases) {
    it(`${JSON.stringify(c.input)}: ${c.kind}${c.href ? ` → ${c.href}` : ''}`, async () => {
      const trimmed = c.input.trim();
      // Quoted as read (trimmed), or as given when that leaves nothing.
      const quoted = `<smp-aftercare-checklist> contact-url="${trimmed || c.input}"`;
      // Said once per page: forget what an earlier case said, so that a warning that should not come could be seen.
      for (const w of [...seen]) if (w.startsWith(quoted)) seen.delete(w);
      let el!: SmpAftercareChecklist;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SmpAftercareChecklist>(html`<smp-aftercare-checklist contact-url=${c.input}></smp-aftercare-checklist>`);
      });
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="contact"] a.contact-link');
      expect(link?.getAttribute('href') ?? null, 'the link').to.equal(c.href === null ? null : new URL(c.href, document.baseURI).href);
      const about = warnings.filter((w) => w.includes(quoted));
      const said = SAID[c.kind];
      if (c.input === '') expect(about, 'an empty attribute is no attribute: nothing said').to.deep.equal([]);
      else if (said) {
        expect(about, 'one warning').to.have.length(1);
        expect(about[0], 'the warning').to.satisfy((w: string) => (c.kind === 'phone' ? w.startsWith : w.endsWith).call(w, `[smp-widgets] ${quoted}${said(c)}`));
      } else expect(about, 'nothing said').to.deep.equal([]);
      // The pure reading the warning comes from says the same kind.
      expect(readContact(trimmed, document.baseURI).kind, 'readContact').to.equal(c.kind);
    });
  }
});
