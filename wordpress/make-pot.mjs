// Writes wordpress/smp-widgets/languages/smp-widgets.pot: every translatable
// string of the plugin, for Poedit, Loco Translate or translate.wordpress.org,
// as `wp i18n make-pot` would (there is no wp-cli offline). Read from:
//  - the PHP files: __(), _e(), _x(), _ex(), _n(), _nx(), _n_noop(), _nx_noop(),
//    esc_html__(), esc_html_e(), esc_html_x(), esc_attr__(), esc_attr_e(), esc_attr_x()
//    (parsed with php-parser, so strings, escapes and line numbers are PHP's own);
//  - the block editor script's wp.i18n calls (parsed with acorn);
//  - each block.json's title, description and keywords, and the plugin header,
//    with the contexts and comments WordPress and wp-cli use.
// `/* translators: … */` comments just before a call become `#.` comments.
// Run by `npm run package:wordpress` before it zips the plugin, so the zip's
// .pot is always current; `npm run pot:wordpress` writes it alone.
// `extract()` is also what the WordPress test compares the .pot with.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from 'php-parser';
import * as acorn from 'acorn';
import gettextParser from 'gettext-parser';

export const DOMAIN = 'smp-widgets';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PLUGIN = join(root, 'wordpress', 'smp-widgets');
export const POT = join(PLUGIN, 'languages', `${DOMAIN}.pot`);

/** Argument roles of each gettext function: s singular, p plural, n number, c context, d domain. */
export const FUNCTIONS = {
  __: 'sd', _e: 'sd', esc_html__: 'sd', esc_html_e: 'sd', esc_attr__: 'sd', esc_attr_e: 'sd',
  _x: 'scd', _ex: 'scd', esc_html_x: 'scd', esc_attr_x: 'scd',
  _n: 'spnd', _nx: 'spncd', _n_noop: 'spd', _nx_noop: 'spcd',
};

/** Files under the plugin, relative, with `/`, sorted; build/ (the bundle) is not scanned. */
function files(ext) {
  const out = [];
  (function walk(dir) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (relative(PLUGIN, path) !== 'build') walk(path);
      } else if (name.endsWith(ext)) out.push(relative(PLUGIN, path).split('\\').join('/'));
    }
  })(PLUGIN);
  return out;
}

/** Walks any AST (php-parser's or ESTree), calling `visit` on every object with a `kind` or `type`. */
function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (node.kind || node.type) visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'loc' && key !== 'leadingComments' && key !== 'trailingComments' && value && typeof value === 'object') walk(value, visit);
  }
}

/**
 * One gettext call found in a file: `{ file, line, fn, args }`, each argument a
 * string when it is a literal (or literals joined with `.` / `+`), else `null`.
 */
export function calls() {
  const found = [];
  const php = new Engine({ parser: { extractDoc: true, php8: true }, ast: { withPositions: true } });
  const phpString = (node) => {
    if (!node) return null;
    if (node.kind === 'string') return node.value;
    if (node.kind === 'bin' && node.type === '.') {
      const [a, b] = [phpString(node.left), phpString(node.right)];
      return a === null || b === null ? null : a + b;
    }
    return null;
  };
  for (const file of files('.php')) {
    const source = readFileSync(join(PLUGIN, file), 'utf8');
    const ast = php.parseCode(source, file);
    const comments = translatorComments(ast.comments ?? [], (c) => c.value, (c) => c.loc);
    walk(ast, (node) => {
      if (node.kind === 'call' && node.what?.kind === 'name' && FUNCTIONS[node.what.name]) {
        const line = node.loc.start.line;
        found.push({ file, line, fn: node.what.name, args: node.arguments.map(phpString), comment: comments(line) });
      }
    });
  }
  const jsString = (node) => {
    if (!node) return null;
    if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
    if (node.type === 'BinaryExpression' && node.operator === '+') {
      const [a, b] = [jsString(node.left), jsString(node.right)];
      return a === null || b === null ? null : a + b;
    }
    return null;
  };
  for (const file of files('.js')) {
    const source = readFileSync(join(PLUGIN, file), 'utf8');
    const jsComments = [];
    const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script', locations: true, onComment: jsComments });
    const comments = translatorComments(jsComments, (c) => c.value, (c) => c.loc);
    walk(ast, (node) => {
      if (node.type !== 'CallExpression') return;
      const callee = node.callee;
      // __( … ), i18n.__( … ), wp.i18n.__( … )
      const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed ? callee.property.name : undefined;
      if (!name || !['__', '_x', '_n', '_nx'].includes(name)) return;
      const line = node.loc.start.line;
      found.push({ file, line, fn: name, args: node.arguments.map(jsString), comment: comments(line) });
    });
  }
  return found;
}

