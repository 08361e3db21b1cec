import { html, nothing, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { SmpClinicElement } from '../../internal/clinic-element.js';
import { validItems, type SmpItem } from '../../internal/items.js';
import { LightItemsController } from '../../internal/light-items.js';
import { show, warnOnce } from '../../internal/warn.js';
import { keyword } from '../../internal/coerce.js';
import { sharedStyles } from '../../styles/shared.js';
import { defaultCons, defaultPros, type ProConItem, type ProConKind } from '../../content/pros-cons.js';
import { prosConsStyles } from './pros-cons.styles.js';
import { withAddresses } from '../../internal/addresses.js';

export type ProsConsLayout = 'auto' | 'columns' | 'stacked';
const LAYOUTS: readonly ProsConsLayout[] = ['auto', 'columns', 'stacked'];
const KINDS: readonly ProConKind[] = ['pro', 'con'];
const plusIcon = html`<!----><svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10"/><path d="M12 7.5v9M7.5 12h9"/></svg>`;
const minusIcon = html`<!----><svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10"/><path d="M7.5 12h9"/></svg>`;

/**
 * The pros and cons of scalp micropigmentation, side by side when there is
 * room and stacked when narrow.
 *
 * @tag smp-pros-cons
 *
 * @csspart base - The card around everything.
 * @csspart heading - The title.
 * @csspart group - Each of the pros and the cons column.
 * @csspart group-heading - The "Pros" and "Cons" headings.
 * @csspart list - Each list of items.
 * @csspart item - Each pro or con.
 * @csspart icon - Each icon.
 * @csspart disclaimer - The disclaimer line.
 *
 * @cssproperty --smp-pros-cons-pro-color - Colour of the pro icons.
 * @cssproperty --smp-pros-cons-con-color - Colour of the con icons.
 */
export class SmpProsCons extends SmpClinicElement {
  static override styles = [sharedStyles, prosConsStyles];
  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    pros: { attribute: false },
    cons: { attribute: false },
  };

  /**
   * `auto` (side by side when the element is at least 34em wide), `columns` or
   * `stacked`. Anything else warns and uses `auto`. Unset means `auto`; a host
   * that never wrote it gets no attribute.
   * @default 'auto'
   */
  layout?: ProsConsLayout;

  /** An array of `{id, text}` that replaces every default pro. */
  pros?: SmpItem[];

  /** An array of `{id, text}` that replaces every default con. */
  cons?: SmpItem[];

  private readonly light = new LightItemsController(this);

  private get effectiveLayout(): ProsConsLayout {
    if (!this.layout) return 'auto';
    const layout = keyword(this.layout, LAYOUTS);
    if (!layout) warnOnce(`<smp-pros-cons> layout="${show(this.layout)}": use ${LAYOUTS.join(', ')}; using auto.`);
    return layout ?? 'auto';
  }

  /**
   * The `pros`/`cons` properties (or the defaults), then light-DOM items by id
   * across both lists (an item may move a default to the other side), then `hide`.
   */
  private get allItems(): ProConItem[] {
    const given = (kind: ProConKind, value: SmpItem[] | undefined, property: string) =>
      validItems<SmpItem>(value, property, this.localName)?.map((i) => ({ ...i, kind })) ?? this.light.withDefaults(kind === 'pro' ? defaultPros(this.settings) : defaultCons());
    const base = [...given('pro', this.pros, 'pros'), ...given('con', this.cons, 'cons')];
    return this.light.merge(base, (i, replaces) => ({ id: i.id, text: i.text, kind: this.light.kindOf(i, KINDS, 'pro', replaces?.kind) }));
  }

  override render() {
    const all = this.allItems;
    const pros = all.filter((i) => i.kind === 'pro');
    const cons = all.filter((i) => i.kind === 'con');
    const both = pros.length > 0 && cons.length > 0;
    this.hasItems(pros.length + cons.length);
    return html`
      <div part="base" class="base" dir=${this.textDirection} lang=${this.textLang}>
        ${this.renderTitle(msg('Pros and cons of scalp micropigmentation', { id: 'pros-cons.heading' }))}
        <div class="lists ${this.effectiveLayout} ${both ? 'both' : ''}">
          ${this.renderGroup('pros', msg('Pros', { id: 'pros-cons.pros' }), pros)}
          ${this.renderGroup('cons', msg('Cons', { id: 'pros-cons.cons' }), cons)}
        </div>
        ${this.renderDisclaimer()}
      </div>
    `;
  }

  private renderGroup(name: 'pros' | 'cons', label: string, items: ProConItem[]) {
    if (items.length === 0) return nothing;
    const icon = name === 'pros' ? plusIcon : minusIcon;
    return html`
      <div part="group" class="group ${name}">
        ${this.renderHeading(label, { offset: 1, part: 'group-heading', cls: 'subheading', icon })}
        <ul part="list" role="list">
          ${items.map((i) => html`<li part="item" class="item" data-id=${i.id}>${icon}<span>${withAddresses(i.text)}</span></li>`)}
        </ul>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smp-pros-cons': SmpProsCons;
  }
}
