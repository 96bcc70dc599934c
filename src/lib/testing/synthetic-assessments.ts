/**
 * Deterministic backup data for tests, committed fixtures and the benchmark: the same call
 * always gives the same records (ids and times are derived from indexes, never random).
 */
import { sampleWork } from './work-sample';
import { catalog } from '$lib/catalog';
import type { AnswerValue, ScopingQuestion } from '$lib/catalog/types';
import type {
	AssessmentRecord,
	ControlState,
	ControlStatus,
	EvidenceItem,
	PolicyState,
	RemediationTask,
	ScopingAnswer,
	Vendor
} from '$lib/domain/types';
import { CONTROL_STATUSES, DEPARTMENTS } from '$lib/domain/types';
import type { BackupAssessment } from '../files/backup/format';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** A timestamp `minutes` after a fixed start. */
function at(minutes: number): string {
	return new Date(T0 + minutes * 60_000).toISOString();
}

function pick<T>(items: readonly T[], i: number): T {
	const item = items[i % items.length];
	if (item === undefined) throw new Error('pick from an empty list');
	return item;
}

function answerFor(q: ScopingQuestion): AnswerValue {
	const first = q.options?.[0]?.value ?? 'yes';
	if (q.type === 'multi') return [first];
	if (q.type === 'boolean') return true;
	if (q.type === 'number') return q.min ?? 1;
	if (q.type === 'date') return '2027-03-01';
	return first;
}

function vendor(assessmentId: string, id: string, i: number, updatedAt: string): Vendor {
	return {
		id,
		assessmentId,
		name: `Vendor ${i + 1}`,
		service: pick(['Cloud hosting', 'Payroll', 'Email', 'Source control'], i),
		ownerName: 'Priya Natarajan',
		dataAccess: pick(['none', 'internal', 'confidential', 'customer_personal'], i),
		systemAccess: pick(['none', 'read', 'write', 'admin'], i),
		dependency: pick(['low', 'medium', 'high'], i),
		tierOverride: i % 5 === 0 ? 'high' : null,
		tierOverrideReason: i % 5 === 0 ? 'Holds production credentials.' : '',
		contractStart: '2025-02-01',
		renewalDate: '2027-02-01',
		lastReviewedAt: i % 2 === 0 ? '2026-01-15' : null,
		assurance: {
			questionnaireReceived: i % 3 === 0 ? '2025-12-01' : null,
			soc2:
				i % 2 === 0
					? {
							type: 'type2',
							periodStart: '2025-01-01',
							periodEnd: '2025-12-31',
							opinion: 'unqualified',
							opinionNotes: '',
							bridgeLetterDate: null,
							subserviceOrgs: 'A colocation provider (carved out).',
							cuecsReviewed: true,
							cuecs: [
								{ description: 'Customers enable MFA for their users.', controlId: 'IAM-01' },
								{ description: 'Customers review access quarterly.', controlId: null }
							]
						}
					: null,
			iso27001Expiry: null,
			pentestSummaryDate: null
		},
		safeguards: {
			securityRequirements: true,
			breachNotificationHours: 72,
			rightToAudit: i % 2 === 0,
			serviceLevels: true,
			dataProcessingAgreement: true,
			dataReturnDeletion: false,
			subprocessorNotice: true
		},
		notes: '',
		createdAt: updatedAt,
		updatedAt
	};
}

export interface SyntheticOptions {
	/** Vendors per assessment (default 20). */
	vendors?: number;
	/** Snapshots per assessment (default 0), each a full copy of the assessment's rows. */
	snapshots?: number;
}

/**
 * `count` full assessments: an answer to every scoping question, a state for every catalog
 * control (with notes), evidence for each, a task for each unfinished control, every policy,
 * and vendors. Used for the "20 full assessments" benchmark and round-trip tests.
 */
