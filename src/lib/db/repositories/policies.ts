/** Policy tracker rows: one per catalog policy an assessment has touched. */
import type { PolicyState } from '$lib/domain/types';
import type { FieldPatch } from '$lib/domain/edits/field-patch';
import { db } from '../db';
import { patchRow, type PatchResult } from '../patch';
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

/** Changes only the fields in `patch` of one policy's row (see `patchRow` for conflicts). */
export function patchPolicyState(
	assessmentId: string,
	policyId: string,
	patch: FieldPatch<PolicyState>
): Promise<PatchResult<PolicyState>> {
	const d = db();
	return write(
		['policyStates'],
		(ts) =>
			patchRow(d.policyStates, [assessmentId, policyId] as [string, string], patch, ts, {
				what: 'policy',
				fallback: defaultPolicyState(assessmentId, policyId)
			}),
		{ edits: assessmentId }
	);
}
