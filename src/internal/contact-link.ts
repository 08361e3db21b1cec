/**
 * What a clinic's `contact-url` text is: one rule for the widget (`safeContactUrl` in settings.ts
 * turns it into its warnings and link) and the configurator (demo/configure.js imports it from
 * dist/lib and turns it into its notes and the code it writes). The WordPress plugin's
 * `smp_widgets_contact_link()` (render.php) is the same rule in PHP; test/fixtures/contact-links.json
 * holds the cases all three are tested against. Pure: no warning, no DOM.
 *
 * - `link`: a whole `http:`, `https:`, `tel:` or `mailto:` link, as written;
 * - `web`: a site's address without a scheme (`www.clinic.example/contact`): `https://` added, a
 *   trailing dot after the host (a sentence's full stop: `clinic.example.`) dropped;
 * - `mail`: an e-mail address (also with `?subject=`): `mailto:` added;
 * - `page`: a path or a file name (`/contact`, `./contact`, `contact.html`, `kontakt`): a page of
 *   the site the widget is on, read from the folder of the page it is on, as a link in it would be;
 * - `phone`: a phone number, which is no link (it belongs in `phone`);
 * - `refused`: another scheme (`javascript:`, `data:`), or no link a browser can read, or a text
 *   that starts with `//` (a browser reads it as another site's address, not a page of this one),
 *   or one with a character no link holds as written (a control character, `" < > \ ^ \` { }`: the
 *   browser would percent-encode it, WordPress's esc_url delete it, making `java^script:` a scheme);
 * - `none`: nothing, or words (`our front desk`), or a scheme with a space, tab or line break in it.
 */
export type ContactKind = 'link' | 'web' | 'mail' | 'page' | 'phone' | 'refused' | 'none';

export interface ContactReading {
  kind: ContactKind;
  /**
   * The text, with `https://` or `mailto:` added for `web` and `mail`: the value to write as
   * `contact-url` for `link`, `web`, `mail` and `page`. For `phone`, the `tel:` link its digits
   * make (`tel:+442079460000`).
   */
  href: string;
  /** The absolute link, read against `base` (`link`, `web`, `mail`, `page` only). */
  url?: string;
}

// Digits in Latin, Arabic-Indic and Eastern Arabic-Indic.
const PHONE = /^\+?\(?[\d٠-٩۰-۹][\d٠-٩۰-۹\s()./-]*$/;
// Dotted labels of any script (no `u` flag: see addresses.ts), a trailing dot allowed, an optional
// port, then a path; not a file name (contact.html, index.php?page_id=42: a page, as esc_url reads it).
// The trailing dot is not part of the match: it is dropped.
const HOST = /^[^\s/?#:@.]+(\.[^\s/?#:@.]+)+(?=\.?(:\d+)?([/?#]|$))/;
const FILE = /\.(s?html?|xhtml|php\d?|aspx?|jsp|cfm|cgi)$/i;
// A text starting with // (another site), or with a character no link holds as written.
const ODD = /^\/\/|[\0-\b\v\f\x0e-\x1f\x7f"<>\\^`{}]/;
const MAIL = /^[^\s@/?#:]+@[^\s/?#:@.]+(\.[^\s/?#:@.]+)+([?#]\S*)?$/;

/**
 * Reads a contact text, trimmed (as the widget's settings and the configurator's fields are);
 * `base` is the address of the page a relative link is read against.
 */
export function readContact(text: string, base: string): ContactReading {
  let href = text;
  const host = HOST.exec(href)?.[0];
  const dial = href.replace(/[^+\d٠-٩۰-۹]/g, '');
  let kind: ContactKind = !href
    ? 'none'
    : // At least 5 digits: a phone number (as a path it would be a page that does not exist).
      PHONE.test(href) && /[^+]{5}/.test(dial)
      ? ((href = `tel:${dial}`), 'phone')
      : host && !FILE.test(host)
        ? ((href = `https://${host}${href.slice(host.length).replace(/^\./, '')}`), 'web')
        : MAIL.test(href)
          ? ((href = `mailto:${href}`), 'mail')
          : /^[A-Za-z][A-Za-z\d+.-]*:/.test(href)
            ? 'link'
            : // Words (`our front desk`), or a tab or line break in a scheme (`java\tscript:`).
              /\s/.test(href)
              ? 'none'
              : 'page';
  if (kind !== 'phone' && kind !== 'none') {
    if (!ODD.test(href))
      try {
        const url = new URL(href, base);
        if (/^(https?|tel|mailto):$/.test(url.protocol)) return { kind, href, url: url.href };
      } catch {
        /* no link a browser can read */
      }
    kind = 'refused';
  }
  return { kind, href };
}
