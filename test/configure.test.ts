import { expect, waitUntil } from '@open-wc/testing';
import { failChunkOnce, stopFailingChunks } from './support/bundle-page.js';

// The embed configurator (demo/configure.html, on the built bundle): what it
// copies must reproduce what it previews, on a blank page.

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function frame(setup: (f: HTMLIFrameElement) => void): Promise<Window> {
  const f = document.createElement('iframe');
  f.style.width = '1000px';
  f.style.height = '800px';
  setup(f);
  const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  document.body.append(f);
  await loaded;
  return f.contentWindow!;
}

const text = (el: Element) =>
  (el.shadowRoot!.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

describe('embed configurator', function () {
  this.timeout(30000);
  let win: Window;
  let doc: Document;
  const $ = <T extends Element = HTMLElement>(s: string) => doc.querySelector<T>(s)!;
  const set = (selector: string, value: string) => {
    const input = $<HTMLInputElement | HTMLSelectElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const click = (selector: string) => $<HTMLInputElement>(selector).click();
  const settle = () => new Promise((r) => setTimeout(r, 100));

  beforeEach(async () => {
    for (const f of document.querySelectorAll('iframe')) f.remove();
    win = await frame((f) => (f.src = '/demo/configure.html'));
    doc = win.document;
    await waitUntil(() => doc.documentElement.hasAttribute('data-ready'), 'configurator ready', { timeout: 15000 });
  });

  it('lists the hidden-item choices with the element’s own ids and texts', async () => {
    click('input[name="element"][value="smp-pros-cons"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="affordable"]'));
    const labels = [...doc.querySelectorAll('#cfg-hide label')];
    expect(labels.length).to.equal(19);
    const preview = $('#cfg-preview-light smp-pros-cons') as Widget;
    await preview.updateComplete;
    const shown = preview.shadowRoot!.querySelector('[data-id="durable"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(labels.map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.include(`${shown} durable`);
  });

  it('copies an HTML snippet that renders on a blank page what the preview shows', async () => {
    click('input[name="element"][value="smp-pros-cons"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="affordable"]'));
    set('#cfg-heading', 'Is SMP right for you?');
    set('#cfg-heading-level', '3');
    click('#cfg-hide input[value="affordable"]');
    click('#cfg-hide input[value="scarring"]');
    set('#cfg-layout', 'stacked');
    set('input[name="c-accent-light"]', '#0b5e57');
    set('input[name="c-accent-dark"]', '#99f6e4');
    await settle();

    // What the Copy button puts on the clipboard.
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    click('#cfg-copy-button');
    await waitUntil(() => copied, 'copied');
    expect(copied).to.equal($('#cfg-code').textContent);
    expect(copied).to.contain('light-dark(#0b5e57, #99f6e4)');

    const preview = $('#cfg-preview-light smp-pros-cons') as Widget;
    await preview.updateComplete;
    const blank = await frame((f) => (f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${copied}</body></html>`));
    const pasted = await waitUntil(() => blank.document.querySelector('smp-pros-cons')?.shadowRoot?.querySelector('h3') && blank.document.querySelector('smp-pros-cons'), 'pasted widget rendered', { timeout: 15000 }).then(
      () => blank.document.querySelector('smp-pros-cons') as Widget,
    );
    await pasted.updateComplete;
    expect(text(pasted)).to.equal(text(preview));
    expect(text(pasted)).to.contain('Is SMP right for you?');
    expect(pasted.shadowRoot!.querySelector('[data-id="affordable"]')).to.equal(null);
    expect(pasted.getAttribute('layout')).to.equal('stacked');
    // The brand colour arrives too: the same accent token as the preview.
    const accent = (el: Element) => getComputedStyle(el).getPropertyValue('--smp-color-accent').replace(/\s+/g, '');
    expect(accent(pasted)).to.equal(accent(preview));
    expect(accent(pasted)).to.equal('light-dark(#0b5e57,#99f6e4)');
  });

  it('escapes > in the HTML snippet’s attribute values, which a WordPress Custom HTML block would take for the tag’s end', async () => {
    click('input[name="element"][value="smp-pros-cons"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="affordable"]'));
    set('#cfg-heading', 'SMP > wigs? Our view');
    click('input[name="format"][value="html"]');
    await settle();
    const code = $('#cfg-code').textContent!;
    expect(code).to.contain('<smp-pros-cons heading="SMP &gt; wigs? Our view"');
    expect(code).to.not.contain('SMP > wigs');
    const pasted = new DOMParser().parseFromString(code, 'text/html').querySelector('smp-pros-cons')!;
    expect(pasted.getAttribute('heading')).to.equal('SMP > wigs? Our view');
  });

  it('writes the WordPress shortcode and block markup to the plugin’s contract', async () => {
    click('input[name="element"][value="smp-recovery-timeline"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="long-term"]'));
    set('#cfg-heading-level', '3');
    click('#cfg-hide input[value="long-term"]');
    click('input[name="date-input"]');
    set('#cfg-dry-days', '4');
    set('#cfg-phone', '+44 20 7946 0000');
    await settle();
    click('input[name="format"][value="shortcode"]');
    await settle();
    expect($('#cfg-code').textContent).to.equal('[smp_recovery_timeline heading-level="3" hide="long-term" date-input phone="+44 20 7946 0000" dry-days="4"]');
    click('input[name="format"][value="block"]');
    await settle();
    const block = $('#cfg-code').textContent!;
    expect(block).to.match(/^<!-- wp:smp-widgets\/recovery-timeline \{.*\} \/-->$/);
    expect(JSON.parse(block.slice(block.indexOf('{'), block.lastIndexOf('}') + 1))).to.deep.equal({
      headingLevel: 3,
      hide: 'long-term',
      dateInput: true,
      phone: '+44 20 7946 0000',
      dryDays: '4',
    });
  });

  it('shows each hidden-item id whole, on one line, at a wide and a phone width', async () => {
    const iframe = win.frameElement as HTMLIFrameElement;
    for (const width of ['1000px', '390px']) {
      iframe.style.width = width;
      for (const tag of ['smp-aftercare-checklist', 'smp-pros-cons', 'smp-recovery-timeline', 'smp-practitioner-guide']) {
        click(`input[name="element"][value="${tag}"]`);
        await waitUntil(() => doc.querySelector('#cfg-hide label') && [...doc.querySelectorAll('#cfg-hide input')].every((i) => i.isConnected), `${tag} listed`);
        await settle();
        const box = $('#cfg-hide');
        expect(box.scrollWidth, `${tag} at ${width}: nothing wider than the list`).to.be.at.most(box.clientWidth);
        for (const id of doc.querySelectorAll('#cfg-hide label code')) {
          // One line box per line of text: the id's text on one line (no break at its hyphen).
          const range = doc.createRange();
          range.selectNodeContents(id);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          expect(tops.size, `${id.textContent} at ${width} in ${tag}: on one line`).to.equal(1);
          expect(id.scrollWidth, `${id.textContent} at ${width}: not clipped`).to.be.at.most(id.clientWidth + 1);
          expect(id.getBoundingClientRect().right, `${id.textContent} at ${width}: inside the list`).to.be.at.most(box.getBoundingClientRect().left + box.clientWidth + 1);
        }
      }
    }
  });

  it('offers the practitioner guide, its items listed by what a reader hears (no step numbers)', async () => {
    click('input[name="element"][value="smp-practitioner-guide"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="see-specialist"]'));
    expect($('#cfg-variant').closest('fieldset')!.hidden).to.equal(false);
    const preview = $('#cfg-preview-light smp-practitioner-guide') as Widget;
    await preview.updateComplete;
    const ids = [...preview.shadowRoot!.querySelectorAll<HTMLElement>('[data-id]')].map((n) => n.dataset.id);
    expect([...doc.querySelectorAll<HTMLInputElement>('#cfg-hide input')].map((i) => i.value)).to.deep.equal(ids);
    const step = preview.shadowRoot!.querySelector('[data-id="see-specialist"] .text')!.textContent!.replace(/\s+/g, ' ').trim();
    const label = [...doc.querySelectorAll('#cfg-hide label')].find((l) => l.querySelector('input[value="see-specialist"]'))!;
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${step} see-specialist`);
  });

  it('copies a practitioner guide that renders on a blank page what the preview shows, as HTML, shortcode and block', async () => {
    click('input[name="element"][value="smp-practitioner-guide"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="laser"]'));
    set('#cfg-variant', 'fix');
    set('#cfg-heading-level', '3');
    click('#cfg-hide input[value="laser"]');
    click('input[name="persist-guide"]');
    await settle();
    const html = $('#cfg-code').textContent!;
    expect(html).to.contain('<smp-practitioner-guide heading-level="3" hide="laser" variant="fix" persist></smp-practitioner-guide>');
    expect(html).to.match(/<script type="module" blocking="render" src="[^"]*\/elements\/practitioner-guide\.js"><\/script>/);

    const preview = $('#cfg-preview-light smp-practitioner-guide') as Widget;
    await preview.updateComplete;
    expect(preview.shadowRoot!.querySelector('[data-id="training"]'), 'variant fix: no questions').to.equal(null);
    const blank = await frame((f) => (f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}</body></html>`));
    await waitUntil(() => blank.document.querySelector('smp-practitioner-guide')?.shadowRoot?.querySelector('h3'), 'pasted guide rendered', { timeout: 15000 });
    const pasted = blank.document.querySelector('smp-practitioner-guide') as Widget;
    await pasted.updateComplete;
    expect(text(pasted)).to.equal(text(preview));
    expect(text(pasted)).to.contain('When SMP goes wrong');
    expect(pasted.shadowRoot!.querySelector('[data-id="laser"]')).to.equal(null);

    click('input[name="format"][value="shortcode"]');
    await settle();
    expect($('#cfg-code').textContent).to.equal('[smp_practitioner_guide heading-level="3" hide="laser" variant="fix" persist]');
    expect($('#cfg-head-note').hidden, 'no <head> note for a shortcode').to.equal(true);
    click('input[name="format"][value="block"]');
    await settle();
    const block = $('#cfg-code').textContent!;
    expect(block).to.match(/^<!-- wp:smp-widgets\/practitioner-guide \{.*\} \/-->$/);
    expect(JSON.parse(block.slice(block.indexOf('{'), block.lastIndexOf('}') + 1))).to.deep.equal({ headingLevel: 3, hide: 'laser', variant: 'fix', persist: 'true' });
  });

  it('copies, for a chosen language, its locale file first and no inline script: pasted under a strict CSP on a page in that language, the widget speaks it', async () => {
    click('input[name="element"][value="smp-aftercare-checklist"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="keep-dry"]'));
    set('#cfg-lang', 'de');
    await waitUntil(() => ($('#cfg-preview-light smp-aftercare-checklist') as Widget).shadowRoot?.textContent?.includes('Nachsorge'), 'preview in German', { timeout: 15000 });
    const html = $('#cfg-code').textContent!;
    const lines = html.split('\n');
    const locale = lines.findIndex((l) => /^<script type="module" blocking="render" src="[^"]*\/locales\/de\/aftercare-checklist\.js"><\/script>$/.test(l));
    const element = lines.findIndex((l) => /\/elements\/aftercare-checklist\.js"/.test(l));
    expect(lines[0], 'the snippet says which <html lang> it needs').to.equal('<!-- smp-widgets: this page\'s <html> tag must say lang="de"; the widgets speak the page\'s language. -->');
    expect(locale, html).to.equal(1);
    expect(html, 'no inline script (README: script-src \'self\')').to.not.match(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html, 'no inline style without brand colours').to.not.contain('<style');
    expect($('#cfg-head-note').hidden, 'the note saying these lines go in <head>').to.equal(false);
    expect($('#cfg-head-note').textContent).to.contain('<head>');
    expect($('#cfg-html-lang-note').hidden, 'the note saying the page must be in that language').to.equal(false);
    expect($('#cfg-html-lang-note').textContent).to.contain('<html lang="de">');
    expect($('#cfg-style-note').hidden, 'no inline-style note without colours').to.equal(true);
    expect(element, 'the element script after the locale file').to.be.greaterThan(locale);
    const preview = $('#cfg-preview-light smp-aftercare-checklist') as Widget;
    // The README's policy (Trusted Types apart, which only Chromium has): an inline script would not run.
    // Firefox does not count the test server as 'self' for a srcdoc document (it refuses the bundle
    // itself), so there the page has no policy and the check above, no inline script, stands alone.
    const csp = navigator.userAgent.includes('Firefox') ? '' : `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;
    const blank = await frame((f) => (f.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8">${csp}</head><body>${html}</body></html>`));
    await waitUntil(() => blank.document.querySelector('smp-aftercare-checklist')?.shadowRoot?.textContent?.includes('Nachsorge'), 'pasted widget in German', { timeout: 15000 });
    const pasted = blank.document.querySelector('smp-aftercare-checklist') as Widget;
    await pasted.updateComplete;
    expect(text(pasted)).to.equal(text(preview));
    set('#cfg-lang', '');
    await waitUntil(() => !($('#cfg-preview-light smp-aftercare-checklist') as Widget).shadowRoot?.textContent?.includes('Nachsorge'), 'preview back in English', { timeout: 15000 });
  });

  it('says next to an HTML snippet with brand colours that its inline <style> needs the site’s stylesheet under a strict CSP', async () => {
    click('input[name="element"][value="smp-pros-cons"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="affordable"]'));
    expect($('#cfg-style-note').hidden, 'no colours: no note').to.equal(true);
    set('input[name="c-accent-light"]', '#0b5e57');
    await settle();
    const html = $('#cfg-code').textContent!;
    expect(html).to.match(/<style>\n {2}smp-pros-cons \{\n {4}--smp-color-accent: light-dark\(#0b5e57, #5eead4\);\n {2}\}\n<\/style>/);
    expect($('#cfg-style-note').hidden).to.equal(false);
    expect($('#cfg-style-note').textContent).to.contain("style-src 'self'").and.to.contain('stylesheet');
    click('input[name="format"][value="shortcode"]');
    await settle();
    expect($('#cfg-style-note').hidden, 'a shortcode has its CSS apart already').to.equal(true);
  });

  it('writes a shortcode whose values WordPress reads back as entered: <, >, ", [ ], \\ and no-break spaces as character references', async () => {
    click('input[name="element"][value="smp-pros-cons"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="affordable"]'));
    const heading = 'Cost < $2000 & results > wigs? "Yes" it\'s [see] C:\\new\u00a0R&amp;D';
    set('#cfg-heading', heading);
    click('input[name="format"][value="shortcode"]');
    await settle();
    const sc = $('#cfg-code').textContent!;
    expect(sc).to.equal('[smp_pros_cons heading="Cost &lt; $2000 & results &gt; wigs? &quot;Yes&quot; it\'s &#91;see&#93; C:&#92;new&#160;R&amp;amp;D"]');
    // WordPress drops or curls a shortcode with a bare < or > in it, ends it at ], and unescapes \.
    const inside = sc.slice(1, -1);
    expect(inside).to.not.match(/[<>[\]\\\u00a0]/);
    // The plugin writes the value as an HTML attribute keeping its character references: read back, it is the heading.
    const value = inside.match(/heading="([^"]*)"/)![1];
    const parsed = new DOMParser().parseFromString(`<p title="${value}"></p>`, 'text/html').querySelector('p')!.title;
    expect(parsed).to.equal(heading);
  });

  it('writes a shortcode that survives a paste into a block-editor paragraph where it can, and says to use a Shortcode block where it cannot', async () => {
    click('input[name="element"][value="smp-pros-cons"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="affordable"]'));
    click('input[name="format"][value="shortcode"]');
    const note = $('#cfg-paste-note');
    // WordPress's reading of [smp_pros_cons heading=…]: the value between its quotes, up to the first
    // same quote, in a shortcode that ends at the first ]; the plugin writes it as an HTML attribute.
    const read = (sc: string) => {
      const m = /^\[smp_pros_cons heading=(?:"([^"]*)"|'([^']*)')\]$/.exec(sc);
      const value = m?.[1] ?? m?.[2];
      if (value === undefined || /[[\]\\]/.test(value)) return null;
      return new DOMParser().parseFromString(`<p title="${value.replace(/"/g, '&quot;')}"></p>`, 'text/html').querySelector('p')!.title;
    };
    // Pasted as text into a paragraph, the editor reads the text as HTML (decoding its character
    // references) and saves it as HTML text (&, <, > written as references, quotes as they are).
    const paragraph = (sc: string) =>
      new DOMParser().parseFromString(sc, 'text/html').body.textContent!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
    for (const [heading, inParagraph] of [
      ['Why "SMP"? Q&A <3', true],
      ['Cost < $2000 & more', true],
      ['It’s “fine”', true],
      ['It\'s "fine"', false],
      ['Draft [2]', false],
    ] as const) {
      set('#cfg-heading', heading);
      await settle();
      const sc = $('#cfg-code').textContent!;
      expect(read(sc), `${sc} pasted as written`).to.equal(heading);
      expect(read(paragraph(sc)) === heading, `${sc} pasted into a paragraph`).to.equal(inParagraph);
      // A shortcode a paragraph would break comes with the advice to paste it into a Shortcode block.
      if (!inParagraph) expect(note.hidden, `${sc}: the note`).to.equal(false);
      if (!/&(#\d+|[a-z]+);/i.test(sc)) expect(note.hidden, `${sc}: no note`).to.equal(true);
    }
    expect(note.textContent).to.contain('Shortcode').and.to.contain('Text');
    click('input[name="format"][value="html"]');
    await settle();
    expect(note.hidden, 'no note for the HTML snippet').to.equal(true);
  });

  it('writes block markup as the block editor saves it: attributes in block.json’s order, & " < > -- as \\u escapes', async () => {
    const fill: Record<string, [string, string][]> = {
      'smp-aftercare-checklist': [['#cfg-dry-days', '4'], ['#cfg-redness-days', '2'], ['#cfg-heal-days', '3-5'], ['#cfg-recovery-days', '8'], ['#cfg-assessment-days', '28'], ['#cfg-min-sessions', '3'], ['#cfg-session-hours', '2'], ['#cfg-phone', '+44 20 7946 0000'], ['#cfg-contact-url', 'https://clinic.example/contact']],
      'smp-pros-cons': [['#cfg-layout', 'stacked']],
      'smp-recovery-timeline': [['#cfg-session-date', '2026-01-09'], ['#cfg-session-interval', '10-14'], ['#cfg-orientation', 'horizontal'], ['#cfg-dry-days', '4'], ['#cfg-phone', '+44 20 7946 0000']],
      'smp-practitioner-guide': [['#cfg-variant', 'fix']],
    };
    const checks: Record<string, string[]> = { 'smp-aftercare-checklist': ['persist', 'daily'], 'smp-recovery-timeline': ['date-input', 'persist-date'], 'smp-practitioner-guide': ['persist-guide'] };
    for (const tag of Object.keys(fill)) {
      click(`input[name="element"][value="${tag}"]`);
      await waitUntil(() => doc.querySelector('#cfg-hide input:not(:checked)'));
      await settle();
      click('#cfg-hide input');
      for (const name of ['no-disclaimer', ...(checks[tag] ?? [])]) if (!$<HTMLInputElement>(`input[name="${name}"]`).checked) click(`input[name="${name}"]`);
      set('#cfg-heading', 'Say "yes" & <b>not</b> -- twice');
      set('#cfg-heading-level', '3');
      set('#cfg-disclaimer', 'Ask us.');
      set('#cfg-scheme', 'dark');
      for (const [selector, value] of fill[tag]) set(selector, value);
      click('input[name="format"][value="block"]');
      await settle();
      const block = $('#cfg-code').textContent!;
      const json = block.slice(block.indexOf('{'), block.lastIndexOf('}') + 1);
      const order = Object.keys((await (await fetch(`/wordpress/smp-widgets/blocks/${tag.replace(/^smp-/, '')}/block.json`)).json()).attributes);
      const keys = Object.keys(JSON.parse(json));
      expect(keys.filter((k) => !order.includes(k)), `${tag}: every attribute is the block's`).to.deep.equal([]);
      expect(keys, `${tag}: in block.json's order, as the editor writes them back`).to.deep.equal(order.filter((k) => keys.includes(k)));
      expect(json, tag).to.contain('"heading":"Say \\u0022yes\\u0022 \\u0026 \\u003cb\\u003enot\\u003c/b\\u003e \\u002d\\u002d twice"');
      expect(JSON.parse(json).heading).to.equal('Say "yes" & <b>not</b> -- twice');
      click('input[name="format"][value="html"]');
      set('#cfg-heading', '');
      set('#cfg-disclaimer', '');
    }
  });

  it('says when the script address is not the bundle’s, whose snippet then has the one tag only, and keeps the recommended lines for one with a query or fragment', async () => {
    const code = () => $('#cfg-code').textContent!;
    const note = $('#cfg-src-note');
    expect(note.hidden, 'the default address').to.equal(true);
    set('#cfg-src', 'https://cdn.example/smp/widgets.min.js');
    expect(note.hidden, 'a renamed file').to.equal(false);
    expect(code()).not.to.include('modulepreload');
    expect($('#cfg-src').getAttribute('aria-describedby')!.split(' ')).to.include('cfg-src-note');
    // A file whose name only ends in the bundle's (another build, renamed): not the bundle, whose
    // files are not beside it under names made from it (my-chunks/core.js).
    set('#cfg-src', 'https://cdn.example/smp/my-smp-widgets.js');
    expect(note.hidden, 'a name ending in smp-widgets.js').to.equal(false);
    expect(code(), 'a name ending in smp-widgets.js').not.to.include('modulepreload');
    for (const src of ['https://cdn.example/smp/smp-widgets.js?v=2', 'https://cdn.example/smp/smp-widgets.js#v2']) {
      set('#cfg-src', src);
      expect(note.hidden, src).to.equal(true);
      expect(code(), src).to.include('<link rel="modulepreload" href="https://cdn.example/smp/chunks/core.js">');
    }
  });

  it('says under the phone field what the checklist’s “Call” link dials, or why there is none, as the preview does', async () => {
    const check = $('#cfg-phone-check');
    const preview = () => $('#cfg-preview-light smp-aftercare-checklist') as Widget;
    const shown = async (phone: string) => {
      set('#cfg-phone', phone);
      await waitUntil(() => !check.hidden && check.dataset.for === phone, `check for ${phone}`, { timeout: 10000 });
      await preview().updateComplete;
      return { text: check.textContent!.replace(/\s+/g, ' '), warn: check.classList.contains('cfg-warn'), link: preview().shadowRoot!.querySelector('.call') };
    };
    expect(check.hidden, 'no phone: nothing said').to.equal(true);

    // A number half typed is not judged: the check waits for a pause in typing.
    set('#cfg-phone', '020 79');
    set('#cfg-phone', '020 7946 0000');
    await waitUntil(() => check.dataset.for === '020 7946 0000', 'checked after the pause', { timeout: 10000 });
    expect(check.textContent).to.include('dials 02079460000.');

    // The call-link reader failing to download (the page's first text that needs it) is not an
    // unclear number: the check says it could not check, and checks the same text again when it is entered again.
    failChunkOnce('tel');
    try {
      const noted = '+49 30 901820 (Mo–Fr)';
      set('#cfg-phone', noted);
      // The preview asks for the reader first and loses it; the check, 300 ms later, asks again
      // (the checklist retries a failed download): fail that one too, as a connection that is down.
      await waitUntil(() => preview().shadowRoot!.querySelector('.call.unread'), 'the preview could not read it', { timeout: 10000 });
      failChunkOnce('tel');
      await waitUntil(() => check.dataset.for === noted, 'the noted text checked', { timeout: 10000 });
      expect(check.textContent, 'reader not downloaded').to.match(/^Not checked: .*could not be loaded/);
      expect(check.textContent).not.to.include('No “Call” link');
      set('#cfg-phone', noted);
      await waitUntil(() => check.textContent!.includes('dials'), 'checked again once the reader loads', { timeout: 10000 });
      expect(check.textContent).to.include('dials +4930901820.');
      // The preview shows that link too: not the number as text it showed when its download failed.
      await waitUntil(() => preview().shadowRoot!.querySelector('a.call[href="tel:+4930901820"]'), 'the preview links the number once read', { timeout: 10000 });
    } finally {
      stopFailingChunks();
    }

    // A slow check (here made slow on purpose) is overtaken by the next text's: the answer is
    // the last text's, not the first's, which finishes later.
    const registry = win.customElements;
    const whenDefined = registry.whenDefined.bind(registry);
    let slow = true;
    registry.whenDefined = (name: string) => {
      const defined = whenDefined(name);
      if (!slow) return defined;
      slow = false;
      return defined.then((c) => new Promise((r) => setTimeout(() => r(c), 1500)));
    };
    set('#cfg-phone', '020 7946 0000 (Mon–Fri)');
    await new Promise((r) => setTimeout(r, 500));
    set('#cfg-phone', '+1 212 555 0100');
    await waitUntil(() => check.dataset.for === '+1 212 555 0100', 'last text checked', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(check.dataset.for).to.equal('+1 212 555 0100');
    expect(check.textContent).to.include('dials +12125550100.');
    registry.whenDefined = whenDefined;

    // A plain number, and one with a note, which takes the reader in its own file.
    for (const [phone, dials] of [
      ['+44 20 7946 0000', '+442079460000'],
      ['+44 (0) 20 7946 0000 (Mon–Fri 9–17)', '+442079460000'],
    ]) {
      const { text, warn, link } = await shown(phone);
      expect(text, phone).to.include(`dials ${dials}.`);
      expect(warn, phone).to.equal(false);
      expect(link!.getAttribute('href'), 'the preview dials the same').to.equal(`tel:${dials}`);
      expect(check.querySelector('code')!.dir).to.equal('ltr');
    }

    // Hours that may be the number's last digits: shown as text, and the clinic is told how to fix it.
    let result = await shown('020 7946 0000 9–17');
    expect(result.text).to.include('No “Call” link');
    expect(result.warn).to.equal(true);
    expect(result.link!.localName, 'the preview has no link either').to.equal('span');
    expect(result.text).to.include('not clear which digits to dial');

    // An emergency number before the clinic's: the note says so, not that the digits are unclear.
    result = await shown('911 212 555 0100');
    expect(result.text).to.include('No “Call” link: the number starts with an emergency number').and.not.include('not clear which digits');
    expect(result.warn).to.equal(true);
    expect(result.link!.localName, 'the preview has no link either').to.equal('span');

    // A text too long to be read for a number (a paragraph pasted in): the note says why there is no link.
    result = await shown(`Call 020 7946 0000${' and ask for the aftercare team'.repeat(6)}`);
    expect(result.text).to.include('No “Call” link: the text is 204 characters long, and only a text of up to 200 is read').and.not.include('not clear which digits');
    expect(result.warn).to.equal(true);
    expect(result.link!.localName, 'the preview has no link either').to.equal('span');

    // No digit: the widget ignores the text, so the code leaves it out, as the note says.
    result = await shown('call us');
    expect(result.text).to.include('needs at least one digit');
    expect(result.link).to.equal(null);
    expect($('#cfg-code').textContent, 'not in the code').to.not.contain('phone=');
    expect(preview().hasAttribute('phone'), 'nor in the preview').to.equal(false);
    expect($<HTMLInputElement>('#cfg-phone').value, 'the field keeps the text').to.equal('call us');

    set('#cfg-phone', '');
    await waitUntil(() => check.hidden, 'cleared');
  });

  // The attributes the configurator copies are written a second time in demo/configure.js. A field it offers
  // but does not copy for an element, or an attribute the widget or its block lacks, is lost without a word:
  // the pros and cons' protocol numbers once were, in WordPress.
  it('copies for each element only attributes the widget has and its block declares, and each field it shows, and shows a field for each', async () => {
    type Elements = Record<string, { block: string; attributes: string[] }>;
    const configurator = (win as unknown as { eval(code: string): Promise<{ ELEMENTS: Elements; PERSIST: Record<string, string> }> }).eval("import('/demo/configure.js')");
    const { ELEMENTS, PERSIST } = await configurator;
    type Manifest = { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] };
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;
    const own = new Map(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName!, (d.attributes ?? []).map((a) => a.name)]),
    );
    expect(Object.keys(ELEMENTS).sort(), 'the four widgets').to.deep.equal([...own.keys()].sort());
    const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const every = new Set([...own.values()].flat());
    // The field of an attribute: its name, but persist has one per element (PERSIST) and hide is the list of items.
    const attributeOf = (field: Element) => {
      const name = field.getAttribute('name') ?? '';
      return field.closest('#cfg-hide') ? 'hide' : Object.values(PERSIST).includes(name) ? 'persist' : every.has(name) ? name : undefined;
    };
    const shown = (field: Element) => field.getClientRects().length > 0;
    // The form's other fields: a field named otherwise is an attribute's under another name, which this test must learn.
    const other = /^(element|format|lang|src|viewport|c-[a-z-]+-(light|dark|set))$/;
    const unknown = [...doc.querySelectorAll('#cfg-form [name]')].filter((f) => attributeOf(f) === undefined && !other.test(f.getAttribute('name')!));
    expect(unknown.map((f) => f.getAttribute('name')), 'fields that are no attribute').to.deep.equal([]);
    for (const [tag, { block, attributes }] of Object.entries(ELEMENTS)) {
      const declared = Object.keys(((await (await fetch(`/wordpress/smp-widgets/blocks/${block}/block.json`)).json()) as { attributes: object }).attributes);
      expect(attributes.length, tag).to.be.greaterThan(5);
      expect(attributes.filter((a) => !own.get(tag)!.includes(a)), `${tag}: copied, not the widget's`).to.deep.equal([]);
      expect(attributes.filter((a) => !declared.includes(camel(a))), `${tag}: copied, not in its block.json`).to.deep.equal([]);
      // What the form shows for this element, as a clinic sees it.
      click(`input[name="element"][value="${tag}"]`);
      await waitUntil(() => doc.querySelector('#cfg-hide input'), 'items to hide');
      await settle();
      const fields = [...doc.querySelectorAll('#cfg-form [name], #cfg-hide input')].filter(shown);
      const offered = new Set(fields.map(attributeOf).filter((a) => a !== undefined));
      expect([...offered].filter((a) => !attributes.includes(a)), `<${tag}>: shown, not copied`).to.deep.equal([]);
      expect(attributes.filter((a) => !offered.has(a)), `<${tag}>: copied, no field shown`).to.deep.equal([]);
      const persist = fields.filter((f) => attributeOf(f) === 'persist').map((f) => f.getAttribute('name'));
      expect(persist, `<${tag}>: its own remember box`).to.deep.equal(PERSIST[tag] ? [PERSIST[tag]] : []);
    }
  });

  it('copies a contact page typed without https:// (or an e-mail address) as the link the preview follows, and says where it goes', async () => {
    const check = $('#cfg-contact-check');
    const field = $<HTMLInputElement>('#cfg-contact-url');
    expect(field.getAttribute('aria-describedby')).to.equal('cfg-contact-check');
    expect(check.hidden, 'nothing typed: nothing said').to.equal(true);
    const preview = () => $('#cfg-preview-light smp-aftercare-checklist') as Widget;
    const link = async () => (await preview().updateComplete, preview().shadowRoot!.querySelector<HTMLAnchorElement>('a.contact-link')?.href ?? null);
    const code = async (format: string) => {
      click(`input[name="format"][value="${format}"]`);
      await settle();
      return $('#cfg-code').textContent!;
    };

    // Without a scheme the widget would link to a page under the configurator's own folder (and a
    // clinic's page's), and WordPress would write http://: the same https:// link everywhere.
    set('#cfg-contact-url', '  www.clinic.example/contact ');
    await settle();
    expect(await link()).to.equal('https://www.clinic.example/contact');
    expect(field.value.trim(), 'what was typed stays in the field').to.equal('www.clinic.example/contact');
    expect(check.hidden).to.equal(false);
    expect(check.textContent).to.contain('https://www.clinic.example/contact');
    expect(await code('html')).to.contain(' contact-url="https://www.clinic.example/contact"');
    expect(await code('shortcode')).to.contain(' contact-url="https://www.clinic.example/contact"');
    expect(await code('block')).to.contain('"contactUrl":"https://www.clinic.example/contact"');
    const html = await code('html');
    const blank = await frame((f) => (f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}</body></html>`));
    await waitUntil(() => blank.document.querySelector('smp-aftercare-checklist')?.shadowRoot?.querySelector('a.contact-link'), 'pasted checklist rendered', { timeout: 15000 });
    expect(blank.document.querySelector('smp-aftercare-checklist')!.shadowRoot!.querySelector<HTMLAnchorElement>('a.contact-link')!.href).to.equal(await link());

    // An e-mail address is a mailto: link, not https://info@… (a login at the host).
    set('#cfg-contact-url', 'info@clinic.example');
    await settle();
    expect(await link()).to.equal('mailto:info@clinic.example');
    expect(await code('html')).to.contain(' contact-url="mailto:info@clinic.example"');

    // A file name is a page next to the widget's, as the widget itself reads it: not https://contact.html.
    for (const page of ['index.php?page_id=42', 'index.php/kontakt/']) {
      set('#cfg-contact-url', page);
      await settle();
      expect(await code('html')).to.contain(` contact-url="${page}"`);
      expect(check.textContent).to.contain('on the site the widget is on');
    }
    // An e-mail address with a subject: mailto:, as the widget reads it.
    set('#cfg-contact-url', 'info@clinic.example?subject=Termin');
    await settle();
    expect(await code('html')).to.contain(' contact-url="mailto:info@clinic.example?subject=Termin"');

    // Written in full: copied as written, and said.
    set('#cfg-contact-url', 'https://wa.me/442079460000');
    await settle();
    expect(await link()).to.equal('https://wa.me/442079460000');
    expect(check.textContent).to.contain('https://wa.me/442079460000');
    expect(check.classList.contains('cfg-warn')).to.equal(false);

    // A link the widget refuses, or text that is no address: said, not copied, and kept in the field.
    for (const typed of ['javascript:alert(1)', 'our front desk']) {
      set('#cfg-contact-url', typed);
      await settle();
      expect(await link(), typed).to.equal(null);
      expect(check.classList.contains('cfg-warn'), typed).to.equal(true);
      expect(check.textContent, typed).to.contain('https:');
      expect(await code('html'), typed).to.not.contain('contact-url');
      expect(await code('shortcode'), typed).to.not.contain('contact-url');
      expect(field.value).to.equal(typed);
    }
    set('#cfg-contact-url', '');
    await settle();
    expect(check.hidden).to.equal(true);
  });

  it('reads every contact-url case of the table as the widget does: its note, its preview and the code it writes agree', async () => {
    // test/fixtures/contact-links.json: the widget (contact-links.test.ts) and the WordPress plugin run the same cases.
    const { cases } = (await (await fetch('/test/fixtures/contact-links.json')).json()) as { cases: { input: string; kind: string; href: string | null }[] };
    const check = $('#cfg-contact-check');
    const field = $<HTMLInputElement>('#cfg-contact-url');
    const preview = () => $('#cfg-preview-light smp-aftercare-checklist') as Widget;
    click('input[name="format"][value="html"]');
    const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const c of cases) {
      const name = `${JSON.stringify(c.input)} (${c.kind})`;
      set('#cfg-contact-url', c.input);
      await settle();
      await preview().updateComplete;
      const link = preview().shadowRoot!.querySelector<HTMLAnchorElement>('a.contact-link')?.getAttribute('href') ?? null;
      const html = $('#cfg-code').textContent!;
      if (!field.value.trim()) {
        expect(check.hidden, `${name}: nothing typed, nothing said`).to.equal(true);
        expect(html, name).to.not.contain('contact-url');
        continue;
      }
      expect(check.hidden, `${name}: a note`).to.equal(false);
      if (c.href === null) {
        expect(link, `${name}: no link in the preview`).to.equal(null);
        expect(html, `${name}: not in the code`).to.not.contain('contact-url');
        expect(check.classList.contains('cfg-warn'), `${name}: the note says it is not used`).to.equal(true);
        expect(check.textContent, name).to.match(/^Not used: /);
        if (c.kind === 'phone') expect(check.textContent, name).to.contain('phone number');
      } else {
        expect(html, `${name}: the code`).to.contain(` contact-url="${escape(c.href)}"`);
        expect(link, `${name}: the preview's link`).to.equal(new URL(c.href, doc.baseURI).href);
        expect(check.classList.contains('cfg-warn'), `${name}: no warning`).to.equal(false);
        expect(check.textContent, `${name}: the note says where it goes`).to.contain(`Links to ${c.href}`);
        if (c.kind === 'page') expect(check.textContent, name).to.contain('on the site the widget is on');
      }
      // As a type=url field keeps it: line breaks out, ASCII whitespace trimmed (a U+FEFF stays; the configurator trims it).
      expect(field.value, `${name}: the field keeps the text`).to.equal(c.input.replace(/[\n\r]/g, '').replace(/^[\t\f ]+|[\t\f ]+$/g, ''));
    }
  });

  describe('protocol numbers', () => {
    const code = async (format: string) => {
      click(`input[name="format"][value="${format}"]`);
      await settle();
      return $('#cfg-code').textContent!;
    };
    const camelName = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    /** The field, its note, and what the three formats and the preview make of it, once the check after the pause in typing has run. */
    const enter = async (name: string, typed: string, invalid: boolean) => {
      set(`#cfg-${name}`, typed);
      const field = $<HTMLInputElement>(`#cfg-${name}`);
      const note = $(`#cfg-${name}-check`);
      await waitUntil(() => (field.getAttribute('aria-invalid') === 'true') === invalid && note.hidden === !invalid, `${name}="${typed}" checked`, { timeout: 3000 });
      return { field, note, html: await code('html'), shortcode: await code('shortcode'), block: await code('block') };
    };
    const describedBy = (field: Element) => (field.getAttribute('aria-describedby') ?? '').split(/\s+/);

    // A value the widget would refuse (its own rules: whole numbers 1–3650, redness from 0, a range
    // low-high where the setting takes one; the timeline's interval from 1).
    const refused: [string, string, string, RegExp][] = [
      ['smp-aftercare-checklist', 'dry-days', 'abc', /whole number of days from 1 to 3650/],
      ['smp-aftercare-checklist', 'dry-days', '-3', /whole number of days from 1 to 3650/],
      ['smp-aftercare-checklist', 'dry-days', '1e1', /whole number of days/],
      ['smp-aftercare-checklist', 'dry-days', '2.5', /whole number of days/],
      ['smp-aftercare-checklist', 'dry-days', '99999', /from 1 to 3650/],
      ['smp-aftercare-checklist', 'redness-days', '3-4', /whole number of days/],
      ['smp-aftercare-checklist', 'dry-days', '0', /whole number of days from 1 to 3650/],
      ['smp-recovery-timeline', 'heal-days', '0-2', /whole days from 1 to 3650, or a range such as 3-4/],
      ['smp-aftercare-checklist', 'min-sessions', '0', /whole number of sessions from 1 to 3650/],
      ['smp-aftercare-checklist', 'heal-days', '5-3', /whole days from 1 to 3650, or a range such as 3-4/],
      ['smp-aftercare-checklist', 'recovery-days', 'a week', /or a range such as 7-10/],
      ['smp-recovery-timeline', 'session-hours', '0', /whole hours from 1 to 3650, or a range such as 2-3/],
      ['smp-recovery-timeline', 'assessment-days', '99999', /from 1 to 3650/],
      ['smp-recovery-timeline', 'session-interval', '0', /whole days from 1 to 3650, or a range such as 10-14/],
      ['smp-recovery-timeline', 'session-interval', '14-10', /a range such as 10-14/],
    ];

    it('says under a number the widget would refuse that it is not used and what it takes, marks the field invalid, and leaves it out of the code and the preview', async () => {
      const warnings: string[] = [];
      const frameConsole = (win as Window & typeof globalThis).console;
      const warn = frameConsole.warn;
      frameConsole.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      try {
        for (const [tag, name, typed, takes] of refused) {
          click(`input[name="element"][value="${tag}"]`);
          await settle();
          const { field, note, html, shortcode, block } = await enter(name, typed, true);
          const what = `${name}="${typed}"`;
          expect(field.value, `${what}: the field keeps the text`).to.equal(typed);
          expect(describedBy(field), what).to.include(note.id);
          expect(note.getClientRects().length, `${what}: the note shows`).to.be.greaterThan(0);
          expect(note.classList.contains('cfg-warn'), what).to.equal(true);
          expect(note.textContent!.replace(/\s+/g, ' '), what).to.match(/^Not used: the widget takes /).and.match(takes);
          expect(html, what).to.not.contain(` ${name}=`);
          expect(shortcode, what).to.not.contain(` ${name}=`);
          expect(block, what).to.not.contain(`"${camelName(name)}"`);
          const preview = $(`#cfg-preview-light ${tag}`) as Widget;
          expect(preview.hasAttribute(name), `${what}: not in the preview either`).to.equal(false);
          set(`#cfg-${name}`, '');
          await waitUntil(() => note.hidden && !field.hasAttribute('aria-invalid'), `${name} cleared`, { timeout: 3000 });
        }
        // The preview shows what the copied code gives: the widget's default, with no warning in the page.
        click('input[name="element"][value="smp-aftercare-checklist"]');
        await enter('dry-days', 'abc', true);
        const preview = $('#cfg-preview-light smp-aftercare-checklist') as Widget;
        await preview.updateComplete;
        expect(preview.shadowRoot!.querySelector('[data-id="keep-dry"]')!.textContent).to.contain('5 days');
        expect(warnings.filter((w) => /days|sessions|hours|interval/.test(w))).to.deep.equal([]);
      } finally {
        frameConsole.warn = warn;
      }
    });

    it('copies a number the widget takes, trimmed, with no note, and a valid value clears the note', async () => {
      click('input[name="element"][value="smp-aftercare-checklist"]');
      await settle();
      // Refused first: the note is there, then goes once the value is one the widget takes.
      await enter('dry-days', 'abc', true);
      const dry = await enter('dry-days', '4', false);
      expect(dry.note.textContent).to.equal('');
      expect(dry.field.hasAttribute('aria-invalid')).to.equal(false);
      expect(dry.html).to.contain(' dry-days="4"');
      expect(dry.shortcode).to.contain(' dry-days="4"');
      expect(dry.block).to.contain('"dryDays":"4"');
      const preview = $('#cfg-preview-light smp-aftercare-checklist') as Widget;
      await preview.updateComplete;
      expect(preview.shadowRoot!.querySelector('[data-id="keep-dry"]')!.textContent).to.contain('4 days');

      await enter('heal-days', '5-3', true);
      const heal = await enter('heal-days', '3-4', false);
      expect(heal.html).to.contain(' heal-days="3-4"');
      expect(heal.block).to.contain('"healDays":"3-4"');

      const assessment = await enter('assessment-days', ' 7 ', false);
      expect(assessment.html).to.contain(' assessment-days="7"');
      expect(assessment.shortcode).to.contain(' assessment-days="7"');
      expect($<HTMLInputElement>('#cfg-assessment-days').value, 'the field keeps the text as typed').to.equal(' 7 ');

      const sessions = await enter('min-sessions', '1', false);
      expect(sessions.html).to.contain(' min-sessions="1"');
      const zero = await enter('redness-days', '0', false);
      expect(zero.html, 'no redness: 0 days is a value the widget takes').to.contain(' redness-days="0"');

      click('input[name="element"][value="smp-recovery-timeline"]');
      await settle();
      const interval = await enter('session-interval', '10-14', false);
      expect(interval.html).to.contain(' session-interval="10-14"');
      const hours = await enter('session-hours', '2-3', false);
      expect(hours.block).to.contain('"sessionHours":"2-3"');
    });

    it('offers the pros and cons the two numbers it says (fewest sessions, days to the assessment), and copies them in every format', async () => {
      click('input[name="element"][value="smp-pros-cons"]');
      await settle();
      const shown = (name: string) => $(`#cfg-${name}`).getClientRects().length > 0;
      expect(['assessment-days', 'min-sessions'].filter(shown), 'its two numbers').to.deep.equal(['assessment-days', 'min-sessions']);
      // No phone, contact page or numbers the pros and cons never says: a field that changes nothing is not offered.
      expect(['phone', 'contact-url', 'dry-days', 'redness-days', 'heal-days', 'recovery-days', 'session-hours'].filter(shown)).to.deep.equal([]);
      const assessment = await enter('assessment-days', '21', false);
      expect(assessment.html).to.contain(' assessment-days="21"');
      expect(assessment.shortcode).to.contain(' assessment-days="21"');
      expect(assessment.block).to.contain('"assessmentDays":"21"');
      const sessions = await enter('min-sessions', '3', false);
      expect(sessions.html).to.contain(' min-sessions="3"');
      expect(sessions.block).to.contain('"minSessions":"3"');
      const preview = $('#cfg-preview-light smp-pros-cons') as Widget;
      await preview.updateComplete;
      const said = preview.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(said).to.contain('at least 3 sessions').and.contain('about 21 days after the last one');
      // A value typed for another element stays out of the pros and cons' code.
      click('input[name="element"][value="smp-aftercare-checklist"]');
      await settle();
      await enter('dry-days', '4', false);
      click('input[name="element"][value="smp-pros-cons"]');
      await settle();
      expect(await code('html')).to.not.contain('dry-days');
    });

    it('judges a number once typing pauses: a range half typed (3-) shows no note in between', async () => {
      click('input[name="element"][value="smp-aftercare-checklist"]');
      await settle();
      const note = $('#cfg-heal-days-check');
      set('#cfg-heal-days', '3-');
      await new Promise((r) => setTimeout(r, 100));
      expect(note.hidden, 'not judged mid-typing').to.equal(true);
      set('#cfg-heal-days', '3-4');
      await new Promise((r) => setTimeout(r, 600));
      expect(note.hidden).to.equal(true);
      expect($('#cfg-heal-days').hasAttribute('aria-invalid')).to.equal(false);
    });
  });

  it('says nothing of a “Call” link under the phone field for the timeline, which shows no call link', async () => {
    const check = $('#cfg-phone-check');
    click('input[name="element"][value="smp-recovery-timeline"]');
    set('#cfg-phone', '+44 20 7946 0000');
    await new Promise((r) => setTimeout(r, 1000));
    const timeline = $('#cfg-preview-light smp-recovery-timeline') as Widget;
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.querySelector('a[href^="tel:"], .call'), 'the timeline has no call link').to.equal(null);
    expect(check.hidden, check.textContent!).to.equal(true);
    // Back to the checklist, whose link it is: said again for the same text.
    click('input[name="element"][value="smp-aftercare-checklist"]');
    await waitUntil(() => !check.hidden, 'said for the checklist', { timeout: 10000 });
    expect(check.textContent).to.include('dials +442079460000.');
  });

  it('tells a screen reader what the call link dials once, when the phone field is left, not at each pause in typing', async () => {
    const check = $('#cfg-phone-check');
    const live = $('#cfg-phone-live');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(check.hasAttribute('aria-live'), 'the text under the field is a description, not a live region').to.equal(false);
    const field = $<HTMLInputElement>('#cfg-phone');
    for (const text of ['020', '020 7946', '020 7946 0000 9–17']) {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(() => check.dataset.for === text, `checked ${text}`, { timeout: 10000 });
    }
    expect(check.textContent).to.include('No “Call” link');
    expect(live.textContent, 'nothing announced while typing').to.equal('');
    // Leaving the field (change) right after typing, before the pause: the answer for this text.
    field.value = '+44 20 7946 0000';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => live.textContent !== '', 'announced', { timeout: 10000 });
    expect(live.textContent).to.equal(check.textContent);
    expect(live.textContent).to.include('dials +442079460000.');
    expect(field.getAttribute('aria-describedby')).to.equal('cfg-phone-check');
    // Leaving the field after the pause, once the answer shows: announced, and it stays under the field while
    // the rest of the form is filled in.
    field.value = '020 7946 0000';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => check.dataset.for === '020 7946 0000' && !check.hidden, 'checked after the pause', { timeout: 10000 });
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => live.textContent!.includes('dials 02079460000.'), 'announced on leaving the field', { timeout: 10000 });
    set('#cfg-heading', 'Aftercare');
    await settle();
    expect(check.hidden, 'the answer stays under the field').to.equal(false);
    expect(check.textContent).to.include('dials 02079460000.');
  });

  it('shows the element’s own default again when an option is set back to its default, without a warning', async () => {
    click('input[name="element"][value="smp-practitioner-guide"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="laser"]'));
    const warnings: string[] = [];
    const frameConsole = (win as Window & typeof globalThis).console;
    const warn = frameConsole.warn;
    frameConsole.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      set('#cfg-variant', 'choose');
      await settle();
      set('#cfg-variant', '');
      await settle();
      const preview = $('#cfg-preview-light smp-practitioner-guide') as Widget;
      await preview.updateComplete;
      expect(preview.hasAttribute('variant') ? preview.getAttribute('variant') : 'both').to.equal('both');
      expect(preview.shadowRoot!.querySelector('[data-id="training"]')).to.not.equal(null);
      expect(preview.shadowRoot!.querySelector('[data-id="laser"]')).to.not.equal(null);
      expect(warnings).to.deep.equal([]);
    } finally {
      frameConsole.warn = warn;
    }
  });

  it('names each colour pair that fails WCAG AA, in the scheme where it fails', async () => {
    expect(doc.querySelectorAll('#cfg-contrast .fail')).to.have.length(0);
    // The old README example: a purple accent, fine on white, unreadable on the dark surface.
    set('input[name="c-accent-light"]', '#7c3aed');
    set('input[name="c-accent-dark"]', '#7c3aed');
    await settle();
    const fails = [...doc.querySelectorAll<HTMLElement>('#cfg-contrast .fail')];
    expect(fails.map((f) => f.dataset.scheme)).to.deep.equal(['dark', 'dark']);
    expect(fails[0].textContent).to.contain('Text on the accent').and.to.contain('#7c3aed').and.to.contain('4.5:1');
    expect($('#cfg-copy-button').textContent).to.contain('2 contrast problems');
  });

  it('is accessible: axe finds no violation, every control has a label, and Tab reaches every control', async () => {
    click('input[name="element"][value="smp-recovery-timeline"]');
    await waitUntil(() => doc.querySelector('#cfg-hide input[value="long-term"]'));
    // axe-core in the configurator's own document.
    await new Promise((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      doc.head.append(script);
    });
    const axe = (win as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(doc, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);

    const controls = [...doc.querySelectorAll<HTMLInputElement>('input, select, button')].filter((c) => c.getClientRects().length);
    for (const c of controls) {
      const named = (c.labels?.length ?? 0) > 0 || c.hasAttribute('aria-label') || c.hasAttribute('aria-labelledby') || (c.localName === 'button' && c.textContent!.trim());
      expect(named, `${c.outerHTML.slice(0, 80)} has a name`).to.be.ok;
      expect(c.tabIndex, `${c.name || c.id} is keyboard-reachable`).to.be.at.least(0);
    }
  });
});
