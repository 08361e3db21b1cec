/**
 * The recovery timeline's schedule, without a DOM: where each step falls on
 * the calendar around the patient's sessions, where the patient is today,
 * the order a patient reads the steps in, and the calendar events. Pure
 * functions of their arguments (no clock, no element state), so each can be
 * tested on its own in any time zone.
 */
import type { TimelineStep } from '../content/recovery-timeline.js';
import { addDays, daysBetween, localDate, localDay, parseIsoDate, startOfDay } from './dates.js';
import type { IcsEvent } from './ics.js';
import type { Span } from './settings.js';

/** Where a step is for the patient today. `ongoing`: started, not yet over, but not the one the patient is in now. */
export type StepStatus = 'done' | 'current' | 'ongoing' | 'upcoming' | 'undated';

/** A step placed on the calendar around one session. `end` is inclusive; none means open-ended. */
export interface PlacedStep extends TimelineStep {
  start?: Date;
  end?: Date;
  status: StepStatus;
  /**
   * Dated from the clinic's interval for a session not booked: an estimate. It is never marked done
   * or under way (whether that session took place is not known); once its day has come it has no status.
   */
  projected?: boolean;
}

/** What the schedule needs besides the steps. */
export interface ScheduleOptions {
  /** The session dates, as `parseSessions` gives them: local midnights, sorted, no repeats. */
  sessions: readonly Date[];
  /** Days after a session when the result can be judged (the protocol's `assessmentDays`). */
  assessmentDays: number;
  /** Days from one session to the next, set by the clinic; without it an unknown next session stays undated. */
  interval?: Span;
  /**
   * Sessions a course has at least (the protocol's `minSessions`; 1 when not given). While fewer are
   * booked, the course's last session is still to come: the steps counted from it (the assessment,
   * the years ahead) are dated from the clinic's interval after the last booked one, or not at all.
   */
  minSessions?: number;
  /**
   * `false` when the sessions are dates the patient entered (`date-input`) rather than the clinic's
   * booked list: such a date may be any session of the course, so the course's last session (and
   * with it the result) is not placed after it by the interval.
   */
  booked?: boolean;
}

/** The sessions read from `session-date`, or the first thing in it that is not a date. */
export interface ParsedSessions {
  dates: Date[];
  /** The first word or value that is not a real date; `dates` is then empty. */
  invalid?: string;
}

/** Format characters that show nothing: direction marks and isolates, zero-width spaces and joiners, BOM, soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A session in the years 1900–2999: `0026-01-09` or `9999-12-31` is a typo, and a calendar file cannot hold a five-digit year. */
export const plausible = (date: Date): boolean => date.getFullYear() >= 1900 && date.getFullYear() <= 2999;

/**
 * Reads session dates from what an author or a framework gives:
 * `"2026-01-09 2026-01-30"` (or with commas), a `Date`, or an array of strings and Dates.
 * Any part that is not a real date makes the whole value invalid (a
 * half-read list would date the wrong sessions).
 */
export function parseSessions(value: unknown): ParsedSessions {
  const parts = Array.isArray(value) ? value : [value];
  const dates: Date[] = [];
  for (const part of parts) {
    if (part == null || part === '') continue;
    if (part instanceof Date) {
      if (Number.isNaN(part.getTime())) return { dates: [], invalid: String(part) };
      // A date-only Date (`new Date('2026-01-09')`, a date field's `valueAsDate`) is UTC midnight,
      // the evening before west of Greenwich: its UTC day is the day meant. Any other time is a local one.
      const date = part.getTime() % 86_400_000 === 0 ? localDate(part.getUTCFullYear(), part.getUTCMonth() + 1, part.getUTCDate()) : startOfDay(part);
      if (!plausible(date)) return { dates: [], invalid: String(part) };
      dates.push(date);
      continue;
    }
    if (typeof part !== 'string') return { dates: [], invalid: String(part) };
    // Invisible marks a right-to-left editor or a paste leaves around dates (RLM, LRM, isolates,
    // zero-width spaces, BOM, soft hyphens) are not part of them.
    // Dates separated by commas or semicolons too (`2026-01-09, 2026-01-30`; the Arabic `،`, the full-width `，`), as
    // a clinic writes a list; a date never holds one.
    for (const word of part.replace(INVISIBLE, '').split(/[\s,;\u060c\u061b\u3001\uff0c\uff1b]+/).filter(Boolean)) {
      const date = parseIsoDate(word);
      if (!date || !plausible(date)) return { dates: [], invalid: word };
      dates.push(date);
    }
  }
  const unique = dates.filter((d, i) => dates.findIndex((e) => e.getTime() === d.getTime()) === i);
  return { dates: unique.sort((a, b) => a.getTime() - b.getTime()) };
}

