import { expect } from '@open-wc/testing';
import { defaultSteps, type TimelineStep } from '../../src/content/recovery-timeline.js';
import { localDay, parseIsoDate, startOfDay } from '../../src/internal/dates.js';
import { calendarEvents, nextMilestone, parseSessions, placeSteps, referenceSession, schedule, type PlacedStep, type ScheduleOptions } from '../../src/internal/schedule.js';
import { DEFAULT_PROTOCOL } from '../../src/internal/settings.js';

// Each engine runs in its own time zone with daylight saving (web-test-runner.config.mjs):
// Chromium in Berlin, Firefox in New York, WebKit in Santiago de Chile. Every case below runs in all three.

const day = (iso: string) => parseIsoDate(iso)!;
const steps = () => defaultSteps(DEFAULT_PROTOCOL);
const options = (dates: string[], more: Partial<ScheduleOptions> = {}): ScheduleOptions => ({ sessions: dates.map(day), assessmentDays: 30, ...more });
/** Each placed step as `[start, end]` in `YYYY-MM-DD`, `null` for none. */
const ranges = (placed: PlacedStep[]) => Object.fromEntries(placed.map((s) => [s.id, [s.start ? localDay(s.start) : null, s.end ? localDay(s.end) : null]]));
const ids = (placed: PlacedStep[]) => placed.map((s) => s.id);
const statuses = (placed: PlacedStep[]) => placed.map((s) => `${s.id}:${s.status}`);

