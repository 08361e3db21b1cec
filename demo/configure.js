// The embed configurator: a form → the element's attributes and CSS → a live
// preview in light and dark, a contrast check, and the code to copy as HTML,
// a WordPress shortcode or WordPress block markup. The preview is built from
// exactly the attributes and CSS that are copied.
import { setLocale } from '../dist/smp-widgets.js';
// The widgets' own rules for protocol numbers (the npm build's module of them, beside the bundle),
// so that the configurator refuses exactly what the widgets would.
import { DEFAULT_PROTOCOL, MAX_COUNT, MIN, SETTING_ATTRIBUTES, SPAN_KEYS, parseCount, parseSpan } from '../dist/lib/internal/settings.js';
// …and for the contact link: what the widget makes of a text, read by the widget's own rule.
import { readContact } from '../dist/lib/internal/contact-link.js';
// …and for the phone: how long a text the checklist reads for a number, counted as it counts.
import { PHONE_READ_MAX, characters } from '../dist/lib/internal/tel-plain.js';
import { blockMarkup, needsShortcodeBlock, shortcode as writeShortcode } from './shortcode.js';

const $ = (selector, root = document) => root.querySelector(selector);
const form = $('#cfg-form');
const copyForm = $('#cfg-copy');

/** Attributes that each element takes, in the order they are written out: block.json's, the order in which the block editor writes a block back. */
const COMMON = ['heading', 'heading-level', 'hide', 'disclaimer', 'no-disclaimer', 'scheme'];
const CLINIC = ['phone', 'contact-url', 'dry-days', 'redness-days', 'heal-days', 'recovery-days', 'assessment-days', 'min-sessions', 'session-hours'];
export const ELEMENTS = {
  'smp-aftercare-checklist': { block: 'aftercare-checklist', shortcode: 'smp_aftercare_checklist', attributes: [...COMMON, 'persist', 'daily', ...CLINIC] },
  // The pros and cons says the fewest sessions and the days to the assessment, and shows no phone or contact page.
  'smp-pros-cons': { block: 'pros-cons', shortcode: 'smp_pros_cons', attributes: [...COMMON, 'layout', 'assessment-days', 'min-sessions'] },
  'smp-recovery-timeline': {
    block: 'recovery-timeline',
    shortcode: 'smp_recovery_timeline',
    attributes: [...COMMON, 'session-date', 'date-input', 'persist', 'orientation', 'session-interval', ...CLINIC],
  },
  'smp-practitioner-guide': { block: 'practitioner-guide', shortcode: 'smp_practitioner_guide', attributes: [...COMMON, 'variant', 'persist'] },
};
/** The form field that says "persist" for each element. */
export const PERSIST = { 'smp-aftercare-checklist': 'persist', 'smp-recovery-timeline': 'persist-date', 'smp-practitioner-guide': 'persist-guide' };
/** Boolean attributes: present or absent (booleans in block markup too). */
const BOOLEAN = new Set(['no-disclaimer', 'daily', 'date-input']);

/**
 * Brand colours. Defaults are the widgets' own (src/styles/tokens.ts). In
 * light mode the widget takes the page's text on the page's background: the
 * preview page's, which the contrast check assumes too.
 */
const PAGE = { light: { text: '#1f2933', background: '#ffffff' }, dark: { text: '#e6edf3', background: '#0b1116' } };
const COLOURS = [
  { token: '--smp-color-text', label: 'Text', light: null, dark: '#e6edf3' },
  { token: '--smp-color-surface', label: 'Background', light: null, dark: '#101820' },
  { token: '--smp-color-accent', label: 'Accent (buttons, links)', light: '#0f766e', dark: '#5eead4' },
  { token: '--smp-color-on-accent', label: 'Text on the accent', light: '#ffffff', dark: '#042f2e' },
];

/* ---------- colours and contrast (WCAG 2.2) ---------- */

