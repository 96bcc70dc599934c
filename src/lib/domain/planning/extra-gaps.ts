/**
 * The plan gaps that come from outside the control checklist (vendor reviews and reports, people
 * checks), composed once so the plan, the home list's summary and the report agree.
 */
import type { Evaluation } from '../scoring/evaluate';
import type { AssessmentData, PlanGap } from '../types';
import { vendorGaps } from '../vendors';
import { peopleGaps } from '../people/plan';

export function extraPlanGaps(
	data: Pick<AssessmentData, 'vendors' | 'people' | 'personChecks'>,
	evaluation: Pick<Evaluation, 'controlsById' | 'scope'>,
	today: string
): PlanGap[] {
	return [
		...vendorGaps(data.vendors, today),
		...peopleGaps(data.people, data.personChecks, today, {
			criteriaOf: (id) => evaluation.controlsById.get(id)?.criteria ?? [],
			applicable: new Set(evaluation.scope.applicableControlIds)
		})
	];
}
