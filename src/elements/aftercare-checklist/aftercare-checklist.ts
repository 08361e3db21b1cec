import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { SmpClinicElement } from '../../internal/clinic-element.js';
import { mergeById, validItems } from '../../internal/items.js';
import { checkIcon, crossIcon, warningIcon } from '../../internal/icons.js';
import { MidnightController } from '../../internal/midnight.js';
import { localDay } from '../../internal/dates.js';
import { load, save, storageKey, watchStorage } from '../../internal/storage.js';
import { telHref } from '../../internal/settings.js';
import { warnOnce } from '../../internal/warn.js';
import { isolate, numberText } from '../../content/common.js';
import { sharedStyles } from '../../styles/shared.js';
import { defaultAftercare, type AftercareItem, type AftercareKind } from '../../content/aftercare.js';
import { SmpCompleteEvent, SmpItemToggleEvent, SmpResetEvent } from './events.js';
import { aftercareStyles } from './aftercare-checklist.styles.js';

const KINDS: readonly AftercareKind[] = ['do', 'avoid', 'urgent'];

/** What `persist` saves: the ticked ids and the local day they were ticked on. */
interface Saved {
  day: string;
  done: string[];
}

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
  static override styles = [sharedStyles, aftercareStyles];
  static override properties: PropertyDeclarations = {
    persist: {},
    daily: { type: Boolean },
    items: { attribute: false },
    done: { state: true, attribute: false },
  };

  /**
   * Remembers the ticks in this browser (localStorage, key
   * `smp-widgets:aftercare-checklist:<name>`). The value names the list when
   * a page has several: `persist="after-session-2"`. Nothing leaves the browser.
   */
  persist?: string;

  /** Starts each day fresh: ticks are cleared at local midnight (also on a page left open). */
  daily = false;

  /** An array of `{id, kind, text}` (kind `do`, `avoid` or `urgent`) that replaces every default item. */
  items?: AftercareItem[];

  /** Ids of ticked items. Ids that name no item are kept but not counted. */
  private done = new Set<string>();

  /** The share of items ticked, drawn as the progress bar's width after each render. */
  private share = 0;

  private unwatchStorage?: () => void;

  constructor() {
    super();
    // With `daily`, the ticks are cleared on a new local day.
    new MidnightController(this, () => {
      if (this.daily && this.done.size) {
        this.done = new Set();
        this.store();
      }
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Another element with the same `persist` name, or this page in another
    // tab, saved ticks: follow them, so no one's ticks overwrite the other's.
    this.unwatchStorage = watchStorage((key) => {
      if (this.key && (key === null || key === this.key)) this.restore();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchStorage?.();
  }

  private get key(): string | undefined {
    return this.persist == null ? undefined : storageKey('aftercare-checklist', this.persist);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('persist') || changed.has('daily')) this.restore();
  }

  /** Reads saved ticks: unreadable, or from an earlier day with `daily`, means none. */
  private restore(): void {
    const key = this.key;
    if (!key) return;
    const saved = load<Saved>(key);
    const valid = saved && typeof saved === 'object' && Array.isArray(saved.done) && typeof saved.day === 'string';
    const fresh = valid && !(this.daily && saved.day !== localDay());
    this.done = new Set(fresh ? saved.done.filter((id) => typeof id === 'string') : []);
  }

  private store(): void {
    const key = this.key;
    if (key) save(key, { day: localDay(), done: [...this.done] } satisfies Saved);
  }

  /** Defaults (or the `items` property), then light-DOM items by id, then `hide`. */
  private get allItems(): AftercareItem[] {
    const fromProperty = validItems<AftercareItem>(this.items, 'items')?.map((i) => ({ ...i, kind: this.kindOf(i, KINDS, 'do') }));
    const base = fromProperty ?? this.withDefaults(defaultAftercare(this.settings));
    const light = this.lightItems.map((i) => ({ id: i.id, text: i.text, kind: this.kindOf(i, KINDS, base.find((b) => b.id === i.id)?.kind ?? 'do') }));
    return this.withoutHidden(mergeById(base, light));
  }

  private toggle(id: string, checked: boolean, tickable: AftercareItem[]): void {
    const done = new Set(this.done);
    if (checked) done.add(id);
    else done.delete(id);
    this.done = done;
    this.store();
    const count = tickable.filter((i) => done.has(i.id)).length;
    this.dispatchEvent(new SmpItemToggleEvent({ id, checked, done: count, total: tickable.length }));
    if (checked && count === tickable.length) this.dispatchEvent(new SmpCompleteEvent(count));
  }

  private reset(): void {
    this.done = new Set();
    this.store();
    const total = this.allItems.filter((i) => i.kind !== 'urgent').length;
    this.dispatchEvent(new SmpResetEvent(total));
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
    const count = tickable.filter((i) => this.done.has(i.id)).length;
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
        <div part="actions" class="actions">
          <button part="button" class="print" type="button" @click=${() => window.print()}>${msg('Print checklist', { id: 'aftercare.print' })}</button>
          <button part="button" class="reset secondary" type="button" aria-disabled=${count === 0 ? 'true' : 'false'} @click=${this.reset}>${msg('Clear all ticks', { id: 'aftercare.reset' })}</button>
        </div>
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
        ${this.renderHeading(label, { offset: 1, part: 'group-heading', cls: 'subheading', icon: icon(), id: `group-${kind}` })}
        <ul part="list" role="list">
          ${items.map((item) => {
            const checked = this.done.has(item.id);
            return html`<li part="item" class="item ${checked ? 'checked' : ''}" data-id=${item.id}>
              <label>
                <input
                  part="checkbox"
                  type="checkbox"
                  .checked=${checked}
                  @change=${(e: Event) => this.toggle(item.id, (e.target as HTMLInputElement).checked, tickable)}
                />
                <span class="text">${item.text}</span>
              </label>
            </li>`;
          })}
        </ul>
      </div>
    `;
  }

  /** "Call +44 20 7946 0000", the number in its own span so it can be kept on one line. */
  private callLabel(phone?: string) {
    const label = msg(str`Call ${isolate(phone!, 'ltr')}`, { id: 'aftercare.call' });
    const number = isolate(phone!, 'ltr');
    const at = label.indexOf(number);
    if (at < 0) return label;
    return html`${label.slice(0, at)}<span class="number">${number}</span>${label.slice(at + number.length)}`;
  }

  private renderUrgent(items: AftercareItem[]) {
    if (!items.length) return nothing;
    const { phone, contactUrl } = this.settings;
    const tel = phone ? telHref(phone) : undefined;
    if (!tel && !contactUrl) {
      warnOnce(`<${this.localName}>: set phone or contact-url, so the urgent box can link to the clinic.`);
    }
    return html`
      <div part="urgent" class="urgent" role="note" aria-labelledby="urgent-title">
        ${warningIcon()}
        <div>
          <p class="urgent-title" id="urgent-title"><strong>${msg('When to get help', { id: 'aftercare.urgent-title' })}</strong></p>
          ${items.map((i) => html`<p class="urgent-text" data-id=${i.id}>${i.text}</p>`)}
          ${tel || contactUrl
            ? html`<p part="contact" class="contact">
                ${tel ? html`<a class="call" href=${tel}>${this.callLabel(phone!)}</a>` : nothing}
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
