import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { SmpClinicElement } from '../../internal/clinic-element.js';
import { mergeById, validItems, type LightItem } from '../../internal/items.js';
import { LightItemsController } from '../../internal/light-items.js';
import { checkIcon } from '../../internal/icons.js';
import { addDays, daysBetween, formatDays, localDay, parseIsoDate, startOfDay } from '../../internal/dates.js';
import { MidnightController } from '../../internal/midnight.js';
import { ScrollRowController } from '../../internal/scroll-row.js';
import type { IcsEvent } from '../../internal/ics.js';
import { load, save, storageKey, storageWatch } from '../../internal/storage.js';
import { parseCount, parseSpan, type ClinicSettings, type Span } from '../../internal/settings.js';
import { calendarEvents, nextMilestone, parseSessions, plausible, referenceSession, schedule, type PlacedStep, type Schedule, type ScheduleOptions } from '../../internal/schedule.js';
import { show, warnOnce } from '../../internal/warn.js';
import { keyword } from '../../internal/coerce.js';
import { dateLocale } from '../../localization/localization.js';
import { sharedStyles } from '../../styles/shared.js';
import { defaultSteps, spanText, type TimelineStep } from '../../content/recovery-timeline.js';
import { isolate, numberText } from '../../content/common.js';
import { SmpDateChangeEvent } from './events.js';
import { recoveryTimelineStyles } from './recovery-timeline.styles.js';
import { withAddresses } from '../../internal/addresses.js';

export { SmpDateChangeEvent } from './events.js';
export type { StepStatus } from '../../internal/schedule.js';

export type TimelineOrientation = 'auto' | 'vertical' | 'horizontal';
const ORIENTATIONS: readonly TimelineOrientation[] = ['auto', 'vertical', 'horizontal'];
const TAG = 'smp-recovery-timeline';

/**
 * The calendar writer is its own small module, loaded on demand. A personal
 * timeline starts loading it as soon as it renders, so "Add to calendar"
 * works even if the patient goes offline afterwards.
 */
const loadIcs = () => import('../../internal/ics.js');

/**
 * A sentence that ends in a date ends in one full stop: German and other
 * locales abbreviate with a dot ("22. Nov."), which the sentence's own stop
 * would double.
 */
const endSentence = (text: string) => text.replace(/\.\.$/, '.');

/** A value as a warning shows it: dates as `YYYY-MM-DD`, lists space-separated. */
const shown = (value: unknown): string =>
  Array.isArray(value) ? value.map(shown).join(' ') : value instanceof Date && !Number.isNaN(value.getTime()) ? localDay(value) : String(value);

/** A step given through the `steps` property: `from`/`to` are days after the session. */
export interface TimelineStepInput {
  id: string;
  text: string;
  title?: string;
  from?: number;
  to?: number;
}

/**
 * A range of days ("Wed, Nov 25 – Thu, Dec 3") with each day kept whole where the line allows: on a
 * narrow phone it breaks at the dash, not inside the second day (as Arabic's longer day names would).
 */
const wholeDays = (text: string) => {
  const [from, dash, to, ...more] = text.split(/(\s?–\s?)/);
  return dash && !more.length ? html`<span class="side">${from}</span>${dash}<span class="side">${to}</span>` : text;
};

/** A date field's value as a session: `YYYY-MM-DD` in the years 1900–2999 (as session-date takes them), else undefined. */
const fieldDate = (value: string): Date | undefined => {
  const date = value ? parseIsoDate(value) : undefined;
  return date && plausible(date) ? date : undefined;
};

