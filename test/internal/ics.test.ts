import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildIcs, escapeText, foldLine } from '../../src/internal/ics.js';
import { localDate } from '../../src/internal/dates.js';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar writer', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\ne')).to.equal('a\\\\b\\; c\\, d\\ne');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(2);
    for (const p of parts) expect(octets(p)).to.be.at.most(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).to.equal(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
    expect(foldLine('SHORT:x')).to.equal('SHORT:x');
  });

  it('writes all-day events with an exclusive end, CRLF endings, and parses back', () => {
    const summary = 'Keep dry; no washing, no shaving — "5 days" \\ ok';
    const text = buildIcs(
      [{ uid: 'a@x', start: localDate(2026, 12, 28), end: localDate(2027, 1, 2), summary, description: 'Line one\nLine two, with a comma and a long tail '.repeat(3) }],
      { prodId: '-//test//EN', now: new Date(Date.UTC(2026, 10, 25, 12, 0, 0)) },
    );
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).to.be.at.most(75);
    expect(text).to.contain('DTSTAMP:20261125T120000Z');
    expect(text).to.contain('DTSTART;VALUE=DATE:20261228\r\n');
    expect(text).to.contain('DTEND;VALUE=DATE:20270103\r\n');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).to.equal(summary);
    expect(event.uid).to.equal('a@x');
    expect(event.startDate.isDate).to.equal(true);
    expect(event.startDate.toString()).to.equal('2026-12-28');
    expect(event.endDate.toString()).to.equal('2027-01-03');
    expect(event.description).to.equal('Line one\nLine two, with a comma and a long tail '.repeat(3));
  });

  it('escapes a clinic id inside the UID, so it cannot add lines to the file', () => {
    const text = buildIcs([{ uid: 'x;1,2\r\nATTACH:evil@x', start: localDate(2026, 1, 9), end: localDate(2026, 1, 9), summary: 'S' }], { prodId: '-//test//EN' });
    expect(text).to.not.match(/\r\nATTACH:/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.uid).to.equal('x;1,2\nATTACH:evil@x');
  });
});
