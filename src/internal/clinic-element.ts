import type { PropertyDeclarations, PropertyValues } from 'lit';
import { SmpElement } from './smp-element.js';
import { SETTING_ATTRIBUTES, onSettingsChange, resolveSettings, type ClinicSettings, type ClinicSettingsInput } from './settings.js';

/**
 * An element that reads clinic settings: protocol numbers and contact
 * details, from its own attributes or, page-wide, from `configure()`.
 * `this.settings` always holds valid values.
 */
export abstract class SmpClinicElement extends SmpElement {
  /** One property per setting (the attribute names match SETTING_ATTRIBUTES, which the warnings use). */
  static override properties: PropertyDeclarations = {
    dryDays: { attribute: 'dry-days' },
    rednessDays: { attribute: 'redness-days' },
    healDays: { attribute: 'heal-days' },
    recoveryDays: { attribute: 'recovery-days' },
    assessmentDays: { attribute: 'assessment-days' },
    minSessions: { attribute: 'min-sessions' },
    sessionHours: { attribute: 'session-hours' },
    phone: {},
    contactUrl: { attribute: 'contact-url' },
  };

  /** Days to keep the head dry (no washing, no shaving) after each session. Default 5. */
  dryDays?: number | string;
  /** Days the redness usually lasts. Default 1. */
  rednessDays?: number | string;
  /** Days after a session when the tiny wounds heal: `3-4` (or `[3, 4]`). Default `3-4`. */
  healDays?: ClinicSettingsInput['healDays'];
  /** Days after a session when recovery is complete. Default `7-10`. */
  recoveryDays?: ClinicSettingsInput['recoveryDays'];
  /** Days after a session when the result can be judged. Default 30. */
  assessmentDays?: number | string;
  /** Fewest sessions in a course. Default 2. */
  minSessions?: number | string;
  /** Hours a session takes. Default `2-3`. */
  sessionHours?: ClinicSettingsInput['sessionHours'];
  /** The clinic's phone number; shown and dialled through a `tel:` link. */
  phone?: string;
  /** The clinic's contact page; only `http:`, `https:`, `tel:` and `mailto:` links are accepted, anything else is refused with a warning. */
  contactUrl?: string;

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
    this.refreshSettings();
  }

  /** Resolves `settings` from the attributes and the page now (also for methods called before the first render). */
  protected refreshSettings(): void {
    this.settings = this.currentSettings();
  }

  /** The settings the attributes and the page give now, without storing them (for methods that must not change state). */
  protected currentSettings(): ClinicSettings {
    const own = Object.fromEntries(Object.keys(SETTING_ATTRIBUTES).map((key) => [key, this[key as keyof ClinicSettingsInput]]));
    return resolveSettings(own, this.localName);
  }
}
