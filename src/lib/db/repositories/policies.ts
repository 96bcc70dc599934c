/** Policy tracker rows: one per catalog policy an assessment has touched. */
import type { PolicyState } from '$lib/domain/types';
import { db } from '../db';
import { write } from '../write';

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

/** Writes one policy's row and bumps the assessment's last-edited time, in one transaction. */
export function savePolicyState(state: PolicyState): Promise<string> {
	const d = db();
	return write(
		['policyStates'],
		(ts) => d.policyStates.put({ ...state, updatedAt: ts }).then(() => ts),
		{
			edits: state.assessmentId
		}
	);
}
