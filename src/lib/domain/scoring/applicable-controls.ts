/**
 * The controls an assessment has to answer and where they stand: the list the checklist and the
 * interview walk through, and the status counts the Overview shows.
 */
import type { Control } from '$lib/catalog/types';
import type { ControlStatus } from '../types';
import type { Evaluation } from './evaluate';

/**
 * The controls the scoping makes applicable, in catalog order. Controls the user marked Not
 * applicable are included: they are still answered, just answered "does not apply".
 */
export function applicableControls(e: Pick<Evaluation, 'scope' | 'controlsById'>): Control[] {
	return e.scope.applicableControlIds
		.map((id) => e.controlsById.get(id))
		.filter((c): c is Control => !!c);
}

/**
 * How many applicable controls are in each status, every status present. A control nobody has
 * answered yet counts as not assessed.
 */
export function countStatuses(
	e: Pick<Evaluation, 'scope' | 'statesById'>
): Record<ControlStatus, number> {
	const counts: Record<ControlStatus, number> = {
		not_assessed: 0,
		not_started: 0,
		planned: 0,
		in_progress: 0,
		implemented: 0,
		not_applicable: 0
	};
	for (const id of e.scope.applicableControlIds)
		counts[e.statesById.get(id)?.status ?? 'not_assessed'] += 1;
	return counts;
}

/**
 * The criterion a control is listed under: its primary criterion when that is in scope, else the
 * first of its criteria that is (a backup control written for A1.2 sits under CC7.5 in a
 * Security-only scope), else its primary.
 */
export function homeCriterion(
	control: Pick<Control, 'criteria'>,
	inScope: ReadonlySet<string> | undefined
): string {
	return (inScope && control.criteria.find((id) => inScope.has(id))) || (control.criteria[0] ?? '');
}
