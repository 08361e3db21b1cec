// A @custom-elements-manifest/analyzer plugin that turns what the analyzer
// reads from the JSDoc and the Lit properties into a manifest that tools can
// trust. Everything it adds is derived from the source, so it cannot drift:
//
//  - types: the TypeScript checker resolves indexed and mapped types
//    (`ClinicSettingsInput['healDays']`) and the package's own aliases
//    (`ProsConsLayout`, `Span`) are written out as what a user may pass;
//  - defaults: an attribute's default is its field's resolved initializer
//    (`2`, not `DEFAULT_LEVEL`);
//  - events: only the ones documented with `@fires {Class} smp-name - …` are
//    kept (the analyzer also guesses events from `dispatchEvent(new X(a))`,
//    naming them after the constructor's argument); the type becomes the
//    `detail` type, read from the class's `extends CustomEvent<…>`;
//  - CSS custom properties: the default is read from the stylesheets, where
//    each public `--smp-*` token is read as `var(--smp-x, fallback)`;
//    `light-dark(light, dark)` gives both schemes. The global tokens are
//    documented once (`@cssprop` on SmpElement) and inherited;
//  - definitions: the bogus `define(tag, ctor)` definition from the guarded
//    define helper is replaced by one per `define('smp-x', SmpX)` call in the
//    element `define.ts` modules;
//  - privacy: private members are dropped (protected ones stay: subclasses
//    exported from `smp-widgets/classes` use them);
//  - clinic settings: `SmpClinicElement` declares its properties with
//    `settingProperties()`, built at run time from `SETTING_ATTRIBUTES` in
//    settings.ts, which the analyzer cannot evaluate: the attributes are read
//    from that one map here (and inherited by the clinic elements);
//  - paths: `src/x.ts` becomes the published `dist/lib/x.js`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('../../../', import.meta.url).pathname;
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'generated') walk(path, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The text inside balanced parentheses starting at `open` (the index of "("). */
function balanced(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** Splits at the first top-level comma. */
function splitFirst(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) return [text.slice(0, i).trim(), text.slice(i + 1).trim()];
  }
  return [text.trim(), undefined];
}

/**
 * Every public token and its fallback, from every stylesheet in src/:
 * `var(--smp-x, fallback)`. Private `--_y` variables inside a fallback are
 * written as the public token they read, so a default says
 * `var(--smp-color-do)`, never a name the page cannot set.
 */
export function tokenDefaults(files = walk(join(ROOT, 'src'))) {
  const privateToPublic = new Map();
  const fallbacks = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(--_[\w-]+)\s*:\s*var\((--smp-[\w-]+)/g)) privateToPublic.set(m[1], m[2]);
    for (const m of text.matchAll(/var\((--smp-[\w-]+)\s*,/g)) {
      const [, fallback] = splitFirst(balanced(text, m.index + 3));
      if (fallback !== undefined && !fallbacks.has(m[1])) fallbacks.set(m[1], fallback.replace(/\s+/g, ' '));
    }
  }
  const publicName = (v) => v.replace(/var\((--_[\w-]+)\)/g, (all, name) => (privateToPublic.has(name) ? `var(${privateToPublic.get(name)})` : all));
  return new Map([...fallbacks].map(([name, value]) => [name, publicName(value)]));
}

