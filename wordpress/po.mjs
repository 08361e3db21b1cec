// The plugin's own translations of its admin and block-editor strings:
// wordpress/smp-widgets/languages/smp-widgets-<locale>.po, one per WordPress
// locale, kept in step with the .pot (make-pot.mjs).
//
//   node wordpress/po.mjs merge   # after the .pot changed: adds its new strings
//                                 # (untranslated) to every .po, drops the gone ones,
//                                 # refreshes comments and references
//   node wordpress/po.mjs check   # what `check()` finds, one line per problem
//
// `compile()` is run by `npm run package:wordpress`: each .po becomes the .mo
// WordPress loads for PHP strings and block.json, and the JSON file
// `wp_set_script_translations()` loads for the block editor script
// (`smp-widgets-<locale>-<md5 of "editor/blocks.js">.json`, as `wp i18n
// make-json` names it). Both are generated, never committed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import gettextParser from 'gettext-parser';
import { DOMAIN, PLUGIN, POT } from './make-pot.mjs';

export const LANGUAGES = join(PLUGIN, 'languages');
/** The scripts that carry wp.i18n strings, as WordPress names their translation files. */
export const SCRIPTS = ['editor/blocks.js'];
// A WordPress locale: es_ES, ary, de_DE_formal, es_419, pt_PT_ao90, de_CH_informal.
const PO = new RegExp(`^${DOMAIN}-([a-z]{2,3}(?:_(?:[A-Z]{2}|\\d{3}))?(?:_[a-z0-9]+)?)\\.po$`);

/** The .po files in `dir` (the shipped ones by default): `[{ locale, file }]`, sorted by locale. */
export function poFiles(dir = LANGUAGES) {
  return readdirSync(dir)
    .map((name) => PO.exec(name))
    .filter(Boolean)
    .map((m) => ({ locale: m[1], file: join(dir, m[0]) }))
    .sort((a, b) => a.locale.localeCompare(b.locale));
}

/** Every message of a parsed catalogue but the header: `[{ key, context, message }]`. */
function messages(catalogue) {
  return Object.entries(catalogue.translations).flatMap(([context, table]) =>
    Object.entries(table)
      .filter(([id]) => id !== '')
      .map(([id, message]) => ({ key: `${context}\u0004${id}`, context, message })),
  );
}

/**
 * A .po file, read as UTF-8 (what WordPress shows) and without the byte-order
 * mark some editors save, which the parser would take for a syntax error.
 */
const parse = (file) => gettextParser.po.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));

/** A translation marked `#, fuzzy` (a guess awaiting review): gettext's msgfmt leaves it out, and so does compile(). */
const fuzzy = (message) => /(^|[\s,])fuzzy([\s,]|$)/.test(message.comments?.flag ?? '');

