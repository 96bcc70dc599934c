/**
 * The plan gaps that come from outside the control checklist (vendor reviews and reports, people
 * checks), composed once so the plan, the home list's summary and the report agree.
 */
import type { Evaluation } from '../scoring/evaluate';
import type { AssessmentData, PlanGap } from '../types';
import { vendorGaps } from '../vendors';
import { gapsForApplicable, peopleGaps } from '../people/plan';

/**
 * `people`: the people gaps already worked out for every control (the store keeps them apart so a
 * control's edit does not redo every person's checks); worked out here when absent.
 */
export function extraPlanGaps(
	data: Pick<AssessmentData, 'vendors' | 'people' | 'personChecks'>,
	evaluation: Pick<Evaluation, 'controlsById' | 'scope'>,
	today: string,
	people?: readonly PlanGap[]
): PlanGap[] {
	const criteriaOf = (id: string) => evaluation.controlsById.get(id)?.criteria ?? [];
	const all = people ?? peopleGaps(data.people, data.personChecks, today, { criteriaOf });
	return [
		...vendorGaps(data.vendors, today),
		...gapsForApplicable(all, new Set(evaluation.scope.applicableControlIds), criteriaOf)
	];
}
