/** Every class and helper, without registering any tag. */
export { SmpElement } from './internal/smp-element.js';
export { define } from './internal/define.js';
export type { SmpItem } from './internal/items.js';
export { SmpProsCons, type ProsConsLayout } from './elements/pros-cons/pros-cons.js';
export { defaultPros, defaultCons, type ProConItem, type ProConKind } from './content/pros-cons.js';
export { VERSION } from './version.js';
export { SmpClinicElement } from './internal/clinic-element.js';
export { configure, DEFAULT_PROTOCOL, type ClinicSettings, type ClinicSettingsInput, type ClinicProtocol, type ClinicContact, type Span } from './internal/settings.js';
export { SmpAftercareChecklist } from './elements/aftercare-checklist/aftercare-checklist.js';
export { SmpItemToggleEvent, SmpCompleteEvent, SmpResetEvent, type ItemToggleDetail } from './elements/aftercare-checklist/events.js';
export { defaultAftercare, type AftercareItem, type AftercareKind } from './content/aftercare.js';
export { SmpRecoveryTimeline, type TimelineOrientation, type TimelineStepInput } from './elements/recovery-timeline/recovery-timeline.js';
export { SmpDateChangeEvent } from './elements/recovery-timeline/events.js';
export type { StepStatus, PlacedStep } from './internal/schedule.js';
export { defaultSteps, STEP_IDS, type TimelineStep, type StepAnchor } from './content/recovery-timeline.js';
export { SmpPractitionerGuide, type GuideVariant } from './elements/practitioner-guide/practitioner-guide.js';
export { defaultGuide, type GuideItem, type GuideKind } from './content/practitioner-guide.js';
export { setLocale, getLocale, supportedLocales, matchLocale } from './localization/localization.js';