/**
 * The procedure and recovery after scalp micropigmentation, step by step,
 * in time order. Given the date of the patient's session, it shows each
 * step's calendar dates, where the patient is today and when they can wash
 * their hair again, and exports the milestones to their calendar.
 *
 * @tag smp-recovery-timeline
 *
 * @fires {SmpDateChangeEvent} smp-date-change - The patient set or cleared the date in the date field. `detail.dates`: every session as `YYYY-MM-DD` in date order (the one set and the others), empty when cleared.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The title.
 * @csspart summary - The personal summary: today's day and the next milestone (inside a polite live region that is there from the first render).
 * @csspart date-input - The label and date field (with `date-input`).
 * @csspart scroller - Around the list: the region that scrolls sideways when the steps are in a row.
 * @csspart list - The ordered list of steps.
 * @csspart step - Each step. Also `step-done`, `step-current`, `step-ongoing`, `step-upcoming` or `step-undated`.
 * @csspart marker - The dot or check mark of each step.
 * @csspart when - The time of each step: day(s) after the session, and dates in personal mode.
 * @csspart badge - The "Now" badge of the current step, the "In progress" badge of other steps still running, and the "Estimated" badge of a date placed by `session-interval`.
 * @csspart title - The short name of each step.
 * @csspart text - The explanation of each step.
 * @csspart icon - Each icon.
 * @csspart actions - The row under the steps with the calendar button.
 * @csspart button - The "Add to calendar" button (also `calendar-button`).
 * @csspart calendar-button - The "Add to calendar" button.
 * @csspart disclaimer - The disclaimer line.
 *
 * @cssproperty --smp-timeline-line-color - Colour of the line joining the steps.
 * @cssproperty --smp-timeline-current-color - Colour of the current step's marker and badge.
 * @cssproperty --smp-timeline-done-color - Colour of finished steps' check marks.
 */
export class SmpRecoveryTimeline extends SmpClinicElement {
  static override styles = [sharedStyles, recoveryTimelineStyles];
  static override properties: PropertyDeclarations = {
    sessionDate: { attribute: 'session-date' },
    // Reflected when the page sets it, never written when it did not: no default lands on the host.
    orientation: { reflect: true },
    dateInput: { type: Boolean, attribute: 'date-input' },
    persist: {},
    sessionInterval: { attribute: 'session-interval' },
    steps: { attribute: false },
    today: { state: true, attribute: false },
    patientDates: { state: true, attribute: false },
  };

  /**
   * The session date(s), `YYYY-MM-DD`, separated by spaces or commas for several sessions.
   * Turns on personal mode. Today belongs to the latest session on or before
   * it. The property also takes a `Date` or an array of strings and `Date`s
   * (a `Date` at UTC midnight, as `new Date('2026-01-09')` and a date field's
   * `valueAsDate` give, is that day in every time zone; so an appointment
   * time that falls on UTC midnight, 16:00 in Los Angeles, reads as the next
   * day: from a booking system, hand `YYYY-MM-DD`). Invisible marks
   * around a date (direction marks, zero-width spaces, as a right-to-left
   * editor or a paste leaves them) are ignored, and Arabic-Indic digits read
   * as digits. An invalid or impossible date (`2026-02-30`, `tomorrow`, a
   * number, a year before 1900 or after 2999) warns once and shows the general timeline.
   */
  sessionDate?: string | Date | readonly (string | Date)[];

  /**
   * `auto` (the default: vertical, a row when the element is at least 48em
   * wide), `vertical` or `horizontal`. Reflected when set; never written onto
   * a host that did not set it.
   * @default 'auto'
   */
  orientation?: TimelineOrientation;

  /** Shows a "Date of your session" field with the date the timeline counts from; the patient's date wins over `session-date`, and clearing the field shows the general timeline (once the patient leaves it empty: a part of the date being retyped empties the field for a moment, which is not a clear). A year outside 1900–2999 (`3026` for 2026) is not taken: leaving the field shows the date again. With several sessions the field shows and changes the one today belongs to (or the one the patient last entered), and the others stay (a date equal to another merges with it, once typing is done); a date entered after clearing replaces only the one cleared. */
  dateInput = false;

  /** Remembers the patient's date in localStorage under `smp-widgets:recovery-timeline:<name>` (`persist` alone: `default`). */
  persist?: string | boolean;

