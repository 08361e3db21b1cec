import type { PropertyDeclarations } from 'lit';
import { SmpElement } from './smp-element.js';
import { ClinicSettingsController, settingProperties } from './clinic-settings.js';
import type { ClinicSettings, ClinicSettingsInput } from './settings.js';

/**
 * An element that reads clinic settings: protocol numbers and contact
 * details, from its own attributes or, page-wide, from `configure()`.
 * `this.settings` always holds valid values.
 */
export abstract class SmpClinicElement extends SmpElement {
  /** One property per setting, on the attribute `SETTING_ATTRIBUTES` names (which the warnings use too). */
  static override properties: PropertyDeclarations = settingProperties();

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
  /** Minimum number of sessions in a course. Default 2. */
  minSessions?: number | string;
  /** Hours a session takes. Default `2-3`. */
  sessionHours?: ClinicSettingsInput['sessionHours'];
  /** The clinic's phone number; shown as written, and dialled through a `tel:` link (see "The call link" in the README; a text over 200 characters gets none). */
  phone?: string;
  /** The clinic's contact page; only `http:`, `https:`, `tel:` and `mailto:` links are accepted, anything else is refused with a warning. A site address without a scheme (`www.clinic.example/contact`) gets `https://` (a trailing dot after its host, `clinic.example.`, a sentence's full stop, is dropped) and an e-mail address `mailto:`, with a warning; a path, file name or single word (`/contact`, `contact.html`, `kontakt`) is a page of this site, read from the folder of the page the widget is on (start it with `/` for the same page everywhere); a phone number (`+44 20 7946 0000`, `020.7946.0000`) or words (`our front desk`) are ignored, with a warning (set a number as `phone`). A text starting with `//` or holding a backslash (`//host`, `/\host`) is refused: a browser reads it as another site's address, not a page of this one (write the whole `https://` address); so is one with a control character or one of `` " < > ^ ` { } `` (`java^script:`, `https://clinic.example/{id}`), which no link holds as written: a browser would percent-encode it, WordPress delete it and read another link. */
  contactUrl?: string;

  private readonly clinic = new ClinicSettingsController(this);

  /** Valid settings in force, resolved before each render (and when first read before one). */
  protected get settings(): ClinicSettings {
    return this.clinic.value;
  }

  /** The settings the attributes and the page give now, without storing them (for methods that must not change state). */
  protected currentSettings(): ClinicSettings {
    return this.clinic.current();
  }
}
