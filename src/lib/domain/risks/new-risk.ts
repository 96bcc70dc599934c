/** New risk rows: from a starter the user picked, or blank. Ids and time are passed in. Pure. */
import type { StarterRisk } from '$lib/catalog/risks';
import type { Risk } from './records';

/** A blank risk the user writes from scratch, rated in the middle of the scale. */
export function blankRisk(id: string, assessmentId: string, now: Date, by = ''): Risk {
	const ts = now.toISOString();
	return {
		id,
		assessmentId,
		starterId: null,
		title: 'New risk',
		description: '',
		category: 'security',
		fraud: null,
		ownerName: '',
		ownerDepartment: null,
		inherent: { likelihood: 3, impact: 3 },
		residual: { likelihood: 3, impact: 3 },
		treatment: 'mitigate',
		treatmentRationale: '',
		controlIds: [],
		reviewedAt: null,
		nextReview: null,
		history: [{ at: ts, by, change: 'Risk added' }],
		createdAt: ts,
		updatedAt: ts
	};
}

/** A register risk copied from a starter: its words, suggested ratings and controls. */
export function riskFromStarter(
	starter: StarterRisk,
	id: string,
	assessmentId: string,
	now: Date,
	by: string
): Risk {
	const base = blankRisk(id, assessmentId, now);
	return {
		...base,
		starterId: starter.id,
		title: starter.title,
		description: starter.description,
		category: starter.category,
		fraud: starter.fraud
			? { ...starter.fraud }
			: starter.category === 'fraud'
				? { pressures: '', opportunities: '', rationalisation: '' }
				: null,
		inherent: { ...starter.inherent },
		residual: { ...starter.residual },
		controlIds: [...starter.controlIds],
		history: [{ at: base.createdAt, by, change: `Added from the starter list (${starter.id})` }]
	};
}