describe('schedule (DOM-free)', () => {
  describe('parseSessions', () => {
    it('reads space-separated YYYY-MM-DD, sorted, each date once', () => {
      const { dates, invalid } = parseSessions(' 2026-01-30  2026-01-09 2026-01-09 ');
      expect(dates.map((d) => localDay(d))).to.deep.equal(['2026-01-09', '2026-01-30']);
      expect(invalid).to.equal(undefined);
    });
    it('takes a Date (its local day) or an array of strings and Dates, as frameworks hand them', () => {
      const one = parseSessions(new Date(2026, 0, 9, 15, 30)).dates;
      expect(one.map((d) => localDay(d))).to.deep.equal(['2026-01-09']);
      expect(one[0].getHours()).to.equal(0);
      expect(parseSessions(['2026-01-30', new Date(2026, 0, 9)]).dates.map((d) => localDay(d))).to.deep.equal(['2026-01-09', '2026-01-30']);
    });
    it('a Date is checked for its year as the day it is read as (UTC midnight: its UTC day), in every time zone', () => {
      expect(parseSessions(new Date('3000-01-01')).dates).to.deep.equal([]);
      expect(parseSessions(new Date('1900-01-01')).dates.map((d) => localDay(d))).to.deep.equal(['1900-01-01']);
      expect(parseSessions(new Date('2999-12-31')).dates.map((d) => localDay(d))).to.deep.equal(['2999-12-31']);
      expect(parseSessions(new Date('1899-12-31')).dates).to.deep.equal([]);
    });
    it('reads dates separated by commas or semicolons (the Arabic and full-width ones too), as a clinic writes a list', () => {
      for (const list of ['2026-01-30, 2026-01-09', '2026-01-09,2026-01-30', '2026-01-09; 2026-01-30', '2026-01-09 ، 2026-01-30', '2026-01-09,, 2026-01-30,', '2026-01-09，2026-01-30', '2026-01-09、2026-01-30']) {
        const { dates, invalid } = parseSessions(list);
        expect([dates.map((d) => localDay(d)), invalid], list).to.deep.equal([['2026-01-09', '2026-01-30'], undefined]);
      }
      expect(parseSessions('2026-01-09, 2026-02-30')).to.deep.equal({ dates: [], invalid: '2026-02-30' });
    });
    it('nothing given is no session, not an error', () => {
      for (const empty of [undefined, null, '', '   ', []]) expect(parseSessions(empty), String(empty)).to.deep.equal({ dates: [] });
    });
    it('anything else names the first part that is not a real date, and gives no sessions', () => {
      expect(parseSessions(20260109)).to.deep.equal({ dates: [], invalid: '20260109' });
      expect(parseSessions(new Date('soon'))).to.deep.equal({ dates: [], invalid: 'Invalid Date' });
      expect(parseSessions(['2026-01-09', 5])).to.deep.equal({ dates: [], invalid: '5' });
      expect(parseSessions('2026-01-09 2026-02-30')).to.deep.equal({ dates: [], invalid: '2026-02-30' });
      expect(parseSessions({})).to.deep.equal({ dates: [], invalid: '[object Object]' });
    });
  });

  describe('placing steps on the calendar', () => {
    // Three days before each clock change, so the dry days, recovery and the assessment cross it.
    const changes: [string, string, Record<string, [string | null, string | null]>][] = [
      ['Europe, spring (29 March 2026)', '2026-03-26', { 'dry-period': ['2026-03-26', '2026-03-31'], recovered: ['2026-04-02', '2026-04-05'], assessment: ['2026-04-25', '2026-04-25'] }],
      ['US, spring (8 March 2026)', '2026-03-05', { 'dry-period': ['2026-03-05', '2026-03-10'], recovered: ['2026-03-12', '2026-03-15'], assessment: ['2026-04-04', '2026-04-04'] }],
      ['Australia, autumn (5 April 2026)', '2026-04-02', { 'dry-period': ['2026-04-02', '2026-04-07'], recovered: ['2026-04-09', '2026-04-12'], assessment: ['2026-05-02', '2026-05-02'] }],
      ['Europe, autumn (25 October 2026)', '2026-10-22', { 'dry-period': ['2026-10-22', '2026-10-27'], recovered: ['2026-10-29', '2026-11-01'], assessment: ['2026-11-21', '2026-11-21'] }],
      ['US, autumn (1 November 2026)', '2026-10-29', { 'dry-period': ['2026-10-29', '2026-11-03'], recovered: ['2026-11-05', '2026-11-08'], assessment: ['2026-11-28', '2026-11-28'] }],
      ['Australia, spring (4 October 2026)', '2026-10-01', { 'dry-period': ['2026-10-01', '2026-10-06'], recovered: ['2026-10-08', '2026-10-11'], assessment: ['2026-10-31', '2026-10-31'] }],
      // At midnight: 6 September 2026 has no 00:00 in Chile (its first instant is 01:00), 5 April a second 23:00.
      ['Chile, spring, at midnight (6 September 2026)', '2026-09-03', { 'dry-period': ['2026-09-03', '2026-09-08'], recovered: ['2026-09-10', '2026-09-13'], assessment: ['2026-10-03', '2026-10-03'] }],
      ['Chile, autumn, at midnight (5 April 2026)', '2026-04-02', { 'dry-period': ['2026-04-02', '2026-04-07'], recovered: ['2026-04-09', '2026-04-12'], assessment: ['2026-05-02', '2026-05-02'] }],
    ];
    for (const [change, session, expected] of changes) {
      it(`counts calendar days across a daylight-saving change: ${change}`, () => {
        const placed = placeSteps(steps(), options([session]));
        expect(ranges(placed)).to.deep.include(expected);
        for (const step of placed) {
          // At the first instant of its day: midnight, or 01:00 on a day that has no midnight, not later.
          for (const date of [step.start, step.end]) if (date) expect(date.getTime(), `${step.id} at the start of ${localDay(date)}`).to.equal(startOfDay(date).getTime());
        }
        // On the last dry day, at one minute to midnight, the head must still be kept dry.
        const [y, m, d] = expected['dry-period'][1]!.split('-').map(Number);
        const late = schedule(steps(), options([session]), new Date(y, m - 1, d, 23, 59));
        expect(late.steps.find((s) => s.id === 'dry-period')!.status).to.be.oneOf(['current', 'ongoing']);
        const next = schedule(steps(), options([session]), new Date(y, m - 1, d + 1, 0, 1));
        expect(next.steps.find((s) => s.id === 'dry-period')!.status).to.equal('done');
        expect(next.day).to.equal(6);
      });
    }
    it('the day after a session on a day with no midnight (Chile, 6 September 2026) is day 1 of the redness, and so in every zone', () => {
      const plan = schedule(steps(), options(['2026-09-06']), new Date(2026, 8, 7, 10));
      expect(plan.day).to.equal(1);
      expect(statuses(plan.steps).filter((s) => /^(redness|dry-period):/.test(s))).to.deep.equal(['redness:current', 'dry-period:ongoing']);
      // A session the day before it: that day is day 1 too.
      const before = schedule(steps(), options(['2026-09-05']), new Date(2026, 8, 6, 10));
      expect(before.day).to.equal(1);
      expect(before.steps.find((s) => s.id === 'redness')!.status).to.equal('current');
    });

    it('leap days: 29 February counts in a leap year, and a session on it is dated like any other', () => {
      expect(ranges(placeSteps(steps(), options(['2028-02-25'])))['dry-period']).to.deep.equal(['2028-02-25', '2028-03-01']);
      expect(ranges(placeSteps(steps(), options(['2027-02-25'])))['dry-period']).to.deep.equal(['2027-02-25', '2027-03-02']);
      const leap = ranges(placeSteps(steps(), options(['2028-02-29'])));
      expect(leap.redness).to.deep.equal(['2028-03-01', '2028-03-01']);
      expect(leap.assessment).to.deep.equal(['2028-03-30', '2028-03-30']);
      expect(schedule(steps(), options(['2028-02-28']), day('2028-03-01')).day).to.equal(2);
    });

    it('year ends: dates run on into January, and the years ahead start after the assessment', () => {
      const placed = ranges(placeSteps(steps(), options(['2026-12-28'])));
      expect(placed['dry-period']).to.deep.equal(['2026-12-28', '2027-01-02']);
      expect(placed.consultation).to.deep.equal([null, '2026-12-27']);
      expect(placed.assessment).to.deep.equal(['2027-01-27', '2027-01-27']);
      expect(placed['long-term']).to.deep.equal(['2027-01-28', null]);
      const across = ranges(placeSteps(steps(), options(['2026-12-20', '2027-01-10'])));
      expect(across.settling).to.deep.equal(['2026-12-21', '2027-01-09']);
      expect(across['next-session']).to.deep.equal(['2027-01-10', '2027-01-10']);
    });

    it('several sessions: today belongs to the latest session on or before it', () => {
      const sessions = options(['2026-01-09', '2026-01-30', '2026-02-20']).sessions;
      expect(referenceSession(sessions, day('2026-01-01'))).to.equal(0);
      expect(referenceSession(sessions, day('2026-01-29'))).to.equal(0);
      expect(referenceSession(sessions, new Date(2026, 0, 30, 18))).to.equal(1);
      expect(referenceSession(sessions, day('2026-06-01'))).to.equal(2);
      const second = ranges(placeSteps(steps(), options(['2026-01-09', '2026-01-30', '2026-02-20']), 1));
      expect(second.session).to.deep.equal(['2026-01-30', '2026-01-30']);
      expect(second.consultation).to.deep.equal([null, '2026-01-08']);
      expect(second.settling).to.deep.equal(['2026-01-31', '2026-02-19']);
      expect(second['next-session']).to.deep.equal(['2026-02-20', '2026-02-20']);
      const last = ranges(placeSteps(steps(), options(['2026-01-09', '2026-01-30', '2026-02-20']), 2));
      expect(last['next-session']).to.deep.equal(['2026-02-20', '2026-02-20']);
      expect(last.settling).to.deep.equal(['2026-02-21', '2026-03-21']);
    });

    it('two sessions booked: the result and the years ahead count from the last one, on screen and in the calendar alike', () => {
      const opts = options(['2026-11-10', '2026-12-08']);
      const first = ranges(placeSteps(steps(), opts, 0));
      expect(first.assessment).to.deep.equal(['2027-01-07', '2027-01-07']);
      expect(first['long-term']).to.deep.equal(['2027-01-08', null]);
      expect(first.recovered[0]! < '2026-12-08', 'healing still counts from the session it follows').to.equal(true);
      const plan = schedule(steps(), opts, day('2026-11-26'));
      const shown = plan.steps.find((s) => s.id === 'assessment')!;
      expect(localDay(shown.start!)).to.equal('2027-01-07');
      expect(shown.status).to.equal('upcoming');
      const events = calendarEvents(steps(), opts).filter((e) => e.uid.includes('assessment'));
      expect(events.map((e) => localDay(e.start))).to.deep.equal(['2027-01-07']);
    });

    it('sessions on consecutive days leave nothing between them, not a backwards range', () => {
      const placed = ranges(placeSteps(steps(), options(['2026-11-26', '2026-11-27'])));
      expect(placed.settling).to.deep.equal([null, null]);
      expect(placed['next-session']).to.deep.equal(['2026-11-27', '2026-11-27']);
      for (const [id, [start, end]] of Object.entries(placed)) if (start && end) expect(start <= end, id).to.equal(true);
      const plan = schedule(steps(), options(['2026-11-26', '2026-11-27']), day('2026-11-26'));
      expect(plan.steps.find((s) => s.id === 'settling')!.status).to.equal('undated');
    });

    it('the next session comes from the clinic interval only when no date is given for it', () => {
      expect(ranges(placeSteps(steps(), options(['2026-01-09'], { interval: [14, 21] })))['next-session']).to.deep.equal(['2026-01-23', '2026-01-30']);
      expect(ranges(placeSteps(steps(), options(['2026-01-09'])))['next-session']).to.deep.equal([null, null]);
      expect(ranges(placeSteps(steps(), options(['2026-01-09', '2026-01-20'], { interval: [14, 21] })))['next-session']).to.deep.equal(['2026-01-20', '2026-01-20']);
    });

    describe('a course with sessions still to come (fewer booked than minSessions)', () => {
      it('one of two booked, no interval: the result and the years ahead have no date, in the file neither', () => {
        const opts = options(['2026-01-09'], { minSessions: 2 });
        const placed = ranges(placeSteps(steps(), opts));
        expect(placed.assessment).to.deep.equal([null, null]);
        expect(placed['long-term']).to.deep.equal([null, null]);
        expect(placed['next-session']).to.deep.equal([null, null]);
        // Healing still counts from the session booked.
        expect(placed['dry-period']).to.deep.equal(['2026-01-09', '2026-01-14']);
        expect(calendarEvents(steps(), opts).map((e) => e.uid.replace(/^\d+-\d+-\d+-|@.*$/g, ''))).to.deep.equal(['session', 'redness', 'wounds-heal', 'dry-period', 'recovered']);
        // Forty days on, nothing is going on: no step is current, the result is not "done".
        const plan = schedule(steps(), opts, day('2026-02-18'));
        expect(plan.steps.filter((s) => s.status === 'current' || s.status === 'ongoing')).to.deep.equal([]);
        expect(plan.steps.find((s) => s.id === 'assessment')!.status).to.equal('undated');
        expect(plan.lastSession).to.equal(false);
      });

      it('one of two booked, interval 14: the next session, the result and the years ahead follow the interval', () => {
        const opts = options(['2026-01-09'], { minSessions: 2, interval: [14, 14] });
        const placed = ranges(placeSteps(steps(), opts));
        expect(placed['next-session']).to.deep.equal(['2026-01-23', '2026-01-23']);
        expect(placed.settling, 'to the day before the next session').to.deep.equal(['2026-01-10', '2026-01-22']);
        expect(placed.assessment, 'day 30 after the second session').to.deep.equal(['2026-02-22', '2026-02-22']);
        expect(placed['long-term']).to.deep.equal(['2026-02-23', null]);
        // Estimates stay out of the calendar file, where they would look like appointments.
        const events = calendarEvents(steps(), opts).map((e) => e.uid.replace(/^\d+-\d+-\d+-|@.*$/g, ''));
        expect(events).to.deep.equal(['session', 'redness', 'wounds-heal', 'dry-period', 'recovered']);
        // Booked, the same steps are events.
        const both = calendarEvents(steps(), options(['2026-01-09', '2026-01-23'], { minSessions: 2, interval: [14, 14] }));
        expect(both.filter((e) => /assessment/.test(e.uid)).map((e) => localDay(e.start))).to.deep.equal(['2026-02-22']);
      });

      it('a session only the interval dates is an estimate: never done or under way, and upcoming until its day', () => {
        const opts = options(['2026-11-10'], { minSessions: 2, interval: [10, 14] });
        const status = (today: string, id: string) => schedule(steps(), opts, day(today)).steps.find((s) => s.id === id)!;
        expect(status('2026-11-15', 'next-session').status).to.equal('upcoming');
        // Within its window and after it: whether it took place is not known.
        for (const today of ['2026-11-22', '2026-11-27']) {
          const next = status(today, 'next-session');
          expect([next.status, next.projected, localDay(next.start!), localDay(next.end!)], today).to.deep.equal(['undated', true, '2026-11-20', '2026-11-24']);
        }
        expect(status('2026-11-27', 'assessment').status).to.equal('upcoming');
        expect([localDay(status('2026-11-27', 'assessment').start!), localDay(status('2026-11-27', 'assessment').end!)]).to.deep.equal(['2026-12-20', '2026-12-24']);
        expect(status('2027-02-01', 'long-term').status, 'the years ahead after an estimated result').to.equal('undated');
        // The same with a booked second session is done once its day has passed.
        expect(schedule(steps(), options(['2026-11-10', '2026-11-20'], { minSessions: 2, interval: [10, 14] }), day('2026-11-27')).steps.find((s) => s.id === 'next-session')!.status).to.equal('done');
      });

      it('a range of interval gives a range: the result between its earliest and latest day', () => {
        const placed = ranges(placeSteps(steps(), options(['2026-01-09'], { minSessions: 2, interval: [14, 21] })));
        expect(placed.assessment).to.deep.equal(['2026-02-22', '2026-03-01']);
        expect(placed['long-term'], 'after the latest').to.deep.equal(['2026-03-02', null]);
        // Three sessions, one booked: two intervals to the last.
        const three = ranges(placeSteps(steps(), options(['2026-01-09'], { minSessions: 3, interval: [14, 21] })));
        expect(three.assessment).to.deep.equal(['2026-03-08', '2026-03-22']);
      });

      it('two of three booked: on the second, the third is still to come (not "done"), and "between sessions" stays', () => {
        const opts = options(['2026-01-09', '2026-01-30'], { minSessions: 3, interval: [21, 21] });
        const plan = schedule(steps(), opts, day('2026-01-30'));
        const next = plan.steps.find((s) => s.id === 'next-session')!;
        expect([localDay(next.start!), next.status]).to.deep.equal(['2026-02-20', 'upcoming']);
        expect(plan.lastSession).to.equal(false);
        const settling = plan.steps.find((s) => s.id === 'settling')!;
        expect([localDay(settling.start!), localDay(settling.end!)]).to.deep.equal(['2026-01-31', '2026-02-19']);
        expect(localDay(plan.steps.find((s) => s.id === 'assessment')!.start!)).to.equal('2026-03-22');
        // Without an interval the third session has no date, and nor has the result.
        const open = schedule(steps(), options(['2026-01-09', '2026-01-30'], { minSessions: 3 }), day('2026-01-30'));
        expect(open.steps.find((s) => s.id === 'next-session')!.status).to.equal('undated');
        expect(open.steps.find((s) => s.id === 'assessment')!.status).to.equal('undated');
      });

      it('as many booked as the course needs (or more): the last booked session is the last, as before', () => {
        for (const minSessions of [1, 2]) {
          const opts = options(['2026-11-10', '2026-12-08'], { minSessions, interval: [28, 28] });
          expect(ranges(placeSteps(steps(), opts, 0)).assessment, String(minSessions)).to.deep.equal(['2027-01-07', '2027-01-07']);
          const plan = schedule(steps(), opts, day('2026-12-08'));
          expect(plan.lastSession).to.equal(true);
          expect(plan.steps.find((s) => s.id === 'next-session')!.status).to.equal('done');
        }
      });
    });

    it('without sessions nothing is dated', () => {
      const plan = schedule(steps(), options([]), day('2026-01-10'));
      expect(plan.steps.every((s) => !s.start && !s.end && s.status === 'undated')).to.equal(true);
      expect([plan.session, plan.day]).to.deep.equal([undefined, undefined]);
    });
  });

  describe('time order', () => {
    const TIME_ORDER = ['consultation', 'session', 'dry-period', 'redness', 'settling', 'wounds-heal', 'recovered', 'next-session', 'assessment', 'long-term'];

    it('general: by the day each step starts, then ends; undated steps at their anchor’s place', () => {
      expect(ids(schedule(steps(), options([]), day('2026-01-10')).steps)).to.deep.equal(TIME_ORDER);
      // Given backwards, the order is the same: it comes from the days, not from the list.
      expect(ids(schedule([...steps()].reverse(), options([]), day('2026-01-10')).steps)).to.deep.equal(TIME_ORDER);
    });

    it('a clinic step on day 14 lands before the next session and the assessment, in both modes', () => {
      const withCheckUp: TimelineStep[] = [...steps(), { id: 'check-up', text: 'Check-up.', days: [14, 14] }];
      const general = ids(schedule(withCheckUp, options([]), day('2026-01-10')).steps);
      expect(general.slice(general.indexOf('recovered'))).to.deep.equal(['recovered', 'check-up', 'next-session', 'assessment', 'long-term']);
      const personal = ids(schedule(withCheckUp, options(['2026-01-09']), day('2026-01-10')).steps);
      expect(personal.slice(personal.indexOf('recovered'))).to.deep.equal(['recovered', 'check-up', 'next-session', 'assessment', 'long-term']);
      // With an interval of 14 days, the next session shares day 14 and keeps its place in the list before the clinic's step.
      const interval = ids(schedule(withCheckUp, options([], { interval: [14, 14] }), day('2026-01-10')).steps);
      expect(interval.slice(interval.indexOf('recovered'))).to.deep.equal(['recovered', 'next-session', 'check-up', 'assessment', 'long-term']);
    });

    it('a step with neither days nor anchor stays after the step it follows', () => {
      const custom: TimelineStep[] = [
        { id: 'late', text: '.', days: [5, 5] },
        { id: 'after-late', text: '.' },
        { id: 'early', text: '.', days: [1, 1] },
      ];
      expect(ids(schedule(custom, options([]), day('2026-01-10')).steps)).to.deep.equal(['early', 'late', 'after-late']);
      expect(ids(schedule([{ id: 'first', text: '.' }, ...custom], options([]), day('2026-01-10')).steps)[0]).to.equal('first');
    });

    it('personal: done, then what is going on (the current step first), then what comes next', () => {
      const plan = schedule(steps(), options(['2026-01-09']), day('2026-01-12'));
      expect(statuses(plan.steps)).to.deep.equal([
        'consultation:done',
        'session:done',
        'redness:done',
        'wounds-heal:current',
        'dry-period:ongoing',
        'settling:ongoing',
        'recovered:upcoming',
        'next-session:undated',
        'assessment:upcoming',
        'long-term:upcoming',
      ]);
      expect([plan.ref, localDay(plan.session!), plan.day]).to.deep.equal([0, '2026-01-09', 3]);
    });

    it('personal: the dry period is still running on the day after the wounds heal, and current once it is the step ending soonest', () => {
      const plan = schedule(steps(), options(['2026-01-09']), day('2026-01-14'));
      expect(statuses(plan.steps).slice(0, 7)).to.deep.equal([
        'consultation:done',
        'session:done',
        'redness:done',
        'wounds-heal:done',
        'dry-period:current',
        'settling:ongoing',
        'recovered:upcoming',
      ]);
    });

    it('personal, before the session: the consultation is now, everything else to come in time order', () => {
      const plan = schedule(steps(), options(['2026-01-09']), day('2026-01-05'));
      expect(ids(plan.steps)).to.deep.equal(TIME_ORDER);
      expect(plan.steps[0].status).to.equal('current');
      expect(plan.day).to.equal(-4);
    });

    it('personal, after the assessment: the undated next session sits among what is done', () => {
      const plan = schedule(steps(), options(['2026-01-09']), day('2026-03-20'));
      expect(statuses(plan.steps)).to.deep.equal([
        'consultation:done',
        'session:done',
        'dry-period:done',
        'redness:done',
        'settling:done',
        'wounds-heal:done',
        'recovered:done',
        'next-session:undated',
        'assessment:done',
        'long-term:current',
      ]);
    });
  });

  describe('sessions close together (consecutive days, two days apart, the same week)', () => {
    const iso = (d?: Date) => (d ? localDay(d) : null);
    const plus = (date: string, n: number) => {
      const d = day(date);
      d.setDate(d.getDate() + n);
      return localDay(d);
    };
    const statusOf = (plan: { steps: PlacedStep[] }) => Object.fromEntries(plan.steps.map((s) => [s.id, s.status]));

    it('three sessions on consecutive days: what the patient sees on each day', () => {
      const opts = options(['2026-03-02', '2026-03-03', '2026-03-04']);
      const on = (date: string) => schedule(steps(), opts, day(date));
      // Before the first: the consultation is now, the next session is the second one.
      expect(statusOf(on('2026-03-01'))).to.include({ consultation: 'current', session: 'upcoming', 'next-session': 'upcoming', 'dry-period': 'upcoming' });
      // Each session day: that session is now; the dry period runs to day 5 after the last session.
      for (const [date, next] of [
        ['2026-03-02', '2026-03-03'],
        ['2026-03-03', '2026-03-04'],
      ]) {
        const plan = on(date);
        expect(statusOf(plan), date).to.include({ session: 'current', 'dry-period': 'ongoing', 'next-session': 'upcoming' });
        expect(ranges(plan.steps)['next-session'], date).to.deep.equal([next, next]);
        expect(ranges(plan.steps)['dry-period'], date).to.deep.equal(['2026-03-02', '2026-03-09']);
        expect(iso(nextMilestone(plan.steps, plan.session!, day(date)).washFrom), date).to.equal('2026-03-10');
      }
      // The last session's day: the later sessions have come (done), today's session is the one step now, not a second "in progress".
      const last = on('2026-03-04');
      expect(statusOf(last)).to.include({ session: 'current', 'next-session': 'done', 'dry-period': 'ongoing' });
      expect(last.steps.filter((s) => s.status === 'ongoing').map((s) => s.id)).to.deep.equal(['dry-period']);
      expect(iso(nextMilestone(last.steps, last.session!, day('2026-03-04')).washFrom)).to.equal('2026-03-10');
      // After the last: redness, wounds and recovery count from the last session.
      const after = on('2026-03-05');
      expect(statusOf(after)).to.include({ session: 'done', 'next-session': 'done', redness: 'current', 'dry-period': 'ongoing', settling: 'ongoing' });
      expect(ranges(after.steps)).to.deep.include({ redness: ['2026-03-05', '2026-03-05'], 'wounds-heal': ['2026-03-07', '2026-03-08'], recovered: ['2026-03-11', '2026-03-14'] });
    });

    const cases: [string, string[]][] = [
      ['1 day apart', ['2026-03-02', '2026-03-03']],
      ['2 days apart', ['2026-03-02', '2026-03-04']],
      ['in the same week', ['2026-03-02', '2026-03-06']],
      ['three, 1 and 2 days apart', ['2026-03-02', '2026-03-03', '2026-03-05']],
      ['three weeks apart', ['2026-01-09', '2026-01-30']],
    ];
    for (const [label, dates] of cases) {
      it(`${label}: every day from the day before the first to a week after the last, each step agrees with its label`, () => {
        const opts = options(dates);
        const first = dates[0];
        const last = dates[dates.length - 1];
        for (let n = -1; plus(first, n) <= plus(last, 7); n++) {
          const today = plus(first, n);
          const plan = schedule(steps(), opts, day(today));
          const where = `${label}, ${today}`;
          const byId = Object.fromEntries(plan.steps.map((s) => [s.id, s]));
          // One step is now; "Next sessions" is never a step in progress.
          expect(plan.steps.filter((s) => s.status === 'current'), where).to.have.length(1);
          expect(['current', 'ongoing'], where).not.to.include(byId['next-session'].status);
          // A session day shows "Your session" as the current step.
          if (dates.includes(today)) expect(byId.session.status, where).to.equal('current');
          for (const s of plan.steps) {
            if (s.start && s.end) expect(s.start <= s.end, `${where}: ${s.id} runs backwards`).to.equal(true);
            // "Day 1", "Days 3–4", "Day 30": the dates are those days after one of the sessions (the dry period excepted, see below).
            if (s.days && s.id !== 'dry-period') {
              const from = dates.find((d) => plus(d, s.days![0]) === iso(s.start) && plus(d, s.days![1]) === iso(s.end));
              expect(from, `${where}: ${s.id} ${iso(s.start)}–${iso(s.end)} is not days ${s.days.join('–')} of a session`).to.not.equal(undefined);
            }
          }
          // Within 5 days after any session the head must stay dry, and the day it may be washed again
          // is day 6 after a session and after the dry days of every session before it.
          const washFrom = iso(nextMilestone(plan.steps, plan.session!, day(today)).washFrom);
          const dry = dates.some((d) => d <= today && today <= plus(d, 5));
          expect(!!washFrom, `${where}: keep dry`).to.equal(dry);
          expect(byId['dry-period'].status === 'current' || byId['dry-period'].status === 'ongoing', `${where}: dry period running`).to.equal(dry);
          if (washFrom) {
            expect(dates.map((d) => plus(d, 6)), where).to.include(washFrom);
            for (const d of dates.filter((d) => d < washFrom)) expect(washFrom >= plus(d, 6), `${where}: wash on ${washFrom} within the dry days of ${d}`).to.equal(true);
          }
        }
      });
    }

    // What the screen shows on any day (the steps placed around today's session, and the wash-again
    // line) is what the calendar file holds: every step with days is one of the file's events, with
    // the same dates. Sessions far apart are the control: each session's steps count from it alone.
    const agree: [string, string[]][] = [
      ['consecutive days', ['2026-11-26', '2026-11-27']],
      ['two days apart', ['2026-11-26', '2026-11-28']],
      ['three on consecutive days', ['2026-03-02', '2026-03-03', '2026-03-04']],
      ['far apart', ['2026-01-09', '2026-01-30']],
    ];
    for (const [label, dates] of agree) {
      it(`${label}: each day, every dated step on screen and the wash-again day are the calendar file's`, () => {
        const opts = options(dates);
        const events = calendarEvents(steps(), opts).map((e) => `${e.summary} ${localDay(e.start)}..${localDay(e.end)}`);
        const first = dates[0];
        const last = dates[dates.length - 1];
        for (let n = -1; plus(first, n) <= plus(last, 35); n++) {
          const today = plus(first, n);
          const plan = schedule(steps(), opts, day(today));
          const where = `${label}, ${today}`;
          for (const s of plan.steps.filter((s) => s.days && s.start && s.end)) {
            expect(events, `${where}: ${s.id}`).to.include(`${s.title} ${iso(s.start)}..${iso(s.end)}`);
          }
          const dry = plan.steps.find((s) => s.id === 'dry-period')!;
          const washFrom = nextMilestone(plan.steps, plan.session!, day(today)).washFrom;
          if (washFrom) expect(events, `${where}: wash from ${iso(washFrom)}`).to.include(`${dry.title} ${iso(dry.start)}..${plus(iso(washFrom)!, -1)}`);
          // Today inside the dry period on screen means today inside the file's dry period.
          const inFile = events.some((e) => e.startsWith(`${dry.title} `) && e.slice(-22, -12) <= today && today <= e.slice(-10));
          expect(!!washFrom, `${where}: keep dry on screen = keep dry in the file`).to.equal(inFile);
        }
      });
    }

    it('consecutive days: on the second session day the dry period on screen began at the first session, as in the file', () => {
      const plan = schedule(steps(), options(['2026-11-26', '2026-11-27']), day('2026-11-27'));
      expect(ranges(plan.steps)['dry-period']).to.deep.equal(['2026-11-26', '2026-12-02']);
      expect(iso(nextMilestone(plan.steps, plan.session!, day('2026-11-27')).washFrom)).to.equal('2026-12-03');
    });

    it('far apart: each session keeps its own dry period, begun on its own day', () => {
      const opts = options(['2026-01-09', '2026-01-30']);
      expect(ranges(schedule(steps(), opts, day('2026-01-12')).steps)['dry-period']).to.deep.equal(['2026-01-09', '2026-01-14']);
      expect(ranges(schedule(steps(), opts, day('2026-01-31')).steps)['dry-period']).to.deep.equal(['2026-01-30', '2026-02-04']);
    });

    it('the calendar file agrees: one dry period from the first session to day 5 after the last, the other steps from the last session', () => {
      const events = calendarEvents(steps(), options(['2026-03-02', '2026-03-03', '2026-03-04']));
      expect(events.map((e) => `${localDay(e.start)}..${localDay(e.end)} ${e.summary}`)).to.deep.equal([
        '2026-03-02..2026-03-02 Your session',
        '2026-03-02..2026-03-09 Keep your head dry',
        '2026-03-03..2026-03-03 Your session',
        '2026-03-04..2026-03-04 Your session',
        '2026-03-05..2026-03-05 Some redness',
        '2026-03-07..2026-03-08 Tiny wounds heal',
        '2026-03-11..2026-03-14 Recovered',
        '2026-04-03..2026-04-03 See the result',
      ]);
      expect(events.find((e) => e.summary === 'Keep your head dry')!.uid).to.equal('2026-03-02-dry-period@smp-recovery-timeline');
      expect(events.find((e) => e.summary === 'Recovered')!.uid).to.equal('2026-03-04-recovered@smp-recovery-timeline');
      expect(new Set(events.map((e) => e.uid)).size).to.equal(events.length);
    });
  });

  describe('the summary’s next milestone', () => {
    it('the day the head may be washed again, from the session day until then; afterwards the next step to start', () => {
      const at = (iso: string) => nextMilestone(schedule(steps(), options(['2026-01-09']), day(iso)).steps, day('2026-01-09'), day(iso));
      expect(localDay(at('2026-01-09').washFrom!)).to.equal('2026-01-15');
      expect(localDay(at('2026-01-14').washFrom!)).to.equal('2026-01-15');
      expect(at('2026-01-15')).not.to.have.property('washFrom');
      expect(at('2026-01-15').next!.id).to.equal('recovered');
      expect(at('2026-01-05').next!.id).to.equal('session');
      expect(at('2026-03-20')).to.deep.equal({});
    });
  });

  describe('calendar events', () => {
    it('all-day milestones for every session, cut where the next session begins, with stable ids', () => {
      const events = calendarEvents(
        steps().filter((s) => s.id !== 'redness'),
        options(['2026-01-09', '2026-01-30']),
      );
      expect(events.map((e) => `${localDay(e.start)}..${localDay(e.end)} ${e.summary}`)).to.deep.equal([
        '2026-01-09..2026-01-09 Your session',
        '2026-01-12..2026-01-13 Tiny wounds heal',
        '2026-01-09..2026-01-14 Keep your head dry',
        '2026-01-16..2026-01-19 Recovered',
        '2026-01-30..2026-01-30 Your session',
        '2026-02-02..2026-02-03 Tiny wounds heal',
        '2026-01-30..2026-02-04 Keep your head dry',
        '2026-02-06..2026-02-09 Recovered',
        '2026-03-01..2026-03-01 See the result',
      ]);
      expect(events[0].uid).to.equal('2026-01-09-session@smp-recovery-timeline');
      expect(new Set(events.map((e) => e.uid)).size).to.equal(events.length);
    });

    it('a next session the interval places is no event (an estimate); sessions on consecutive days give no backwards event', () => {
      expect(placeSteps(steps(), options(['2026-01-09'], { interval: [14, 14] })).find((s) => s.id === 'next-session')).to.deep.include({ projected: true });
      expect(calendarEvents(steps(), options(['2026-01-09'], { interval: [14, 14] })).find((e) => e.summary === 'Next sessions')).to.equal(undefined);
      for (const e of calendarEvents(steps(), options(['2026-11-26', '2026-11-27']))) expect(e.start <= e.end, e.summary).to.equal(true);
      expect(calendarEvents(steps(), options([]))).to.deep.equal([]);
    });
  });
});
