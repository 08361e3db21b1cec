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

  it('configure() with an attribute name or another spelling of a setting uses that setting, with a warning naming it', async () => {
    const warnings = await captureWarnings(() => {
      configure({ 'dry-days': 4, heal_days: '2-3', MinSessions: 3 } as never);
    });
    expect(resolveSettings({}, 'x-test')).to.deep.include({ dryDays: 4, healDays: [2, 3], minSessions: 3 });
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('no setting "dry-days"; use dryDays');
    expect(warnings[1]).to.contain('no setting "heal_days"; use healDays');
    expect(warnings[2]).to.contain('no setting "MinSessions"; use minSessions');
    configure({ dryDays: undefined });
  });

  it('configure() given a setting both by its name and spelled another way uses the name', async () => {
    const warnings = await captureWarnings(() => {
      configure({ minSessions: 4, 'min-sessions': 2 } as never);
      configure({ 'heal-days': '5-6', healDays: '2-3' } as never);
    });
    expect(resolveSettings({}, 'x-test')).to.deep.include({ minSessions: 4, healDays: [2, 3] });
    expect(warnings.join('\n')).to.contain('no setting "min-sessions"; use minSessions (ignored: it is given too)');
  });

  it('configure() with a key that is no setting ignores it with one warning listing the settings; the others apply', async () => {
    const warnings = await captureWarnings(() => {
      configure({ telephone: '+44 20 7946 0000', minSessions: 4, ['__proto__']: { polluted: true } } as never);
      configure(JSON.parse('{"__proto__": {"polluted": true}, "contactURL": "https://x.example"}'));
    });
    expect(resolveSettings({}, 'x-test')).to.deep.include({ minSessions: 4 });
    expect(resolveSettings({}, 'x-test').phone).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(warnings.some((w) => w.includes('no setting "telephone"; the settings are dryDays,'))).to.equal(true);
    // contactURL is contactUrl written another way: used.
    expect(warnings.some((w) => w.includes('no setting "contactURL"; use contactUrl'))).to.equal(true);
    expect(resolveSettings({}, 'x-test').contactUrl).to.equal('https://x.example/');
    configure({ contactUrl: undefined });
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
