import type { PropertyDeclarations, ReactiveController, ReactiveControllerHost } from 'lit';
import { SETTING_ATTRIBUTES, onSettingsChange, resolveSettings, type ClinicSettings, type ClinicSettingsInput } from './settings.js';

/**
 * The Lit property declarations of the clinic settings, built from the one
 * map of their attribute names (`SETTING_ATTRIBUTES`), so an element's
 * attributes and the names its warnings use cannot differ.
 */
export const settingProperties = (): PropertyDeclarations =>
  Object.fromEntries(Object.entries(SETTING_ATTRIBUTES).map(([key, attribute]) => [key, { attribute }]));

/** A host with one property per clinic setting (the values its attributes hold). */
export type ClinicSettingsHost = ReactiveControllerHost & HTMLElement & ClinicSettingsInput;

/**
 * One job: the clinic settings in force for its host — the host's own
 * attributes first, then the page's `configure()`, then the defaults, with
 * a warning for each value that does not parse. Re-resolved before each
 * render (`value`), and the host re-renders when `configure()` changes.
 */
export class ClinicSettingsController implements ReactiveController {
  private stop?: () => void;
  private resolved?: ClinicSettings;

  constructor(private readonly host: ClinicSettingsHost) {
    host.addController(this);
  }

  /** Valid settings as of the last update (resolved now when the host has not updated yet). */
  get value(): ClinicSettings {
    return (this.resolved ??= this.current());
  }

  /** The settings the attributes and the page give now, without storing them (for methods that must not change state). */
  current(): ClinicSettings {
    const own = Object.fromEntries(Object.keys(SETTING_ATTRIBUTES).map((key) => [key, this.host[key as keyof ClinicSettingsInput]]));
    return resolveSettings(own, this.host.localName);
  }

  hostConnected(): void {
    this.stop = onSettingsChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
  }

  hostUpdate(): void {
    this.resolved = this.current();
  }
}
