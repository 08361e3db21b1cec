import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { SmpClinicElement } from '../../internal/clinic-element.js';
import { mergeById, validItems, type LightItem } from '../../internal/items.js';
import { checkIcon } from '../../internal/icons.js';
import { addDays, daysBetween, parseIsoDate, startOfDay } from '../../internal/dates.js';
import { MidnightController, localDay } from '../../internal/midnight.js';
import type { IcsEvent } from '../../internal/ics.js';
import { load, save, storageKey } from '../../internal/storage.js';
import { parseCount, parseSpan, type Span } from '../../internal/settings.js';
import { warnOnce } from '../../internal/warn.js';
import { dateLocale } from '../../localization/localization.js';
import { sharedStyles } from '../../styles/shared.js';
import { defaultSteps, spanText, type StepAnchor, type TimelineStep } from '../../content/recovery-timeline.js';
import { recoveryTimelineStyles } from './recovery-timeline.styles.js';

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

/** Date formats by locale and whether they show the year: a timeline formats some twenty dates a render. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A step given through the `steps` property: `from`/`to` are days after the session. */
export interface TimelineStepInput {
  id: string;
  text: string;
  title?: string;
  from?: number;
  to?: number;
}

/** Where a step is for the patient today. */
export type StepStatus = 'done' | 'current' | 'ongoing' | 'upcoming' | 'undated';

/** A step placed on the calendar around one session. `end` is inclusive; none means open-ended. */
interface PlacedStep extends TimelineStep {
  start?: Date;
  end?: Date;
  status: StepStatus;
}

/** Fired when the patient sets or clears their session date in the date input. */
export class SmpDateChangeEvent extends CustomEvent<{ dates: string[] }> {
  constructor(dates: string[]) {
    super('smp-date-change', { detail: { dates }, bubbles: true, composed: true });
  }
}

