import { define } from '../../internal/define.js';
import { SmpAftercareChecklist } from './aftercare-checklist.js';

define('smp-aftercare-checklist', SmpAftercareChecklist);

export { SmpAftercareChecklist };
