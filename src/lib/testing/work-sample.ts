/**
 * Work records for one assessment (a risk with fraud factors, a register review, a description
 * section with a subservice organisation, two policy text versions, two people with checks, an
 * access review and a sample), with the awkward text users type, so round-trip tests cover every
 * field of the tables added with the risk register and the roster.
 */
import type { AssessmentContent } from '$lib/domain/types';

type Work = Pick<
	AssessmentContent,
	| 'risks'
	| 'riskReviews'
	| 'description'
	| 'policyTexts'
	| 'people'
	| 'personChecks'
	| 'accessReviews'
	| 'peopleSamples'
>;

const AWKWARD = 'Zoë <b>bold</b> =SUM(A1:A2) "quoted" — 🚀\nsecond line';

export function sampleWork(assessmentId: string, ts: string): Work {
	return {
		risks: [
			{
				id: `${assessmentId}-risk-1`,
				assessmentId,
				starterId: null,
				title: `Payment fraud ${AWKWARD.slice(0, 20)}`,
				description: AWKWARD,
				category: 'fraud',
				fraud: { pressures: 'Targets', opportunities: 'One approver', rationalisation: AWKWARD },
				ownerName: 'Alex Kim',
				ownerDepartment: 'Finance',
				inherent: { likelihood: 4, impact: 5 },
				residual: { likelihood: 2, impact: 4 },
				treatment: 'mitigate',
				treatmentRationale: 'Two approvers above a threshold.',
				controlIds: ['IAM-01'],
				reviewedAt: '2026-01-15',
				nextReview: '2027-01-15',
				history: [{ at: ts, by: 'Alex Kim', change: 'Residual 20 → 8' }],
				createdAt: ts,
				updatedAt: ts
			}
		],
		riskReviews: [
			{
				id: `${assessmentId}-review-1`,
				assessmentId,
				reviewedAt: '2026-01-15',
				reviewer: 'Alex Kim',
				note: AWKWARD,
				riskCount: 1,
				createdAt: ts,
				updatedAt: ts
			}
		],
		description: [
			{
				assessmentId,
				sectionId: 'subservice',
				text: AWKWARD,
				items: [
					{ id: 'item-1', name: 'Hosting Co', method: 'carve_out', detail: 'Physical security.' }
				],
				status: 'reviewed',
				reviewedBy: 'Alex Kim',
				reviewedAt: '2026-01-20',
				updatedAt: ts
			}
		],
		policyTexts: [1, 2].map((version) => ({
			id: `${assessmentId}-pol-${version}`,
			assessmentId,
			policyId: 'POL-ACCESS',
			version,
			body: {
				purpose: AWKWARD,
				scope: 'All staff.',
				roles: '',
				requirements: 'MFA everywhere.',
				exceptions: '',
				review: 'Yearly.'
			},
			changeNote: version === 1 ? 'First version' : '',
			approvedBy: version === 1 ? 'Sam Lee' : '',
			approvedAt: version === 1 ? '2026-01-10' : null,
			createdAt: ts,
			updatedAt: ts
		})),
		people: [
			{
				id: `${assessmentId}-person-1`,
				assessmentId,
				name: AWKWARD.slice(0, 40),
				email: 'zoe@example.com',
				role: 'Engineer',
				department: 'Engineering',
				manager: 'Sam Lee',
				startDate: '2026-01-05',
				endDate: null,
				employmentType: 'employee',
				inScope: true,
				companyDevice: true,
				createdAt: ts,
				updatedAt: ts
			},
			{
				id: `${assessmentId}-person-2`,
				assessmentId,
				name: 'Lee Contractor',
				email: null,
				role: 'Designer',
				department: '',
				manager: '',
				startDate: '2025-03-01',
				endDate: '2026-02-27',
				employmentType: 'contractor',
				inScope: true,
				companyDevice: false,
				createdAt: ts,
				updatedAt: ts
			}
		],
		personChecks: [
			{
				id: `${assessmentId}-check-1`,
				assessmentId,
				personId: `${assessmentId}-person-1`,
				kind: 'security_training',
				date: '2026-01-20',
				note: AWKWARD,
				updatedAt: ts
			},
			{
				id: `${assessmentId}-check-2`,
				assessmentId,
				personId: `${assessmentId}-person-2`,
				kind: 'access_removed',
				date: null,
				note: '',
				updatedAt: ts
			}
		],
		accessReviews: [
			{
				id: `${assessmentId}-review-1`,
				assessmentId,
				systemName: 'GitHub <org>',
				reviewDate: '2026-03-01',
				reviewer: 'Sam Lee',
				completedAt: '2026-03-03',
				accounts: [
					{ account: 'zoe@example.com', email: 'zoe@example.com', displayName: null },
					{ account: 'admin' }
				],
				decisions: [
					{ account: 'zoe@example.com', decision: 'keep', note: '' },
					{ account: 'admin', decision: 'change', note: AWKWARD }
				],
				createdAt: ts,
				updatedAt: ts
			}
		],
		peopleSamples: [
			{
				id: `${assessmentId}-sample-1`,
				assessmentId,
				process: 'hires',
				window: { start: '2026-01-01', end: '2026-06-30' },
				seed: 'K7Q2-9XPA',
				populationSize: 1,
				size: 1,
				items: [
					{
						key: `${assessmentId}-person-1`,
						personId: `${assessmentId}-person-1`,
						date: '2026-01-05'
					}
				],
				drawnAt: ts
			}
		]
	};
}
