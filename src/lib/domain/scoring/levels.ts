import type { ReadinessLevel } from '../types';

export const LEVEL_LABEL: Record<ReadinessLevel, string> = {
	not_rated: 'Not rated yet',
	not_ready: 'Not ready',
	developing: 'Developing',
	nearly_ready: 'Nearly ready',
	window_ready: 'Ready to start the observation window',
	audit_ready: 'Audit-ready'
};