/** The session today belongs to: the latest one on or before today, else the first. */
export function referenceSession(sessions: readonly Date[], now: Date): number {
  const today = startOfDay(now);
  let ref = 0;
  sessions.forEach((d, i) => {
    if (d <= today) ref = i;
  });
  return ref;
}

/** Booked sessions the course still lacks (see `ScheduleOptions.minSessions`). */
export function sessionsToCome({ sessions, minSessions = 1 }: ScheduleOptions): number {
  return Math.max(0, Math.floor(minSessions) - sessions.length);
}

/**
 * The day of the course's last session: the last booked one, or, while sessions are still to come,
 * the earliest and latest day the clinic's interval puts the last of them on; none without an
 * interval, after a date the patient entered (see `booked`), or past the year 2999.
 */
function courseEnd(options: ScheduleOptions): [Date, Date] | undefined {
  const last = options.sessions[options.sessions.length - 1];
  const missing = sessionsToCome(options);
  if (!last || (missing && (!options.interval || options.booked === false))) return undefined;
  const [a, b] = options.interval ?? [0, 0];
  const end: [Date, Date] = [addDays(last, missing * a), addDays(last, missing * b)];
  return plausible(end[1]) ? end : undefined;
}

/** The assessment, and a clinic's step after its day: counted from the course's last session. */
const afterCourse = (step: TimelineStep, assessmentDays: number): boolean => !!step.days && (step.id === 'assessment' || step.days[0] > assessmentDays);

/**
 * Places each step on the calendar around session `ref`, in the given
 * order, all `undated` in status. Steps with fixed days count from that
 * session, and a later session that comes before one is over starts it
 * again (see below); `before` ends the day before the first session; `between` runs
 * from the day after it to the day before the next session (or to the
 * assessment) and has no dates when the next session is the very next day;
 * `next` is the next session's date, or the clinic's interval. The
 * assessment (and any step after its day) and `years` count from the
 * course's last session, whichever session `ref` is: the last booked one, or
 * while sessions are still to come, the last of them by the clinic's interval
 * (a range when the interval is one), and no date without an interval.
 */