/**
 * The procedure and recovery after scalp micropigmentation, step by step.
 * Given the date of the patient's session, it shows each step's calendar
 * dates, where the patient is today and when they can wash their hair again,
 * and exports the milestones to their calendar.
 *
 * @tag smp-recovery-timeline
 *
 * @fires {SmpDateChangeEvent} smp-date-change - The patient set or cleared the date in the date field. `detail.dates`: the dates as `YYYY-MM-DD`, empty when cleared.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The title.
 * @csspart summary - The personal summary: today's day and the next milestone.
 * @csspart date-input - The label and date field (with `date-input`).
 * @csspart list - The ordered list of steps.
 * @csspart step - Each step. Also `step-done`, `step-current`, `step-ongoing`, `step-upcoming` or `step-undated`.
 * @csspart marker - The dot or check mark of each step.
 * @csspart when - The time of each step: day(s) after the session, and dates in personal mode.
 * @csspart badge - The "Now" badge of the current step.
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
    orientation: { reflect: true },
    dateInput: { type: Boolean, attribute: 'date-input' },
    persist: {},
    sessionInterval: { attribute: 'session-interval' },
    steps: { attribute: false },
    today: { state: true, attribute: false },
    patientDates: { state: true, attribute: false },
  };

  /**
   * The session date(s), `YYYY-MM-DD`, space-separated for several sessions.
   * Turns on personal mode. Today belongs to the latest session on or before
   * it. An invalid or impossible date (`2026-02-30`, `tomorrow`) warns once
   * and shows the general timeline.
   */
  sessionDate?: string;

  /** `auto` (vertical, a row when the element is at least 48em wide), `vertical` or `horizontal`. */
  orientation: TimelineOrientation = 'auto';

  /** Shows a "Date of your session" field; the patient's date wins over `session-date`. */
  dateInput = false;

  /** Remembers the patient's date in localStorage under `smp-widgets:recovery-timeline:<name>` (`persist` alone: `default`). */
  persist?: string;

  /**
   * Days from one session to the next, e.g. `14` or `10-14`, set by the clinic.
   * No default: without it, the next session is dated only when its date is given.
   */
  sessionInterval?: number | string | Span;

  /** An array of `{id, text, title?, from?, to?}` that replaces every default step; `from`/`to` are days after the session. */
  steps?: TimelineStepInput[];

  /** Today, as a local date; moves on at local midnight. */
  private today = startOfDay(new Date());

  /** The date the patient entered (or that was remembered), as `YYYY-MM-DD`. */
  private patientDates: string[] = [];

  private sessions: Date[] = [];

  constructor() {
    super();
    // "Today" moves on at local midnight on a page left open, and on reconnecting on a later day.
    new MidnightController(this, () => (this.today = startOfDay(new Date())));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('persist') && this.persist != null) {
      const saved = load<unknown>(storageKey('recovery-timeline', this.persist));
      const dates = Array.isArray(saved) ? saved.filter((d): d is string => typeof d === 'string' && !!parseIsoDate(d)) : [];
      this.patientDates = dates;
    }
    this.sessions = this.resolveSessions();
  }

  /** The patient's own date when set, else `session-date`; invalid input gives none (the generic timeline). */
  private resolveSessions(): Date[] {
    const source = this.patientDates.length ? this.patientDates.join(' ') : (this.sessionDate ?? '');
    const words = source.split(/\s+/).filter(Boolean);
    const dates: Date[] = [];
    for (const word of words) {
      const date = parseIsoDate(word);
      if (!date) {
        warnOnce(`<${TAG}> session-date="${source}": "${word}" is not a real YYYY-MM-DD date; showing the general timeline.`);
        return [];
      }
      if (!dates.some((d) => d.getTime() === date.getTime())) dates.push(date);
    }
    return dates.sort((a, b) => a.getTime() - b.getTime());
  }

  private get interval(): Span | undefined {
    const raw = this.sessionInterval;
    if (raw == null || raw === '') return undefined;
    const span = parseSpan(raw);
    if (!span || span[0] < 1) warnOnce(`<${TAG}> session-interval="${String(raw)}": use days, e.g. 14 or 10-14; ignored.`);
    return span && span[0] >= 1 ? span : undefined;
  }

  private get effectiveOrientation(): TimelineOrientation {
    if (ORIENTATIONS.includes(this.orientation)) return this.orientation;
    warnOnce(`<${TAG}> orientation="${this.orientation}": use ${ORIENTATIONS.join(', ')}; using auto.`);
    return 'auto';
  }

  /** Days after the session from a `from`/`to` pair, warning about values that are not whole days. */
  private daysOf(from: unknown, to: unknown, id: string): Span | undefined {
    if (from == null || from === '') return undefined;
    const a = parseCount(from);
    const b = to == null || to === '' ? a : parseCount(to);
    if (a === undefined || b === undefined || b < a) {
      warnOnce(`<${TAG}> step "${id}" from="${String(from)}" to="${String(to ?? '')}": use whole days, from ≤ to; default timing kept.`);
      return undefined;
    }
    return [a, b];
  }

  /** Defaults (or the `steps` property), then light-DOM steps by id, then `hide`. */
  private allSteps(): TimelineStep[] {
    const defaults = defaultSteps(this.settings);
    const byId = new Map(defaults.map((s) => [s.id, s]));
    const timing = (id: string, days: Span | undefined): Pick<TimelineStep, 'days' | 'anchor'> => {
      if (days) return { days };
      const d = byId.get(id);
      return { days: d?.days, anchor: d?.anchor };
    };
    const fromProperty = validItems<TimelineStepInput>(this.steps, 'steps')?.map(
      (s): TimelineStep => ({ id: s.id, text: s.text, title: s.title ?? byId.get(s.id)?.title, ...timing(s.id, this.daysOf(s.from, s.to, s.id)) }),
    );
    const light = this.lightItems.map(
      (i: LightItem): TimelineStep => ({ id: i.id, text: i.text, title: i.data.title || byId.get(i.id)?.title, ...timing(i.id, this.daysOf(i.data.from, i.data.to, i.id)) }),
    );
    return this.withoutHidden(mergeById(fromProperty ?? defaults, light));
  }

  /**
   * Places each step on the calendar around session `ref` and gives it a
   * status for `today`. Steps with fixed days count from that session;
   * `between` runs from the day after it to the day before the next
   * session (or to the assessment); `next` is the next session's date, or
   * the clinic's interval.
   */
  private place(steps: TimelineStep[], ref: number, today?: Date): PlacedStep[] {
    const session = this.sessions[ref];
    const next = this.sessions[ref + 1];
    const { assessmentDays } = this.settings;
    const interval = this.interval;
    const placed = steps.map((step): PlacedStep => {
      let start: Date | undefined;
      let end: Date | undefined;
      const anchor: StepAnchor | undefined = step.days ? undefined : step.anchor;
      if (step.days) {
        start = addDays(session, step.days[0]);
        end = addDays(session, step.days[1]);
      } else if (anchor === 'before') {
        end = addDays(this.sessions[0], -1);
      } else if (anchor === 'between') {
        start = addDays(session, 1);
        end = next ? addDays(next, -1) : addDays(session, Math.max(1, assessmentDays - 1));
      } else if (anchor === 'next') {
        if (next) start = end = next;
        else if (ref > 0) start = end = session;
        else if (interval) [start, end] = [addDays(session, interval[0]), addDays(session, interval[1])];
      } else if (anchor === 'years') {
        start = addDays(session, assessmentDays + 1);
      }
      return { ...step, start, end, status: 'undated' };
    });
    if (!today) return placed;
    let current: PlacedStep | undefined;
    for (const step of placed) {
      if (!step.start && !step.end) continue;
      if (step.end && today > step.end) step.status = 'done';
      else if (!step.start || step.start <= today) {
        step.status = 'ongoing';
        // The step in progress that ends soonest is the one the patient is in now.
        if (!current || (step.end && (!current.end || step.end < current.end))) current = step;
      } else step.status = 'upcoming';
    }
    if (current) current.status = 'current';
    return placed;
  }

  /** The session the patient's today belongs to: the latest one on or before today, else the first. */
  private referenceSession(): number {
    let ref = 0;
    this.sessions.forEach((d, i) => {
      if (d <= this.today) ref = i;
    });
    return ref;
  }

  // ---- formatting -------------------------------------------------------

  /** Weekday, day and month; the year too when a date is not in the current year. */
  private formatter(...dates: Date[]): Intl.DateTimeFormat {
    const year = dates.some((d) => d.getFullYear() !== this.today.getFullYear()) ? 'numeric' : undefined;
    const locale = dateLocale();
    const key = `${locale} ${year ?? ''}`;
    let format = formatters.get(key);
    if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year })));
    return format;
  }

  private formatDate(date: Date): string {
    return this.formatter(date).format(date);
  }

  private formatRange(start: Date, end: Date): string {
    if (start.getTime() === end.getTime()) return this.formatDate(start);
    return this.formatter(start, end).formatRange(start, end);
  }

  /** "Day 3–4", "Session day", "Before your first session"…, from a step's days or anchor. */
  private dayLabel(step: TimelineStep): string {
    if (step.days) {
      const [a, b] = step.days;
      if (a === b) return a === 0 ? msg('Session day', { id: 'recovery-timeline.when.session-day' }) : msg(str`Day ${a}`, { id: 'recovery-timeline.when.day' });
      return a === 0
        ? msg(str`Session day to day ${b}`, { id: 'recovery-timeline.when.session-day-to' })
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
    if (step.start && step.end) return this.formatRange(step.start, step.end);
    if (step.start) return msg(str`From ${this.formatDate(step.start)}`, { id: 'recovery-timeline.when.from' });
    if (step.end && step.anchor === 'before') return msg(str`Before ${this.formatDate(addDays(step.end, 1))}`, { id: 'recovery-timeline.when.before-date' });
    return '';
  }

  // ---- rendering --------------------------------------------------------

  override render() {
    const steps = this.allSteps();
    const personal = this.sessions.length > 0;
    const ref = personal ? this.referenceSession() : 0;
    const placed = personal ? this.place(steps, ref, this.today) : steps.map((s): PlacedStep => ({ ...s, status: 'undated' }));
    return html`
      <div part="base" class="base" dir=${this.textDirection} lang=${this.textLang}>
        ${this.renderTitle(msg('Your treatment and recovery', { id: 'recovery-timeline.heading' }))}
        ${this.dateInput ? this.renderDateInput() : nothing} ${personal ? this.renderSummary(placed, ref) : nothing}
        <ol part="list" class="steps ${this.effectiveOrientation}" role="list">
          ${placed.map((step) => this.renderStep(step, personal))}
        </ol>
        ${personal
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

  private renderStep(step: PlacedStep, personal: boolean) {
    const done = step.status === 'done';
    const current = step.status === 'current';
    const date = personal ? this.dateLabel(step) : '';
    const day = this.dayLabel(step);
    return html`
      <li part="step step-${step.status}" class="step ${step.status}" data-id=${step.id}
        data-start=${ifDefined(step.start && localDay(step.start))}
        data-end=${ifDefined(step.end && localDay(step.end))}
        aria-current=${ifDefined(current ? 'step' : undefined)}>
        <span part="marker" class="marker">${done ? checkIcon() : nothing}</span>
        <div class="body">
          <p part="when" class="when">
            ${done ? html`<span class="visually-hidden">${msg('Done:', { id: 'recovery-timeline.done' })} </span>` : nothing}
            ${date ? html`<span class="date">${date}</span>` : nothing}
            ${day ? html`<span class="day">${day}</span>` : nothing}
            ${current ? html`<span part="badge" class="badge">${msg('Now', { id: 'recovery-timeline.now' })}</span>` : nothing}
          </p>
          ${step.title ? html`<p part="title" class="title">${step.title}</p>` : nothing}
          <p part="text" class="text">${step.text}</p>
        </div>
      </li>
    `;
  }

  private renderSummary(placed: PlacedStep[], ref: number) {
    const session = this.sessions[ref];
    const day = daysBetween(session, this.today);
    const where =
      day < 0
        ? msg(str`Your session is on ${this.formatDate(session)}.`, { id: 'recovery-timeline.summary.before' })
        : day === 0
          ? msg('Today is the day of your session.', { id: 'recovery-timeline.summary.session-day' })
          : msg(str`Today is day ${day} after your session on ${this.formatDate(session)}.`, { id: 'recovery-timeline.summary.day' });
    const dry = placed.find((s) => s.id === 'dry-period');
    const washFrom = dry?.end && addDays(dry.end, 1);
    let next = '';
    if (washFrom && day >= 0 && this.today < washFrom) {
      next = msg(str`You can wash your hair again from ${this.formatDate(washFrom)}.`, { id: 'recovery-timeline.summary.wash' });
    } else {
      const upcoming = placed.filter((s) => s.start && s.start > this.today).sort((a, b) => a.start!.getTime() - b.start!.getTime())[0];
      if (upcoming) next = msg(str`Next: ${upcoming.title ?? upcoming.text}, ${this.dateLabel(upcoming)}.`, { id: 'recovery-timeline.summary.next' });
    }
    return html`
      <div part="summary" class="summary" aria-live="polite">
        <p>${endSentence(where)}</p>
        ${next ? html`<p class="milestone">${endSentence(next)}</p>` : nothing}
      </div>
    `;
  }

  private renderDateInput() {
    // The patient's own date, else the one session-date gives, so the field never contradicts the timeline.
    const value = this.patientDates[0] ?? (this.sessions.length === 1 ? localDay(this.sessions[0]) : '');
    return html`
      <p part="date-input" class="date-input">
        <label for="session-date">${msg('Date of your session', { id: 'recovery-timeline.date-label' })}</label>
        <input id="session-date" type="date" .value=${value} @change=${this.onDateChange} />
      </p>
    `;
  }

  private onDateChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const dates = input.value && parseIsoDate(input.value) ? [input.value] : [];
    this.patientDates = dates;
    if (this.persist != null) save(storageKey('recovery-timeline', this.persist), dates.length ? dates : undefined);
    this.dispatchEvent(new SmpDateChangeEvent(dates));
  }

  // ---- calendar ---------------------------------------------------------

  /**
   * The dated milestones of every session as all-day events. A session's
   * steps that would fall on or after the next session are left out (the
   * next session starts them again), and so are the long "between" stretch
   * and a next session that is itself in the list.
   */
  calendarEvents(): IcsEvent[] {
    // Current even when called right after a property change, before the element re-renders.
    this.refreshSettings();
    this.sessions = this.resolveSessions();
    const steps = this.allSteps();
    const events: IcsEvent[] = [];
    this.sessions.forEach((session, i) => {
      const next = this.sessions[i + 1];
      for (const step of this.place(steps, i)) {
        if (!step.start || !step.end) continue;
        if (!step.days && step.anchor !== 'next') continue;
        if (step.anchor === 'next' && (next || i > 0)) continue;
        if (next && step.end >= next) continue;
        events.push({
          uid: `${localDay(session)}-${step.id}@smp-recovery-timeline`,
          start: step.start,
          end: step.end,
          summary: step.title ?? step.text,
          description: step.title ? step.text : undefined,
        });
      }
    });
    return events;
  }

  /** The .ics text of `calendarEvents()`. */
  async calendarFile(): Promise<string> {
    const { buildIcs } = await loadIcs();
    return buildIcs(this.calendarEvents(), {
      prodId: '-//smp-widgets//Recovery timeline//EN',
      name: msg('Your treatment and recovery', { id: 'recovery-timeline.heading' }),
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

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.sessions.length) loadIcs().catch(() => undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smp-recovery-timeline': SmpRecoveryTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'smp-date-change': SmpDateChangeEvent;
  }
}
