// Serves the built bundle as if it were another release: `/dist/smp-widgets.js?as-version=9.9.9`
// and every file it imports (the core, the element and locale chunks) are the
// same files with the version constant replaced and `?as-version=9.9.9` added
// to their relative imports, so a test can put two different versions of the
// library on one page — two module graphs, as a theme and a plugin each
// shipping their own copy would.
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const DIST = new URL('../../dist/', import.meta.url);

export async function asVersionMiddleware(ctx, next) {
  const version = ctx.query['as-version'];
  const file = /^\/dist\/((?:chunks|elements|locales)\/)?[\w.-]+\.js$/.test(ctx.path) ? ctx.path.slice('/dist/'.length) : undefined;
  if (!file || typeof version !== 'string' || !/^[\w.-]+$/.test(version)) return next();
  const source = await readFile(new URL(file, DIST), 'utf8');
  const quoted = new RegExp(`(["'])${pkg.version.replace(/\./g, '\\.')}\\1`, 'g');
  ctx.type = 'text/javascript';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = source
    .replace(quoted, `"${version}"`)
    .replace(/((?:from|import)\s*\(?\s*)(["'])(\.{1,2}\/[^"'?]+\.js)\2/g, (all, lead, q, spec) => `${lead}${q}${spec}?as-version=${version}${q}`);
}
