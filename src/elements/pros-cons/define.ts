import { define } from '../../internal/define.js';
import { SmpProsCons } from './pros-cons.js';

define('smp-pros-cons', SmpProsCons);

export { SmpProsCons };
