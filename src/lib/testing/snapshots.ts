/**
 * Test data for the snapshot comparison tests: an assessment and its rows, built small and
 * explicit so each test states exactly what changed between the two sides.
 */
import { catalog } from '$lib/catalog';
import { createAssessment } from '../domain/assessments/assessment';
import type { ComparisonSide } from '../domain/snapshots/snapshots';
import type {
	AssessmentData,
	ControlState,
	FrozenAssessment,
	EvidenceItem,
	PolicyState,
	RemediationTask,
	ReportType,
	TaskStatus
} from '../domain/types';

export const NOW = new Date('2027-03-01T09:00:00.000Z');
export const TS = NOW.toISOString();

/** An empty assessment in its one-record form (what a snapshot freezes), usable as data too. */
export function data(reportType: ReportType = 'type1'): FrozenAssessment {
	return {
		assessment: {
			...createAssessment(
				{ companyName: 'Acme', assessor: '', reportType },
				'a1',
				NOW,
				catalog.version
			),
			progress: {},
			summary: null
		},
		answers: [],
		controls: [],
		evidence: [],
		tasks: [],
		policies: [],
		vendors: [],
		risks: [],
		riskReviews: [],
		description: [],
		policyTexts: [],
		people: [],
		personChecks: [],
		accessReviews: [],
		peopleSamples: []
	};
}
export const state = (controlId: string, extra: Partial<ControlState> = {}): ControlState => ({
	assessmentId: 'a1',
	controlId,
	status: 'not_started',
	ownerName: '',
	ownerDepartment: null,
	notes: '',
	dueDate: null,
	lastPerformed: null,
	naRationale: '',
	updatedAt: TS,
	...extra
});
export const evidence = (
	controlId: string,
	reportType: EvidenceItem['reportType']
): EvidenceItem => ({
	id: `ev-${controlId}-${reportType}`,
	assessmentId: 'a1',
	controlId,
	title: 'Proof',
	location: 'Shared drive',
	collectedAt: null,
	reportType,
	createdAt: TS,
	updatedAt: TS
});
export const policy = (policyId: string, status: PolicyState['status']): PolicyState => ({
	assessmentId: 'a1',
	policyId,
	status,
	ownerName: '',
	approvedAt: null,
	nextReview: null,
	updatedAt: TS
});
export const task = (id: string, status: TaskStatus): RemediationTask => ({
	id,
	assessmentId: 'a1',
	gapKey: null,
	title: `Task ${id}`,
	controlIds: [],
	ownerName: '',
	ownerDepartment: null,
	effortDays: 1,
	startDate: null,
	dueDate: null,
	status,
	notes: '',
	edited: [],
	resolved: false,
	createdAt: TS,
	updatedAt: TS
});
export const answer = (questionId: string, value: string | boolean) => ({
	assessmentId: 'a1',
	questionId,
	value,
	updatedAt: TS
});
export const side = (
	label: string,
	date: string,
	d: AssessmentData,
	extra: Partial<ComparisonSide> = {}
) => ({ label, date, data: d, catalogVersion: catalog.version, ...extra }) satisfies ComparisonSide;
export const with_ = <T extends AssessmentData>(d: T, patch: Partial<AssessmentData>): T => ({
	...d,
	...patch
});

/** IAM-02 (key, continuous, CC6.1, POL-ACCESS) done properly for both report types. */
export const IAM02_DONE = with_(data(), {
	controls: [state('IAM-02', { status: 'implemented' })],
	evidence: [evidence('IAM-02', 'both')],
	policies: [policy('POL-ACCESS', 'approved')]
});
