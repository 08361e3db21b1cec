import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { REVOKE_AFTER_MS, buildIcs, downloadFile, escapeText } from '../../src/internal/ics.js';
import { localDate } from '../../src/internal/dates.js';

describe('hardening: the calendar file', () => {
  it('drops control characters (\\v, \\f, NUL, ESC, DEL) that are not allowed in a content line', () => {
    const text = escapeText('a\vb\fc\0d\x1be\x7ff\tg\nh');
    expect(text).to.equal('abcdef\tg\\nh');
    const ics = buildIcs([{ uid: 'x', start: localDate(2026, 3, 1), end: localDate(2026, 3, 1), summary: 'Wash\v\f', description: 'no\x07bell' }], {
      prodId: '-//t//EN',
    });
    expect(/[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(ics)).to.equal(false);
    expect(ics).to.contain('SUMMARY:Wash\r\n').and.to.contain('DESCRIPTION:nobell');
  });

  it('writes years below 1000 as four digits, not as 19xx', () => {
    const ics = buildIcs([{ uid: 'y', start: localDate(99, 12, 31), end: localDate(99, 12, 31), summary: 's' }], { prodId: '-//t//EN' });
    expect(ics).to.contain('DTSTART;VALUE=DATE:00991231').and.to.contain('DTEND;VALUE=DATE:01000101');
    const ics2 = buildIcs([{ uid: 'z', start: localDate(812, 6, 5), end: localDate(812, 6, 5), summary: 's' }], { prodId: '-//t//EN' });
    expect(ics2).to.contain('DTSTART;VALUE=DATE:08120605');
  });

  it('keeps the download link alive long enough for every browser to start the download', () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout'] });
    const revoke = sinon.spy(URL, 'revokeObjectURL');
    const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
    try {
      downloadFile('x.ics', 'BEGIN:VCALENDAR');
      expect(click.calledOnce).to.equal(true);
      clock.tick(1000);
      expect(revoke.called, 'revoked within a second').to.equal(false);
      clock.tick(REVOKE_AFTER_MS);
      expect(revoke.calledOnce).to.equal(true);
    } finally {
      click.restore();
      revoke.restore();
      clock.restore();
    }
  });
});
