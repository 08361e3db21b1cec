import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { SmpClinicElement } from '../../internal/clinic-element.js';
import { validItems, type SmpItem } from '../../internal/items.js';
import { LightItemsController } from '../../internal/light-items.js';
import { TicksController, tickStyles } from '../../internal/ticks.js';
import { checkIcon } from '../../internal/icons.js';
import { MidnightController } from '../../internal/midnight.js';
import { PHONE_READ_MAX, characters, plainTelHref, tooLong } from '../../internal/tel-plain.js';
import { show, warnOnce } from '../../internal/warn.js';
import { isolate, numberText } from '../../content/common.js';
import { sharedStyles } from '../../styles/shared.js';
import { defaultAftercare, type AftercareItem, type AftercareKind } from '../../content/aftercare.js';
import { aftercareStyles } from './aftercare-checklist.styles.js';
// Its events (smp-item-toggle, smp-complete, smp-reset) in GlobalEventHandlersEventMap: this
// import stays in the declaration file, so importing the element alone types its listeners.
import './events.js';
import { withAddresses } from '../../internal/addresses.js';

const KINDS: readonly AftercareKind[] = ['do', 'avoid', 'urgent'];

/**
 * The reader of any phone text (src/internal/tel.ts, its rules for hours and day names in
 * nine languages), downloaded the first time a checklist shows a number that is not plain
 * digits and spaces: a page with `phone="+44 20 7946 0000"` never downloads it.
 */
let reader: Promise<typeof import('../../internal/tel.js')> | undefined;
/** Failed downloads of the reader. */
let readerFailures = 0;

/**
 * The reader's module. After a failed download, the script-tag bundle (where this module is
 * `elements/aftercare-checklist.js` and the reader `chunks/tel.js`) asks for it at a new
 * address: Firefox keeps a module that failed for the page's life, so the same address
 * would fail again without a request (as the loader does for element files).
 * The address is cut from this module's own, with no `new URL('…', import.meta.url)`: npm
 * users' bundlers (webpack 5, Vite) take that form for a file to bundle, and dist/lib has no
 * `chunks/tel.js` (webpack stops with "Can't resolve"); `webpackIgnore` keeps webpack from
 * making the retry's address a context of the element's folder.
 */