/** A lookup from a call's line to the `translators:` comment that ends on it or the line before (calls come in source order). */
function translatorComments(list, text, loc) {
  const byEndLine = new Map();
  for (const c of list) {
    const body = text(c).replace(/^\/\*+|\*+\/$|^\/\/|^#/g, '').trim();
    const m = /^translators:\s*([\s\S]*)$/i.exec(body.replace(/^\s*\*\s?/gm, ''));
    if (m) byEndLine.set(loc(c).end.line, `translators: ${m[1].replace(/\s+/g, ' ').trim()}`);
  }
  // Each comment goes to the first call after it only, as in wp-cli.
  return (line) => {
    const at = byEndLine.has(line) ? line : line - 1;
    const comment = byEndLine.get(at);
    byEndLine.delete(at);
    return comment;
  };
}

/** The call's strings by role, or `undefined` for a role it does not have. */
export function roles(call) {
  const out = {};
  [...FUNCTIONS[call.fn]].forEach((role, i) => (out[role] = call.args[i]));
  return out;
}

/** The plugin's header fields, read as WordPress reads them. */
function header() {
  const source = readFileSync(join(PLUGIN, `${DOMAIN}.php`), 'utf8').slice(0, 8192);
  const field = (name) => new RegExp(`^[ \\t/*#@]*${name}:(.*)$`, 'mi').exec(source)?.[1].trim();
  return { name: field('Plugin Name'), uri: field('Plugin URI'), description: field('Description'), author: field('Author'), authorUri: field('Author URI'), version: field('Version'), domain: field('Text Domain'), domainPath: field('Domain Path') };
}

/** The .pot as a string: every string once, with every place it is used. */
export function extract() {
  const entries = new Map(); // key: context \u0004 msgid
  const add = ({ msgid, plural, context = '', reference, comment, format }) => {
    const key = `${context}\u0004${msgid}`;
    const entry = entries.get(key) ?? { msgctxt: context || undefined, msgid, msgstr: plural ? ['', ''] : [''], comments: { reference: [], extracted: [] } };
    if (plural && !entry.msgid_plural) Object.assign(entry, { msgid_plural: plural, msgstr: ['', ''] });
    if (reference && !entry.comments.reference.includes(reference)) entry.comments.reference.push(reference);
    if (comment && !entry.comments.extracted.includes(comment)) entry.comments.extracted.push(comment);
    // printf placeholders: Poedit and msgfmt then check that a translation keeps them.
    if (format && /%(\d+\$)?[sd]/.test(msgid + (plural ?? ''))) entry.comments.flag = format;
    entries.set(key, entry);
  };
  const head = header();
  add({ msgid: head.name, comment: 'Plugin Name of the plugin' });
  if (head.uri) add({ msgid: head.uri, comment: 'Plugin URI of the plugin' });
  add({ msgid: head.description, comment: 'Description of the plugin' });
  if (head.author) add({ msgid: head.author, comment: 'Author of the plugin' });
  if (head.authorUri) add({ msgid: head.authorUri, comment: 'Author URI of the plugin' });
  for (const call of calls()) {
    const r = roles(call);
    if (r.d !== DOMAIN || typeof r.s !== 'string' || (FUNCTIONS[call.fn].includes('p') && typeof r.p !== 'string') || (FUNCTIONS[call.fn].includes('c') && typeof r.c !== 'string')) continue; // checkDomains() reports these
    add({ msgid: r.s, plural: r.p ?? undefined, context: r.c ?? '', reference: `${call.file}:${call.line}`, comment: call.comment, format: call.file.endsWith('.php') ? 'php-format' : 'js-format' });
  }
  for (const file of files('block.json')) {
    const block = JSON.parse(readFileSync(join(PLUGIN, file), 'utf8'));
    if (block.title) add({ msgid: block.title, context: 'block title', reference: file });
    if (block.description) add({ msgid: block.description, context: 'block description', reference: file });
    for (const keyword of block.keywords ?? []) add({ msgid: keyword, context: 'block keyword', reference: file });
  }
  const translations = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const entry of entries.values()) {
    const ctx = entry.msgctxt ?? '';
    if (!entry.comments.extracted.length) delete entry.comments.extracted;
    entry.comments.reference = entry.comments.reference.join('\n');
    if (entry.comments.extracted) entry.comments.extracted = entry.comments.extracted.join('\n');
    (translations[ctx] ??= {})[entry.msgid] = entry;
  }
  const pot = gettextParser.po.compile(
    {
      charset: 'utf-8',
      headers: {
        'Project-Id-Version': `${head.name} ${head.version}`,
        'Report-Msgid-Bugs-To': `${head.uri}/issues`,
        'Last-Translator': 'FULL NAME <EMAIL@ADDRESS>',
        'Language-Team': 'LANGUAGE <LL@li.org>',
        Language: '',
        'MIME-Version': '1.0',
        'Content-Type': 'text/plain; charset=UTF-8',
        'Content-Transfer-Encoding': '8bit',
        'Plural-Forms': 'nplurals=INTEGER; plural=EXPRESSION;',
        'X-Generator': 'wordpress/make-pot.mjs',
        'X-Domain': DOMAIN,
      },
      translations,
    },
    { foldLength: 0, sort: false },
  );
  return `# Copyright (C) ${head.author}\n# This file is distributed under the same license as the ${head.name} plugin.\n${pot.toString('utf8')}\n`;
}

