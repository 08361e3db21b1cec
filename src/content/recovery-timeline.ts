import { msg, str } from '@lit/localize';
import { dayCount, hourCount, numberText, rangeText } from './common.js';
import type { SmpItem } from '../internal/items.js';
import type { ClinicProtocol, Span } from '../internal/settings.js';

/**
 * Where a step sits when it has no fixed days after a session:
 * `before` the first session, `between` sessions, at the `next` session,
 * or over the `years` after the course.
 */
export type StepAnchor = 'before' | 'between' | 'next' | 'years';

/** One step of the procedure and recovery. */
export interface TimelineStep extends SmpItem {
  /** A short name for the step, also the calendar event's title. */
  title?: string;
  /** First and last day after a session (day 0 is the session day), where the step has fixed days. */
  days?: Span;
  /** Where a step without `days` sits. */
  anchor?: StepAnchor;
}

/** `3–4`, or `3` when both ends are the same, in the page's locale (see `rangeText`). */
export const spanText = (span: Span): string => rangeText(span);

/**
 * The default steps in order, with texts built from the clinic's protocol
 * numbers, so every number in a text follows the clinic's settings. Read at
 * render time so they follow the active locale. Ids are stable.
 */
export function defaultSteps(p: ClinicProtocol): TimelineStep[] {
  // Nominative: every translation states the length ("مدة العلاج ساعتان"); the other counts follow a preposition.
  const hours = hourCount(p.sessionHours);
  const redness = Math.max(1, p.rednessDays);
  return [
    {
      id: 'consultation',
      anchor: 'before',
      title: msg('Consultation', { id: 'recovery-timeline.title.consultation' }),
      text: msg('You talk with your practitioner, choose the style you want and agree on how the result should look.', {
        id: 'recovery-timeline.step.consultation',
      }),
    },
    {
      id: 'session',
      days: [0, 0],
      title: msg('Your session', { id: 'recovery-timeline.title.session' }),
      text: msg(
        str`The treatment takes about ${hours}, and longer for some styles. Your practitioner uses fine needles to place the pigment at the right depth in your skin. A little bleeding is normal. It dries into tiny crusts.`,
        { id: 'recovery-timeline.step.session' },
      ),
    },
    {
      id: 'redness',
      days: [1, redness],
      title: msg('Some redness', { id: 'recovery-timeline.title.redness' }),
      text: msg(str`Your scalp may look a little red. This usually goes away by day ${numberText(redness)}.`, { id: 'recovery-timeline.step.redness' }),
    },
    {
      id: 'wounds-heal',
      days: [...p.healDays],
      title: msg('Tiny wounds heal', { id: 'recovery-timeline.title.wounds-heal' }),
      text: msg(str`The tiny wounds from the needles close up and heal in about ${dayCount(p.healDays, 'oblique')}.`, {
        id: 'recovery-timeline.step.wounds-heal',
      }),
    },
    {
      id: 'dry-period',
      days: [0, p.dryDays],
      title: msg('Keep your head dry', { id: 'recovery-timeline.title.dry-period' }),
      text: msg(str`Keep your head dry until the end of day ${numberText(p.dryDays)}. Do not wash or shave your head. Do this after every session.`, {
        id: 'recovery-timeline.step.dry-period',
      }),
    },
    {
      id: 'recovered',
      days: [...p.recoveryDays],
      title: msg('Recovered', { id: 'recovery-timeline.title.recovered' }),
      text: msg(str`After about ${dayCount(p.recoveryDays, 'oblique')}, your scalp has recovered from the session.`, { id: 'recovery-timeline.step.recovered' }),
    },
    {
      id: 'settling',
      anchor: 'between',
      title: msg('Pigment settles', { id: 'recovery-timeline.title.settling' }),
      text: msg('In the weeks after a session, your skin heals and the pigment settles into it. The dots soften and turn a little lighter. Any redness fades.', {
        id: 'recovery-timeline.step.settling',
      }),
    },
    {
      id: 'next-session',
      anchor: 'next',
      title: msg('Next sessions', { id: 'recovery-timeline.title.next-session' }),
      text:
        p.minSessions === 1
          ? msg('One session may be enough. If you have more, each one makes the dots fuller and darker until the blend looks right.', {
              id: 'recovery-timeline.step.next-session.one',
            })
          : msg(str`You need at least ${numberText(p.minSessions)} sessions in all. Each one makes the dots fuller and darker until the blend looks right.`, {
              id: 'recovery-timeline.step.next-session',
            }),
    },
    {
      id: 'assessment',
      days: [p.assessmentDays, p.assessmentDays],
      title: msg('See the result', { id: 'recovery-timeline.title.assessment' }),
      text: msg(str`About ${dayCount(p.assessmentDays, 'oblique')} after your last session, you and your practitioner can see how well the treatment worked.`, {
        id: 'recovery-timeline.step.assessment',
      }),
    },
    {
      id: 'long-term',
      anchor: 'years',
      title: msg('The years ahead', { id: 'recovery-timeline.title.long-term' }),
      text: msg('With good care, the result can last many years. Good ink keeps its colour better in the sun. A touch-up now and then keeps it looking fresh.', {
        id: 'recovery-timeline.step.long-term',
      }),
    },
  ];
}

/** The step ids in order. */
export const STEP_IDS = [
  'consultation',
  'session',
  'redness',
  'wounds-heal',
  'dry-period',
  'recovered',
  'settling',
  'next-session',
  'assessment',
  'long-term',
] as const;
