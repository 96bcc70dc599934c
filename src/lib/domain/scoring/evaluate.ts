/**
 * The whole evaluation of an assessment's data against the catalog: scope, scores and ranked
 * gaps. Pages, snapshots, the plan and the report all start from here, so they agree.
 */
import type { Catalog } from '$lib/catalog';
import type { Control, ScopingAnswers } from '$lib/catalog/types';
import { naReview } from '../controls/na-review';
import { registerFindings } from '../risks/register';
import { PEOPLE_CONTROL } from '../people/controls';
import {
	accessReviewDates,
	forApplicable,
	peopleVerdict,
	type PeopleVerdict
} from '../people/verdict';
import { effectiveAnswers, holds } from './conditions';
import { gapText, rankGaps, weakPolicies, type Gap, type WeakPolicy } from './gaps';
import { scope, type ScopeResult } from './scoping';
import {
	DEFAULT_WINDOW_MONTHS,
	scoreAssessment,
	type ControlInput,
	type EvidenceCoverage,
	type ProgrammeItem,
	type ScoreResult
} from './scoring';
import type {
	AssessmentData,
	ControlState,
	ControlStatus,
	PolicyStatus,
	ReportType
} from '../types';

export interface Evaluation {
	answers: ScopingAnswers;
	scope: ScopeResult;
	score: ScoreResult;
	/** Gaps ranked for the assessment's own report type and for each type. */
	gaps: Record<ReportType, Gap[]>;
	controlsById: ReadonlyMap<string, Control>;
	statesById: ReadonlyMap<string, ControlState>;
	/** Ids of catalog policies that apply given the answers. */
	applicablePolicies: string[];
	policyStatus: ReadonlyMap<string, PolicyStatus>;
	/** Policy id -> title, so gaps name the policy that caps a control. */
	policyTitles: ReadonlyMap<string, string>;
	/** What the roster's checks and access reviews say; null without people records. */
	people: PeopleVerdict | null;
}

/**
 * `risks` and `riskReviews` are optional so callers that only score controls need not pass them;
 * when either is given, the register's findings join what blocks Audit-ready. The people records
 * are optional too: with a roster or an access review, their exceptions join what blocks
 * Audit-ready, and completed access reviews count as performances of the access-review control.
 */
type EvaluationData = Pick<AssessmentData, 'answers' | 'controls' | 'evidence' | 'policies'> &
	Partial<
		Pick<AssessmentData, 'risks' | 'riskReviews' | 'people' | 'personChecks' | 'accessReviews'>
	> & {
		assessment: Pick<AssessmentData['assessment'], 'includedCategories' | 'declinedCategories'> &
			Partial<Pick<AssessmentData['assessment'], 'observationMonths'>>;
	};

/** The access-review control, dated by completed access reviews. */
const ACCESS_REVIEW_CONTROL = PEOPLE_CONTROL.accessReview;

/** Evidence coverage per control: does it have evidence usable for Type I, for Type II? */
export function evidenceCoverage(
	evidence: AssessmentData['evidence']
): Map<string, EvidenceCoverage> {
	const out = new Map<string, EvidenceCoverage>();
	for (const e of evidence) {
		const c = out.get(e.controlId) ?? { type1: false, type2: false, type2Dates: [] };
		if (e.reportType === 'type1' || e.reportType === 'both') c.type1 = true;
		if (e.reportType === 'type2' || e.reportType === 'both') {
			c.type2 = true;
			if (e.collectedAt) c.type2Dates = [...c.type2Dates, e.collectedAt];
		}
		out.set(e.controlId, c);
	}
	return out;
}