export function placeSteps(steps: readonly TimelineStep[], options: ScheduleOptions, ref = 0): PlacedStep[] {
  const { sessions, assessmentDays, interval } = options;
  const session = sessions[ref];
  const next = sessions[ref + 1];
  // The result of the course is judged after its last session: the
  // assessment (and a clinic's step after its day) and the years ahead count
  // from there, so screen and calendar file give the same day.
  const course = courseEnd(options);
  const toCome = sessionsToCome(options);
  return steps.map((step): PlacedStep => {
    let start: Date | undefined;
    let end: Date | undefined;
    let projected = false;
    if (!session) return { ...step, status: 'undated' };
    if (step.days && afterCourse(step, assessmentDays)) {
      if (course) [start, end] = [addDays(course[0], step.days[0]), addDays(course[1], step.days[1])];
      projected = toCome > 0;
    } else if (step.days) {
      const [a, b] = step.days;
      let i = ref;
      // A step under way on its session's day (the dry period) that an earlier session's run of it
      // reaches is that run, begun at the earlier session: look back to where the run began.
      let first = i;
      if (a <= 0) while (first > 0 && addDays(sessions[first - 1], b) >= sessions[first]) first--;
      start = addDays(sessions[first], a);
      end = addDays(sessions[i], b);
      // A session that comes before the step is over starts it again (sessions a few days
      // apart): the step then counts from that session, so its dates match its "Days 3–4".
      // A step that begins on the session day itself (the dry period) is under way throughout
      // and runs on: the head stays dry from the first session to the end of the dry days
      // after the last, never "washable" between two sessions, and it is placed so on every day of
      // the run, also when today belongs to a later session of it (as the calendar file has it).
      while (sessions[i + 1] && end >= sessions[i + 1]) {
        i++;
        if (a > 0) start = addDays(sessions[i], a);
        end = addDays(sessions[i], b);
      }
    } else if (step.anchor === 'before') {
      end = addDays(sessions[0], -1);
    } else if (step.anchor === 'between') {
      start = addDays(session, 1);
      // To the day before the next session: a booked one, else the earliest the interval puts one still to come
      // on, else (the course's last session) the day before its result is judged.
      end = next ? addDays(next, -1) : toCome && interval ? addDays(session, interval[0] - 1) : addDays(session, Math.max(1, assessmentDays - 1));
      // Sessions on consecutive days leave no day between them: no range rather than a backwards one.
      if (end < start) start = end = undefined;
    } else if (step.anchor === 'next') {
      if (next) start = end = next;
      else if (ref > 0 && !toCome) start = end = session;
      else if (interval) {
        [start, end] = [addDays(session, interval[0]), addDays(session, interval[1])];
        projected = true;
      }
    } else if (step.anchor === 'years') {
      if (course) start = addDays(course[1], assessmentDays + 1);
      projected = toCome > 0;
    }
    return projected && start ? { ...step, start, end, status: 'undated', projected } : { ...step, start, end, status: 'undated' };
  });
}

/**
 * Where a step sits in time without dates, in days after a session: its
 * days, or its anchor's place. A step with neither keeps its place after
 * the step it follows in the list.
 */
function anchorKeys(steps: readonly TimelineStep[], options: ScheduleOptions): Span[] {
  const { assessmentDays: a, interval } = options;
  let previous: Span = [-Infinity, -Infinity];
  return steps.map((step) => {
    let key: Span | undefined;
    if (step.days) key = [step.days[0], step.days[1]];
    else if (step.anchor === 'before') key = [-1, -1];
    else if (step.anchor === 'between') key = [1, Math.max(1, a - 1)];
    // The next session comes before the result of the course is judged.
    else if (step.anchor === 'next') key = interval ? [interval[0], interval[1]] : [a - 0.5, a - 0.5];
    else if (step.anchor === 'years') key = [a + 1, Infinity];
    previous = key ?? previous;
    return previous;
  });
}

/** The result of `schedule`: the steps in reading order, and the session today belongs to. */
export interface Schedule {
  steps: PlacedStep[];
  /** Index in `sessions` of the session today belongs to (0 in the general timeline). */
  ref: number;
  /** That session, in a personal timeline. */
  session?: Date;
  /** Days from that session to today (negative before it), in a personal timeline. */
  day?: number;
  /** That session is the course's last: the last booked one, with no sessions still to come. */
  lastSession?: boolean;
}

/**
 * The timeline a patient reads, in time order. Without sessions: every
 * step undated, sorted by its days or its anchor's place. With sessions:
 * dated around the session today belongs to, and read as past, present,
 * future — what is done (by when it started), what is going on now (the
 * step that ends soonest first: that one is `current`; the others still
 * running are `ongoing`), then what comes next (by when it starts).
 * Undated steps keep their anchor's place among them. Ties keep the
 * given order.
 */
