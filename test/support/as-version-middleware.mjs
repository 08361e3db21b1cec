// Serves the built bundle as if it were another release: `/dist/smp-widgets.js?as-version=9.9.9`
// is the same file with its version constant replaced, so a test can put two
// different versions of the library on one page (a theme and a plugin each
// shipping their own copy).
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

export async function asVersionMiddleware(ctx, next) {
  const version = ctx.query['as-version'];
  if (ctx.path !== '/dist/smp-widgets.js' || typeof version !== 'string' || !/^[\w.-]+$/.test(version)) return next();
  const source = await readFile(new URL('../../dist/smp-widgets.js', import.meta.url), 'utf8');
  const quoted = new RegExp(`(["'])${pkg.version.replace(/\./g, '\\.')}\\1`, 'g');
  ctx.type = 'text/javascript';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = source.replace(quoted, `"${version}"`);
}