/** What must survive translation unchanged: printf placeholders, HTML tags, entities and shortcode names. */
export function tokens(text) {
  const found = [
    ...text.matchAll(/%(?:\d+\$)?[-+ 0#]*\d*(?:\.\d+)?[sdfFuxXoc]/g),
    ...text.matchAll(/<\/?[a-z][a-z0-9]*\b[^>]*>/gi),
    ...text.matchAll(/&[a-z]+;|&#\d+;/gi),
    ...text.matchAll(/\[smp_[a-z_]+/g),
  ].map((m) => m[0]);
  // `%s` and `%1$s` are the same placeholder when a text has only one.
  return found.map((t) => t.replace(/^%1\$/, '%')).sort();
}

/**
 * Problems of every .po against the .pot, as sentences: a string missing,
 * one the .pot no longer has, one left untranslated, a plural without one
 * translation per form of its Plural-Forms header, a placeholder or tag
 * changed, a header naming another language, or a file that does not compile.
 * `dir` and `pot_`: another folder and template (the test's doctored copies).
 */
export function check(dir = LANGUAGES, pot_ = POT) {
  const pot = new Map(messages(parse(pot_)).map((m) => [m.key, m]));
  const problems = [];
  for (const { locale, file } of poFiles(dir)) {
    const name = `${DOMAIN}-${locale}.po`;
    let catalogue;
    try {
      catalogue = parse(file);
      gettextParser.mo.compile(structuredClone(catalogue)); // a copy: the compiler drops untranslated strings from what it is given
    } catch (error) {
      problems.push(`${name}: does not parse or compile (${error.message})`);
      continue;
    }
    if (catalogue.headers.Language !== locale) problems.push(`${name}: its Language header says "${catalogue.headers.Language}"`);
    const plurals = Number(/nplurals=(\d+);\s*plural=/.exec(catalogue.headers['Plural-Forms'] ?? '')?.[1]);
    if (!plurals) problems.push(`${name}: no Plural-Forms header`);
    const charset = /charset=([^\s;]+)/i.exec(catalogue.headers['Content-Type'] ?? '')?.[1];
    if (charset && !/^utf-?8$/i.test(charset)) problems.push(`${name}: its Content-Type says charset=${charset}; WordPress wants UTF-8`);
    const own = new Map(messages(catalogue).map((m) => [m.key, m]));
    for (const [key, { message }] of pot) {
      const mine = own.get(key)?.message;
      const label = JSON.stringify(message.msgid);
      if (!mine) problems.push(`${name}: ${label} is missing (run npm run po:wordpress)`);
      else if (!mine.msgstr.length || mine.msgstr.some((s) => !s.trim())) problems.push(`${name}: ${label} is not translated`);
      else if (fuzzy(mine)) problems.push(`${name}: ${label} is marked fuzzy (not shipped until reviewed: remove the flag)`);
      else if (message.msgid_plural && plurals && mine.msgstr.length !== plurals) problems.push(`${name}: ${label} has ${mine.msgstr.length} plural forms; its Plural-Forms header says ${plurals}`);
      else {
        const want = tokens(message.msgid).join(' ');
        for (const text of mine.msgstr) {
          const got = tokens(text).join(' ');
          if (got !== want) problems.push(`${name}: ${label} keeps "${want}" but its translation has "${got}"`);
        }
      }
    }
    for (const [key, { message }] of own) if (!pot.has(key)) problems.push(`${name}: ${JSON.stringify(message.msgid)} is no longer in the .pot (run npm run po:wordpress)`);
  }
  return problems;
}

/**
 * Brings every .po in step with the .pot: new strings untranslated, gone ones
 * dropped, comments refreshed. `dir` and `pot_`: another folder and template.
 */
export function merge(dir = LANGUAGES, pot_ = POT) {
  const template = parse(pot_);
  for (const { file } of poFiles(dir)) {
    const catalogue = parse(file);
    const translations = {};
    for (const [context, table] of Object.entries(template.translations)) {
      for (const [id, message] of Object.entries(table)) {
        const old = catalogue.translations[context]?.[id];
        translations[context] ??= {};
        // The .pot's extracted comments and references; the translator's own comment and flags (fuzzy) stay.
        const own = old ? { translator: old.comments?.translator, flag: old.comments?.flag } : {};
        const comments = { ...message.comments, ...Object.fromEntries(Object.entries(own).filter(([, v]) => v)) };
        translations[context][id] = id === '' ? catalogue.translations['']?.[''] ?? message : { ...message, comments, msgstr: old?.msgstr ?? message.msgstr };
      }
    }
    catalogue.translations = translations;
    writeFileSync(file, gettextParser.po.compile(catalogue, { foldLength: 0 }));
  }
}

/** The file name WordPress looks for when it loads the translations of `script` (a path in the plugin). */
export const scriptTranslationFile = (locale, script) => `${DOMAIN}-${locale}-${createHash('md5').update(script).digest('hex')}.json`;

/**
 * Writes, for each .po, `smp-widgets-<locale>.mo` and one JSON file per script
 * with the strings that script uses (Jed 1.x, as `wp i18n make-json` writes
 * it), and removes such files whose .po is gone. Returns the written names.
 * `dir`: another folder than the shipped one.
 */
export function compile(dir = LANGUAGES) {
  for (const name of readdirSync(dir)) if (/\.(mo|json)$/.test(name)) rmSync(join(dir, name));
  const written = [];
  for (const { locale, file } of poFiles(dir)) {
    const catalogue = parse(file);
    // An untranslated or fuzzy string stays out, so WordPress shows the English one.
    for (const table of Object.values(catalogue.translations)) {
      for (const [id, message] of Object.entries(table)) if (id !== '' && (!message.msgstr.some((s) => s.trim()) || fuzzy(message))) delete table[id];
    }
    // Read as UTF-8 above; the .mo says so, whatever the .po's header claimed.
    catalogue.charset = 'utf-8';
    catalogue.headers['Content-Type'] = 'text/plain; charset=UTF-8';
    writeFileSync(join(dir, `${DOMAIN}-${locale}.mo`), gettextParser.mo.compile(catalogue));
    written.push(`${DOMAIN}-${locale}.mo`);
    for (const script of SCRIPTS) {
      const data = { '': { domain: 'messages', lang: locale, 'plural-forms': catalogue.headers['Plural-Forms'] } };
      for (const { context, message } of messages(catalogue)) {
        if (!(message.comments?.reference ?? '').split(/\s+/).some((ref) => ref.replace(/:\d+$/, '') === script)) continue;
        data[context ? `${context}\u0004${message.msgid}` : message.msgid] = message.msgstr;
      }
      const json = { 'translation-revision-date': catalogue.headers['PO-Revision-Date'] ?? '', generator: 'wordpress/po.mjs', source: script, domain: 'messages', locale_data: { messages: data } };
      const name = scriptTranslationFile(locale, script);
      writeFileSync(join(dir, name), JSON.stringify(json));
      written.push(name);
    }
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === 'merge') {
    merge();
    console.log(`merged ${poFiles().length} .po files with ${POT.replace(`${PLUGIN}/`, '')}`);
  } else if (command === 'check') {
    const problems = check();
    for (const p of problems) console.log(p);
    console.log(`${poFiles().length} .po files, ${problems.length} problems`);
    process.exit(problems.length ? 1 : 0);
  } else {
    console.error('usage: node wordpress/po.mjs merge|check');
    process.exit(2);
  }
}