export function syntheticAssessments(
	count: number,
	options: SyntheticOptions = {}
): BackupAssessment[] {
	return Array.from({ length: count }, (_, n) => {
		const id = `synthetic-${String(n).padStart(4, '0')}`;
		const ts = at(n);
		const assessment: AssessmentRecord = {
			id,
			companyName: `Synthetic Company ${n + 1}`,
			assessor: 'Jordan Reyes',
			reportType: n % 2 === 0 ? 'type2' : 'type1',
			observationMonths: 6,
			catalogVersion: catalog.version,
			createdAt: ts,
			updatedAt: at(n + 1),
			deletedAt: null,
			includedCategories: ['availability'],
			declinedCategories: [],
			progress: { scopeDone: true },
			plan: { startDate: '2026-02-02', capacityPerWeek: 3, departmentCapacity: { Engineering: 2 } },
			summary: null
		};
		const answers: ScopingAnswer[] = catalog.scopingQuestions.map((q) => ({
			assessmentId: id,
			questionId: q.id,
			value: answerFor(q),
			updatedAt: ts
		}));
		const controls: ControlState[] = catalog.controls.map((c, i) => ({
			assessmentId: id,
			controlId: c.id,
			status: pick<ControlStatus>(CONTROL_STATUSES.slice(1, 5), i + n),
			ownerName: 'Sam Okafor',
			ownerDepartment: pick(DEPARTMENTS, i),
			notes: `Notes for ${c.id}: `.padEnd(240, 'x'),
			dueDate: '2026-06-30',
			lastPerformed: i % 3 === 0 ? '2026-01-02' : null,
			naRationale: '',
			updatedAt: ts
		}));
		const evidence: EvidenceItem[] = catalog.controls.map((c, i) => ({
			id: `${id}-ev-${i}`,
			assessmentId: id,
			controlId: c.id,
			title: `Evidence for ${c.title}`.slice(0, 200),
			location: `https://drive.example.invalid/evidence/${c.id}`,
			collectedAt: '2026-01-03',
			reportType: pick(['type1', 'type2', 'both'], i),
			createdAt: ts,
			updatedAt: ts
		}));
		const tasks: RemediationTask[] = controls
			.filter((c) => c.status !== 'implemented')
			.map((c, i) => ({
				id: `${id}-task-${i}`,
				assessmentId: id,
				gapKey: `control:${c.controlId}`,
				title: `Put ${c.controlId} in place`,
				controlIds: [c.controlId],
				ownerName: 'Sam Okafor',
				ownerDepartment: c.ownerDepartment,
				effortDays: 1 + (i % 5),
				startDate: null,
				dueDate: '2026-06-30',
				status: pick(['todo', 'doing', 'done'], i),
				notes: '',
				edited: i % 4 === 0 ? ['ownerName'] : [],
				resolved: false,
				createdAt: ts,
				updatedAt: ts
			}));
		const policies: PolicyState[] = catalog.policies.map((p, i) => ({
			assessmentId: id,
			policyId: p.id,
			status: pick(['missing', 'draft', 'approved', 'published'], i),
			ownerName: 'Alex Kim',
			approvedAt: i % 4 >= 2 ? '2025-11-20' : null,
			nextReview: i % 4 >= 2 ? '2026-11-20' : null,
			updatedAt: ts
		}));
		const vendors = Array.from({ length: options.vendors ?? 20 }, (_, i) =>
			vendor(id, `${id}-vendor-${i}`, i, ts)
		);
		const data = {
			assessment,
			answers,
			controls,
			evidence,
			tasks,
			policies,
			vendors,
			...sampleWork(id, ts)
		};
		const snapshots = Array.from({ length: options.snapshots ?? 0 }, (_, i) => ({
			id: `${id}-snap-${i}`,
			assessmentId: id,
			name: `Snapshot ${i + 1}`,
			createdAt: at(n + 2 + i),
			catalogVersion: catalog.version,
			data: structuredClone(data)
		}));
		return { ...data, snapshots, files: [] };
	});
}