  /**
   * Days from one session to the next, e.g. `14` or `10-14`, set by the clinic.
   * No default: without it, the next session is dated only when its date is given,
   * and while fewer sessions are booked than `min-sessions`, so are "See the result" and "The years ahead".
   * Dates it places are shown as estimates and left out of the calendar file.
   */
  sessionInterval?: number | string | Span;

  /** An array of `{id, text, title?, from?, to?}` that replaces every default step; `from`/`to` are days after the session. */
  steps?: TimelineStepInput[];

  /** Today, as a local date; moves on at local midnight and when the page is shown again on a later day. */
  private today = startOfDay(new Date());

  /**
   * The date the patient entered (or that was remembered), as `YYYY-MM-DD`.
   * Empty when they cleared the field (the general timeline); `undefined`
   * until they choose, when `session-date` applies.
   */
  private patientDates?: string[];

  private sessions: Date[] = [];

  /** What the date field shows, set after each render (see `updated`). */
  private fieldValue = '';

  /** The date the patient last entered in the field: the field keeps showing it (and edits it) while it is one of the sessions. */
  private entered?: string;

  /**
   * While the field has focus: the other sessions as they were when the patient started typing.
   * Chromium commits a date at every digit typed (01 on the way to 16), which may equal another
   * session for a moment; each commit is worked out from these, so that session comes back.
   */
  private editing?: { shown: string; others: string[] };

  /** Set while the field's own change is applied: any other change of the sessions comes from outside (the page, another tab). */
  private committing = false;
  /** The patient emptied the field (with a part half typed) since coming into it: leaving it so clears the date (see onDateChange). */
  private emptied = false;
  /**
   * What the field showed when the patient came into it, or what they last committed there: a field left
   * with another value was changed by the patient (see onDateBlur). Not `editing.shown`, which a change
   * from outside moves while the field, being edited, still shows the old date.
   */
  private focusValue = '';
  /** A date committed when the field was left, before its change event (WebKit; see onDateBlur). */
  private committedOnBlur?: string;

  /**
   * The other sessions when the patient cleared the field: a date entered next replaces only the one
   * the field showed (Chromium clears the field while a part of the date is being retyped).
   */
  private othersWhenCleared?: string[];

  private readonly light = new LightItemsController(this);

  constructor() {
    super();
    // "Today" moves on at local midnight on a page left open, when the page is shown again, and on reconnecting.
    new MidnightController(this, () => (this.today = startOfDay(new Date())));
    // The row of steps, when it scrolls sideways: a labelled, focusable region, the current step in view.
    new ScrollRowController(this, {
      scroller: () => this.renderRoot?.querySelector('.scroller') ?? null,
      label: () => msg('Steps in time order', { id: 'recovery-timeline.steps-region' }),
      current: () => this.renderRoot?.querySelector('[aria-current]') ?? null,
      revealKey: () => `${this.sessions.map((d) => localDay(d)).join(' ')} ${localDay(this.today)}`,
    });
  }

  /** Another timeline with the same `persist` name, or this page in another tab, saved a date (also while this one was off the page): follow it. */
  private readonly storage = storageWatch(
    () => this.key,
    () => {
      this.restore();
      this.requestUpdate();
    },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.storage.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.storage.stop();
    // Firefox and WebKit fire no blur when a focused field leaves the page.
    this.editing = undefined;
  }

  private get key(): string | undefined {
    // Not text yet (`persist = true` from JSX before the first update turns it into text): no key yet.
    return typeof this.persist === 'string' ? storageKey('recovery-timeline', this.persist) : undefined;
  }