/** Splits `light-dark(a, b)` into its two schemes; anything else is the same in both. */
export function schemes(value) {
  const m = /^light-dark\(/.exec(value ?? '');
  if (!m) return { light: value, dark: value };
  const [light, dark] = splitFirst(balanced(value, 'light-dark'.length));
  return { light, dark };
}

const FORMAT = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType | ts.TypeFormatFlags.InTypeAlias;

/** A TypeScript program over src/, to resolve the types the analyzer copies as written. */
function typeResolver() {
  const files = walk(join(ROOT, 'src'));
  const parsed = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')), ts.sys, ROOT);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();

  /** `T[]`, parenthesized when T is a union at its top level. */
  const arrayOf = (inner) => (/^\{.*\}$/.test(inner) || !/[|&]/.test(inner) ? `${inner}[]` : `(${inner})[]`);

  /** Writes a type out: aliases and interfaces of this package are expanded one level. */
  const show = (type, depth = 0) => {
    if (type.isUnion()) {
      const parts = type.types.map((t) => show(t, depth));
      // `false | true` is `boolean`.
      const hasBool = parts.includes('false') && parts.includes('true');
      const rest = parts.filter((p) => !(hasBool && (p === 'false' || p === 'true')));
      return [...new Set(hasBool ? [...rest, 'boolean'] : rest)].join(' | ');
    }
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const fromSrc = symbol?.declarations?.some((d) => d.getSourceFile().fileName.startsWith(join(ROOT, 'src')));
    if (fromSrc && depth < 2) {
      if (checker.isTupleType(type)) return `[${checker.getTypeArguments(type).map((t) => show(t, depth + 1)).join(', ')}]`;
      if (checker.isArrayType(type)) return arrayOf(show(checker.getTypeArguments(type)[0], depth + 1));
      if (type.flags & ts.TypeFlags.Object && !(symbol.flags & ts.SymbolFlags.Class)) {
        const props = checker.getPropertiesOfType(type).map((p) => {
          const optional = p.flags & ts.SymbolFlags.Optional ? '?' : '';
          const t = checker.getTypeOfSymbol(p);
          return `${p.name}${optional}: ${show(optional ? checker.getNonNullableType(t) : t, depth + 1)}`;
        });
        return `{ ${props.join('; ')} }`;
      }
    }
    if (checker.isArrayType(type)) return arrayOf(show(checker.getTypeArguments(type)[0], depth));
    return checker.typeToString(type, undefined, FORMAT);
  };

  const classes = new Map();
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(join(ROOT, 'src'))) continue;
    ts.forEachChild(sf, (node) => {
      if (ts.isClassDeclaration(node) && node.name) classes.set(node.name.text, node);
    });
  }

  return {
    /** The type of a class field as a user may pass it, without `undefined`. */
    fieldType(className, field) {
      const cls = classes.get(className);
      const member = cls?.members.find((m) => m.name?.getText() === field && ts.isPropertyDeclaration(m));
      if (!member) return undefined;
      const type = member.type ? checker.getTypeFromTypeNode(member.type) : checker.getTypeAtLocation(member);
      return show(checker.getNonNullableType(type));
    },
    /** The detail type of an event class declared `extends CustomEvent<detail>`. */
    eventType(className) {
      const cls = classes.get(className);
      const heritage = cls?.heritageClauses?.[0]?.types[0];
      if (!heritage || heritage.expression.getText() !== 'CustomEvent' || !heritage.typeArguments?.[0]) return undefined;
      return show(checker.getTypeFromTypeNode(heritage.typeArguments[0]));
    },
  };
}

/** `SETTING_ATTRIBUTES` in settings.ts, the one map of clinic setting names: [property, attribute][]. */
export function settingAttributes() {
  const file = join(ROOT, 'src/internal/settings.ts');
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  let pairs;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'SETTING_ATTRIBUTES' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      pairs = node.initializer.properties.map((p) => [p.name.getText(), p.initializer.text]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!pairs?.length) throw new Error('smp-manifest: SETTING_ATTRIBUTES not found in src/internal/settings.ts');
  return pairs;
}

const CLINIC = 'SmpClinicElement';

/**
 * Adds the clinic setting attributes to `SmpClinicElement` (its own) and to
 * each class that inherits its setting fields, in the place the analyzer puts
 * inherited attributes: after the class's own, before `SmpElement`'s.
 */
