/**
 * The package entry and the script-tag bundle's entry: registers every
 * element and exports what a page needs at run time — the element classes,
 * page-wide clinic settings and the language API. Everything else (content
 * defaults, base classes, event classes, the guarded define) is exported
 * without side effects by `smp-widgets/classes`; `smp-widgets/<element>`
 * registers a single element.
 */
import './elements/aftercare-checklist/define.js';
import './elements/pros-cons/define.js';
import './elements/recovery-timeline/define.js';
import './elements/practitioner-guide/define.js';

export { SmpAftercareChecklist } from './elements/aftercare-checklist/aftercare-checklist.js';
export { SmpProsCons } from './elements/pros-cons/pros-cons.js';
export { SmpRecoveryTimeline } from './elements/recovery-timeline/recovery-timeline.js';
export { SmpPractitionerGuide } from './elements/practitioner-guide/practitioner-guide.js';
export { configure, type ClinicSettingsInput } from './internal/settings.js';
export { setLocale, getLocale, supportedLocales } from './localization/localization.js';
export { VERSION } from './version.js';
