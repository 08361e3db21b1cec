import { html, nothing, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { SmpElement } from '../../internal/smp-element.js';
import { validItems, type SmpItem } from '../../internal/items.js';
import { LightItemsController } from '../../internal/light-items.js';
import { TicksController, tickStyles } from '../../internal/ticks.js';
import { show, warnOnce } from '../../internal/warn.js';
import { keyword } from '../../internal/coerce.js';
import { formatNumber } from '../../content/common.js';
import { sharedStyles } from '../../styles/shared.js';
import { defaultGuide, type GuideItem, type GuideKind } from '../../content/practitioner-guide.js';
import { guideStyles } from './practitioner-guide.styles.js';
// Its events (smp-item-toggle, smp-complete, smp-reset) in GlobalEventHandlersEventMap: this
// import stays in the declaration file, so importing the element alone types its listeners.
import '../aftercare-checklist/events.js';
import { withAddresses } from '../../internal/addresses.js';

/** Which groups to show: the questions (`choose`), the remedies (`fix`) or `both`. */
export type GuideVariant = 'choose' | 'fix' | 'both';
const VARIANTS: readonly GuideVariant[] = ['choose', 'fix', 'both'];
const KINDS: readonly GuideKind[] = ['ask', 'fix'];
const questionIcon = html`<!----><svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10"/><path d="M9.25 9.25a2.75 2.75 0 1 1 3.75 2.56c-.6.24-1 .8-1 1.44v.5M12 17v.01"/></svg>`;
const stepsIcon = html`<!----><svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10"/><path d="M8 8.5h8M8 12h8M8 15.5h5"/></svg>`;

/**
 * Choosing an SMP practitioner, and what to do when a result goes wrong:
 * questions to ask at the consultation, ticked off as they are answered, and
 * the steps that put a poor result right, in order.
 *
 * @tag smp-practitioner-guide
 *
 * @fires {SmpItemToggleEvent} smp-item-toggle - The patient ticked or unticked a question.
 * @fires {SmpCompleteEvent} smp-complete - The patient ticked the last unticked question.
 * @fires {SmpResetEvent} smp-reset - The patient cleared all ticks with "Clear all ticks" (no smp-item-toggle is fired per question).
 *
 * @csspart base - The card around everything.
 * @csspart heading - The title.
 * @csspart group - The "Before you choose" and the "If your result is not right" group.
 * @csspart group-heading - The group headings.
 * @csspart intro - The line under each group heading.
 * @csspart list - Each list.
 * @csspart item - Each question or step.
 * @csspart checkbox - Each question's checkbox.
 * @csspart step-number - The number in front of each step.
 * @csspart icon - Each icon.
 * @csspart actions - The row of buttons.
 * @csspart button - Each button (print, clear).
 * @csspart disclaimer - The disclaimer line.
 *
 * @cssproperty --smp-guide-ask-color - Colour of the questions' icon.
 * @cssproperty --smp-guide-fix-color - Colour of the steps' icon and numbers.
 */
export class SmpPractitionerGuide extends SmpElement {
  static override styles = [sharedStyles, tickStyles, guideStyles];
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    persist: {},
    items: { attribute: false },
  };

  /**
   * `both`, `choose` (only the questions) or `fix` (only the steps). The title
   * follows: "Your SMP practitioner", "Choosing your SMP practitioner", "When
   * SMP goes wrong". Anything else warns once and shows both. Unset means
   * `both`; a host that never wrote it gets no attribute.
   * @default 'both'
   */
  variant?: GuideVariant;

  /**
   * Remembers the ticked questions in this browser (localStorage, key
   * `smp-widgets:practitioner-guide:<name>`). The value names the list when a
   * page has several. Another element or tab with the same name stays in
   * step. Nothing leaves the browser.
   */
  persist?: string | boolean;

  /** An array of `{id, kind, text}` (kind `ask` or `fix`) that replaces every default item. */
  items?: GuideItem[];

  private readonly light = new LightItemsController(this);
  /** The ticked questions, saved as `{done}` under `smp-widgets:practitioner-guide:<persist>`. */
  private readonly ticks = new TicksController(this, { what: 'practitioner-guide' });

  private get effectiveVariant(): GuideVariant {
    if (this.variant == null || (this.variant as string) === '') return 'both'; // not set, or the attribute removed: silently both
    const variant = keyword(this.variant, VARIANTS);
    if (!variant) warnOnce(`<smp-practitioner-guide> variant="${show(this.variant)}": use ${VARIANTS.join(', ')}; showing both.`);
    return variant ?? 'both';
  }

  /** Defaults (or the `items` property), then light-DOM items by id, then `hide`. */
  private get allItems(): GuideItem[] {
    const kinded = (i: SmpItem, replaces?: GuideKind) => ({ id: i.id, text: i.text, kind: this.light.kindOf(i, KINDS, 'ask', replaces) });
    const base = validItems<GuideItem>(this.items, 'items', this.localName)?.map((i) => kinded(i)) ?? this.light.withDefaults(defaultGuide());
    return this.light.merge(base, (i, replaces) => kinded(i, replaces?.kind));
  }

  override render() {
    const variant = this.effectiveVariant;
    const all = this.allItems;
    const questions = variant === 'fix' ? [] : all.filter((i) => i.kind === 'ask');
    const steps = variant === 'choose' ? [] : all.filter((i) => i.kind === 'fix');
    const title = {
      both: msg('Your SMP practitioner', { id: 'guide.heading' }),
      choose: msg('Choosing your SMP practitioner', { id: 'guide.heading.choose' }),
      fix: msg('When SMP goes wrong', { id: 'guide.heading.fix' }),
    }[variant];
    return html`
      <div part="base" class="base" dir=${this.textDirection} lang=${this.textLang}>
        ${this.renderTitle(title)}
        <div class="groups">${this.renderQuestions(questions)} ${this.renderSteps(steps)}</div>
        ${this.hasItems(questions.length + steps.length)
          ? html`<div part="actions" class="actions">
              <button part="button" class="print" type="button" @click=${() => window.print()}>${msg('Print this guide', { id: 'guide.print' })}</button>
              ${questions.length ? this.ticks.renderReset(questions, msg('Clear all ticks', { id: 'guide.reset' })) : nothing}
            </div>`
          : nothing}
        ${this.renderDisclaimer()}
      </div>
    `;
  }

  private renderQuestions(questions: GuideItem[]) {
    if (!questions.length) return nothing;
    return html`
      <div part="group" class="group ask" role="group" aria-labelledby="group-ask">
        ${this.renderHeading(msg('Before you choose', { id: 'guide.ask' }), { offset: 1, part: 'group-heading', cls: 'subheading', icon: questionIcon, id: 'group-ask' })}
        <p part="intro" class="intro">${msg('Ask these questions at your consultation. Tick each one when you have the answer.', { id: 'guide.ask.intro' })}</p>
        <ul part="list" role="list">
          ${questions.map((item) => this.ticks.renderBox(item, questions))}
        </ul>
      </div>
    `;
  }

  private renderSteps(steps: GuideItem[]) {
    if (!steps.length) return nothing;
    return html`
      <div part="group" class="group fix" role="group" aria-labelledby="group-fix">
        ${this.renderHeading(msg('If your result is not right', { id: 'guide.fix' }), { offset: 1, part: 'group-heading', cls: 'subheading', icon: stepsIcon, id: 'group-fix' })}
        <p part="intro" class="intro">${msg('Poor results can come from a lack of experience, the wrong needles or poor products. Take these steps, in order.', { id: 'guide.fix.intro' })}</p>
        <ol part="list" role="list">
          ${steps.map(
            (item, index) => html`<li part="item" class="item step" data-id=${item.id}>
              <span part="step-number" class="step-number" aria-hidden="true">${formatNumber(index + 1)}</span>
              <span class="text">${withAddresses(item.text)}</span>
            </li>`,
          )}
        </ol>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smp-practitioner-guide': SmpPractitionerGuide;
  }
}
