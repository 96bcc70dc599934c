/**
 * The figures cached for the home list, so it can show every assessment's score without loading
 * the catalog. Pure: the store derives them from its evaluation and stores them when they change.
 */
import { countStatuses } from '../scoring/applicable-controls';
import type { Evaluation } from '../scoring/evaluate';
import type { AssessmentSummary } from '../types';

/**
 * The home-list figures of an evaluation (`computedAt` is stamped when stored), with the projected
 * report date (only when a plan exists) and the target.
 */
export function assessmentSummary(
	e: Evaluation,
	timeline: { reportDate: string | null; targetDate: string | null } = {
		reportDate: null,
		targetDate: null
	}
): AssessmentSummary {
	return {
		reportDate: timeline.reportDate,
		targetDate: timeline.targetDate,
		type1: e.score.type1.overall,
		type2: e.score.type2.overall,
		level1: e.score.type1.level,
		level2: e.score.type2.level,
		applicableControls: e.score.coverage.applicable,
		assessedControls: e.score.coverage.assessed,
		implementedControls: countStatuses(e).implemented,
		computedAt: ''
	};
}

/** Whether two summaries show the same figures (the time they were computed aside). */
export function sameSummary(a: AssessmentSummary | null, b: AssessmentSummary | null): boolean {
	if (a === null || b === null) return a === b;
	return (
		a.type1 === b.type1 &&
		a.type2 === b.type2 &&
		a.level1 === b.level1 &&
		a.level2 === b.level2 &&
		a.applicableControls === b.applicableControls &&
		a.assessedControls === b.assessedControls &&
		a.implementedControls === b.implementedControls &&
		(a.reportDate ?? null) === (b.reportDate ?? null) &&
		(a.targetDate ?? null) === (b.targetDate ?? null)
	);
}