function importReader(): Promise<typeof import('../../internal/tel.js')> {
  const bundled = /\/elements\/aftercare-checklist\.js(?:[?#].*)?$/;
  if (readerFailures && bundled.test(import.meta.url)) {
    return import(/* @vite-ignore */ /* webpackIgnore: true */ `${import.meta.url.replace(bundled, '/chunks/tel.js')}?retry=${readerFailures}`);
  }
  return import('../../internal/tel.js');
}
const crossIcon = html`<!----><svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10"/><path d="m8.5 8.5 7 7m0-7-7 7"/></svg>`;
const warningIcon = html`<!----><svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 3 2 20.5h20z"/><path d="M12 10v4.5M12 17.5v.01"/></svg>`;

/**
 * The patient's aftercare checklist: what to do and what to avoid, ticked off
 * day by day, printable, with a prominent "stop and call" callout.
 *
 * @tag smp-aftercare-checklist
 *
 * @fires {SmpItemToggleEvent} smp-item-toggle - The patient ticked or unticked an item.
 * @fires {SmpCompleteEvent} smp-complete - The patient ticked the last unticked item.
 * @fires {SmpResetEvent} smp-reset - The patient cleared all ticks with "Clear all ticks" (no smp-item-toggle is fired per item).
 *
 * @csspart base - The card around everything.
 * @csspart heading - The title.
 * @csspart intro - The line under the title.
 * @csspart progress - The progress line and bar.
 * @csspart progress-bar - The bar's filled part.
 * @csspart group - The "Do" and the "Avoid" group.
 * @csspart group-heading - The group headings.
 * @csspart list - Each list.
 * @csspart item - Each item row.
 * @csspart checkbox - Each checkbox.
 * @csspart icon - Each icon.
 * @csspart urgent - The "when to get help" callout.
 * @csspart contact - The contact links in the callout, or whom to call when the clinic set none.
 * @csspart actions - The row of buttons.
 * @csspart button - Each button (print, reset).
 * @csspart disclaimer - The disclaimer line.
 *
 * @cssproperty --smp-checklist-do-color - Colour of the "do" icons.
 * @cssproperty --smp-checklist-avoid-color - Colour of the "avoid" icons.
 * @cssproperty --smp-checklist-urgent-color - Colour of the urgent callout.
 * @cssproperty --smp-checklist-urgent-surface - Background of the urgent callout.
 */
export class SmpAftercareChecklist extends SmpClinicElement {
  static override styles = [sharedStyles, tickStyles, aftercareStyles];
  static override properties: PropertyDeclarations = {
    persist: {},
    daily: { type: Boolean },
    items: { attribute: false },
  };

  /**
   * Remembers the ticks in this browser (localStorage, key
   * `smp-widgets:aftercare-checklist:<name>`). The value names the list when
   * a page has several: `persist="after-session-2"`. Nothing leaves the browser.
   */
  persist?: string | boolean;

  /** Starts each day fresh: ticks are cleared at local midnight (also on a page left open). */
  daily = false;

  /** An array of `{id, kind, text}` (kind `do`, `avoid` or `urgent`) that replaces every default item. */
  items?: AftercareItem[];

  private readonly light = new LightItemsController(this);
  /** The ticks, saved as `{day, done}` under `smp-widgets:aftercare-checklist:<persist>`. */
  private readonly ticks = new TicksController(this, { what: 'aftercare-checklist', dated: true });

  /** The share of items ticked, drawn as the progress bar's width after each render. */
  private share = 0;
  private contactCheck = false;

  constructor() {
    super();
    // With `daily`, the ticks are cleared on a new local day.
    new MidnightController(this, () => this.daily && this.ticks.clear());
  }

  /** Defaults (or the `items` property), then light-DOM items by id, then `hide`. */
  private get allItems(): AftercareItem[] {
    const kinded = (i: SmpItem, replaces?: AftercareKind) => ({ id: i.id, text: i.text, kind: this.light.kindOf(i, KINDS, 'do', replaces) });
    const base = validItems<AftercareItem>(this.items, 'items', this.localName)?.map((i) => kinded(i)) ?? this.light.withDefaults(defaultAftercare(this.settings));
    return this.light.merge(base, (i, replaces) => kinded(i, replaces?.kind));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style="" attribute: a strict CSP (style-src 'self') blocks those.
    const bar = this.renderRoot.querySelector<HTMLElement>('.progress-bar');
    bar?.style.setProperty('inline-size', `${this.share * 100}%`);
  }

  override render() {
    const all = this.allItems;
    const tickable = all.filter((i) => i.kind !== 'urgent');
    const count = this.ticks.count(tickable);
    const total = tickable.length;
    this.share = total ? count / total : 0;
    return html`
      <div part="base" class="base" dir=${this.textDirection} lang=${this.textLang}>
        ${this.renderTitle(msg('Your aftercare checklist', { id: 'aftercare.heading' }))}
        <p part="intro" class="intro">${msg('Follow these steps after each session. They matter most after your first one. If you skip them, problems are more likely.', { id: 'aftercare.intro' })}</p>
        ${total
          ? html`<div part="progress" class="progress">
              <p class="progress-text" role="status">${msg(str`${numberText(count)} of ${numberText(total)} done`, { id: 'aftercare.progress' })}</p>
              <div class="progress-track" aria-hidden="true">
                <div part="progress-bar" class="progress-bar"></div>
              </div>
            </div>`
          : nothing}
        <div class="groups">
          ${this.renderGroup('do', msg('Do', { id: 'aftercare.do' }), all, tickable)}
          ${this.renderGroup('avoid', msg('Avoid', { id: 'aftercare.avoid' }), all, tickable)}
        </div>
        ${this.renderUrgent(all.filter((i) => i.kind === 'urgent'))}
        ${this.hasItems(all.length)
          ? html`<div part="actions" class="actions">
              <button part="button" class="print" type="button" @click=${() => window.print()}>${msg('Print checklist', { id: 'aftercare.print' })}</button>
              ${total ? this.ticks.renderReset(tickable, msg('Clear all ticks', { id: 'aftercare.reset' })) : nothing}
            </div>`
          : nothing}
        ${this.renderDisclaimer()}
      </div>
    `;
  }

  private renderGroup(kind: 'do' | 'avoid', label: string, all: AftercareItem[], tickable: AftercareItem[]) {
    const items = all.filter((i) => i.kind === kind);
    if (!items.length) return nothing;
    const icon = kind === 'do' ? checkIcon : crossIcon;
    return html`
      <div part="group" class="group ${kind}" role="group" aria-labelledby="group-${kind}">
        ${this.renderHeading(label, { offset: 1, part: 'group-heading', cls: 'subheading', icon, id: `group-${kind}` })}
        <ul part="list" role="list">
          ${items.map((item) => this.ticks.renderBox(item, tickable))}
        </ul>
      </div>
    `;
  }

  /**
   * The link's name, the same words as it shows: the digits' own box (`callLabel`) would
   * otherwise add spaces around the number in the name screen readers read.
   */
  private callText(phone: string): string {
    return msg(str`Call ${isolate(phone, 'ltr')}`, { id: 'aftercare.call' });
  }

  /**
   * "Call +44 20 7946 0000 (Mon–Fri 9–17)": the number's digits in their own box, kept on one
   * line where they fit; the rest of the text (a note, hours) wraps like any other.
   */
  private callLabel(phone: string, label: string) {
    const text = isolate(phone, 'ltr');
    // Not for a text too long to read (its link is not read either): the searches below take time that grows
    // with the square of a long run of digits and spaces (40,000 characters: 1.5 s, and too much recursion in Firefox).
    if (tooLong(phone)) return label;
    // The longest run of digits and the marks between them ("+44 (0) 20 7946 0000").
    // Hours after it ("(9–17)", "٩–١٧") are a range, read in the text's own direction: not in the box.
    const digits = (phone.match(/[+(]*[\d٠-٩۰-۹](?:[\s().:\/‐-―-]*[\d٠-٩۰-۹])*\)?/g) ?? [])
      .map((run) => run.replace(/\s+\(?[\d٠-٩۰-۹]{1,2}(?:[:.][\d٠-٩۰-۹]{2})?\s*[‐-―-]\s*[\d٠-٩۰-۹]{1,2}(?:[:.][\d٠-٩۰-۹]{2})?\)?$/, ''))
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    const start = label.indexOf(text);
    if (!digits || start < 0) return label;
    const at = start + text.indexOf(digits);
    // One span around it all: the link is a flex box, which would drop the space before the number.
    return html`<span>${label.slice(0, at)}<span class="number">${digits}</span>${label.slice(at + digits.length)}</span>`;
  }

  /**
   * The phone text last read and the number it dials: read once per text, not on every render
   * (a tick re-renders). While the reader downloads, `reading` is set and the number shows
   * without a link, in the same place and size: the link replaces it without a layout shift. Not quite for
   * two numbers one space apart (warned about): the reader splits them into two boxes, which at a phone's
   * width can take a line more. Cutting them before it arrives (`restart`, 0.4 KiB gzip) would cost every
   * checklist page those bytes for a text the warning asks the clinic to fix.
   * `mark`, a class beside `call`, says why a number has no link, for a phone check (the configurator,
   * the WordPress settings): its reader did not download, it starts with an emergency number, or it is
   * too long to read.
   */
  private call?: { phone: string; tel?: string; first?: string; reading?: Promise<void>; mark?: 'unread' | 'emergency' | 'long' };

  private telFor(phone: string): string | undefined {
    if (this.call?.phone === phone) return this.call.tel;
    if (tooLong(phone)) {
      warnOnce(
        `<${this.localName}> phone="${show(phone)}…": ${characters(phone)} characters, more than the ${PHONE_READ_MAX} read for a number, so it is shown without a call link. Write the number alone, or with a short note.`,
      );
      this.call = { phone, mark: 'long' };
      return undefined;
    }
    const plain = plainTelHref(phone);
    if (plain !== null) {
      this.dial(phone, plain);
      return plain;
    }
    const call: NonNullable<typeof this.call> = (this.call = { phone });
    const pending = (reader ??= importReader());
    call.reading = pending.then(
      ({ telHref, restart, startsWithEmergency }) => {
        if (this.call !== call) return; // the phone text changed meanwhile
        // "020 7946 0000 020 7946 0001": a second number one space after the first. The first alone is read
        // (telHref would dial both joined); "999 020 7946 0000" (a number of its own, or the first digits?): none.
        const cut = restart(phone);
        const first = cut > 0 ? phone.slice(0, cut) : undefined;
        const tel = cut ? telHref(first ?? phone) : undefined;
        this.dial(phone, tel, first, !tel && startsWithEmergency(phone));
        this.requestUpdate();
      },
      () => {
        if (reader === pending) {
          reader = undefined; // the next phone text tries again
          readerFailures++;
        }
        call.reading = undefined;
        if (this.call !== call) return; // the phone text changed meanwhile: this one is not shown
        // Marked, so that a phone check does not take a failed download for a number whose digits are unclear.
        call.mark = 'unread';
        this.requestUpdate();
        warnOnce(`<${this.localName}> phone="${show(phone)}": the call-link reader did not download, so the number is shown without a call link.`);
      },
    );
    return undefined;
  }

  private dial(phone: string, tel: string | undefined, first?: string, emergency = false) {
    if (emergency) {
      // "911 212 555 0100": dialled as one, the call could reach the emergency line.
      warnOnce(
        `<${this.localName}> phone="${show(phone)}": it starts with an emergency number, which dialled with the number after it could be called: no call link. Write the clinic's number alone.`,
      );
    } else if (!tel) {
      // "020 7946 0000 9–17": shown as written, but which digits to dial is unclear.
      warnOnce(
        `<${this.localName}> phone="${show(phone)}": cannot tell which number to dial, so it is shown without a call link. Write the number alone, or hours in brackets or with a unit: "020 7946 0000 (9–17 h)".`,
      );
    } else if (first) {
      warnOnce(`<${this.localName}> phone="${show(phone)}": two numbers, so the call link dials the first (${first}). Write "or" between them.`);
    }
    this.call = { phone, tel, first: tel && first, mark: emergency ? 'emergency' : undefined };
  }

  /** Also waits for the call link: `await el.updateComplete` sees the link, or its absence, final. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const reading = this.call?.reading;
    if (!reading) return done;
    await reading;
    return this.getUpdateComplete();
  }

  private renderUrgent(items: AftercareItem[]) {
    const { phone, contactUrl } = this.settings;
    // No urgent item left (hidden, or defaults="none"): the box still carries the clinic's contact.
    if (!items.length && !phone && !contactUrl) return nothing;
    const tel = phone ? this.telFor(phone) : undefined;
    // Two numbers: the link shows and names the one it dials; the second is shown after it, as text.
    const first = tel && this.call?.first;
    const second = first && phone!.slice(first.length).trim();
    const callText = phone ? this.callText(first || phone) : undefined;
    if (!phone && !contactUrl && !this.contactCheck) {
      // The page's configure({ phone }) may run just after this first render (a module script after
      // the recommended embed's tags): warn only if the box still has no contact a moment later.
      this.contactCheck = true;
      this.whenSettled(() => {
        this.contactCheck = false;
        const now = this.currentSettings();
        if (this.isConnected && !now.phone && !now.contactUrl && this.renderRoot.querySelector('[part~="urgent"]')) {
          warnOnce(`<${this.localName}>: set phone or contact-url, so the urgent box can link to the clinic.`);
        }
      });
    }
    return html`
      <div part="urgent" class="urgent" role="note" aria-labelledby="urgent-title">
        ${warningIcon}
        <div>
          ${this.renderHeading(msg('When to get help', { id: 'aftercare.urgent-title' }), { offset: 1, part: '', cls: 'urgent-title', id: 'urgent-title' })}
          ${items.map((i) => html`<p class="urgent-text" data-id=${i.id}>${withAddresses(i.text)}</p>`)}
          ${phone || contactUrl
            ? html`<p part="contact" class="contact">
                ${tel
                  ? html`<a class="call" href=${tel} aria-label=${callText!}>${this.callLabel(first || phone!, callText!)}</a>${second
                      ? html`<span class="call">${this.callLabel(second, isolate(second, 'ltr'))}</span>`
                      : nothing}`
                  : phone
                    ? html`<span class=${this.call?.mark ? `call ${this.call.mark}` : 'call'}>${this.callLabel(phone, callText!)}</span>`
                    : nothing}
                ${contactUrl
                  ? html`<a class="contact-link" href=${contactUrl} data-print=${isolate(contactUrl.replace(/^(mailto|tel):/, ''), 'ltr')}
                      >${msg('Contact your clinic', { id: 'aftercare.contact' })}</a
                    >`
                  : nothing}
              </p>`
            : html`<p part="contact" class="contact no-contact">${msg('Call the clinic where you had your treatment.', { id: 'aftercare.no-contact' })}</p>`}
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smp-aftercare-checklist': SmpAftercareChecklist;
  }
}
