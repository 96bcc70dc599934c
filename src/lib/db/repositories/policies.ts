/** Policy tracker rows: one per catalog policy an assessment has touched. */
import type { PolicyState } from '$lib/domain/types';
import { db } from '../db';
import { putRowAndTouch } from './touch';

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
	return putRowAndTouch(db().policyStates, state);
}