export function schedule(steps: readonly TimelineStep[], options: ScheduleOptions, now: Date): Schedule {
  const today = startOfDay(now);
  const personal = options.sessions.length > 0;
  const ref = personal ? referenceSession(options.sessions, today) : 0;
  const session = options.sessions[ref];
  const placed = placeSteps(steps, options, ref);
  const anchors = anchorKeys(steps, options);
  const todayKey = session ? daysBetween(session, today) : 0;
  const toCome = sessionsToCome(options);
  const rows = placed.map((step, index) => {
    let [from, to] = anchors[index];
    if (session && (step.start || step.end)) {
      from = daysBetween(session, (step.start ?? step.end)!);
      to = step.end ? daysBetween(session, step.end) : Infinity;
    }
    if (personal && (step.start || step.end)) {
      // On the last booked session's day the later sessions have all come: today's session is the
      // current step, and "Next sessions" is reached, not a second step in progress.
      if (step.projected) {
        if (step.start! > today) step.status = 'upcoming';
      } else if (step.anchor === 'next' && ref > 0 && !options.sessions[ref + 1] && !toCome) step.status = 'done';
      else if (step.end && today > step.end) step.status = 'done';
      else if (!step.start || step.start <= today) step.status = 'ongoing';
      else step.status = 'upcoming';
    }
    const group = !personal ? 0 : step.status === 'ongoing' ? 1 : step.status === 'upcoming' ? 2 : step.status === 'done' ? 0 : from < todayKey ? 0 : 2;
    return { step, index, from, to, group };
  });
  rows.sort((x, y) => {
    if (x.group !== y.group) return x.group - y.group;
    const [a, b] = x.group === 1 ? [x.to - y.to, x.from - y.from] : [x.from - y.from, x.to - y.to];
    return (Number.isNaN(a) ? 0 : a) || (Number.isNaN(b) ? 0 : b) || x.index - y.index;
  });
  const sorted = rows.map((r) => r.step);
  const current = sorted.find((s) => s.status === 'ongoing');
  if (current) current.status = 'current';
  const lastSession = ref === options.sessions.length - 1 && !toCome;
  return personal ? { steps: sorted, ref, session, day: todayKey, lastSession } : { steps: sorted, ref };
}

/**
 * What the summary says comes next: from the session day until the head
 * may be washed again, that day (the end of the `dry-period` step); else
 * the next step to start.
 */
export function nextMilestone(steps: readonly PlacedStep[], session: Date, now: Date): { washFrom?: Date; next?: PlacedStep } {
  const today = startOfDay(now);
  const dry = steps.find((s) => s.id === 'dry-period');
  const washFrom = dry?.end && addDays(dry.end, 1);
  if (washFrom && session <= today && today < washFrom) return { washFrom };
  const next = steps.filter((s) => s.start && s.start > today).sort((a, b) => a.start!.getTime() - b.start!.getTime())[0];
  return next ? { next } : {};
}

/**
 * The dated milestones of every session as all-day events, as the screen
 * shows them: a step that the next session starts again (see `placeSteps`)
 * is one event, with the session it counts from (the dry period of
 * sessions close together, with the first); the long "between" stretch,
 * the next session (booked: a session of its own; else an estimate) and any
 * date estimated from the interval are left out.
 */
export function calendarEvents(steps: readonly TimelineStep[], options: ScheduleOptions): IcsEvent[] {
  const events: IcsEvent[] = [];
  const seen = new Set<string>();
  options.sessions.forEach((session, i) => {
    const next = options.sessions[i + 1];
    for (const step of placeSteps(steps, options, i)) {
      if (!step.start || !step.end) continue;
      // Steps with days only, and no estimate: in a calendar it would look like an appointment.
      if (!step.days || step.projected) continue;
      // Counted from a later session (started again by it, or the assessment): once, with that session.
      if (next && step.end >= next && step.days[0] > 0) continue;
      // The dry period of sessions close together is one event, with the first of them.
      const key = `${step.id} ${localDay(step.end)}`;
      if (seen.has(key)) continue;
      seen.add(key);
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
