/**
 * Test fixtures for the report: an assessment on the real catalog, evaluated and planned the way
 * the assessment store does it. Imported only by tests.
 */
import { catalog } from '$lib/catalog';
import { createAssessment } from '$lib/domain/assessments/assessment';
import { evaluate } from '$lib/domain/scoring/evaluate';
import { planGaps } from '$lib/domain/planning/plan-gaps';
import { projectTimeline } from '$lib/domain/planning/projection';
import { newVendor, vendorProgramme } from '$lib/domain/vendors/index';
import { extraPlanGaps } from '$lib/domain/planning/extra-gaps';
import type {
	Assessment,
	AssessmentData,
	ControlState,
	EvidenceItem,
	Vendor
} from '$lib/domain/types';
import type { ReportInput } from '../report/input';
import type { ReportVariant } from '../report/model';
import { projectPlan } from '../report/plan';

export const TODAY = '2027-01-15';
export const NOW = new Date('2027-01-15T09:00:00.000Z');
export const ID = 'a-1';

export function assessment(extra: Partial<Assessment> = {}): Assessment {
	return {
		...createAssessment(
			{ companyName: 'Zoë Łukasiewicz — Café Ünal', assessor: 'Ada', reportType: 'type1' },
			ID,
			NOW,
			catalog.version
		),
		...extra
	};
}

export function state(controlId: string, extra: Partial<ControlState> = {}): ControlState {
	return {
		assessmentId: ID,
		controlId,
		status: 'not_started',
		ownerName: '',
		ownerDepartment: null,
		notes: '',
		dueDate: null,
		lastPerformed: null,
		naRationale: '',
		updatedAt: NOW.toISOString(),
		...extra
	};
}

export function proof(controlId: string, title = 'Proof', location = ''): EvidenceItem {
	return {
		id: `ev-${controlId}-${title}`,
		assessmentId: ID,
		controlId,
		title,
		location,
		collectedAt: null,
		reportType: 'both',
		createdAt: NOW.toISOString(),
		updatedAt: NOW.toISOString()
	};
}

export function vendor(name: string, id = `v-${name}`): Vendor {
	return newVendor(
		{
			name,
			service: 'Hosting',
			ownerName: '',
			dataAccess: 'customer_personal',
			systemAccess: 'admin',
			dependency: 'high',
			tierOverride: null,
			tierOverrideReason: '',
			contractStart: null,
			renewalDate: null,
			lastReviewedAt: null,
			notes: ''
		},
		id,
		ID,
		NOW
	);
}

/** Builds the report input from rows, as the store and the Report page would. */
export function makeInput(
	data: Partial<Omit<AssessmentData, 'assessment'>> & { assessment?: Assessment } = {},
	variant: ReportVariant = 'full'
): ReportInput {
	const a = data.assessment ?? assessment();
	const rows = {
		answers: data.answers ?? [],
		controls: data.controls ?? [],
		evidence: data.evidence ?? [],
		policies: data.policies ?? [],
		tasks: data.tasks ?? [],
		vendors: data.vendors ?? [],
		risks: data.risks ?? [],
		riskReviews: data.riskReviews ?? [],
		description: data.description ?? [],
		policyTexts: data.policyTexts ?? [],
		people: data.people ?? [],
		personChecks: data.personChecks ?? [],
		accessReviews: data.accessReviews ?? [],
		peopleSamples: data.peopleSamples ?? []
	};
	const programmes = vendorProgramme(rows.vendors, TODAY, {
		privacyInScope: true,
		confidentialityInScope: true
	});
	const evaluation = evaluate(catalog, { assessment: a, ...rows }, TODAY, programmes);
	const gaps = planGaps({
		evaluation,
		catalog,
		reportType: a.reportType,
		policyStates: rows.policies,
		extraGaps: extraPlanGaps(rows, evaluation, TODAY)
	});
	const answers = Object.fromEntries(rows.answers.map((x) => [x.questionId, x.value]));
	const projection = projectTimeline({
		tasks: rows.tasks,
		assessment: a,
		answers,
		type2: evaluation.score.type2,
		gaps,
		today: TODAY
	});
	return {
		variant,
		assessment: a,
		progress: {},
		catalog,
		evaluation,
		...rows,
		planGaps: gaps,
		plan: projectPlan({
			tasks: rows.tasks,
			projection,
			gaps,
			assessment: a,
			answers,
			activities: [],
			type2: evaluation.score.type2,
			today: TODAY
		}),
		today: TODAY
	};
}