const channel = (c) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex) => {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
};
export const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** Builds the colour rows: per token a light and a dark colour input and a "use" box. */
function colourRows() {
  const rows = $('#cfg-colour-rows');
  for (const c of COLOURS) {
    const id = c.token.replace('--smp-color-', '');
    const tr = document.createElement('tr');
    const lightDefault = c.light ?? (id === 'text' ? PAGE.light.text : PAGE.light.background);
    tr.innerHTML = `
      <th scope="row" id="cfg-c-${id}">${c.label}<br /><code>${c.token}</code></th>
      <td><input type="color" name="c-${id}-light" value="${lightDefault}" aria-labelledby="cfg-c-${id} cfg-c-light" /></td>
      <td><input type="color" name="c-${id}-dark" value="${c.dark}" aria-labelledby="cfg-c-${id} cfg-c-dark" /></td>
      <td><label><input type="checkbox" name="c-${id}-set" /> <span class="visually-hidden">Use my </span>set<span class="visually-hidden"> ${c.label.toLowerCase()}</span></label></td>`;
    rows.append(tr);
    // Picking a colour means using it.
    for (const input of tr.querySelectorAll('input[type="color"]')) input.addEventListener('input', () => (tr.querySelector('input[type="checkbox"]').checked = true));
  }
  const head = $('.cfg-colours thead tr');
  head.children[1].id = 'cfg-c-light';
  head.children[2].id = 'cfg-c-dark';
}

/** The brand colours the user set, with the value each scheme ends up with. */
function colours() {
  const out = [];
  for (const c of COLOURS) {
    const id = c.token.replace('--smp-color-', '');
    const set = form.elements[`c-${id}-set`].checked;
    out.push({
      ...c,
      id,
      set,
      lightValue: set ? form.elements[`c-${id}-light`].value : null,
      darkValue: set ? form.elements[`c-${id}-dark`].value : null,
    });
  }
  return out;
}

/** The colour each pair resolves to in a scheme, for the contrast check. */
function resolved(list, scheme) {
  const get = (id) => {
    const c = list.find((x) => x.id === id);
    const own = scheme === 'light' ? c.lightValue : c.darkValue;
    if (own) return own;
    if (scheme === 'light' && id === 'text') return PAGE.light.text;
    if (scheme === 'light' && id === 'surface') return PAGE.light.background;
    return c[scheme];
  };
  return { text: get('text'), surface: get('surface'), accent: get('accent'), onAccent: get('on-accent') };
}

/* ---------- the configuration ---------- */

const element = () => form.elements.element.value;
const value = (name) => (form.elements[name]?.value ?? '').trim();

/**
 * The contact page as the widget will link to it, and what to say under the field, by the widget's
 * own reading of the text (readContact, src/internal/contact-link.ts). A text without a scheme would
 * be a path to the widget (on the configurator's page: a link into its own folder, on a clinic's
 * page: into that page's folder) and WordPress would prefix http://, so an address
 * (`www.clinic.example/contact`) gets https:// and an e-mail address mailto:, in the code as in the
 * preview. A path (`/contact`, `kontakt`) stays one: a page of the site the widget is on. What the
 * widget refuses (`javascript:`), a phone number or words are left out of the code; the field
 * keeps the text.
 */
