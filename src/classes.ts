/** Every class and helper, without registering any tag. */
export { SmpElement } from './internal/smp-element.js';
export { define } from './internal/define.js';
export type { SmpItem } from './internal/items.js';
export { SmpProsCons, type ProsConsLayout } from './elements/pros-cons/pros-cons.js';
export { defaultPros, defaultCons, type ProConItem, type ProConKind } from './content/pros-cons.js';
export { VERSION } from './version.js';
