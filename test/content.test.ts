import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { setLocale } from '../src/localization/localization.js';
import { configure } from '../src/internal/settings.js';
import { afterEmptyCheck, captureWarnings, pageLang, part, printMedia } from './support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const TARGETS = ['es', 'fr', 'de', 'it', 'pt-BR', 'nl', 'tr', 'ar'] as const;
type Target = (typeof TARGETS)[number];

/** Text without the invisible bidi isolates (U+2066–U+2069). */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const shadowText = (w: Element) => plain(w.shadowRoot!.textContent ?? '');

interface Unit {
  id: string;
  source: Element;
  target: Element | null;
}
async function units(locale: string): Promise<Unit[]> {
  const text = await (await fetch(new URL(`../src/localization/xliff/${locale}.xlf`, import.meta.url))).text();
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  return [...doc.querySelectorAll('trans-unit')].map((u) => ({ id: u.getAttribute('id')!, source: u.querySelector('source')!, target: u.querySelector('target') }));
}
const placeholders = (el: Element | null) => [...(el?.querySelectorAll('x') ?? [])].map((x) => x.getAttribute('id')).sort();
/** Words of two letters or more (a single letter, as in "3D", says nothing about the language). */
const words = (s: string) => (s.toLowerCase().match(/\p{L}+(?:[’'-]\p{L}+)*/gu) ?? []).filter((w) => w.length > 1);

/**
 * Words a translation may share with the English source: loanwords and
 * cognates spelt the same in that language. Anything else English is a
 * string left untranslated.
 */
const SHARED: Record<Target, string[]> = {
  es: ['no', 'sol', 'pus', 'total', 'normal', 'general', 'de', 'me', 'a', 'uses'],
  fr: ['pigment', 'pus', 'simple', 'traitement', 'consultation', 'style', 'styles', 'normal', 'plus', 'en', 'date', 'or', 'des', 'ne', 'pas', 'une', 'surface', 'entre', 'dans', 'vaseline', 'infection', 'fine', 'change', 'micropigmentation', 'on', 'a', 'laser', 'guide', 'questions'],
  de: ['pigment', 'make-up', 'tattoo', 'normal', 'an', 'so', 'in', 'am', 'also', 'die', 'nach', 'eine', 'alle', 'bitte', 'ab', 'vaseline', 'hat', 'checkliste', 'was'],
  it: ['no', 'normale', 'pus', 'come', 'in', 'cure', 'fine', 'cotton', 'a', 'laser'],
  'pt-BR': ['no', 'normal', 'total', 'pus', 'as', 'do', 'de', 'use', 'for', 'a', 'laser'],
  nl: ['pigment', 'make-up', 'normal', 'in', 'is', 'op', 'of', 'een', 'van', 'dan', 'wat', 'on', 'pus', 'arts', 'bad', 'over', 'al', 'na', 'die', 'tot', 'stop', 'met', 'vaseline', 'product', 'checklist', 'contact', 'u', 'was', 'specialist'],
  tr: ['pigment'],
  ar: [],
};

/** A pattern matching any of `words` as a whole word (Unicode letters, so "tête" is not "te"). */
const markers = (...list: string[]) => new RegExp(`(?<![\\p{L}])(${list.join('|')})(?![\\p{L}])`, 'iu');

/**
 * Markers of the form of address a locale does NOT use. Each locale speaks
 * to the patient in one register everywhere, buttons included (the
 * glossaries in src/localization/glossary/ say which).
 */
const OTHER_REGISTER: Record<Target, RegExp> = {
  de: markers('du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner'), // Sie
  fr: markers('tu', 'toi', 'ton', 'ta', 'tes', 'te'), // vous
  es: markers('usted', 'ustedes', 'llame', 'siga', 'evite', 'póngase', 'consulte', 'pregunte'), // tú
  it: markers('tu', 'tuo', 'tua', 'tuoi', 'tue', 'ti', 'stampa', 'togli', 'aggiungi', 'chiama', 'contatta', 'segui'), // Lei
  'pt-BR': markers('tu', 'teu', 'tua', 'teus', 'tuas', 'senhor', 'senhora'), // você
  nl: markers('je', 'jij', 'jou', 'jouw', 'jullie'), // u
  tr: markers('sen', 'seni', 'sana', 'senin', 'yazdır', 'kaldır', 'ekle'), // siz
  ar: /(حضرتك|أنتم|لكم|عليكم)/u, // the patient addressed in the singular
};

describe('content', () => {
  afterEach(async () => {
    await setLocale(null);
    await pageLang('en');
  });

  describe('translations', () => {
    let englishWords: Set<string>;
    before(async () => {
      const en = await units('de');
      englishWords = new Set(en.flatMap((u) => words(u.source.textContent ?? '')));
    });

    for (const locale of TARGETS) {
      describe(locale, () => {
        it('keeps every placeholder of the source', async () => {
          const broken = (await units(locale)).filter((u) => placeholders(u.source).join() !== placeholders(u.target).join()).map((u) => u.id);
          expect(broken).to.deep.equal([]);
        });

        it('leaves no English word (beyond the listed shared words)', async () => {
          const allowed = new Set(SHARED[locale]);
          const left = (await units(locale)).flatMap((u) =>
            words(u.target?.textContent ?? '')
              .filter((w) => englishWords.has(w) && !allowed.has(w))
              .map((w) => `${u.id}: ${w}`),
          );
          expect(left).to.deep.equal([]);
        });

        it('speaks in one register everywhere, buttons included', async () => {
          const mixed = (await units(locale)).filter((u) => OTHER_REGISTER[locale].test(u.target?.textContent ?? '')).map((u) => `${u.id}: ${u.target!.textContent}`);
          expect(mixed).to.deep.equal([]);
        });
      });
    }
  });

  describe('numbers', () => {
    /** "about 1 hour" / "about 2 hours" in every locale: the session step with session-hours 1 and 2. */
    const HOURS: Record<string, [string, string]> = {
      en: ['about 1 hour,', 'about 2 hours,'],
      es: ['1 hora', '2 horas'],
      fr: ['1 heure', '2 heures'],
      de: ['1 Stunde', '2 Stunden'],
      it: ['1 ora', '2 ore'],
      'pt-BR': ['1 hora', '2 horas'],
      nl: ['1 uur', '2 uur'],
      tr: ['1 saat', '2 saat'],
      ar: ['ساعة', 'ساعتان'],
    };
    for (const [locale, [one, two]] of Object.entries(HOURS)) {
      it(`${locale}: one hour and two hours each take their own plural`, async () => {
        await pageLang(locale);
        const el = await fixture<Widget>(html`<smp-recovery-timeline session-hours="1"></smp-recovery-timeline>`);
        const session = () => plain(el.shadowRoot!.querySelector('[data-id="session"] [part~="text"]')!.textContent!);
        expect(session()).to.contain(one);
        expect(session()).to.not.match(/\b1 hours|1 ساعات/);
        el.setAttribute('session-hours', '2');
        await el.updateComplete;
        expect(session()).to.contain(two);
        if (locale === 'ar') expect(session()).to.not.contain('ساعة واحدة').and.not.match(/[0-9]/);
      });
    }

    it('ar-EG: day counts, ranges and day labels use Arabic-Indic digits, like the dates', async () => {
      await pageLang('ar-EG');
      const checklist = await fixture<Widget>(html`<smp-aftercare-checklist phone="020 7946 0000" hide="reaction warning-signs emergency"></smp-aftercare-checklist>`);
      expect(plain(checklist.shadowRoot!.querySelector('[data-id="keep-dry"]')!.textContent!)).to.contain('٥ أيام');
      expect(plain(checklist.shadowRoot!.querySelector('[role="status"]')!.textContent!)).to.equal('تمّ ٠ من ١٢');
      const timeline = await fixture<Widget>(html`<smp-recovery-timeline session-date="2026-01-09"></smp-recovery-timeline>`);
      const text = shadowText(timeline);
      expect(text).to.contain('٣–٤ أيام');
      expect(text).to.contain('٢–٣ ساعات');
      expect(text, 'no Latin digit anywhere in the timeline').to.not.match(/[0-9]/);
    });

    it('es: "about" a count of days reads right for 1 as for 30 (no plural "unos" before "1 día")', async () => {
      await pageLang('es');
      for (const [sessions, days, about] of [
        ['1', '1', 'alrededor de 1 día después.'],
        ['2', '1', 'alrededor de 1 día después de la última.'],
        ['2', '30', 'alrededor de 30 días después de la última.'],
      ]) {
        const el = await fixture<Widget>(html`<smp-pros-cons min-sessions=${sessions} assessment-days=${days}></smp-pros-cons>`);
        const immediate = plain(el.shadowRoot!.querySelector('[data-id="immediate"]')!.textContent!);
        expect(immediate, `${sessions} sessions, ${days} days`).to.contain(about).and.not.contain('unos');
      }
    });

    it('ranges follow the locale: Turkish and German keep an en dash, Spanish its hyphen', async () => {
      for (const [locale, range] of [
        ['tr', '3–4 gün'],
        ['de', '3–4 Tage'],
        ['es', '3-4 días'],
      ]) {
        await pageLang(locale);
        const el = await fixture<Widget>(html`<smp-recovery-timeline></smp-recovery-timeline>`);
        expect(shadowText(el), locale).to.contain(range);
      }
    });
  });

  describe('Arabic: a count of two after a preposition takes the genitive dual', () => {
    const FSI = '\u2068';
    const PDI = '\u2069';
    /** An item's or a step's text, isolates kept: they are part of the exact text. */
    const text = (el: Element, id: string) => {
      const root = el.shadowRoot!;
      const node = root.querySelector(`[data-id="${id}"] [part~="text"]`) ?? root.querySelector(`[data-id="${id}"]`)!;
      return node.textContent!.replace(/\s+/g, ' ').trim();
    };
    const count = (words: string) => `${FSI}${words}${PDI}`;
    /** A number in the engine's Arabic digits (WebKit writes ٣ for plain `ar`, Chromium and Firefox 3): the words are what is tested. */
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);

    it('aftercare keep-dry: "لمدة يومين" for 2 dry days; 1, 3, 10, 11 and 100 keep their own forms', async () => {
      await pageLang('ar');
      const el = await fixture<Widget>(html`<smp-aftercare-checklist dry-days="2" phone="020 7946 0000"></smp-aftercare-checklist>`);
      expect(text(el, 'keep-dry')).to.equal(`لا تُبلّل رأسك لمدة ${count('يومين')} بعد كل جلسة: لا تغسله ولا تحلقه.`);
      for (const [days, words] of [
        ['1', 'يوم'],
        ['3', `${n(3)} أيام`],
        ['10', `${n(10)} أيام`],
        ['11', `${n(11)} يومًا`],
        ['100', `${n(100)} يوم`],
      ]) {
        el.setAttribute('dry-days', days);
        await el.updateComplete;
        expect(text(el, 'keep-dry'), days).to.equal(`لا تُبلّل رأسك لمدة ${count(words)} بعد كل جلسة: لا تغسله ولا تحلقه.`);
      }
    });

    it('timeline: "خلال يومين" and "بعد نحو يومين" for 2 heal and recovery days; the session length stays nominative', async () => {
      await pageLang('ar');
      const el = await fixture<Widget>(html`<smp-recovery-timeline heal-days="2" recovery-days="2" session-hours="2"></smp-recovery-timeline>`);
      expect(text(el, 'wounds-heal')).to.equal(`تنغلق الجروح الصغيرة جدًّا التي تتركها الإبر وتلتئم خلال ${count('يومين')} تقريبًا.`);
      expect(text(el, 'recovered')).to.equal(`بعد نحو ${count('يومين')}، تكون فروة رأسك قد تعافت من الجلسة.`);
      // "مدة العلاج ساعتان": the length is the predicate of a nominal sentence, so the dual stays nominative.
      expect(text(el, 'session')).to.match(new RegExp(`^مدة العلاج ${count('ساعتان')} تقريبًا،`));
      // A range reads as CLDR writes it, unchanged.
      el.setAttribute('heal-days', '2-3');
      await el.updateComplete;
      expect(text(el, 'wounds-heal')).to.contain(`خلال ${FSI}${n(2)}–${n(3)} أيام${PDI} تقريبًا`);
    });

    it('pros and cons: "بنحو يومين" when the result is judged 2 days after the last session', async () => {
      await pageLang('ar');
      const el = await fixture<Widget>(html`<smp-pros-cons assessment-days="2"></smp-pros-cons>`);
      expect(text(el, 'immediate')).to.equal(
        `ترى تغييرًا منذ الجلسة الأولى. أما النتيجة الكاملة فتحتاج إلى ما لا يقل عن ${FSI}${n(2)}${PDI} من الجلسات، وتظهر بعد آخر جلسة بنحو ${count('يومين')}.`,
      );
      el.setAttribute('min-sessions', '1');
      await el.updateComplete;
      expect(text(el, 'immediate')).to.equal(`ترى تغييرًا منذ الجلسة الأولى. قد تكفي جلسة واحدة. وتظهر النتيجة الكاملة بعدها بنحو ${count('يومين')}.`);
    });

    it('other languages keep the browser’s count for 2', async () => {
      await pageLang('de');
      const el = await fixture<Widget>(html`<smp-aftercare-checklist dry-days="2" phone="020 7946 0000"></smp-aftercare-checklist>`);
      expect(text(el, 'keep-dry')).to.contain('2 Tage lang');
    });
  });

  describe('Arabic: numbers and addresses inside right-to-left text', () => {
    it('the phone number keeps its digit groups in order, left to right, on screen and in print', async () => {
      await pageLang('ar');
      const el = await fixture<Widget>(html`<smp-aftercare-checklist phone="+44 20 7946 0000" contact-url="mailto:care@clinic.example"></smp-aftercare-checklist>`);
      const link = part(el, 'contact').querySelector('a.call')!;
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode()) && !node.textContent!.includes('7946'));
      if (!node) throw new Error('no phone number in the link');
      const text = node.textContent!;
      const check = () => {
        const lefts = ['+44', '20', '7946', '0000'].map((group) => {
          const range = document.createRange();
          const start = text.indexOf(group, text.indexOf('+44'));
          range.setStart(node, start);
          range.setEnd(node, start + group.length);
          return range.getBoundingClientRect().left;
        });
        for (let i = 1; i < lefts.length; i++) expect(lefts[i], `group ${i} right of group ${i - 1}: ${lefts.join(', ')}`).to.be.greaterThan(lefts[i - 1]);
      };
      check();
      // Isolated as left-to-right (U+2066 … U+2069), so the Arabic around it cannot reorder it;
      // its digits are a box of their own that runs left to right.
      expect(link.textContent).to.match(/\u2066\+44 20 7946 0000\u2069/);
      expect(text).to.equal('+44 20 7946 0000');
      expect(getComputedStyle(node.parentElement!).direction).to.equal('ltr');
      const undo = await printMedia(el);
      try {
        check();
      } finally {
        await undo();
      }
      // The printed contact address is isolated too.
      expect(part(el, 'contact').querySelector<HTMLElement>('a.contact-link')!.dataset.print).to.equal('\u2066care@clinic.example\u2069');
    });

    it('a phone number in Arabic-Indic digits keeps its groups in order in the call link, on screen and in print', async () => {
      await pageLang('ar');
      const el = await fixture<Widget>(html`<smp-aftercare-checklist phone="٠٢٠ ٧٩٤٦ ٠٠٠٠"></smp-aftercare-checklist>`);
      await waitUntil(() => part(el, 'contact').querySelector('a.call'), 'call link');
      const texts = [...part(el, 'contact').querySelectorAll('a.call .number')].flatMap((n) => [...n.childNodes].filter((c): c is Text => c.nodeType === Node.TEXT_NODE));
      const node = texts.find((t) => t.textContent!.includes('٧٩٤٦'));
      if (!node) throw new Error('no number box');
      const check = () => {
        const lefts = ['٠٢٠', '٧٩٤٦', '٠٠٠٠'].map((group) => {
          const range = document.createRange();
          const start = node.textContent!.indexOf(group);
          range.setStart(node, start);
          range.setEnd(node, start + group.length);
          return range.getBoundingClientRect().left;
        });
        for (let i = 1; i < lefts.length; i++) expect(lefts[i], `group ${i} right of group ${i - 1}: ${lefts.join(', ')}`).to.be.greaterThan(lefts[i - 1]);
      };
      check();
      const undo = await printMedia(el);
      try {
        check();
      } finally {
        await undo();
      }
    });

    it('hours after the phone number stay out of its left-to-right box: an Arabic reader reads the range 9 to 17', async () => {
      await pageLang('ar');
      for (const [phone, inBox] of [
        ['٠٤ ٣٢١ ٠٠٠٠ (٩–١٧)', '٠٤ ٣٢١ ٠٠٠٠'],
        ['04 321 0000 (9–17)', '04 321 0000'],
        ['+971 4 321 0000 ٩-١٧', '+971 4 321 0000'],
        ['+971 4 123 4567 (08:00-17:00)', '+971 4 123 4567'],
      ]) {
        const el = await fixture<Widget>(html`<smp-aftercare-checklist phone=${phone}></smp-aftercare-checklist>`);
        await waitUntil(() => part(el, 'contact').querySelector('.number'), 'number box');
        expect(part(el, 'contact').querySelector('.number')!.textContent, phone).to.equal(inBox);
        expect(part(el, 'contact').textContent, 'the hours still shown').to.contain(phone.slice(inBox.length).trim());
      }
    });

    it("a phone number, e-mail or link in the clinic's own Arabic item keeps its order", async () => {
      await pageLang('ar');
      const el = await fixture<Widget>(html`<smp-aftercare-checklist defaults="none" phone="+44 20 7946 0000">
        <li data-id="call-us" data-kind="urgent">اتصل بنا على +44 20 7946 0000 فورًا، أو على (020) 7946 0001.</li>
        <li data-id="hindi" data-kind="urgent">رقمنا ٠٢٠ ٧٩٤٦ ٠٠٠٢ طوال اليوم</li>
        <li data-id="write" data-kind="do">راسلنا على care@clinic.example أو زر www.clinic.example/contact-24 لمعرفة المزيد</li>
        <li data-id="short" data-kind="do">انتظر 5 أيام، ثم 3-4 أيام أخرى.</li>
      </smp-aftercare-checklist>`);
      /** Left edges of `groups`, in the order written, within the item's text. */
      const lefts = (id: string, groups: string[]) => {
        const item = el.shadowRoot!.querySelector(`[data-id="${id}"]`)!;
        const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        while (walker.nextNode()) nodes.push(walker.currentNode as Text);
        let from = 0;
        return groups.map((group) => {
          from = nodes.findIndex((n, k) => k >= from && n.textContent!.includes(group));
          const node = nodes[from];
          const range = document.createRange();
          const start = node.textContent!.indexOf(group);
          range.setStart(node, start);
          range.setEnd(node, start + group.length);
          return range.getBoundingClientRect().left;
        });
      };
      const inOrder = (id: string, groups: string[]) => {
        const x = lefts(id, groups);
        for (let i = 1; i < x.length; i++) expect(x[i], `${id}: "${groups[i]}" right of "${groups[i - 1]}" (${x.join(', ')})`).to.be.greaterThan(x[i - 1]);
      };
      inOrder('call-us', ['+44', '20', '7946', '0000']);
      inOrder('call-us', ['(020)', '7946', '0001']);
      inOrder('hindi', ['٠٢٠', '٧٩٤٦', '٠٠٠٢']);
      inOrder('write', ['www.clinic.example', 'contact-24']);
      const spans = (id: string) => [...el.shadowRoot!.querySelectorAll(`[data-id="${id}"] .address`)].map((s) => [s.textContent, s.getAttribute('dir')]);
      expect(spans('call-us')).to.deep.equal([['+44 20 7946 0000', 'ltr'], ['(020) 7946 0001', 'ltr']]);
      expect(spans('write')).to.deep.equal([['care@clinic.example', 'ltr'], ['www.clinic.example/contact-24', 'ltr']]);
      // Counts of days are not phone numbers: left as the text runs.
      expect(spans('short')).to.deep.equal([]);
    });

    it("a phone number in a clinic's own item stays on one line in a narrow card, where it fits", async () => {
      await pageLang('ar');
      const wrap = await fixture(html`<div><smp-aftercare-checklist defaults="none" phone="+44 20 7946 0000">
        <li data-id="call-us" data-kind="urgent">اتصل بنا على +44 20 7946 0000 أو ٠٥٠ ١٢٣ ٤٥٦٧ فورًا.</li>
      </smp-aftercare-checklist></div>`) as HTMLElement;
      const el = wrap.firstElementChild as Widget;
      // Every width from a phone's to a column's: wherever the line breaks, it breaks beside a number, not inside it.
      for (let width = 220; width <= 420; width += 8) {
        wrap.style.inlineSize = `${width}px`;
        for (const bdo of el.shadowRoot!.querySelectorAll<HTMLElement>('[data-id="call-us"] bdo')) {
          // Its width on one line, measured on a copy that does not wrap; wider than the text column, it may wrap.
          const copy = Object.assign(bdo.cloneNode(true) as HTMLElement, { style: 'position: absolute; visibility: hidden; white-space: nowrap' });
          bdo.parentElement!.append(copy);
          const natural = copy.getBoundingClientRect().width;
          copy.remove();
          if (natural > bdo.parentElement!.clientWidth) continue;
          const range = document.createRange();
          range.selectNodeContents(bdo);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          expect(tops.size, `${width}px: "${bdo.textContent}" on one line`).to.equal(1);
        }
      }
    });

    it('left-to-right text gets no isolates', async () => {
      const el = await fixture<Widget>(html`<smp-aftercare-checklist phone="+44 20 7946 0000"></smp-aftercare-checklist>`);
      expect(el.shadowRoot!.textContent).to.not.match(/[\u2066-\u2069]/);
      expect(part(el, 'contact').textContent).to.contain('Call +44 20 7946 0000');
    });
  });

  describe('defaults="none"', () => {
    it('the checklist shows only the items written inside it', async () => {
      const el = await fixture<Widget>(html`
        <smp-aftercare-checklist defaults="none" phone="020 7946 0000">
          <ul>
            <li data-id="no-swim" data-kind="avoid">Don’t swim for two weeks.</li>
            <li data-id="reaction" data-kind="urgent">Call us if the area swells.</li>
          </ul>
        </smp-aftercare-checklist>
      `);
      const ids = [...el.shadowRoot!.querySelectorAll('[data-id]')].map((n) => n.getAttribute('data-id'));
      expect(ids).to.deep.equal(['no-swim', 'reaction']);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('0 of 1 done');
    });

    it('pros and cons show only their own items', async () => {
      const el = await fixture<Widget>(html`
        <smp-pros-cons defaults="none"><li data-kind="pro" data-id="quick">Quick.</li><li data-kind="con" data-id="cost">Costly.</li></smp-pros-cons>
      `);
      expect([...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((n) => n.getAttribute('data-id'))).to.deep.equal(['quick', 'cost']);
    });

    it('the timeline shows only its own steps, a default id keeping its timing', async () => {
      const el = await fixture<Widget>(html`
        <smp-recovery-timeline defaults="none"><li data-id="dry-period">Keep it dry for four days.</li><li data-id="call" data-from="2">We call you.</li></smp-recovery-timeline>
      `);
      const steps = [...el.shadowRoot!.querySelectorAll('[part~="step"]')];
      expect(steps.map((n) => n.getAttribute('data-id'))).to.deep.equal(['dry-period', 'call']);
      expect(plain(steps[0].querySelector('.day')!.textContent!)).to.equal('Session day to day 5');
    });

    it('defaults="all" (or no attribute) keeps them; any other value warns and keeps them', async () => {
      const all = await fixture<Widget>(html`<smp-pros-cons defaults="all"><li data-id="quick" data-kind="pro">Quick.</li></smp-pros-cons>`);
      expect(all.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(20);
      let el!: Widget;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Widget>(html`<smp-pros-cons defaults="no"></smp-pros-cons>`);
      });
      expect(warnings.join()).to.contain('defaults="no"');
      expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(19);
    });
  });

  describe('the urgent box', () => {
    it('without a phone or contact page it still shows, says whom to call in words, and warns once', async () => {
      let a!: Widget;
      const warnings = await captureWarnings(async () => {
        a = await fixture<Widget>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
        const b = await fixture<Widget>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
        a.setAttribute('dry-days', '4');
        await a.updateComplete;
        await b.updateComplete;
        await afterEmptyCheck();
      });
      const contact = warnings.filter((w) => w.includes('phone') && w.includes('contact-url'));
      expect(contact).to.have.length(1);
      const urgent = part(a, 'urgent');
      expect(urgent.textContent).to.contain('Call the clinic where you had your treatment.');
      expect(urgent.textContent).to.contain('call your local emergency number now');
      expect(urgent.querySelector('a')).to.equal(null);
      const undo = await printMedia(a);
      try {
        expect(getComputedStyle(urgent).display).to.not.equal('none');
        expect(getComputedStyle(part(a, 'contact')).display).to.not.equal('none');
      } finally {
        await undo();
      }
    });

    it('no warning when the page sets the contact with configure() just after the first render (a module script after the embed)', async () => {
      // warnOnce says a message once per page: forget it, so this test can see it if it comes.
      (globalThis as unknown as Record<symbol, Set<string>>)[Symbol.for('smp-widgets.warnings')].delete(
        '<smp-aftercare-checklist>: set phone or contact-url, so the urgent box can link to the clinic.',
      );
      const warnings = await captureWarnings(async () => {
        const el = await fixture<Widget>(html`<smp-aftercare-checklist></smp-aftercare-checklist>`);
        expect(part(el, 'urgent').textContent, 'first render: no contact yet').to.contain('Call the clinic where you had your treatment.');
        await new Promise((r) => setTimeout(r));
        configure({ phone: '+44 20 7946 0000' });
        await el.updateComplete;
        await afterEmptyCheck();
        expect(part(el, 'urgent').querySelector('a[href^="tel:"]')).to.not.equal(null);
      });
      configure({ phone: undefined });
      expect(warnings.filter((w) => w.includes('contact-url'))).to.deep.equal([]);
    });

    it('with a contact, no warning and no "call the clinic" fallback line', async () => {
      let el!: Widget;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Widget>(html`<smp-aftercare-checklist contact-url="https://clinic.example/contact"></smp-aftercare-checklist>`);
      });
      expect(warnings).to.deep.equal([]);
      expect(part(el, 'urgent').textContent).to.not.contain('Call the clinic where you had your treatment.');
    });
  });

  describe('ticked items', () => {
    it('a ticked "avoid" item is not struck through (it is kept, not cancelled); a ticked "do" item is', async () => {
      const el = await fixture<Widget>(html`<smp-aftercare-checklist phone="020 7946 0000"></smp-aftercare-checklist>`);
      for (const id of ['no-sun', 'clean-touch']) el.shadowRoot!.querySelector<HTMLInputElement>(`[data-id="${id}"] input`)!.click();
      await el.updateComplete;
      const line = (id: string) => getComputedStyle(el.shadowRoot!.querySelector(`[data-id="${id}"] .text`)!).textDecorationLine;
      expect(line('no-sun')).to.equal('none');
      expect(line('clean-touch')).to.equal('line-through');
    });
  });
});
