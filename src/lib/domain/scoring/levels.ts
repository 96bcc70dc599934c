import type { ReadinessLevel } from '../types';

export const LEVEL_LABEL: Record<ReadinessLevel, string> = {
	not_ready: 'Not ready',
	developing: 'Developing',
	nearly_ready: 'Nearly ready',
	audit_ready: 'Audit-ready'
};
