/**
 * A small, hand-written backup that uses every kind of record and the awkward text users type
 * (markup, accents, emoji, newlines). Source of tests/fixtures/backups/sample-v1*.json and the
 * base every malformed test input is derived from.
 */
import type { AssessmentRecord, Snapshot } from '$lib/domain/types';
import { buildBundle, type BackupAssessment, type BackupBundle } from '../files/backup/format';

const A1 = '5b0c2b5e-4a43-4bb8-9a57-0d1f7e6f7a11';
const A2 = '9e7a9f64-2f41-4a4c-8f0b-6d5c1b2a3e44';
const T = '2026-03-02T10:15:00.000Z';

function assessment(
	id: string,
	companyName: string,
	extra: Partial<AssessmentRecord> = {}
): AssessmentRecord {
	return {
		id,
		companyName,
		assessor: 'Jordan Reyes',
		reportType: 'type2',
		observationMonths: 6,
		catalogVersion: '2026.1',
		createdAt: '2026-03-01T08:00:00.000Z',
		updatedAt: T,
		deletedAt: null,
		includedCategories: [],
		declinedCategories: [],
		progress: {},
		plan: { startDate: null, capacityPerWeek: 1, departmentCapacity: {} },
		summary: null,
		...extra
	};
}

const first: BackupAssessment = {
	assessment: assessment(A1, 'Zoë Łukasiewicz — Café Ünal <script>alert(1)</script>', {
		includedCategories: ['availability', 'confidentiality'],
		declinedCategories: ['privacy'],
		progress: { scopeDone: true, interviewControlId: 'IAM-02', interviewFilter: 'open' },
		plan: {
			startDate: '2026-04-01',
			capacityPerWeek: 2.5,
			departmentCapacity: { Engineering: 1.5, 'IT & Security': 1 }
		},
		summary: {
			type1: 4200,
			type2: 3100,
			level1: 'developing',
			level2: 'not_ready',
			applicableControls: 3,
			implementedControls: 1,
			computedAt: T
		}
	}),
	answers: [
		{ assessmentId: A1, questionId: 'company_size', value: '11-50', updatedAt: T },
		{ assessmentId: A1, questionId: 'cloud_providers', value: ['aws', 'gcp'], updatedAt: T },
		{ assessmentId: A1, questionId: 'server_room', value: false, updatedAt: T },
		{ assessmentId: A1, questionId: 'compliance_people', value: 2, updatedAt: T }
	],
	controls: [
		{
			assessmentId: A1,
			controlId: 'IAM-01',
			status: 'implemented',
			ownerName: 'Kim 金',
			ownerDepartment: 'IT & Security',
			notes: 'SSO everywhere.\nMFA enforced for "admins" & staff 🔐',
			dueDate: null,
			lastPerformed: '2026-02-20',
			naRationale: '',
			updatedAt: T
		},
		{
			assessmentId: A1,
			controlId: 'IAM-02',
			status: 'in_progress',
			ownerName: '',
			ownerDepartment: null,
			notes: '=HYPERLINK("http://example.invalid")',
			dueDate: '2026-06-30',
			lastPerformed: null,
			naRationale: '',
			updatedAt: T
		},
		{
			assessmentId: A1,
			controlId: 'PHY-01',
			status: 'not_applicable',
			ownerName: '',
			ownerDepartment: null,
			notes: '',
			dueDate: null,
			lastPerformed: null,
			naRationale: 'Fully remote: no offices.',
			updatedAt: T
		}
	],
	evidence: [
		{
			id: 'ev-sso-config',
			assessmentId: A1,
			controlId: 'IAM-01',
			title: '<b>SSO</b> configuration export',
			location: 'Shared drive › Security › SSO',
			collectedAt: '2026-02-21',
			reportType: 'both',
			createdAt: T,
			updatedAt: T
		}
	],
	tasks: [
		{
			id: 'task-iam-02',
			assessmentId: A1,
			gapKey: 'control:IAM-02',
			title: 'Finish access reviews',
			controlIds: ['IAM-02'],
			ownerName: 'Kim 金',
			ownerDepartment: 'IT & Security',
			effortDays: 1.5,
			startDate: '2026-04-01',
			dueDate: '2026-04-15',
			status: 'doing',
			notes: '',
			edited: ['ownerName'],
			resolved: false,
			createdAt: T,
			updatedAt: T
		},
		{
			id: 'task-vendor-review',
			assessmentId: A1,
			gapKey: 'vendor-review:vendor-cloud',
			title: 'Review the hosting provider',
			controlIds: [],
			ownerName: '',
			ownerDepartment: null,
			effortDays: 0.5,
			startDate: null,
			dueDate: null,
			status: 'todo',
			notes: '',
			edited: [],
			resolved: false,
			createdAt: T,
			updatedAt: T
		}
	],
	policies: [
		{
			assessmentId: A1,
			policyId: 'POL-ACCESS',
			status: 'approved',
			ownerName: 'Alex Kim',
			approvedAt: '2026-01-10',
			nextReview: '2027-01-10',
			updatedAt: T
		}
	],
	vendors: [
		{
			id: 'vendor-cloud',
			assessmentId: A1,
			name: 'Hosting Co',
			service: 'Cloud hosting',
			ownerName: 'Alex Kim',
			dataAccess: 'customer_personal',
			systemAccess: 'admin',
			dependency: 'high',
			tierOverride: null,
			tierOverrideReason: '',
			contractStart: '2025-01-01',
			renewalDate: '2027-01-01',
			lastReviewedAt: '2026-01-05',
			assurance: {
				questionnaireReceived: null,
				soc2: {
					type: 'type2',
					periodStart: '2025-01-01',
					periodEnd: '2025-12-31',
					opinion: 'qualified',
					opinionNotes: 'Exception in change management.',
					bridgeLetterDate: '2026-02-01',
					subserviceOrgs: 'Data centre operator (carved out)',
					cuecsReviewed: true,
					cuecs: [
						{ description: 'Customers enforce MFA.', controlId: 'IAM-01' },
						{ description: 'Customers encrypt their backups.', controlId: null }
					]
				},
				iso27001Expiry: '2027-05-01',
				pentestSummaryDate: null
			},
			safeguards: {
				securityRequirements: true,
				breachNotificationHours: 72,
				rightToAudit: false,
				serviceLevels: true,
				dataProcessingAgreement: true,
				dataReturnDeletion: true,
				subprocessorNotice: false
			},
			notes: '',
			createdAt: T,
			updatedAt: T
		}
	],
	// Format 1 and 2 had no work records: the released fixtures read back with empty lists.
	risks: [],
	riskReviews: [],
	description: [],
	policyTexts: [],
	people: [],
	personChecks: [],
	accessReviews: [],
	peopleSamples: [],
	snapshots: [],
	files: []
};

