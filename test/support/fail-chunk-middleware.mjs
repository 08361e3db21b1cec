// Lets a test make one of the bundle's element chunks, its translations runtime
// or its call-link reader fail to load once, as a dropped connection would: while
// the page has the cookie `smp-fail-chunk=<name>.<token>`, the first request for
// dist/elements/<name>.js, dist/chunks/translations.js (name `translations`) or
// dist/chunks/tel.js (name `tel`), with or without a query, gets 404; later
// requests with the same token are served.
const failed = new Set();

export async function failChunkMiddleware(ctx, next) {
  const match = /\/dist\/(?:elements\/([\w-]+)|chunks\/(translations|tel))\.js$/.exec(ctx.path);
  if (!match) return next();
  // Keep chunks and failures out of the runner's cache (see fail-locale-middleware.mjs).
  const set = ctx.response.set.bind(ctx.response);
  ctx.response.set = (field, value) => set(field, String(field).toLowerCase() === 'cache-control' ? 'no-store' : value);
  const cookie = /(?:^|;\s*)smp-fail-chunk=([\w-]+)\.(\w+)/.exec(ctx.get('cookie') ?? '');
  if (cookie && cookie[1] === (match[1] ?? match[2]) && !failed.has(cookie[2])) {
    failed.add(cookie[2]);
    ctx.status = 404;
    ctx.body = 'chunk unavailable (test)';
    return;
  }
  await next();
}
