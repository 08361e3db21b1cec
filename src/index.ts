/**
 * The package entry and the script-tag bundle's entry: registers every
 * element and exports the classes. `smp-widgets/<element>` registers one
 * element; `smp-widgets/classes` exports the classes without registering any.
 */
import './elements/aftercare-checklist/define.js';
import './elements/pros-cons/define.js';
import './elements/recovery-timeline/define.js';

export * from './classes.js';