const snapshot: Snapshot = {
	id: 'snap-baseline',
	assessmentId: A1,
	name: 'Q1 baseline',
	createdAt: '2026-03-01T12:00:00.000Z',
	catalogVersion: '2026.1',
	// A copy, as a real snapshot is: later edits to the assessment never reach it.
	data: structuredClone({
		assessment: first.assessment,
		answers: first.answers,
		controls: first.controls.slice(0, 1),
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
	})
};

const second: BackupAssessment = {
	assessment: assessment(A2, 'Plain Startup Ltd', { reportType: 'type1', observationMonths: 3 }),
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
	peopleSamples: [],
	snapshots: [],
	files: []
};

/** The sample bundle, built fresh on each call (callers may change their copy). */
export function sampleBundle(): BackupBundle {
	return structuredClone(
		buildBundle({
			assessments: [{ ...first, snapshots: [snapshot] }, second],
			templates: [
				{
					id: 'tpl-saas',
					name: 'SaaS startup, remote',
					createdAt: T,
					updatedAt: T,
					catalogVersion: '2026.1',
					answers: { company_size: '11-50', cloud_providers: ['aws'], remote_work: 'fully' },
					includedCategories: ['availability'],
					declinedCategories: [],
					notes: { 'IAM-01': 'Use the company identity provider.' }
				}
			],
			appVersion: '0.1.0',
			catalogVersion: '2026.1',
			exportedAt: '2026-03-02T11:00:00.000Z'
		})
	);
}
