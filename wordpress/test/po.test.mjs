// Tests of wordpress/po.mjs on doctored .po files in a temporary folder (the
// shipped ones are never touched): what compile() ships, what merge() keeps
// and what check() reports. Prints one line
// "smp-widgets totals: N passed, N failed" and exits non-zero on failure.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import gettextParser from 'gettext-parser';
import { check as checkPo, compile, merge, poFiles, scriptTranslationFile } from '../po.mjs';

let passed = 0;
let failed = 0;
const failures = [];
function check(name, ok, detail = '') {
  if (ok) passed++;
  else {
    failed++;
    failures.push(`✗ ${name}${detail ? `: ${detail}` : ''}`);
  }
}

const HEADER = ['msgid ""', 'msgstr ""', '"Language: es_ES\\n"', '"MIME-Version: 1.0\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"', ''];
const POT = [
  'msgid ""',
  'msgstr ""',
  '"Content-Type: text/plain; charset=UTF-8\\n"',
  '',
  '#: editor/blocks.js:10',
  'msgid "Heading"',
  'msgstr ""',
  '',
  '#: editor/blocks.js:11',
  'msgid "Content"',
  'msgstr ""',
  '',
  '#: includes/admin.php:5',
  'msgid "Your clinic"',
  'msgstr ""',
  '',
].join('\n');
const body = (locale, entries) => [...HEADER.map((l) => l.replace('es_ES', locale)), ...entries, ''].join('\n');
const ENTRIES = ['#: editor/blocks.js:10', 'msgid "Heading"', 'msgstr "Título"', '', '#: editor/blocks.js:11', 'msgid "Content"', 'msgstr "Contenido"', '', '#: includes/admin.php:5', 'msgid "Your clinic"', 'msgstr "Su clínica"'];

