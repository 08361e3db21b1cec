// Serves the built bundle as if it were another release: `/dist/smp-widgets.js?as-version=9.9.9`
// is the same file with its version constant replaced, so a test can put two
// different versions of the library on one page (a theme and a plugin each
// shipping their own copy). The bundle is an entry over shared chunks, so every
// module it imports (core, element and locale chunks) is served the same way:
// their relative imports carry the query too, and the second release is a
// complete second copy, as it would be from another folder.
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const dist = new URL('../../dist/', import.meta.url);

export async function asVersionMiddleware(ctx, next) {
  const version = ctx.query['as-version'];
  if (!ctx.path.startsWith('/dist/') || ctx.path.startsWith('/dist/lib/') || !ctx.path.endsWith('.js')) return next();
  if (typeof version !== 'string' || !/^[\w.-]+$/.test(version)) return next();
  const file = new URL(ctx.path.slice('/dist/'.length), dist);
  if (!file.href.startsWith(dist.href)) return next();
  const source = await readFile(file, 'utf8');
  const quoted = new RegExp(`(["'])${pkg.version.replace(/\./g, '\\.')}\\1`, 'g');
  const query = `?as-version=${version}`;
  ctx.type = 'text/javascript';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = source
    .replace(quoted, `"${version}"`)
    .replace(/((?:\bfrom|\bimport)\s*\(?\s*["'])(\.{1,2}\/[^"'?]+?\.js)(["'])/g, `$1$2${query}$3`);
}
