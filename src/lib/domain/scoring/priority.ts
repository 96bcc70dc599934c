/**
 * How important a gap is: from the key-control flag, how many criteria the control supports and
 * how far it is from done. Used to rank gaps on the Overview and to order the remediation plan.
 */
import type { Control } from '$lib/catalog/types';
import type { ControlStatus } from '../types';

export type Priority = 'high' | 'medium' | 'low';

export const PRIORITY_LABEL: Record<Priority, string> = {
	high: 'High',
	medium: 'Medium',
	low: 'Low'
};
export const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

export interface PriorityResult {
	priority: Priority;
	/** 0..7; higher is more urgent. */
	points: number;
	/** Plain-language reason shown next to the priority. */
	reason: string;
}

/** Points: key control 3; supports 2 criteria 1, 3 or more 2; not started 2, planned 1. */
export function controlPriority(
	control: Pick<Control, 'key' | 'criteria'>,
	status: ControlStatus
): PriorityResult {
	const parts: string[] = [];
	let points = 0;
	if (control.key) {
		points += 3;
		parts.push('key control');
	}
	const n = control.criteria.length;
	if (n >= 3) points += 2;
	else if (n === 2) points += 1;
	parts.push(`supports ${n} ${n === 1 ? 'criterion' : 'criteria'}`);
	if (status === 'not_started' || status === 'not_assessed') {
		// The plan assumes a control nobody has answered yet still has to be built.
		points += 2;
		parts.push(status === 'not_assessed' ? 'not assessed yet' : 'not started');
	} else if (status === 'planned') {
		points += 1;
		parts.push('only planned');
	} else if (status === 'in_progress') {
		parts.push('in progress');
	} else if (status === 'implemented') {
		parts.push('implemented but not yet proven');
	}
	const priority: Priority = points >= 5 ? 'high' : points >= 3 ? 'medium' : 'low';
	const reason = parts.join(', ');
	return { priority, points, reason: reason.charAt(0).toUpperCase() + reason.slice(1) };
}
