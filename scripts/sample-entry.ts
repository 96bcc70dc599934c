// Builds the sample assessment used for screenshots, accessibility checks on a full screen and
// demos: a 40-person health-analytics SaaS part-way through readiness. Bundled and run by
// scripts/make-sample.mjs; deterministic, so the committed file only changes when this does.
import { catalog } from '$lib/catalog';
import { evaluate } from '$lib/domain/scoring/evaluate';
import { reconcileTasks } from '$lib/domain/planning/tasks';
import { planGaps } from '$lib/domain/planning/plan-gaps';
import { vendorGaps, vendorProgramme } from '$lib/domain/vendors/index';
import { addDays } from '$lib/domain/dates';
import { buildBundle } from '$lib/files/backup/format';
import type {
	Assessment,
	AssessmentData,
	ControlState,
	ControlStatus,
	EvidenceItem,
	PolicyState,
	ScopingAnswer,
	Vendor
} from '$lib/domain/types';

const TODAY = '2026-11-20';
const NOW = `${TODAY}T10:00:00.000Z`;
const ID = '0b7d6c1e-5a2f-4c8e-9d3a-6f1e2b4c8a11';
let seq = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const ANSWERS: Record<string, ScopingAnswer['value']> = {
	company_size: '11-50',
	hosting: 'public_cloud',
	cloud_providers: ['aws'],
	offices: 'coworking',
	remote_work: 'most',
	managed_devices: 'all',
	mdm: true,
	data_types: ['personal', 'health', 'customer_confidential'],
	personal_data_role: 'processor',
	privacy_commitments: 'no',
	subprocessors: 'few',
	availability_commitments: 'sla',
	recovery_commitments: 'yes',
	confidentiality_commitments: 'yes',
	transaction_processing: 'no',
	software_development: 'in_house',
	governing_body: 'board_founders',
	ai_features: 'no',
	existing_frameworks: ['gdpr'],
	report_type: 'type2',
	observation_window: '6',
	target_date: '2027-06-30',
	compliance_people: 3,
	compliance_hours: 20
};

const OWNERS = ['Zoë Łukasiewicz', 'Marcus Okafor', 'Priya Raman', 'Tomás Núñez', 'Ingrid Solberg'];

