// Lets a test make locale modules fail to load, as a broken CDN path or a
// firewall would: while the page has the cookie `smp-fail-locale=<spec>`,
// requests for the matching modules get 503. With `smp-slow-locale=<spec>:<ms>`
// they are answered (or failed) only after that many milliseconds, as on a slow
// network. A spec is a locale (`de`: every German file) or, for the bundle's
// per-element files, a locale and an element (`de/pros-cons`); several are
// joined with `|` (`smp-slow-locale=de/aftercare-checklist:400|de/practitioner-guide:400`).
export async function failLocaleMiddleware(ctx, next) {
  // The source's one module per locale, or the bundle's per-element files (dist/locales/<locale>/<element>.js).
  const match = /\/localization\/generated\/locales\/([\w-]+)\.(?:ts|js)$|\/dist\/locales\/([\w-]+)\/([\w-]+)\.js$/.exec(ctx.path);
  if (!match) return next();
  // The test runner marks every file cacheable for a year once the response is
  // built (its cacheMiddleware wraps this one). A cached locale module, or a
  // cached failure, would outlive the test that staged it: keep both out of
  // the cache.
  const set = ctx.response.set.bind(ctx.response);
  ctx.response.set = (field, value) => set(field, String(field).toLowerCase() === 'cache-control' ? 'no-store' : value);
  const locale = match[1] ?? match[2];
  const applies = (spec) => spec === locale || (match[3] !== undefined && spec === `${locale}/${match[3]}`);
  const cookie = (name) => new RegExp(`(?:^|;\\s*)${name}=([^;]*)`).exec(ctx.get('cookie') ?? '')?.[1].split('|') ?? [];
  for (const entry of cookie('smp-slow-locale')) {
    const [spec, ms] = entry.split(':');
    if (applies(spec)) {
      await new Promise((resolve) => setTimeout(resolve, Number(ms)));
      break;
    }
  }
  if (cookie('smp-fail-locale').some(applies)) {
    ctx.status = 503;
    ctx.body = 'locale unavailable (test)';
    return;
  }
  await next();
}
