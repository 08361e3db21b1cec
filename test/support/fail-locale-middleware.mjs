// Lets a test make one locale module fail to load, as a broken CDN path or a
// firewall would: while the page has the cookie `smp-fail-locale=<locale>`,
// requests for that locale's module get 503.
export async function failLocaleMiddleware(ctx, next) {
  // The source's one module per locale, or the bundle's per-element files (dist/locales/<locale>/<element>.js).
  const match = /\/localization\/generated\/locales\/([\w-]+)\.(?:ts|js)$|\/dist\/locales\/([\w-]+)\/[\w-]+\.js$/.exec(ctx.path);
  if (!match) return next();
  // The test runner marks every file cacheable for a year once the response is
  // built (its cacheMiddleware wraps this one). A cached locale module, or a
  // cached failure, would outlive the test that staged it: keep both out of
  // the cache.
  const set = ctx.response.set.bind(ctx.response);
  ctx.response.set = (field, value) => set(field, String(field).toLowerCase() === 'cache-control' ? 'no-store' : value);
  const cookie = /(?:^|;\s*)smp-fail-locale=([\w-]+)/.exec(ctx.get('cookie') ?? '');
  if (cookie && (match[1] ?? match[2]) === cookie[1]) {
    ctx.status = 503;
    ctx.body = 'locale unavailable (test)';
    return;
  }
  await next();
}