export function contactLink(text) {
  if (!text) return {};
  const { kind, href } = readContact(text, document.baseURI);
  if (kind === 'page') return { href, relative: true, folder: !/^[/?#]/.test(href) };
  if (kind === 'link' || kind === 'web' || kind === 'mail') return { href };
  if (kind === 'phone') return { problem: ['Not used: this is a phone number, not a link. Put it in the phone field (or write ', code(href), ').'] };
  if (kind === 'refused') {
    let scheme = '';
    try {
      scheme = new URL(href).protocol;
    } catch {
      /* no link at all */
    }
    if (scheme && !/^(https?|tel|mailto):$/.test(scheme)) return { problem: [`Not used: the widget only links to https:, http:, tel: or mailto: addresses, not ${scheme}.`] };
    return { problem: ['Not used: the widget cannot read this as a link. Write the whole address, e.g. ', code('https://clinic.example/contact'), '.'] };
  }
  return { problem: ['Not used: this is not a web address. Write the whole address, e.g. ', code('https://clinic.example/contact'), '.'] };
}

/**
 * The number fields and what each takes: the clinic settings by the library's rules, and the
 * timeline's session-interval by the timeline's (whole days, or a range, from 1).
 */
const UNITS = { minSessions: 'sessions', sessionHours: 'hours' };
const example = (v) => (Array.isArray(v) ? v.join('-') : String(v));
const NUMBERS = {
  ...Object.fromEntries(
    Object.entries(SETTING_ATTRIBUTES)
      .filter(([key]) => key in DEFAULT_PROTOCOL)
      .map(([key, name]) => [name, { span: SPAN_KEYS.has(key), min: MIN[key] ?? 0, unit: UNITS[key] ?? 'days', example: example(DEFAULT_PROTOCOL[key]) }]),
  ),
  'session-interval': { span: true, min: 1, unit: 'days', example: '10-14' },
};

/**
 * A number field's text as the widget reads it: `{ value }` to copy when the widget takes it, or
 * `{ problem }` (what to say under the field) when it would refuse it and use its default: then
 * the value is left out of the code and the preview, and the field keeps the text.
 */
export function protocolNumber(name, text) {
  const rule = NUMBERS[name];
  if (!text) return {};
  const parsed = rule.span ? parseSpan(text) : parseCount(text);
  const low = Array.isArray(parsed) ? parsed[0] : parsed;
  if (parsed !== undefined && low >= rule.min) return { value: text };
  return {
    problem: rule.span
      ? [`Not used: the widget takes whole ${rule.unit} from ${rule.min} to ${MAX_COUNT}, or a range such as `, code(rule.example), ' (the smaller first).']
      : [`Not used: the widget takes a whole number of ${rule.unit} from ${rule.min} to ${MAX_COUNT}, such as `, code(rule.example), '.'],
  };
}

/** The element's attributes, in order; booleans as true. */
export function attributes() {
  const tag = element();
  const out = {};
  for (const name of ELEMENTS[tag].attributes) {
    let v;
    if (BOOLEAN.has(name)) v = form.elements[name]?.checked || undefined;
    else if (name === 'heading-level') v = value(name) === '2' ? undefined : value(name);
    else if (name === 'hide') v = [...form.querySelectorAll('#cfg-hide input:checked')].map((i) => i.value).join(' ') || undefined;
    else if (name === 'persist') v = form.elements[PERSIST[tag]].checked || undefined;
    else if (name === 'contact-url') v = contactLink(value(name)).href;
    // Text without a digit is no phone number to the widgets (settings.ts): left out, as the note under the field says.
    else if (name === 'phone') v = /\p{Nd}/u.test(value(name)) ? value(name) : undefined;
    else if (name in NUMBERS) v = protocolNumber(name, value(name)).value;
    else v = value(name) || undefined;
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/** The CSS for the brand colours: a light-dark() pair per token, so both schemes stay readable. */
export function css() {
  const tag = element();
  const set = colours().filter((c) => c.set);
  if (!set.length) return '';
  const lines = set.map((c) => `  ${c.token}: light-dark(${c.lightValue}, ${c.darkValue});`);
  return `${tag} {\n${lines.join('\n')}\n}`;
}

const escapeAttr = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/**
 * The folder of the bundle at `src` (any query or fragment after `smp-widgets.js` dropped), or `src`
 * itself when it is not the bundle's address: a file named `smp-widgets.js`, not one whose name only
 * ends so (`my-smp-widgets.js`, whose folder has no `my-chunks/`).
 */
const bundleBase = (src) => src.replace(/(^|\/)smp-widgets\.js(\?[^#]*)?(#.*)?$/, '$1');

export function html() {
  const tag = element();
  const src = (copyForm.elements.src.value ?? '').trim();
  const attrs = Object.entries(attributes())
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`))
    .join('');
  const lang = value('lang');
  const parts = [`<script type="module" src="${escapeAttr(src)}"></script>`];
  // The README's recommended embed: the element's own module, render-blocking, so the
  // first paint has the widget in place (no layout shift), and the shared core preloaded.
  const base = bundleBase(src);
  if (base !== src) {
    parts.unshift(
      `<link rel="modulepreload" href="${escapeAttr(`${base}chunks/core.js`)}">`,
      `<script type="module" blocking="render" src="${escapeAttr(`${base}elements/${tag.replace(/^smp-/, '')}.js`)}"></script>`,
    );
    // Not English: the element's messages first, so its first frame is in that language (README: a page not in English).
    if (lang && lang !== 'en') parts.unshift(`<script type="module" blocking="render" src="${escapeAttr(`${base}locales/${lang}/${tag.replace(/^smp-/, '')}.js`)}"></script>`);
  }
  // The language comes from the page's <html lang> (no inline script, so a strict CSP works):
  // the snippet says so on its first line, and the note beside it too.
  if (lang) parts.unshift(`<!-- smp-widgets: this page's <html> tag must say lang="${escapeAttr(lang)}"; the widgets speak the page's language. -->`);
  // Brand colours: an inline <style>, which a strict CSP blocks (the note beside the snippet says
  // to put the rule in the site's own stylesheet then).
  const style = css();
  if (style) parts.push(`<style>\n${style.replace(/^/gm, '  ')}\n</style>`);
  parts.push(`<${tag}${attrs}></${tag}>`);
  return parts.join('\n');
}

/** The shortcode, every value written so that WordPress reads it back as entered (shortcode.js). */
export function shortcode() {
  return writeShortcode(ELEMENTS[element()].shortcode, attributes());
}

/** Block markup: attribute names are the elements' property names; headingLevel a number, booleans booleans, the rest strings. */
export function block() {
  const { block: name } = ELEMENTS[element()];
  const json = {};
  for (const [k, v] of Object.entries(attributes())) {
    if (k === 'heading-level') json.headingLevel = Number(v);
    else if (k === 'persist') json.persist = 'true';
    else json[camel(k)] = v;
  }
  return blockMarkup(`smp-widgets/${name}`, json);
}

/* ---------- preview ---------- */

const setHere = new WeakMap();

/** The same element in both panes; light and dark come from the pane, as from a visitor's setting. */
function preview() {
  const tag = element();
  const attrs = attributes();
  for (const pane of [$('#cfg-preview-light'), $('#cfg-preview-dark')]) {
    let el = pane.firstElementChild;
    if (el?.localName !== tag) {
      el = document.createElement(tag);
      pane.replaceChildren(el);
    }
    // An attribute set here and now unset: a fresh element, so that it shows its own default (an
    // element that reflects an attribute, such as layout or variant, would otherwise keep it).
    if ((setHere.get(el) ?? []).some((name) => !(name in attrs))) {
      el = document.createElement(tag);
      pane.replaceChildren(el);
    }
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v === true ? '' : v);
    setHere.set(el, Object.keys(attrs));
  }
  let style = $('#cfg-preview-css');
  if (!style) {
    style = document.createElement('style');
    style.id = 'cfg-preview-css';
    document.head.append(style);
  }
  style.textContent = css();
}

/**
 * What `read` finds in a hidden `tag` element with `attributes`, once rendered: the element's own
 * answer, not a copy of its rules (the bundle's loader fetches its module if need be).
 */
async function probe(tag, attributes, read) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.hidden = true;
  document.body.append(el);
  try {
    await customElements.whenDefined(tag);
    await el.updateComplete;
    return read(el.shadowRoot);
  } finally {
    el.remove();
  }
}

/** What a reader hears of an item: not the decoration (a step's number) hidden from assistive technology. */
function itemText(node) {
  const title = node.querySelector('[part~="title"]')?.textContent;
  const shown = node.cloneNode(true);
  for (const hidden of shown.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (title ? `${title}: ${node.querySelector('[part~="text"]')?.textContent ?? ''}` : shown.textContent).replace(/\s+/g, ' ').trim();
}

/** Lists the element's default items, with their text as the element shows it, as "hide" checkboxes. */
async function hideList() {
  const tag = element();
  const box = $('#cfg-hide');
  const before = new Set([...box.querySelectorAll('input:checked')].map((i) => i.value));
  const items = await probe(tag, { 'no-disclaimer': '' }, (root) => [...root.querySelectorAll('[data-id]')].map((node) => ({ id: node.dataset.id, text: itemText(node) })));
  box.replaceChildren(
    ...items.map(({ id, text }) => {
      const label = document.createElement('label');
      label.className = 'cfg-check';
      const input = Object.assign(document.createElement('input'), { type: 'checkbox', value: id, checked: before.has(id) });
      const span = document.createElement('span');
      span.textContent = text;
      const code = document.createElement('code');
      code.textContent = id;
      label.append(input, ' ', span, ' ', code);
      return label;
    }),
  );
}

/* ---------- the call link ---------- */

/** A number or an address under a field, in its own left-to-right box. */
const code = (text) => Object.assign(document.createElement('code'), { textContent: text, dir: 'ltr' });

let checkedPhone;
let unreadPhone; // the text whose last check could not read it
let callCheckTimer;
let callChecked = Promise.resolve(); // the check of `checkedPhone`, done or under way
let callPaused = Promise.resolve(); // settles when the check after the pause in typing has
let releaseCallPaused;

/**
 * Checks the phone once typing pauses: a number half typed ("020 79") is not judged. Leaving the
 * field waits for that check (`callPaused`) rather than checking at once, which would change the
 * text under the field, and so move what is below it, mid-click.
 */
function scheduleCallCheck() {
  clearTimeout(callCheckTimer);
  if (!releaseCallPaused) callPaused = new Promise((resolve) => (releaseCallPaused = resolve));
  callCheckTimer = setTimeout(() => {
    const release = releaseCallPaused;
    releaseCallPaused = undefined;
    release(callCheck());
  }, 300);
}

/**
 * Under the phone field: what the checklist's "Call" link will dial, read by the checklist
 * itself (a hidden one, with this phone text), so that a clinic sees a wrong or missing link
 * before a patient does.
 */
async function callCheck() {
  const out = $('#cfg-phone-check');
  // Only the checklist shows a "Call" link: the timeline takes the phone but shows none.
  const phone = element() === 'smp-aftercare-checklist' ? value('phone') : '';
  if (phone === checkedPhone && phone !== unreadPhone) return callChecked;
  checkedPhone = phone;
  callChecked = readCall(out, phone);
  return callChecked;
}

async function readCall(out, phone) {
  if (!phone) {
    out.hidden = true;
    out.replaceChildren();
    delete out.dataset.for;
    return;
  }
  const call = await probe('smp-aftercare-checklist', { phone }, (root) => root.querySelector('.call'));
  if (phone !== checkedPhone) return; // the phone text changed meanwhile
  out.className = 'cfg-help';
  // The checklist marks a text it could not read (its call-link reader did not download): no
  // verdict on the number, which is checked again at the next change, even to the same text.
  unreadPhone = call?.classList.contains('unread') ? phone : undefined;
  if (unreadPhone) {
    out.classList.add('cfg-warn');
    out.replaceChildren('Not checked: the part of the checklist that reads phone numbers could not be loaded. Change the number, or reload the page, to check it again.');
  } else if (call?.href?.startsWith('tel:')) {
    // A preview whose own download failed keeps showing this text without a link (a checklist reads
    // a text once): a fresh one shows the link this check has just read.
    const stale = [$('#cfg-preview-light'), $('#cfg-preview-dark')].filter((pane) => pane.firstElementChild?.shadowRoot?.querySelector('.call.unread'));
    if (stale.length) {
      for (const pane of stale) pane.replaceChildren();
      preview();
    }
    const digits = decodeURIComponent(call.getAttribute('href').slice(4));
    out.replaceChildren('Patients’ “Call” link dials ', code(digits), '. Check that this is your number.');
  } else if (call?.classList.contains('emergency')) {
    out.classList.add('cfg-warn');
    out.replaceChildren(
      'No “Call” link: the number starts with an emergency number, such as 911 or 112, and a phone would dial the two as one, which could call the emergency line. Write your clinic’s number alone.',
    );
  } else if (call?.classList.contains('long')) {
    out.classList.add('cfg-warn');
    out.replaceChildren(`No “Call” link: the text is ${characters(phone)} characters long, and only a text of up to ${PHONE_READ_MAX} is read for a number. Write the number alone, or with a short note.`);
  } else if (call) {
    out.classList.add('cfg-warn');
    out.replaceChildren(
      'No “Call” link: the number is shown as text, because it is not clear which digits to dial. Write the number alone, or put hours in brackets or give them a unit (',
      code('020 7946 0000 (9–17)'),
      ').',
    );
  } else {
    out.classList.add('cfg-warn');
    out.replaceChildren('Not used: a phone number needs at least one digit.');
  }
  out.dataset.for = phone;
  out.hidden = false;
}

let numbersTimer;

/**
 * Under each number field: why a value is not used, once typing pauses, so that a range half
 * typed (`3-`) is not judged; like the phone's check, leaving the field does not check at once,
 * which would move what is below it mid-click. The code and the preview leave such a value out
 * at once (attributes()).
 */
function scheduleNumberChecks() {
  clearTimeout(numbersTimer);
  numbersTimer = setTimeout(numberChecks, 300);
}

function numberChecks() {
  for (const name of Object.keys(NUMBERS)) {
    const field = form.elements[name];
    const out = $(`#cfg-${name}-check`);
    const { problem } = protocolNumber(name, value(name));
    out.hidden = !problem;
    out.replaceChildren(...(problem ?? []));
    if (problem) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
}

/** Under the contact field: where the widget's contact link goes, or why there is none. */
function contactCheck() {
  const out = $('#cfg-contact-check');
  const text = value('contact-url');
  const { href, relative, folder, problem } = contactLink(text);
  out.hidden = !text;
  out.className = problem ? 'cfg-help cfg-warn' : 'cfg-help';
  if (!text) out.replaceChildren();
  else if (problem) out.replaceChildren(...problem);
  else if (relative)
    out.replaceChildren(
      'Links to ',
      code(href),
      ' on the site the widget is on (in this preview, on this site)',
      // kontakt, contact.html, ./contact: read from the folder of the page the widget is on, as a link in that page would be.
      ...(folder ? [', next to the page the widget is on: to link the same page from every page, start it with ', code('/'), '.'] : ['.']),
    );
  else out.replaceChildren('Links to ', code(href), '.');
}

function contrastReport() {
  const list = colours();
  const out = $('#cfg-contrast');
  const rows = [];
  for (const scheme of ['light', 'dark']) {
    const c = resolved(list, scheme);
    rows.push({ scheme, pair: 'Text on background', a: c.text, b: c.surface, ratio: contrast(c.text, c.surface) });
    rows.push({ scheme, pair: 'Text on the accent (buttons)', a: c.onAccent, b: c.accent, ratio: contrast(c.onAccent, c.accent) });
    rows.push({ scheme, pair: 'Accent on background (links, the current step)', a: c.accent, b: c.surface, ratio: contrast(c.accent, c.surface) });
  }
  out.replaceChildren(
    ...rows.map((r) => {
      const li = document.createElement('li');
      const ok = r.ratio >= 4.5;
      li.className = ok ? 'pass' : 'fail';
      li.dataset.scheme = r.scheme;
      li.textContent = `${ok ? 'Passes' : 'Fails'} WCAG AA — ${r.scheme} mode, ${r.pair}: ${r.a} on ${r.b} is ${r.ratio.toFixed(2)}:1${ok ? '' : ' (needs 4.5:1)'}`;
      return li;
    }),
  );
  return rows.filter((r) => r.ratio < 4.5);
}

/* ---------- output ---------- */

function output() {
  const format = copyForm.elements.format.value;
  const code = format === 'html' ? html() : format === 'shortcode' ? shortcode() : block();
  $('#cfg-code').textContent = code;
  $('#cfg-src-field').hidden = format !== 'html';
  const src = (copyForm.elements.src.value ?? '').trim();
  $('#cfg-src-note').hidden = !src || bundleBase(src) !== src;
  $('#cfg-head-note').hidden = format !== 'html';
  const style = css();
  const wp = format !== 'html' && style;
  $('#cfg-css-note').hidden = !wp;
  $('#cfg-css-wrap').hidden = !wp;
  $('#cfg-css').textContent = wp ? style : '';
  $('#cfg-lang-note').hidden = format === 'html' || !value('lang');
  $('#cfg-paste-note').hidden = format !== 'shortcode' || !needsShortcodeBlock(code);
  const lang = value('lang');
  $('#cfg-html-lang-note').hidden = format !== 'html' || !lang;
  $('#cfg-html-lang').textContent = `<html lang="${lang}">`;
  $('#cfg-style-note').hidden = format !== 'html' || !style;
}

async function update() {
  // Fieldsets, and fields within them, that only some elements take (not the phone's note, whose data-for is the text it checked).
  for (const part of form.querySelectorAll('fieldset[data-for], .cfg-field[data-for]')) part.hidden = !part.dataset.for.split(' ').includes(element());
  preview();
  scheduleCallCheck();
  scheduleNumberChecks();
  contactCheck();
  const failing = contrastReport();
  output();
  $('#cfg-copy-button').textContent = failing.length ? `Copy anyway (${failing.length} contrast ${failing.length === 1 ? 'problem' : 'problems'})` : 'Copy';
  $('#cfg-copy-status').textContent = '';
}

async function copy() {
  const format = copyForm.elements.format.value;
  const wpCss = format !== 'html' && css();
  const text = wpCss ? `${$('#cfg-code').textContent}\n\n${wpCss}` : $('#cfg-code').textContent;
  const status = $('#cfg-copy-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    // No clipboard (an insecure page, a refused permission): select the code to copy by hand.
    const range = document.createRange();
    range.selectNodeContents($('#cfg-code'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

/* ---------- start ---------- */

colourRows();
copyForm.elements.src.value = new URL('../dist/smp-widgets.js', location.href).href;
form.addEventListener('input', () => update());
// A screen reader hears what the link dials when the phone field is left (a change), not at each
// pause in typing: the text under the field is its description, the live region says it once.
$('#cfg-phone').addEventListener('change', async () => {
  await callPaused;
  const out = $('#cfg-phone-check');
  $('#cfg-phone-live').textContent = out.hidden ? '' : out.textContent;
});
form.addEventListener('change', async (event) => {
  if (event.target.name === 'element') await hideList();
  if (event.target.name === 'lang') {
    await setLocale(value('lang') || null);
    await hideList();
  }
  update();
});
copyForm.addEventListener('input', () => output());
copyForm.addEventListener('change', () => output());
copyForm.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('submit', (e) => e.preventDefault());
$('#cfg-copy-button').addEventListener('click', copy);
$('#cfg-reset-colours').addEventListener('click', () => {
  for (const input of form.querySelectorAll('#cfg-colour-rows input[type="checkbox"]')) input.checked = false;
  update();
});
await hideList();
await update();
document.documentElement.dataset.ready = '';
