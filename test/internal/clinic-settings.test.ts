import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ClinicSettingsController, settingProperties } from '../../src/internal/clinic-settings.js';
import { SmpClinicElement } from '../../src/internal/clinic-element.js';
import { SETTING_ATTRIBUTES, configure, type ClinicSettingsInput } from '../../src/internal/settings.js';
import { captureWarnings } from '../support/helpers.js';

/** The smallest host: the setting properties from the map, and two settings rendered. */
class SettingsHost extends LitElement {
  static override properties = settingProperties();
  readonly clinic = new ClinicSettingsController(this as unknown as LitElement & ClinicSettingsInput);
  renders = 0;
  override render() {
    this.renders++;
    const { dryDays, healDays, phone } = this.clinic.value;
    return litHtml`${dryDays} ${healDays.join('-')} ${phone ?? ''}`;
  }
}
customElements.define('test-settings-host', SettingsHost);
const shown = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('ClinicSettingsController', () => {
  afterEach(() => configure({ dryDays: undefined, phone: undefined }));

  it('settingProperties() declares one property per setting on the attribute SETTING_ATTRIBUTES names', () => {
    const declared = Object.fromEntries(Object.entries(settingProperties()).map(([key, options]) => [key, (options as { attribute: string }).attribute]));
    expect(declared).to.deep.equal(SETTING_ATTRIBUTES);
    expect(Object.keys(SmpClinicElement.properties)).to.deep.equal(Object.keys(SETTING_ATTRIBUTES));
  });

  it('resolves attributes, then configure(), then the defaults, before each render', async () => {
    const el = await fixture<SettingsHost>(html`<test-settings-host heal-days="2-3"></test-settings-host>`);
    expect(shown(el)).to.equal('5 2-3');
    configure({ dryDays: 4, phone: '020 7946 0000' });
    await el.updateComplete;
    expect(shown(el), 'configure() re-renders').to.equal('4 2-3 020 7946 0000');
    el.setAttribute('dry-days', '6');
    await el.updateComplete;
    expect(shown(el), 'the element wins').to.equal('6 2-3 020 7946 0000');
  });

  it('a bad attribute warns once naming it, and the next source is used', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SettingsHost>(html`<test-settings-host dry-days="lots"></test-settings-host>`);
      expect(shown(el)).to.equal('5 3-4');
    });
    expect(warnings).to.deep.equal(['[smp-widgets] <test-settings-host> dry-days="lots" is not a valid number (1 to 3650); using 5.']);
  });

  it('a day count of 0 makes no sentence true ("for 0 days"): it warns and the default is used; redness may be 0', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SettingsHost>(html`<test-settings-host dry-days="0" heal-days="0-2" recovery-days="0" assessment-days="0" redness-days="0"></test-settings-host>`);
      const { dryDays, healDays, recoveryDays, assessmentDays, rednessDays } = el.clinic.value;
      expect([dryDays, healDays, recoveryDays, assessmentDays, rednessDays]).to.deep.equal([5, [3, 4], [7, 10], 30, 0]);
    });
    expect(warnings).to.have.members([
      '[smp-widgets] <test-settings-host> dry-days="0" is not a valid number (1 to 3650); using 5.',
      '[smp-widgets] <test-settings-host> heal-days="0-2" is not a valid number or range (1 to 3650); using 3–4.',
      '[smp-widgets] <test-settings-host> recovery-days="0" is not a valid number or range (1 to 3650); using 7–10.',
      '[smp-widgets] <test-settings-host> assessment-days="0" is not a valid number (1 to 3650); using 30.',
    ]);
  });

  it('the warning states the range the setting allows, and the value used in the words of the attribute', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture<SettingsHost>(html`<test-settings-host session-hours="0" min-sessions="0" heal-days="x"></test-settings-host>`);
    });
    expect(warnings).to.have.members([
      '[smp-widgets] <test-settings-host> session-hours="0" is not a valid number or range (1 to 3650); using 2–3.',
      '[smp-widgets] <test-settings-host> min-sessions="0" is not a valid number (1 to 3650); using 2.',
      '[smp-widgets] <test-settings-host> heal-days="x" is not a valid number or range (1 to 3650); using 3–4.',
    ]);
  });

  it('value before the first render is resolved on demand; current() reads the attributes now without storing', async () => {
    const el = document.createElement('test-settings-host') as SettingsHost;
    el.setAttribute('dry-days', '3');
    expect(el.clinic.value.dryDays).to.equal(3);
    (el as unknown as ClinicSettingsInput).dryDays = 9;
    expect(el.clinic.current().dryDays).to.equal(9);
    expect(el.clinic.value.dryDays, 'stored value unchanged until an update').to.equal(3);
  });

  it('stops listening to configure() once disconnected', async () => {
    const el = await fixture<SettingsHost>(html`<test-settings-host></test-settings-host>`);
    el.remove();
    const renders = el.renders;
    configure({ dryDays: 2 });
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
  });
});
