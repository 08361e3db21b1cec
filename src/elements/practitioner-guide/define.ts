import { define } from '../../internal/define.js';
import { SmpPractitionerGuide } from './practitioner-guide.js';

define('smp-practitioner-guide', SmpPractitionerGuide);

export { SmpPractitionerGuide };
