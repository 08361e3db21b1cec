// Serves the hardening suite's strict-policy pages with the Content-Security-Policy
// the README documents, as a security plugin on a clinic's site would send it.
// `?tt=<list>` replaces the trusted-types list (to show that a narrower one fails).
export const STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export async function cspMiddleware(ctx, next) {
  await next();
  if (!/^\/test\/hardening\/fixtures\/csp[\w-]*\.html$/.test(ctx.path)) return;
  const tt = ctx.query.tt;
  const policy = typeof tt === 'string' ? STRICT_POLICY.replace(/trusted-types lit-html$/, `trusted-types ${tt}`) : STRICT_POLICY;
  ctx.set('Content-Security-Policy', policy);
  ctx.set('Cache-Control', 'no-store');
}
