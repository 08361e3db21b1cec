import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SmpElement } from './smp-element.js';
import { onSettingsChange, resolveSettings, type ClinicSettings, type ClinicSettingsInput } from './settings.js';

/**
 * An element that reads clinic settings: protocol numbers and contact
 * details, from its own attributes or, page-wide, from `configure()`.
 * `this.settings` always holds valid values.
 */
export abstract class SmpClinicElement extends SmpElement {
  /** Days to keep the head dry after each session. Default 5. */
  @property({ attribute: 'dry-days' }) dryDays?: number | string;
  /** Days the redness lasts. Default 1. */
  @property({ attribute: 'redness-days' }) rednessDays?: number | string;
  /** Days after a session when the wounds heal, e.g. `3-4`. */
  @property({ attribute: 'heal-days' }) healDays?: ClinicSettingsInput['healDays'];
  /** Days after a session when recovery is complete, e.g. `7-10`. */
  @property({ attribute: 'recovery-days' }) recoveryDays?: ClinicSettingsInput['recoveryDays'];
  /** Days after a session when the result can be judged. Default 30. */
  @property({ attribute: 'assessment-days' }) assessmentDays?: number | string;
  /** Fewest sessions in a course. Default 2. */
  @property({ attribute: 'min-sessions' }) minSessions?: number | string;
  /** Hours a session takes, e.g. `2-3`. */
  @property({ attribute: 'session-hours' }) sessionHours?: ClinicSettingsInput['sessionHours'];
  /** The clinic's phone number. */
  @property() phone?: string;
  /** The clinic's contact page: `http:`, `https:`, `tel:` or `mailto:`. */
  @property({ attribute: 'contact-url' }) contactUrl?: string;

  /** Valid settings in force, recomputed when an attribute or `configure()` changes. */
  protected settings!: ClinicSettings;

  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onSettingsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { dryDays, rednessDays, healDays, recoveryDays, assessmentDays, minSessions, sessionHours, phone, contactUrl } = this;
    this.settings = resolveSettings(
      { dryDays, rednessDays, healDays, recoveryDays, assessmentDays, minSessions, sessionHours, phone, contactUrl },
      this.localName,
    );
  }
}