export function build(): string {
	const assessment: Assessment = {
		id: ID,
		companyName: 'Northwind Health Analytics',
		assessor: 'Zoë Łukasiewicz',
		reportType: 'type2',
		observationMonths: 6,
		catalogVersion: catalog.version,
		createdAt: '2026-09-14T09:00:00.000Z',
		updatedAt: NOW,
		deletedAt: null,
		includedCategories: [],
		declinedCategories: [],
		progress: { scopeDone: true },
		plan: { startDate: '2026-11-23', capacityPerWeek: 4, departmentCapacity: { Engineering: 2 } },
		summary: null
	};
	const answers: ScopingAnswer[] = Object.entries(ANSWERS).map(([questionId, value]) => ({
		assessmentId: ID,
		questionId,
		value,
		updatedAt: NOW
	}));
	const blank = { assessment, answers, controls: [], evidence: [], policies: [] };
	const scoped = evaluate(catalog, blank, TODAY);
	const controls: ControlState[] = [];
	const evidence: EvidenceItem[] = [];
	for (const id of scoped.scope.applicableControlIds) {
		const ctl = catalog.controls.find((c) => c.id === id);
		if (!ctl) continue;
		const r = rand();
		const status: ControlStatus =
			r < 0.45 ? 'implemented' : r < 0.62 ? 'in_progress' : r < 0.72 ? 'planned' : 'not_started';
		const owner = OWNERS[Math.floor(rand() * OWNERS.length)] ?? '';
		controls.push({
			assessmentId: ID,
			controlId: id,
			status,
			ownerName: status === 'not_started' ? '' : owner,
			ownerDepartment: null,
			notes: status === 'in_progress' ? 'Draft ready; waiting for review by the CTO.' : '',
			dueDate: status === 'implemented' ? null : addDays(TODAY, 14 + Math.floor(rand() * 120)),
			lastPerformed:
				status === 'implemented' && ctl.frequency !== 'continuous' && ctl.frequency !== 'per_event'
					? addDays(TODAY, -Math.floor(rand() * 150))
					: null,
			naRationale: '',
			updatedAt: NOW
		});
		if (status === 'implemented' && rand() < 0.8) {
			evidence.push({
				id: nextId(),
				assessmentId: ID,
				controlId: id,
				title: ctl.evidenceTypeI[0] ?? 'Evidence',
				location: `https://drive.northwind.example/soc2/${id.toLowerCase()}`,
				collectedAt: addDays(TODAY, -Math.floor(rand() * 40)),
				reportType: rand() < 0.7 ? 'both' : 'type1',
				createdAt: NOW,
				updatedAt: NOW
			});
		}
	}
	const policies: PolicyState[] = catalog.policies.map((p, i) => ({
		assessmentId: ID,
		policyId: p.id,
		status:
			i % 4 === 0 ? 'missing' : i % 4 === 1 ? 'draft' : i % 4 === 2 ? 'approved' : 'published',
		ownerName: OWNERS[i % OWNERS.length] ?? '',
		approvedAt: i % 4 >= 2 ? '2026-10-01' : null,
		nextReview: i % 4 >= 2 ? '2027-10-01' : null,
		updatedAt: NOW
	}));
	const vendor = (name: string, service: string, v: Partial<Vendor>): Vendor => ({
		id: nextId(),
		assessmentId: ID,
		name,
		service,
		ownerName: 'Marcus Okafor',
		dataAccess: 'internal',
		systemAccess: 'none',
		dependency: 'medium',
		tierOverride: null,
		tierOverrideReason: '',
		contractStart: '2025-03-01',
		renewalDate: '2027-03-01',
		lastReviewedAt: '2026-08-01',
		assurance: {
			questionnaireReceived: null,
			soc2: null,
			iso27001Expiry: null,
			pentestSummaryDate: null
		},
		safeguards: {
			securityRequirements: true,
			breachNotificationHours: 72,
			rightToAudit: false,
			serviceLevels: true,
			dataProcessingAgreement: true,
			dataReturnDeletion: true,
			subprocessorNotice: true
		},
		notes: '',
		createdAt: NOW,
		updatedAt: NOW,
		...v
	});
	const soc2 = (end: string) => ({
		type: 'type2' as const,
		periodStart: addDays(end, -365),
		periodEnd: end,
		opinion: 'unqualified' as const,
		opinionNotes: '',
		bridgeLetterDate: null,
		subserviceOrgs: '',
		cuecsReviewed: true,
		cuecs: [{ description: 'Customers enforce MFA for console users.', controlId: 'IAM-02' }]
	});
	const vendors: Vendor[] = [
		vendor('Cloud hosting provider', 'Production hosting', {
			dataAccess: 'customer_personal',
			systemAccess: 'admin',
			dependency: 'high',
			assurance: {
				questionnaireReceived: null,
				soc2: soc2('2026-09-30'),
				iso27001Expiry: '2027-12-31',
				pentestSummaryDate: null
			}
		}),
		vendor('Transactional email service', 'Password resets and alerts', {
			dataAccess: 'customer_personal',
			systemAccess: 'write',
			assurance: {
				questionnaireReceived: null,
				soc2: soc2('2025-07-31'),
				iso27001Expiry: null,
				pentestSummaryDate: null
			}
		}),
		vendor('Support desk', 'Customer support tickets', {
			dataAccess: 'confidential',
			lastReviewedAt: null,
			assurance: {
				questionnaireReceived: '2026-02-01',
				soc2: null,
				iso27001Expiry: null,
				pentestSummaryDate: null
			}
		}),
		vendor('Payroll provider', 'Staff payroll', { dataAccess: 'confidential', dependency: 'low' }),
		vendor('Error monitoring', 'Application error reports', {
			dataAccess: 'internal',
			systemAccess: 'read'
		}),
		vendor('Café Ünal Design', 'Freelance UX design', {
			dependency: 'low',
			systemAccess: 'none',
			dataAccess: 'none'
		})
	];
	const data: AssessmentData = {
		assessment,
		answers,
		controls,
		evidence,
		tasks: [],
		policies,
		vendors
	};
	const programmes = vendorProgramme(vendors, TODAY, {
		privacyInScope: true,
		confidentialityInScope: true
	});
	const e = evaluate(catalog, data, TODAY, programmes);
	const gaps = planGaps({
		evaluation: e,
		catalog,
		reportType: 'type2',
		policyStates: policies,
		extraGaps: vendorGaps(vendors, TODAY)
	});
	const tasks = reconcileTasks([], gaps, ID, NOW, nextId).map((t, i) =>
		i % 7 === 0 ? { ...t, status: 'doing' as const } : t
	);
	const earlier = structuredClone({ ...data, tasks });
	earlier.controls = earlier.controls.map((c, i) =>
		i % 3 === 0 && c.status === 'implemented' ? { ...c, status: 'in_progress' } : c
	);
	const snapshot = {
		id: nextId(),
		assessmentId: ID,
		name: 'Workshop 1',
		createdAt: '2026-10-15T16:00:00.000Z',
		catalogVersion: catalog.version,
		data: earlier
	};
	return JSON.stringify(
		buildBundle({
			assessments: [{ ...data, tasks, snapshots: [snapshot] }],
			templates: [],
			appVersion: 'sample',
			catalogVersion: catalog.version,
			exportedAt: NOW
		}),
		null,
		1
	);
}