/**
 * Every place the text domain is wrong or a string cannot be read: a gettext
 * call whose domain is missing, not a literal or not `smp-widgets`, or whose
 * text is not a literal; a block.json without `"textdomain": "smp-widgets"`;
 * the plugin header's Text Domain and Domain Path.
 */
export function checkDomains() {
  const problems = [];
  for (const call of calls()) {
    const r = roles(call);
    const where = `${call.file}:${call.line} ${call.fn}()`;
    if (r.d !== DOMAIN) problems.push(`${where}: text domain ${r.d === undefined ? 'missing' : r.d === null ? 'not a string literal' : `'${r.d}'`}, not '${DOMAIN}'`);
    for (const role of 'spc') if (FUNCTIONS[call.fn].includes(role) && typeof r[role] !== 'string') problems.push(`${where}: argument ${FUNCTIONS[call.fn].indexOf(role) + 1} is not a string literal, so it cannot be translated`);
  }
  for (const file of files('block.json')) {
    const block = JSON.parse(readFileSync(join(PLUGIN, file), 'utf8'));
    if (block.textdomain !== DOMAIN) problems.push(`${file}: "textdomain" is ${JSON.stringify(block.textdomain)}, not "${DOMAIN}"`);
  }
  const head = header();
  if (head.domain !== DOMAIN) problems.push(`${DOMAIN}.php: Text Domain is ${head.domain}, not ${DOMAIN}`);
  if (head.domainPath !== '/languages') problems.push(`${DOMAIN}.php: Domain Path is ${head.domainPath}, not /languages`);
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = checkDomains();
  for (const p of problems) console.error(`[smp-widgets] ${p}`);
  const pot = extract();
  writeFileSync(POT, pot);
  const count = (pot.match(/^msgid "./gm) ?? []).length;
  console.log(`${relative(root, POT)}: ${count} strings`);
  if (problems.length) process.exit(1);
}
