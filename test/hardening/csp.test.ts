import { expect } from '@open-wc/testing';

// The page is served with the policy the README documents (see
// test/support/csp-middleware.mjs) and loads the built bundle, as a clinic's
// site with a security plugin would. It reports back what the browser saw.
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

interface Report {
  fatal?: string;
  blank?: boolean;
  violations: { directive: string; blocked: string; sample: string }[];
  errors: string[];
  rendered: { tag: string; items: number; styled: boolean; lang: string }[];
  barShare: number;
  downloads: number;
  trustedTypes: boolean;
  resources: string[];
  cookies: string;
  keys: string[];
  probeReported: boolean;
  probeApplied: boolean;
}

async function open(query = ''): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.src = new URL(`./fixtures/csp.html${query}`, import.meta.url).href;
  const report = new Promise<Report>((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame.contentWindow || !e.data?.smpCspReport) return;
      window.removeEventListener('message', onMessage);
      resolve(e.data.smpCspReport);
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('hardening: strict Content-Security-Policy and Trusted Types, on the built bundle', function () {
  this.timeout(30000);
  let report: Report;
  before(async () => {
    localStorage.clear();
    const headers = (await fetch(new URL('./fixtures/csp.html', import.meta.url))).headers;
    expect(headers.get('content-security-policy')).to.equal(POLICY);
    report = await open();
  });

  it('the policy is really in force on the page (an inline style attribute is refused and reported)', () => {
    expect(report.fatal).to.equal(undefined);
    expect(report.blank).to.equal(undefined);
    expect(report.probeApplied, 'inline style applied').to.equal(false);
    expect(report.probeReported, 'inline style reported').to.equal(true);
  });

  it('every element, in every state (ticked, cleared, dark, daily, own items, dates, calendar file, four languages), renders styled with no violation', () => {
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.rendered).to.have.length(9);
    for (const r of report.rendered) {
      expect(r.items, r.tag).to.be.greaterThan(2);
      expect(r.styled, `${r.tag} styled`).to.equal(true);
      expect(r.lang, `${r.tag} followed <html lang="fr">`).to.equal('fr');
    }
    expect(report.downloads, 'calendar file made').to.equal(1);
  });

  it('the progress bar is drawn under style-src \'self\' (through the CSSOM, not a style attribute)', () => {
    expect(report.barShare).to.be.closeTo(1 / 12, 0.02);
  });

  it('privacy: no request but for our own files, no cookie, nothing stored but our namespaced keys', () => {
    const origin = location.origin;
    // The test runner's dev server adds its own web-socket script to every page it serves; it is not ours.
    for (const url of report.resources.filter((u) => !u.includes('/__web-dev-server__'))) {
      expect(url.startsWith(`${origin}/dist/`) || url.startsWith(`${origin}/test/hardening/fixtures/`), url).to.equal(true);
    }
    expect(report.resources.some((u) => u.includes('/dist/locales/ar/')), 'a locale file was fetched').to.equal(true);
    expect(report.cookies).to.equal('');
    expect(report.keys.sort()).to.deep.equal(['smp-widgets:aftercare-checklist:csp']);
  });

  if ('trustedTypes' in window) {
    it("trusted-types 'none' is too narrow: Lit needs its lit-html policy, so the documented list is the narrowest that works", async () => {
      const narrow = await open(`?tt=${encodeURIComponent("'none'")}`);
      // Chromium reports a violation, Firefox throws from createPolicy, WebKit fails the module: in each, nothing renders.
      expect(narrow.blank, JSON.stringify(narrow)).to.equal(true);
    });
  } else {
    it('this engine does not implement Trusted Types: the rest of the policy is still enforced (above)', () => {
      expect(report.trustedTypes).to.equal(false);
      expect(report.probeReported).to.equal(true);
    });
  }

  it("loaded twice from one folder (a second script tag, a ?ver= query): the copies share one Lit, so the policy needs no 'allow-duplicates'", async () => {
    const twice = await open('?twice=1');
    expect(twice.blank).to.equal(undefined);
    expect(twice.rendered.every((r) => r.items > 2 && r.styled)).to.equal(true);
    expect(twice.violations).to.deep.equal([]);
    expect(twice.errors).to.deep.equal([]);
  });

  if ('trustedTypes' in window) {
    it("another release from another folder brings its own Lit: refused without 'allow-duplicates' (one violation, the first copy keeps working), clean with it", async () => {
      const strict = await open('?other=1');
      expect(strict.blank).to.equal(undefined);
      expect(strict.rendered.every((r) => r.items > 2 && r.styled)).to.equal(true);
      expect(strict.violations.map((v) => `${v.directive} ${v.sample}`)).to.deep.equal(['trusted-types lit-html']);
      const allowed = await open(`?other=1&tt=${encodeURIComponent("lit-html 'allow-duplicates'")}`);
      expect(allowed.blank).to.equal(undefined);
      expect(allowed.violations).to.deep.equal([]);
    });
  }
});
