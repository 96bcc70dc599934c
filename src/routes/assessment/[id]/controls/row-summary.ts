/**
 * What a control's row says at a glance besides its status: the evidence count where it tells
 * something, and the score only once the control has been answered (a 0.0% on a control nobody
 * has looked at yet reads as a verdict it is not).
 */
import type { ControlStatus } from '$lib/domain/types';

/** Statuses that claim the control is at least partly in place, so missing evidence matters. */
const CLAIMS_IN_PLACE: ReadonlySet<ControlStatus> = new Set(['implemented', 'in_progress']);

/** The evidence note for a row: a count when there is some, a quiet warning only where it matters. */
export function evidenceNote(
	status: ControlStatus,
	count: number
): { text: string; missing: boolean } | null {
	if (count > 0)
		return { text: `${count} evidence ${count === 1 ? 'item' : 'items'}`, missing: false };
	return CLAIMS_IN_PLACE.has(status) ? { text: 'No evidence yet', missing: true } : null;
}

/** True once the control has an answer that earns (or withholds) credit: not before, not for N/A. */
export function showsScore(status: ControlStatus): boolean {
	return status !== 'not_assessed' && status !== 'not_applicable';
}

/** The controls page's two views, kept in the address as `?view=compact`. */
export type ControlsView = 'detailed' | 'compact';

export function controlsViewFrom(param: string | null): ControlsView {
	return param === 'compact' ? 'compact' : 'detailed';
}