function addSettingAttributes(decl, pairs) {
  const inherited = decl.name !== CLINIC;
  const fields = pairs.map(([key]) => decl.members?.find((m) => m.kind === 'field' && m.name === key && (!inherited || m.inheritedFrom?.name === CLINIC)));
  if (fields.some((f) => !f)) return;
  const attrs = pairs.map(([key, attribute], i) => {
    const field = fields[i];
    field.privacy ??= 'public';
    field.attribute = attribute;
    return { name: attribute, type: undefined, description: field.description, fieldName: key, ...(inherited ? { inheritedFrom: field.inheritedFrom } : {}) };
  });
  const list = (decl.attributes ??= []).filter((a) => !pairs.some(([key]) => a.fieldName === key));
  const at = list.findIndex((a) => a.inheritedFrom);
  list.splice(at === -1 ? list.length : at, 0, ...attrs);
  decl.attributes = list;
}

const distPath = (p) => (typeof p === 'string' && /^src\/.*\.ts$/.test(p) ? p.replace(/^src\//, 'dist/lib/').replace(/\.ts$/, '.js') : p);

/** Rewrites every module path in the manifest to the published file. */
function rewritePaths(value) {
  if (Array.isArray(value)) return value.forEach(rewritePaths);
  if (!value || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    if ((key === 'path' || key === 'module') && typeof value[key] === 'string') value[key] = distPath(value[key]);
    else rewritePaths(value[key]);
  }
}

export function smpManifestPlugin() {
  /** define('smp-x', SmpX) calls: module path → [{tag, className}] */
  const defines = new Map();
  return {
    name: 'smp-manifest',
    analyzePhase({ ts: t, node, moduleDoc }) {
      if (
        t.isCallExpression(node) &&
        t.isIdentifier(node.expression) &&
        node.expression.text === 'define' &&
        node.arguments.length === 2 &&
        t.isStringLiteral(node.arguments[0]) &&
        t.isIdentifier(node.arguments[1])
      ) {
        const list = defines.get(moduleDoc.path) ?? [];
        list.push({ tag: node.arguments[0].text, className: node.arguments[1].text });
        defines.set(moduleDoc.path, list);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const types = typeResolver();
      const tokens = tokenDefaults();
      const settings = settingAttributes();
      const modules = customElementsManifest.modules;
      const classModule = new Map();
      for (const mod of modules) for (const d of mod.declarations ?? []) if (d.kind === 'class') classModule.set(d.name, mod.path);

      for (const mod of modules) {
        // The guarded define's own `customElements.define(tag, ctor)` is not a definition.
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === 'tag'));
        for (const { tag, className } of defines.get(mod.path) ?? []) {
          if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: classModule.get(className) } });
          }
        }

        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const owner = (item) => item.inheritedFrom?.name ?? decl.name;
          decl.members = (decl.members ?? []).filter((m) => m.privacy !== 'private' && !String(m.name).startsWith('#'));
          addSettingAttributes(decl, settings);
          for (const m of decl.members) {
            // The version constant is injected at build time from package.json.
            if (m.default === 'VERSION') m.default = JSON.stringify(PKG.version);
            if (m.kind !== 'field' || m.static) continue;
            const type = types.fieldType(owner(m), m.name);
            if (type) m.type = { text: type };
          }
          for (const a of decl.attributes ?? []) {
            const field = decl.members.find((m) => m.name === a.fieldName);
            if (field?.type) a.type = { ...field.type };
            if (field && 'default' in field) a.default = field.default;
            else delete a.default;
          }
          if (decl.events) {
            decl.events = decl.events.filter((e) => e.name?.startsWith('smp-') && e.description);
            for (const e of decl.events) {
              // The type is the `detail` type (as the editor-data generators read it: they
              // write handlers as `(e: CustomEvent<type>) => void`); the class is named in words.
              const cls = e.type?.text;
              const detail = cls && types.eventType(cls);
              if (detail) {
                e.type = { text: detail };
                e.description = `${e.description} Event class: \`${cls}\` (from \`smp-widgets/classes\`).`;
              }
            }
            if (!decl.events.length) delete decl.events;
          }
          for (const p of decl.cssProperties ?? []) {
            if (p.default === undefined && tokens.has(p.name)) p.default = tokens.get(p.name);
          }
        }
      }
      rewritePaths(customElementsManifest);
    },
  };
}

export { ROOT, relative };