  /** The remembered date; `[]` is the patient's choice of the general timeline, kept over `session-date`. */
  private restore(): void {
    const saved = this.key ? load<unknown>(this.key) : undefined;
    if (!Array.isArray(saved)) return void (this.patientDates = undefined);
    const dates = saved.filter((d): d is string => typeof d === 'string' && !!parseIsoDate(d));
    this.patientDates = dates.length || !saved.length ? dates : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('persist') && this.persist != null) this.restore();
    this.sessions = this.resolveSessions();
    // The sessions changed from outside while the patient types (the page set session-date, another
    // tab saved): the others are taken again from them, so none of theirs is lost or brought back.
    if (this.editing && !this.committing && (changed.has('sessionDate') || (changed as Map<PropertyKey, unknown>).has('patientDates'))) {
      // The session being edited, if it is still one of them; else the one today belongs to now.
      const days = this.sessions.map((d) => localDay(d));
      const shown = days.includes(this.editing.shown) ? this.editing.shown : (days[referenceSession(this.sessions, this.today)] ?? '');
      this.editing = { shown, others: days.filter((d) => d !== shown) };
    }
    this.committing = false;
  }

  /** The patient's own choice when made, else `session-date`; invalid input gives none (the general timeline). */
  private resolveSessions(): Date[] {
    const source = this.patientDates ?? this.sessionDate;
    const { dates, invalid } = parseSessions(source);
    if (invalid !== undefined) {
      warnOnce(`<${TAG}> session-date="${shown(source)}": "${invalid}" is not a real YYYY-MM-DD date (years 1900–2999); showing the general timeline.`);
    }
    return dates;
  }

  private get interval(): Span | undefined {
    const raw = this.sessionInterval;
    if (raw == null || raw === '') return undefined;
    const span = parseSpan(raw);
    if (!span || span[0] < 1) warnOnce(`<${TAG}> session-interval="${String(raw)}": use days, e.g. 14 or 10-14; ignored.`);
    return span && span[0] >= 1 ? span : undefined;
  }

  private get effectiveOrientation(): TimelineOrientation {
    const value = this.orientation ?? 'auto';
    const orientation = keyword(value, ORIENTATIONS);
    if (!orientation) warnOnce(`<${TAG}> orientation="${show(value)}": use ${ORIENTATIONS.join(', ')}; using auto.`);
    return orientation ?? 'auto';
  }

  /** Days after the session from a `from`/`to` pair, warning about values that are not whole days. */
  private daysOf(from: unknown, to: unknown, id: string): Span | undefined {
    if (from == null || from === '') {
      // A step "by day 14" written as data-to alone: said, rather than left undated without a word.
      if (to != null && to !== '') warnOnce(`<${TAG}> step "${id}" to="${String(to)}" has no from: give the first day too (from="0" for the session day); default timing kept.`);
      return undefined;
    }
    const a = parseCount(from);
    const b = to == null || to === '' ? a : parseCount(to);
    if (a === undefined || b === undefined || b < a) {
      warnOnce(`<${TAG}> step "${id}" from="${String(from)}" to="${String(to ?? '')}": use whole days, from ≤ to; default timing kept.`);
      return undefined;
    }
    return [a, b];
  }

  /** Defaults (or the `steps` property), then light-DOM steps by id, then `hide`. */
  private allSteps(settings: ClinicSettings): TimelineStep[] {
    const defaults = defaultSteps(settings);
    const byId = new Map(defaults.map((s) => [s.id, s]));
    const timing = (id: string, days: Span | undefined): Pick<TimelineStep, 'days' | 'anchor'> => {
      if (days) return { days };
      const d = byId.get(id);
      return { days: d?.days, anchor: d?.anchor };
    };
    const fromProperty = validItems<TimelineStepInput>(this.steps, 'steps', this.localName)?.map(
      (s): TimelineStep => ({ id: s.id, text: s.text, title: (typeof s.title === 'string' && s.title.trim()) || byId.get(s.id)?.title, ...timing(s.id, this.daysOf(s.from, s.to, s.id)) }),
    );
    const light = this.light.items.map(
      (i: LightItem): TimelineStep => ({ id: i.id, text: i.text, title: i.data.title || byId.get(i.id)?.title, ...timing(i.id, this.daysOf(i.data.from, i.data.to, i.id)) }),
    );
    return this.light.withoutHidden(mergeById(fromProperty ?? this.light.withDefaults(defaults), light));
  }

  private scheduleOptions(settings: ClinicSettings, sessions: Date[]): ScheduleOptions {
    return { sessions, assessmentDays: settings.assessmentDays, interval: this.interval, minSessions: settings.minSessions, booked: this.patientDates === undefined };
  }

  // ---- formatting -------------------------------------------------------

  /** A date, or a range when `end` differs, in the page's language; the year only outside this year. */
  private formatDate(start: Date, end: Date = start): string {
    return isolate(formatDays(dateLocale(), this.today.getFullYear(), start, end));
  }

  /** "Day 3–4", "Session day", "Before your first session"…, from a step's days or anchor. */
  private dayLabel(step: TimelineStep): string {
    if (step.days) {
      const [a, b] = step.days;
      if (a === b) return a === 0 ? msg('Session day', { id: 'recovery-timeline.when.session-day' }) : msg(str`Day ${numberText(a)}`, { id: 'recovery-timeline.when.day' });
      return a === 0
        ? msg(str`Session day to day ${numberText(b)}`, { id: 'recovery-timeline.when.session-day-to' })
        : msg(str`Days ${spanText([a, b])}`, { id: 'recovery-timeline.when.days' });
    }
    switch (step.anchor) {
      case 'before':
        return msg('Before your first session', { id: 'recovery-timeline.when.before' });
      case 'between':
        return msg('Between sessions', { id: 'recovery-timeline.when.between' });
      case 'next':
        return msg('Later sessions', { id: 'recovery-timeline.when.next' });
      case 'years':
        return msg('Over the years', { id: 'recovery-timeline.when.years' });
      default:
        return '';
    }
  }

  /** The calendar date or range of a placed step, or nothing when it has none. */
  private dateLabel(step: PlacedStep): string {
    if (step.start && step.end) return this.formatDate(step.start, step.end);
    if (step.start) return msg(str`From ${this.formatDate(step.start)}`, { id: 'recovery-timeline.when.from' });
    if (step.end && step.anchor === 'before') return msg(str`Before ${this.formatDate(addDays(step.end, 1))}`, { id: 'recovery-timeline.when.before-date' });
    return '';
  }

  // ---- rendering --------------------------------------------------------

  override render() {
    const plan = schedule(this.allSteps(this.settings), this.scheduleOptions(this.settings, this.sessions), this.today);
    const any = this.hasItems(plan.steps.length);
    const personal = plan.session !== undefined && any;
    // A calendar file with no event is refused by calendar apps: no button then (only clinic steps without days, all dated
    // ones hidden). The file holds each step with days that a booked session dates (`calendarEvents`), as the plan shows.
    const exportable = personal && plan.steps.some((s) => s.days && s.start && !s.projected);
    const orientation = this.effectiveOrientation;
    return html`
      <div part="base" class="base" dir=${this.textDirection} lang=${this.textLang}>
        ${this.renderTitle(msg('Your treatment and recovery', { id: 'recovery-timeline.heading' }))}
        ${this.dateInput ? this.renderDateInput(plan) : nothing}
        <div class="live" aria-live="polite">${personal ? this.renderSummary(plan) : nothing}</div>
        ${any
          ? html`<div part="scroller" class="scroller ${orientation}">
              <ol part="list" class="steps ${orientation}" role="list">
                ${plan.steps.map((step) => this.renderStep(step, personal, plan))}
              </ol>
            </div>`
          : nothing}
        ${exportable
          ? html`<p part="actions" class="actions">
              <button part="button calendar-button" class="calendar-button" type="button" @click=${this.downloadCalendar}>
                ${msg('Add to calendar', { id: 'recovery-timeline.add-to-calendar' })}
              </button>
            </p>`
          : nothing}
        ${this.renderDisclaimer()}
      </div>
    `;
  }

  private renderStep(step: PlacedStep, personal: boolean, plan: Schedule) {
    const done = step.status === 'done';
    const current = step.status === 'current';
    const running = step.status === 'ongoing';
    const date = personal ? this.dateLabel(step) : '';
    // A date placed by the clinic's interval for a session not booked: said to be an estimate.
    const estimated = date && step.projected;
    // After the course's last session no session follows: "Between sessions" would be wrong.
    // The step then runs to the day before the result is judged, and its days after that session say so.
    const afterLast = personal && step.anchor === 'between' && step.start && step.end && plan.lastSession;
    const day = this.dayLabel(afterLast ? { ...step, anchor: undefined, days: [daysBetween(plan.session!, step.start!), daysBetween(plan.session!, step.end!)] } : step);
    return html`
      <li part="step step-${step.status}" class="step ${step.status}" data-id=${step.id}
        data-start=${ifDefined(step.start && localDay(step.start))}
        data-end=${ifDefined(step.end && localDay(step.end))}
        aria-current=${ifDefined(current ? 'step' : undefined)}>
        <span part="marker" class="marker">${done ? checkIcon : nothing}</span>
        <div class="body">
          <p part="when" class="when">
            ${done ? html`<span class="visually-hidden">${msg('Done:', { id: 'recovery-timeline.done' })} </span>` : nothing}
            ${date ? html`<span class="date">${wholeDays(date)}</span>` : nothing}
            ${day ? html`<span class="day">${day}</span>` : nothing}
            ${current ? html`<span part="badge" class="badge">${msg('Now', { id: 'recovery-timeline.now' })}</span>` : nothing}
            ${running ? html`<span part="badge" class="badge running">${msg('In progress', { id: 'recovery-timeline.in-progress' })}</span>` : nothing}
            ${estimated ? html`<span part="badge" class="badge estimated">${msg('Estimated', { id: 'recovery-timeline.estimated' })}</span>` : nothing}
          </p>
          ${step.title ? html`<p part="title" class="title">${step.title}</p>` : nothing}
          <p part="text" class="text">${withAddresses(step.text)}</p>
        </div>
      </li>
    `;
  }

  private renderSummary(plan: Schedule) {
    const session = plan.session!;
    const day = plan.day!;
    const where =
      day < 0
        ? msg(str`Your session is on ${this.formatDate(session)}.`, { id: 'recovery-timeline.summary.before' })
        : day === 0
          ? msg('Today is the day of your session.', { id: 'recovery-timeline.summary.session-day' })
          : msg(str`Today is day ${numberText(day)} after your session on ${this.formatDate(session)}.`, { id: 'recovery-timeline.summary.day' });
    const { washFrom, next: upcoming } = nextMilestone(plan.steps, session, this.today);
    let next = '';
    if (washFrom) next = msg(str`You can wash and shave your head again from ${this.formatDate(washFrom)}.`, { id: 'recovery-timeline.summary.wash' });
    else if (upcoming) {
      // Mid-sentence, an open-ended step reads "…, from Sat 4 Apr", not the step's own "From Sat 4 Apr".
      // A clinic step without a title is named by its text, without the full stop that would end the sentence early.
      const name = upcoming.title ?? upcoming.text.trim().replace(/[.!?。！？؟…]+$/u, '');
      next = upcoming.projected
        ? msg(str`Next: ${name}, about ${this.formatDate(upcoming.start!, upcoming.end)}.`, { id: 'recovery-timeline.summary.next-estimated' })
        : upcoming.end
          ? msg(str`Next: ${name}, ${this.formatDate(upcoming.start!, upcoming.end)}.`, { id: 'recovery-timeline.summary.next' })
          : msg(str`Next: ${name}, from ${this.formatDate(upcoming.start!)}.`, { id: 'recovery-timeline.summary.next-from' });
    }
    return html`
      <div part="summary" class="summary">
        <p>${endSentence(where)}</p>
        ${next ? html`<p class="milestone">${endSentence(next)}</p>` : nothing}
      </div>
    `;
  }

  private renderDateInput(plan: Schedule) {
    // The date the patient entered while it is one of the sessions; else what the timeline counts from (the
    // patient's dates, else session-date's): the session today belongs to; empty when generic.
    const entered = this.entered && this.sessions.some((d) => localDay(d) === this.entered) ? this.entered : undefined;
    this.fieldValue = entered ?? (plan.session ? localDay(plan.session) : '');
    return html`
      <p part="date-input" class="date-input">
        <label for="session-date">${msg('Date of your session', { id: 'recovery-timeline.date-label' })}</label>
        <input id="session-date" type="date" min="1900-01-01" max="2999-12-31" @focus=${this.onDateFocus} @change=${this.onDateChange} @blur=${this.onDateBlur} />
      </p>
    `;
  }

  private onDateChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    // WebKit's change event after the blur that committed it (onDateBlur).
    if (!this.editing && this.committedOnBlur !== undefined && input.value === this.committedOnBlur) return void (this.committedOnBlur = undefined);
    this.committedOnBlur = undefined;
    const date = fieldDate(input.value);
    // Not a date to count from, save or announce: a year still being typed (Chromium commits one at
    // every digit: 0002, 0020, 0202, then 2026; 20266 for a digit too many), or one outside 1900–2999
    // (3026 for 2026). While the field has focus it stays there to be corrected; leaving the field
    // shows the date the timeline counts from again (onDateBlur).
    if (input.value && !date) {
      if (!this.editing) input.value = this.fieldValue;
      return;
    }
    // Emptied while the patient is in the field with a part half typed (`badInput`: Chromium empties the
    // value while the day's first digit is retyped): a clear only if the field is left so (onDateBlur).
    // Emptied whole (a picker's Clear button, which leaves the focus in the field): a clear now.
    this.emptied = !date && !!this.editing && input.validity.badInput;
    if (this.emptied) return;
    this.commitDate(date, input.value);
  }

  /**
   * The field's date (or its clearing, `date` undefined) as the patient's: the field edits the session it
   * shows; the other sessions stay (in date order, a date equal to another one merging with it). Cleared:
   * the general timeline, even over session-date, so field and timeline agree; the other sessions are kept
   * for the next date entered. The same dates again (a field committed twice) change, save and say nothing.
   */
  private commitDate(date: Date | undefined, value: string): void {
    const others = this.editing?.others ?? this.otherSessions();
    const dates = date ? parseSessions([...others, value]).dates.map((d) => localDay(d)) : [];
    if (this.patientDates && this.patientDates.join() === dates.join() && this.entered === (date ? value : undefined)) return;
    this.othersWhenCleared = date ? undefined : others;
    this.entered = date ? value : undefined;
    // Still in the field: what it edits from now on is the date just entered (a change from outside
    // before the next key then keeps the others, see willUpdate).
    if (this.editing) {
      this.editing = { shown: date ? value : '', others };
      this.focusValue = date ? value : '';
    }
    this.committing = true;
    this.patientDates = dates;
    // Cleared over a session-date: saved as `[]`, so the general timeline the patient chose survives a
    // reload; cleared with no session-date: forgotten (nothing to win over).
    if (this.key) save(this.key, dates.length || this.sessionDate ? dates : undefined);
    this.dispatchEvent(new SmpDateChangeEvent(dates));
  }

  /** The sessions besides the one the field shows. */
  private otherSessions(): string[] {
    return this.sessions.length ? this.sessions.map((d) => localDay(d)).filter((d) => d !== this.fieldValue) : this.sessionsBeforeClear();
  }

  private onDateFocus(): void {
    this.emptied = false;
    this.focusValue = this.fieldValue;
    this.editing = { shown: this.fieldValue, others: this.otherSessions() };
  }

  /**
   * The sessions besides the one a cleared field stood for: those kept when it was cleared, else
   * (cleared before this page was loaded, or nothing to clear) `session-date`'s other than the one today
   * belongs to. The clinic's `session-date` is never changed.
   */
  private sessionsBeforeClear(): string[] {
    if (this.othersWhenCleared) return this.othersWhenCleared;
    const clinic = parseSessions(this.sessionDate).dates;
    const shownThen = clinic[referenceSession(clinic, this.today)];
    return clinic.filter((d) => d !== shownThen).map((d) => localDay(d));
  }

  /**
   * Leaving the field: left empty, it is cleared (see onDateChange); left with a part half typed (empty to
   * script, `badInput` to the browser), a year still being typed or one out of range, it gives way to the
   * date the timeline counts from. A whole date has been committed by its change event, which comes first.
   */
  private onDateBlur(event: Event): void {
    const input = event.target as HTMLInputElement;
    const date = fieldDate(input.value);
    // WebKit sends a typed date's change event only after the blur, and not at all once the field has
    // been written again (updated, below): a whole date not committed yet is committed here, and its
    // change event, if one follows, passes over it.
    if (date && this.editing && input.value !== this.focusValue) {
      this.commitDate(date, input.value);
      this.committedOnBlur = input.value;
    }
    // Emptied by the patient and left so: a clear. Emptied is seen by an empty change event (a part
    // half typed), or, where the field sends none before the blur (WebKit), by a field that showed a
    // date when the patient came in. A field that was empty then, while a date arrived from the page or
    // another tab, was never emptied: no clear.
    else if (!input.value && !input.validity.badInput && this.fieldValue && (this.emptied || this.focusValue)) this.commitDate(undefined, '');
    else if (input.validity.badInput || (input.value && !date)) input.value = this.fieldValue;
    this.emptied = false;
    this.editing = undefined;
    // What was typed is committed: the field shows what it edits again (see `updated`).
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The field always shows the date the timeline counts from, also over a date typed but not
    // committed (what Lit's live() directive does, without its code in the bundle).
    // Not while the patient is typing in it: a date committed digit by digit would jump under their keys.
    const field = this.renderRoot.querySelector<HTMLInputElement>('#session-date');
    // A field taken away while the patient was in it (date-input turned off) sends no blur in Firefox
    // and WebKit: once it is gone, nothing is being edited. (Not the shadow root's activeElement, which
    // Chromium leaves empty while a date field's change event is dispatched.)
    if (this.editing && !field) {
      this.editing = undefined;
      this.emptied = false;
    }
    if (field && !this.editing && field.value !== this.fieldValue) field.value = this.fieldValue;
    if (this.sessions.length) loadIcs().catch(() => undefined);
  }

  // ---- calendar ---------------------------------------------------------

  /**
   * The dated milestones of every session as all-day events (see
   * `calendarEvents` in the schedule). Reads the attributes as they are now,
   * also before the element renders, and changes nothing.
   */
  calendarEvents(): IcsEvent[] {
    return this.inOwnLocale(() => {
      const settings = this.currentSettings();
      const { dates } = parseSessions(this.patientDates ?? this.sessionDate);
      return calendarEvents(this.allSteps(settings), this.scheduleOptions(settings, dates));
    });
  }

  /** The .ics text of `calendarEvents()`. */
  async calendarFile(): Promise<string> {
    const { buildIcs } = await loadIcs();
    return buildIcs(this.calendarEvents(), {
      prodId: '-//smp-widgets//Recovery timeline//EN',
      name: this.inOwnLocale(() => msg('Your treatment and recovery', { id: 'recovery-timeline.heading' })),
    });
  }

  private downloadCalendar = async (): Promise<void> => {
    const first = this.sessions[0];
    try {
      const [{ downloadFile }, text] = await Promise.all([loadIcs(), this.calendarFile()]);
      downloadFile(`smp-recovery-${first ? localDay(first) : 'timeline'}.ics`, text);
    } catch (error) {
      warnOnce(`<${TAG}> the calendar file could not be made (${String(error)}).`);
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'smp-recovery-timeline': SmpRecoveryTimeline;
  }
}