/** Evaluates an assessment. `programmes` adds items such as the vendor programme. */
export function evaluate(
	catalog: Catalog,
	data: EvaluationData,
	today: string,
	programmes: readonly ProgrammeItem[] = [],
	/**
	 * The people verdict already worked out for these records and `today` (the store keeps it
	 * apart, so a control's edit does not redo every person's checks); worked out here if absent.
	 */
	precomputed: { people?: PeopleVerdict | null } = {}
): Evaluation {
	const stored: Record<string, ScopingAnswers[string]> = {};
	for (const a of data.answers) stored[a.questionId] = a.value;
	const result = scope(catalog, stored, {
		included: data.assessment.includedCategories,
		declined: data.assessment.declinedCategories
	});
	const answers = effectiveAnswers(catalog.scopingQuestions, stored);
	const applicablePolicies = catalog.policies
		.filter((p) => !p.appliesWhen || holds(p.appliesWhen, answers))
		.map((p) => p.id);
	const policyRows = new Map(data.policies.map((p) => [p.policyId, p.status]));
	const policyStatus = new Map<string, PolicyStatus>(
		applicablePolicies.map((id) => [id, policyRows.get(id) ?? 'missing'])
	);
	const statesById = new Map(data.controls.map((c) => [c.controlId, c]));
	const catalogById = new Map(catalog.controls.map((c) => [c.id, c]));
	const states = new Map<string, ControlInput>(
		data.controls.map((c) => {
			const ctl = catalogById.get(c.controlId);
			const review = ctl ? naReview(ctl, c) : 'none';
			return [
				c.controlId,
				{
					status: c.status,
					lastPerformed: c.lastPerformed,
					naReview: review,
					inPlaceSince: c.inPlaceSince ?? null,
					occurrences: c.occurrences ?? [],
					activities: c.activityDates ?? {}
				}
			];
		})
	);
	const applicable = new Set(result.applicableControlIds);
	// Completed access reviews are performances of the access-review control (never a future date).
	const reviewDates = accessReviewDates(data.accessReviews ?? []).filter((d) => d <= today);
	const accessReview = states.get(ACCESS_REVIEW_CONTROL);
	if (accessReview && reviewDates.length > 0) {
		const own = accessReview.lastPerformed ? [accessReview.lastPerformed] : [];
		const all = [...new Set([...(accessReview.occurrences ?? []), ...own, ...reviewDates])].sort();
		states.set(ACCESS_REVIEW_CONTROL, {
			...accessReview,
			lastPerformed: all.at(-1) ?? null,
			occurrences: all.slice(0, -1)
		});
	}
	const people =
		precomputed.people !== undefined
			? precomputed.people && forApplicable(precomputed.people, applicable)
			: peopleVerdict(
					{
						people: data.people ?? [],
						personChecks: data.personChecks ?? [],
						accessReviews: data.accessReviews ?? []
					},
					{
						today,
						observationMonths: data.assessment.observationMonths ?? DEFAULT_WINDOW_MONTHS,
						applicable
					}
				);
	const register =
		data.risks === undefined && data.riskReviews === undefined
			? []
			: registerFindings(
					data.risks ?? [],
					data.riskReviews ?? [],
					(id) => (applicable.has(id) ? (statesById.get(id)?.status ?? 'not_assessed') : null),
					today
				);
	const policyTitles = new Map(catalog.policies.map((p) => [p.id, p.title]));
	const score = scoreAssessment({
		criteria: catalog.criteria,
		controls: catalog.controls,
		applicable,
		inScopeCriteria: new Set(result.criteria),
		states,
		evidence: evidenceCoverage(data.evidence),
		policies: policyStatus,
		policyTitles,
		programmes,
		register,
		people: people?.blockers,
		today,
		observationMonths: data.assessment.observationMonths
	});
	const controlsById = catalogById;
	const statusOf = (id: string): ControlStatus => statesById.get(id)?.status ?? 'not_assessed';
	return {
		answers,
		scope: result,
		score,
		gaps: {
			type1: rankGaps(score, controlsById, statusOf, 'type1'),
			type2: rankGaps(score, controlsById, statusOf, 'type2')
		},
		controlsById,
		statesById,
		applicablePolicies,
		policyStatus,
		policyTitles,
		people
	};
}

/**
 * The policies that cap a control for `type` (none when it has no policy gap): the names behind
 * its "Policy not approved".
 */
export function weakPoliciesOf(e: Evaluation, controlId: string, type: ReportType): WeakPolicy[] {
	if (!e.score.byId.get(controlId)?.gaps[type].includes('policy')) return [];
	return weakPolicies(
		e.controlsById.get(controlId)?.policies ?? [],
		e.policyStatus,
		e.policyTitles
	);
}

/** A control's gaps for `type` in words, as plain text (the policy gap names its policies). */
export function gapTextsOf(e: Evaluation, controlId: string, type: ReportType): string[] {
	const weak = weakPoliciesOf(e, controlId, type);
	return (e.score.byId.get(controlId)?.gaps[type] ?? []).map((k) => gapText(k, weak));
}