function withDir(files, run) {
  const dir = mkdtempSync(join(tmpdir(), 'smp-po-test-'));
  try {
    writeFileSync(join(dir, 'smp-widgets.pot'), POT);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const mo = (dir, locale) => gettextParser.mo.parse(readFileSync(join(dir, `smp-widgets-${locale}.mo`))).translations[''];
const json = (dir, locale) => JSON.parse(readFileSync(join(dir, scriptTranslationFile(locale, 'editor/blocks.js')), 'utf8')).locale_data.messages;

// The plain file: compiles, and check() finds nothing.
withDir({ 'smp-widgets-es_ES.po': body('es_ES', ENTRIES) }, (dir) => {
  compile(dir);
  check('a plain .po compiles to a .mo with its strings', mo(dir, 'es_ES')?.['Your clinic']?.msgstr[0] === 'Su clínica');
  check('a plain .po: the JSON holds the editor script’s strings only', json(dir, 'es_ES').Heading?.[0] === 'Título' && !json(dir, 'es_ES')['Your clinic']);
  const problems = checkPo(dir, join(dir, 'smp-widgets.pot'));
  check('a plain .po: check() finds nothing', problems.length === 0, problems.join('; '));
});

// A fuzzy translation (a guess awaiting review) is not shipped, as msgfmt would not ship it; check() says so.
withDir({ 'smp-widgets-es_ES.po': body('es_ES', ENTRIES.map((l) => (l === 'msgid "Heading"' ? '#, fuzzy\nmsgid "Heading"' : l))) }, (dir) => {
  compile(dir);
  check('a fuzzy translation stays out of the .mo', mo(dir, 'es_ES').Heading === undefined && mo(dir, 'es_ES')['Your clinic']?.msgstr[0] === 'Su clínica', JSON.stringify(mo(dir, 'es_ES').Heading));
  check('a fuzzy translation stays out of the JSON', json(dir, 'es_ES').Heading === undefined && json(dir, 'es_ES').Content?.[0] === 'Contenido', JSON.stringify(json(dir, 'es_ES').Heading));
  const problems = checkPo(dir, join(dir, 'smp-widgets.pot'));
  check('check() reports a fuzzy translation', problems.length === 1 && /"Heading" is marked fuzzy/.test(problems[0]), problems.join('; '));
});

// A byte-order mark (Notepad saves one) and CRLF line endings.
withDir({ 'smp-widgets-es_ES.po': `\uFEFF${body('es_ES', ENTRIES).replace(/\n/g, '\r\n')}` }, (dir) => {
  let error = '';
  try {
    compile(dir);
  } catch (e) {
    error = e.message;
  }
  check('a .po with a byte-order mark and CRLF line endings compiles', !error && mo(dir, 'es_ES')?.Heading?.msgstr[0] === 'Título', error);
  const problems = checkPo(dir, join(dir, 'smp-widgets.pot'));
  check('check() accepts a .po with a byte-order mark and CRLF line endings', problems.length === 0, problems.join('; '));
});

// No charset in the header: the text is still read as UTF-8 (not ISO-8859-1 mojibake).
withDir({ 'smp-widgets-es_ES.po': body('es_ES', ENTRIES).replace('"Content-Type: text/plain; charset=UTF-8\\n"\n', '') }, (dir) => {
  compile(dir);
  check('a .po without a charset is read as UTF-8', mo(dir, 'es_ES')?.['Your clinic']?.msgstr[0] === 'Su clínica' && json(dir, 'es_ES').Heading?.[0] === 'Título', JSON.stringify([mo(dir, 'es_ES')?.['Your clinic']?.msgstr[0], json(dir, 'es_ES').Heading]));
});
withDir({ 'smp-widgets-es_ES.po': body('es_ES', ENTRIES).replace('charset=UTF-8', 'charset=ISO-8859-1') }, (dir) => {
  const problems = checkPo(dir, join(dir, 'smp-widgets.pot'));
  check('check() reports a charset other than UTF-8', problems.some((p) => /charset=ISO-8859-1/.test(p)), problems.join('; '));
});

// msgctxt and `%1$s` for `%s`.
withDir(
  {
    'smp-widgets.pot': `${POT}\n#: editor/blocks.js:12\nmsgctxt "block title"\nmsgid "Heading"\nmsgstr ""\n\n#: editor/blocks.js:13\nmsgid "Empty: the site setting, %s."\nmsgstr ""\n`,
    'smp-widgets-es_ES.po': body('es_ES', [...ENTRIES, '', '#: editor/blocks.js:12', 'msgctxt "block title"', 'msgid "Heading"', 'msgstr "Encabezado"', '', '#: editor/blocks.js:13', 'msgid "Empty: the site setting, %s."', 'msgstr "Vacío: el ajuste del sitio, %1$s."']),
  },
  (dir) => {
    compile(dir);
    const data = json(dir, 'es_ES');
    check('a msgctxt entry: keyed "context\\u0004msgid" in the JSON, beside the plain one', data['block title\u0004Heading']?.[0] === 'Encabezado' && data.Heading?.[0] === 'Título', JSON.stringify(Object.keys(data)));
    const problems = checkPo(dir, join(dir, 'smp-widgets.pot'));
    check('check() accepts %1$s for a lone %s', problems.length === 0, problems.join('; '));
  },
);

// merge() keeps what the translator wrote beside the translation: their comment and the fuzzy flag.
withDir({ 'smp-widgets-es_ES.po': body('es_ES', ['# Revisado por el equipo de Madrid', '#, fuzzy', ...ENTRIES]) }, (dir) => {
  merge(dir, join(dir, 'smp-widgets.pot'));
  const heading = gettextParser.po.parse(readFileSync(join(dir, 'smp-widgets-es_ES.po'), 'utf8')).translations[''].Heading;
  check('merge() keeps a translator’s comment and the fuzzy flag', heading?.comments?.translator === 'Revisado por el equipo de Madrid' && heading?.comments?.flag === 'fuzzy' && heading.msgstr[0] === 'Título', JSON.stringify(heading));
});

// Locales with digits: es_419 (Latin American Spanish), pt_PT_ao90.
withDir({ 'smp-widgets-es_419.po': body('es_419', ENTRIES), 'smp-widgets-pt_PT_ao90.po': body('pt_PT_ao90', ENTRIES) }, (dir) => {
  const found = poFiles(dir).map((p) => p.locale);
  compile(dir);
  check('a .po for es_419 or pt_PT_ao90 is seen and compiled', found.join(' ') === 'es_419 pt_PT_ao90' && readdirSync(dir).includes('smp-widgets-es_419.mo') && readdirSync(dir).includes(scriptTranslationFile('pt_PT_ao90', 'editor/blocks.js')), found.join(' '));
});

// A plural string: one translation per form the header's nplurals names (Arabic has six).
withDir(
  {
    'smp-widgets.pot': `${POT}\n#: includes/admin.php:9\nmsgid "%d session"\nmsgid_plural "%d sessions"\nmsgstr[0] ""\nmsgstr[1] ""\n`,
    'smp-widgets-es_ES.po': body('es_ES', [...ENTRIES, '', 'msgid "%d session"', 'msgid_plural "%d sessions"', 'msgstr[0] "%d sesión"', 'msgstr[1] "%d sesiones"']),
    'smp-widgets-ar.po': body('ar', [...ENTRIES, '', 'msgid "%d session"', 'msgid_plural "%d sessions"', 'msgstr[0] "%d جلسة"', 'msgstr[1] "%d جلسات"']).replace('nplurals=2; plural=(n != 1);', 'nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);'),
  },
  (dir) => {
    const problems = checkPo(dir, join(dir, 'smp-widgets.pot'));
    check('check() accepts a plural with as many forms as nplurals', !problems.some((p) => p.startsWith('smp-widgets-es_ES.po')), problems.join('; '));
    check('check() reports a plural with fewer forms than nplurals', problems.length === 1 && /smp-widgets-ar\.po: "%d session" has 2 plural forms; its Plural-Forms header says 6/.test(problems[0]), problems.join('; '));
  },
);

for (const f of failures) console.log(f);
console.log(`smp-widgets totals: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
