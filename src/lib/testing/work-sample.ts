/**
 * Work records for one assessment (a risk with fraud factors, a register review, a description
 * section with a subservice organisation, two policy text versions), with the awkward text users
 * type, so round-trip tests cover every field of the tables added with the risk register.
 */
import type { AssessmentContent } from '$lib/domain/types';

type Work = Pick<AssessmentContent, 'risks' | 'riskReviews' | 'description' | 'policyTexts'>;

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
		}))
	};
}
