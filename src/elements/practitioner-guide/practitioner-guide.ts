import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { SmpElement } from '../../internal/smp-element.js';
import { mergeById, validItems } from '../../internal/items.js';
import { questionIcon, stepsIcon } from '../../internal/icons.js';
import { load, save, storageKey } from '../../internal/storage.js';
import { warnOnce } from '../../internal/warn.js';
import { dateLocale } from '../../localization/localization.js';
import { sharedStyles } from '../../styles/shared.js';
import { defaultGuide, type GuideItem, type GuideKind } from '../../content/practitioner-guide.js';
import { SmpCompleteEvent, SmpItemToggleEvent } from '../aftercare-checklist/events.js';
import { guideStyles } from './practitioner-guide.styles.js';

/** Which groups to show: the questions (`choose`), the remedies (`fix`) or `both`. */
export type GuideVariant = 'choose' | 'fix' | 'both';
const VARIANTS: readonly GuideVariant[] = ['choose', 'fix', 'both'];
const KINDS: readonly GuideKind[] = ['ask', 'fix'];

/** What `persist` saves: the ids of the questions ticked. */
interface Saved {
  done: string[];
}

/**
 * Choosing an SMP practitioner, and what to do when a result goes wrong:
 * questions to ask at the consultation, ticked off as they are answered, and
 * the steps that put a poor result right, in order.
 *
 * @tag smp-practitioner-guide
 *
 * @fires {SmpItemToggleEvent} smp-item-toggle - The patient ticked or unticked a question.
 * @fires {SmpCompleteEvent} smp-complete - The patient ticked the last unticked question.
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
  static override styles = [sharedStyles, guideStyles];
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    persist: {},
    items: { attribute: false },
    done: { state: true, attribute: false },
  };

  /**
   * `both`, `choose` (only the questions) or `fix` (only the steps). The title
   * follows: "Your SMP practitioner", "Choosing your SMP practitioner", "When
   * SMP goes wrong". Anything else warns once and shows both.
   */
  variant?: GuideVariant;

  /**
   * Remembers the ticked questions in this browser (localStorage, key
   * `smp-widgets:practitioner-guide:<name>`). The value names the list when a
   * page has several. Nothing leaves the browser.
   */
  persist?: string;

  /** An array of `{id, kind, text}` (kind `ask` or `fix`) that replaces every default item. */
  items?: GuideItem[];

  /** Ids of ticked questions. Ids that name no item are kept but not counted. */
  private done = new Set<string>();

  private get effectiveVariant(): GuideVariant {
    if (this.variant == null || (this.variant as string) === '') return 'both';
    if (VARIANTS.includes(this.variant)) return this.variant;
    warnOnce(`<smp-practitioner-guide> variant="${this.variant}": use ${VARIANTS.join(', ')}; showing both.`);
    return 'both';
  }

  private get key(): string | undefined {
    if (this.persist == null || (this.persist as unknown) === false) return undefined;
    return storageKey('practitioner-guide', typeof this.persist === 'string' ? this.persist : '');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('persist')) this.restore();
  }

  /** Reads saved ticks; anything unreadable means none. */
  private restore(): void {
    const key = this.key;
    if (!key) return;
    const saved = load<Saved>(key);
    const done = saved && typeof saved === 'object' && Array.isArray(saved.done) ? saved.done : [];
    this.done = new Set(done.filter((id) => typeof id === 'string'));
  }

  private store(): void {
    const key = this.key;
    if (key) save(key, { done: [...this.done] } satisfies Saved);
  }

  /** Defaults (or the `items` property), then light-DOM items by id, then `hide`. */
  private get allItems(): GuideItem[] {
    const fromProperty = validItems<GuideItem>(this.items, 'items')?.map((i) => ({ ...i, kind: this.kindOf(i, KINDS, 'ask') }));
    const base = fromProperty ?? defaultGuide();
    const light = this.lightItems.map((i) => ({ id: i.id, text: i.text, kind: this.kindOf(i, KINDS, base.find((b) => b.id === i.id)?.kind ?? 'ask') }));
    return this.withoutHidden(mergeById(base, light));
  }

  private toggle(id: string, checked: boolean, questions: GuideItem[]): void {
    const done = new Set(this.done);
    if (checked) done.add(id);
    else done.delete(id);
    this.done = done;
    this.store();
    const count = questions.filter((i) => done.has(i.id)).length;
    this.dispatchEvent(new SmpItemToggleEvent({ id, checked, done: count, total: questions.length }));
    if (checked && count === questions.length) this.dispatchEvent(new SmpCompleteEvent(count));
  }

  private reset(): void {
    this.done = new Set();
    this.store();
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
    const ticked = questions.filter((i) => this.done.has(i.id)).length;
    return html`
      <div part="base" class="base" dir=${this.textDirection} lang=${this.textLang}>
        ${this.renderTitle(title)}
        <div class="groups">${this.renderQuestions(questions)} ${this.renderSteps(steps)}</div>
        <div part="actions" class="actions">
          <button part="button" class="print" type="button" @click=${() => window.print()}>${msg('Print this guide', { id: 'guide.print' })}</button>
          ${questions.length
            ? html`<button part="button" class="reset secondary" type="button" aria-disabled=${ticked === 0 ? 'true' : 'false'} @click=${this.reset}>
                ${msg('Clear all ticks', { id: 'guide.reset' })}
              </button>`
            : nothing}
        </div>
        ${this.renderDisclaimer()}
      </div>
    `;
  }

  private renderQuestions(questions: GuideItem[]) {
    if (!questions.length) return nothing;
    return html`
      <div part="group" class="group ask" role="group" aria-labelledby="group-ask">
        ${this.renderHeading(msg('Before you choose', { id: 'guide.ask' }), { offset: 1, part: 'group-heading', cls: 'subheading', icon: questionIcon(), id: 'group-ask' })}
        <p part="intro" class="intro">${msg('Ask these questions at your consultation. Tick each one when you have the answer.', { id: 'guide.ask.intro' })}</p>
        <ul part="list" role="list">
          ${questions.map((item) => {
            const checked = this.done.has(item.id);
            return html`<li part="item" class="item ${checked ? 'checked' : ''}" data-id=${item.id}>
              <label>
                <input
                  part="checkbox"
                  type="checkbox"
                  .checked=${checked}
                  @change=${(e: Event) => this.toggle(item.id, (e.target as HTMLInputElement).checked, questions)}
                />
                <span class="text">${item.text}</span>
              </label>
            </li>`;
          })}
        </ul>
      </div>
    `;
  }

  private renderSteps(steps: GuideItem[]) {
    if (!steps.length) return nothing;
    // The same digits as every other number on the page (Arabic-Indic on an ar-EG page).
    const number = new Intl.NumberFormat(dateLocale());
    return html`
      <div part="group" class="group fix" role="group" aria-labelledby="group-fix">
        ${this.renderHeading(msg('If your result is not right', { id: 'guide.fix' }), { offset: 1, part: 'group-heading', cls: 'subheading', icon: stepsIcon(), id: 'group-fix' })}
        <p part="intro" class="intro">${msg('Poor results come from too little training, the wrong needles or poor ink. Take these steps, in order.', { id: 'guide.fix.intro' })}</p>
        <ol part="list" role="list">
          ${steps.map(
            (item, index) => html`<li part="item" class="item step" data-id=${item.id}>
              <span part="step-number" class="step-number" aria-hidden="true">${number.format(index + 1)}</span>
              <span class="text">${item.text}</span>
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
