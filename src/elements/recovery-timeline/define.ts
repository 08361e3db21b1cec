import { define } from '../../internal/define.js';
import { SmpRecoveryTimeline } from './recovery-timeline.js';

define('smp-recovery-timeline', SmpRecoveryTimeline);

export { SmpRecoveryTimeline };
