import { expect } from '@open-wc/testing';
import { configure, resolveSettings, DEFAULT_PROTOCOL } from '../../src/internal/settings.js';
import { telHref } from '../../src/internal/tel.js';
import { captureWarnings } from '../support/helpers.js';

describe('clinic settings', () => {
  afterEach(() => configure({ healDays: undefined, minSessions: undefined, recoveryDays: undefined }));

  it('gives the article defaults when nothing is set', () => {
    expect(resolveSettings({}, 'x-test')).to.deep.equal({ ...DEFAULT_PROTOCOL });
  });

  it('reads spans as "a-b", "a", a number or a pair, element over page', () => {
    configure({ healDays: '2-3', recoveryDays: [6, 8], minSessions: 3 });
    expect(resolveSettings({}, 'x-test')).to.include({ minSessions: 3 });
    expect(resolveSettings({}, 'x-test').healDays).to.deep.equal([2, 3]);
    expect(resolveSettings({}, 'x-test').recoveryDays).to.deep.equal([6, 8]);
    expect(resolveSettings({ healDays: '4', recoveryDays: 9 }, 'x-test')).to.deep.include({ healDays: [4, 4], recoveryDays: [9, 9] });
  });

  it('refuses reversed spans, negatives and zero sessions, falling back with a warning each', async () => {
    let result!: ReturnType<typeof resolveSettings>;
    const warnings = await captureWarnings(() => {
      result = resolveSettings({ healDays: '5-2', dryDays: -1, minSessions: 0 }, 'x-test');
    });
    expect(result).to.deep.include({ healDays: [3, 4], dryDays: 5, minSessions: 2 });
    expect(warnings).to.have.length(3);
    expect(warnings.join()).to.contain('heal-days="5-2"').and.contain('dry-days="-1"').and.contain('min-sessions="0"');
  });

  it('turns phone numbers as people write them into tel: links', () => {
    expect(telHref('+1 (555) 010-0199')).to.equal('tel:+15550100199');
    expect(telHref('020 7946 0000')).to.equal('tel:02079460000');
    expect(telHref('ring us')).to.equal(undefined);
  });
});
