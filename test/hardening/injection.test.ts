import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { configure } from '../../src/internal/settings.js';
import { captureWarnings } from '../support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;
const TAGS = ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide'];
const w = window as unknown as { __pwned?: string };

// Text that would run script, load something or restyle the page if it were
// ever interpreted as HTML, CSS or a URL.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=\'img\'">',
  '<script>window.__pwned="script"</script>',
  '"><svg onload="window.__pwned=\'svg\'"></svg>',
  "'><iframe src=\"javascript:window.parent.__pwned='iframe'\"></iframe>",
  '</style><style>*{display:none!important}</style>',
  'red; background-image: url(https://tracker.example/x.png)',
  '${window.__pwned="template"}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '\u202Eevil\u202C and \u2066isolated\u2069 bidi, zero\u200Bwidth',
];

/** No element, attribute or URL came from the payloads; every link's scheme is allowed. */
function clean(el: Element) {
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('img, script, iframe, style, link, object, embed, foreignObject').length, el.localName).to.equal(0);
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.attributes) expect(attr.name.startsWith('on'), `${el.localName} ${attr.name}`).to.equal(false);
  }
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    expect(['http:', 'https:', 'tel:', 'mailto:'], a.href).to.include(new URL(a.href).protocol);
  }
  expect(w.__pwned).to.equal(undefined);
}

describe('hardening: injection', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => configure({ contactUrl: undefined, phone: undefined }));

  it('through every text attribute and property: shown as text, never parsed', async () => {
    await captureWarnings(async () => {
      for (const tag of TAGS) {
        for (const payload of PAYLOADS) {
          const wrap = await fixture(html`<div></div>`);
          const el = document.createElement(tag) as Widget;
          for (const a of ['heading', 'disclaimer', 'hide', 'scheme', 'layout', 'orientation', 'variant', 'persist', 'phone', 'contact-url', 'session-date', 'dry-days']) {
            el.setAttribute(a, payload);
          }
          wrap.append(el);
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(payload.trim());
          clean(el);
          el.heading = payload;
          el.disclaimer = payload;
          await el.updateComplete;
          clean(el);
        }
      }
    });
  });

  it('through light-DOM items, their ids and data-*, and item properties', async () => {
    await captureWarnings(async () => {
      for (const payload of PAYLOADS) {
        const wrap = await fixture(html`<div></div>`);
        for (const tag of TAGS) {
          const el = document.createElement(tag) as Widget;
          const li = el.appendChild(document.createElement('ul')).appendChild(document.createElement('li'));
          li.textContent = payload;
          for (const d of ['id', 'kind', 'title', 'from', 'to']) li.setAttribute(`data-${d}`, payload);
          wrap.append(el);
          await el.updateComplete;
          expect(el.shadowRoot!.textContent).to.contain(payload.replace(/\s+/g, ' ').trim());
          clean(el);
        }
        const [checklist, prosCons, timeline, guide] = [...wrap.children] as Widget[];
        checklist.items = [{ id: payload, kind: payload, text: payload }];
        prosCons.pros = [{ id: payload, text: payload }];
        timeline.steps = [{ id: payload, text: payload, title: payload, from: payload }];
        guide.items = [
          { id: payload, kind: payload, text: payload },
          { id: `${payload}2`, kind: 'fix', text: payload },
        ];
        for (const el of [checklist, prosCons, timeline, guide]) {
          await el.updateComplete;
          clean(el);
        }
      }
    });
  });

  it('through storage and configure()', async () => {
    await captureWarnings(async () => {
      for (const payload of PAYLOADS) {
        localStorage.setItem('smp-widgets:aftercare-checklist:x', JSON.stringify({ day: payload, done: [payload] }));
        localStorage.setItem('smp-widgets:recovery-timeline:x', JSON.stringify([payload]));
        localStorage.setItem('smp-widgets:practitioner-guide:x', JSON.stringify({ done: [payload] }));
        configure({ phone: `020 7946 0000 ${payload}`, contactUrl: payload });
        const wrap = await fixture(html`<div>
          <smp-aftercare-checklist persist="x"></smp-aftercare-checklist>
          <smp-recovery-timeline persist="x"></smp-recovery-timeline>
          <smp-practitioner-guide persist="x"></smp-practitioner-guide>
        </div>`);
        for (const el of wrap.children as HTMLCollectionOf<Widget>) {
          await el.updateComplete;
          clean(el);
        }
      }
    });
  });

  it('contact links: only http, https, tel and mailto, obfuscated javascript: included', async () => {
    const refused = [
      'javascript:window.__pwned=1',
      'JaVaScRiPt:window.__pwned=1',
      '  javascript:window.__pwned=1',
      '\u0001\u0002javascript:window.__pwned=1',
      'jav\tascript:window.__pwned=1',
      'java\nscript:window.__pwned=1',
      'java\rscript:window.__pwned=1',
      'vbscript:msgbox(1)',
      'data:text/html,<script>parent.__pwned=1</script>',
      'file:///etc/passwd',
      'blob:https://example.org/x',
      'ftp://example.org/',
    ];
    for (const url of refused) {
      const warnings = await captureWarnings(async () => {
        const el = (await fixture(html`<smp-aftercare-checklist contact-url=${url}></smp-aftercare-checklist>`)) as Widget;
        expect(el.shadowRoot!.querySelector('a.contact-link'), JSON.stringify(url)).to.equal(null);
        clean(el);
      });
      expect(warnings.length, JSON.stringify(url)).to.be.at.most(1); // one, or none when the same trimmed value was refused already
    }
    // Written as an HTML character reference, as an editor might store it: the parser decodes it to a tab.
    const wrap = await fixture(html`<div></div>`);
    wrap.innerHTML = '<smp-aftercare-checklist contact-url="jav&#x09;ascript:window.__pwned=1"></smp-aftercare-checklist>';
    const parsed = wrap.firstElementChild as Widget;
    await parsed.updateComplete;
    expect(parsed.shadowRoot!.querySelector('a.contact-link')).to.equal(null);
    for (const [url, protocol] of [
      ['https://clinic.example/contact', 'https:'],
      ['mailto:care@clinic.example', 'mailto:'],
      ['tel:+442079460000', 'tel:'],
      ['/contact', location.protocol],
    ]) {
      const el = (await fixture(html`<smp-aftercare-checklist contact-url=${url}></smp-aftercare-checklist>`)) as Widget;
      expect(new URL(el.shadowRoot!.querySelector<HTMLAnchorElement>('a.contact-link')!.href).protocol, url).to.equal(protocol);
    }
  });
});
