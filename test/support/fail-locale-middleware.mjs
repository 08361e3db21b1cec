// Lets a test make one locale module fail to load, as a broken CDN path or a
// firewall would: while the page has the cookie `smp-fail-locale=<locale>`,
// requests for that locale's module get 503. With `smp-slow-locale=<locale>:<ms>`
// they are answered only after that many milliseconds, as on a slow network.
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
  const slow = /(?:^|;\s*)smp-slow-locale=([\w-]+):(\d+)/.exec(ctx.get('cookie') ?? '');
  if (slow && (match[1] ?? match[2]) === slow[1]) await new Promise((resolve) => setTimeout(resolve, Number(slow[2])));
  const cookie = /(?:^|;\s*)smp-fail-locale=([\w-]+)/.exec(ctx.get('cookie') ?? '');
  if (cookie && (match[1] ?? match[2]) === cookie[1]) {
    ctx.status = 503;
    ctx.body = 'locale unavailable (test)';
    return;
  }
  await next();
}
