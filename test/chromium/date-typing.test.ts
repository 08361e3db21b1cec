import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/recovery-timeline/define.js';
import type { SmpRecoveryTimeline } from '../../src/elements/recovery-timeline/recovery-timeline.js';

// A patient typing a date into the timeline's date field with the keyboard, one key at a time, as
// Chromium's date field takes it (month, day, year, each part moving on to the next): the field's value
// is every whole date on the way, and empty while a part is half typed. Chromium only: the other
// engines' date fields take typing in other ways (the element's handling of each value is tested in
// test/elements/recovery-timeline.test.ts in every engine).

const KEY = 'smp-widgets:recovery-timeline:typing-keys';

async function typing() {
  localStorage.removeItem(KEY);
  // Sessions in 2020: today is after both, so the field shows (and edits) the later one.
  const el = await fixture<SmpRecoveryTimeline>(html`<smp-recovery-timeline date-input persist="typing-keys" session-date="2020-03-10 2020-03-24"></smp-recovery-timeline>`);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
  const events: string[][] = [];
  el.addEventListener('smp-date-change', (e) => events.push(e.detail.dates));
  const saved: (string | null)[] = [];
  const summaries: string[] = [];
  const type = async (keys: string) => {
    for (const key of keys) {
      await sendKeys({ press: key });
      await el.updateComplete;
      saved.push(localStorage.getItem(KEY));
      summaries.push(el.shadowRoot!.querySelector('[part~="summary"]')?.textContent?.trim() ?? '');
    }
  };
  input.focus();
  return { el, input, events, saved, summaries, type };
}

describe('the date field, typed key by key (Chromium)', () => {
  afterEach(() => localStorage.removeItem(KEY));

  it('a date typed part by part is never announced, saved or sent as cleared on the way (the day\'s first 0 empties the field)', async () => {
    const { el, input, events, saved, summaries, type } = await typing();
    expect(input.value).to.equal('2020-03-24');
    await type('12012026');
    expect(input.value).to.equal('2026-12-01');
    expect(events.some((dates) => dates.length === 0), JSON.stringify(events)).to.equal(false);
    expect(saved.includes('[]'), JSON.stringify(saved)).to.equal(false);
    expect(summaries.includes(''), JSON.stringify(summaries)).to.equal(false);
    expect(events.at(-1)).to.deep.equal(['2020-03-10', '2026-12-01']);
    // No event repeats the one before it.
    expect(events.every((dates, i) => i === 0 || dates.join() !== events[i - 1].join()), JSON.stringify(events)).to.equal(true);
    input.blur();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['2020-03-10', '2026-12-01']);
  });

  it('a part left half typed, then the field left: the date the timeline counts from comes back, nothing is cleared', async () => {
    const { el, input, events, type } = await typing();
    await type('1');
    await sendKeys({ press: 'Tab' }); // to the day
    await sendKeys({ press: 'Backspace' });
    expect(input.value).to.equal('');
    input.blur();
    await el.updateComplete;
    expect(events.some((dates) => dates.length === 0), JSON.stringify(events)).to.equal(false);
    expect(input.value).to.not.equal('');
    expect(el.shadowRoot!.querySelector('[part~="summary"]')).to.not.equal(null);
  });
});
