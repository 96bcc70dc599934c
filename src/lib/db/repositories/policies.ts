/** Policy tracker rows: one per catalog policy an assessment has touched. */
import type { PolicyState } from '$lib/domain/types';
import { db } from '../db';
import { saveState } from '../save-state.svelte';
import { touchAssessment } from './touch';

export function defaultPolicyState(assessmentId: string, policyId: string): PolicyState {
	return {
		assessmentId,
		policyId,
		status: 'missing',
		ownerName: '',
		approvedAt: null,
		nextReview: null,
		updatedAt: ''
	};
}

export function savePolicyState(state: PolicyState): Promise<void> {
	const d = db();
	return saveState.run(() =>
		d.transaction('rw', d.policyStates, d.assessments, async () => {
			const ts = new Date().toISOString();
			await d.policyStates.put({ ...state, updatedAt: ts });
			await touchAssessment(state.assessmentId, ts);
		})
	);
}
