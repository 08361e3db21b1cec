import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import sinon from 'sinon';
import { MidnightController, everyMidnight } from '../../src/internal/midnight.js';

/** The smallest host: counts the new days the controller reports. */
class MidnightHost extends LitElement {
  newDays = 0;
  readonly midnight = new MidnightController(this, () => this.newDays++);
  override render() {
    return litHtml`${this.newDays}`;
  }
}
customElements.define('test-midnight-host', MidnightHost);

describe('MidnightController', () => {
  let clock: sinon.SinonFakeTimers;
  afterEach(() => clock?.restore());

  it('reports a new day at local midnight, once, and then at the next midnight', async () => {
    clock = sinon.useFakeTimers({ now: new Date(2026, 0, 14, 23, 59, 0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await fixture<MidnightHost>(html`<test-midnight-host></test-midnight-host>`);
    expect(el.newDays).to.equal(0);
    clock.tick(59_000);
    expect(el.newDays, 'a second before midnight').to.equal(0);
    clock.tick(2_000);
    expect(el.newDays, 'just after midnight').to.equal(1);
    clock.tick(12 * 3600_000);
    expect(el.newDays, 'midday: no new day').to.equal(1);
    clock.tick(12 * 3600_000);
    expect(el.newDays, 'the next midnight').to.equal(2);
  });

  it('reports a day missed while the page slept, on visibilitychange and on pageshow, once each', async () => {
    clock = sinon.useFakeTimers({ now: new Date(2026, 2, 1, 22, 0, 0), toFake: ['Date'] });
    const el = await fixture<MidnightHost>(html`<test-midnight-host></test-midnight-host>`);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.newDays, 'same day: nothing').to.equal(0);
    clock.setSystemTime(new Date(2026, 2, 2, 7, 0, 0)); // no timer ran: a phone asleep overnight
    document.dispatchEvent(new Event('visibilitychange'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.newDays, 'woken the next morning').to.equal(1);
    clock.setSystemTime(new Date(2026, 2, 3, 7, 0, 0));
    window.dispatchEvent(new Event('pageshow'));
    window.dispatchEvent(new Event('pageshow'));
    expect(el.newDays, 'restored from the back/forward cache a day later').to.equal(2);
  });

  it('reports the days missed while disconnected when it reconnects, and listens to nothing while away', async () => {
    clock = sinon.useFakeTimers({ now: new Date(2026, 5, 10, 12, 0, 0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await fixture<MidnightHost>(html`<test-midnight-host></test-midnight-host>`);
    const parent = el.parentElement!;
    el.remove();
    expect(clock.countTimers(), 'the midnight timer is cleared').to.equal(0);
    clock.setSystemTime(new Date(2026, 5, 12, 9, 0, 0));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.newDays, 'away: no report').to.equal(0);
    parent.append(el);
    expect(el.newDays, 'back on a later day').to.equal(1);
    expect(clock.countTimers(), 'one midnight timer again').to.equal(1);
  });

  it('everyMidnight() finds midnight by the calendar, not as 24 hours, on a daylight-saving day', () => {
    // The day the clocks change is 23 or 25 hours long where the page's time zone has daylight saving.
    clock = sinon.useFakeTimers({ now: new Date(2026, 2, 28, 12, 0, 0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const days: string[] = [];
    const stop = everyMidnight(() => days.push(new Date().toDateString()));
    for (let i = 0; i < 4 * 24; i++) clock.tick(3600_000);
    stop();
    expect(days).to.deep.equal([new Date(2026, 2, 29).toDateString(), new Date(2026, 2, 30).toDateString(), new Date(2026, 2, 31).toDateString(), new Date(2026, 3, 1).toDateString()]);
    expect(clock.countTimers(), 'stop() clears the timer').to.equal(0);
  });
});
