/**
 * The Policies page's rows (pure): each applicable policy with where its text stands, its tracker
 * status and how many applicable controls it governs, plus the set to export (the newest version
 * of each text that was started, in catalog order).
 */
import type { Control, Policy } from '$lib/catalog/types';
import { currentVersion, textState, type TextState } from '$lib/domain/policies/versions';
import type { PolicyStatus, PolicyText } from '$lib/domain/types';

export interface PolicyListRow {
	policy: Policy;
	text: TextState;
	status: PolicyStatus;
	/** Applicable controls whose score this policy's approval caps. */
	governs: number;
}

export function policyListRows(
	policies: readonly Policy[],
	applicable: readonly string[],
	statuses: ReadonlyMap<string, PolicyStatus>,
	applicableControls: readonly Pick<Control, 'policies'>[],
	texts: readonly PolicyText[]
): PolicyListRow[] {
	const applies = new Set(applicable);
	return policies
		.filter((p) => applies.has(p.id))
		.map((policy) => ({
			policy,
			text: textState(texts, policy.id),
			status: statuses.get(policy.id) ?? 'missing',
			governs: applicableControls.filter((c) => c.policies.includes(policy.id)).length
		}));
}

/** The newest version of each started text, in the rows' order. */
export function exportSet(
	rows: readonly PolicyListRow[],
	texts: readonly PolicyText[]
): Array<{ policy: Policy; text: PolicyText }> {
	return rows.flatMap((r) => {
		const text = currentVersion(texts, r.policy.id);
		return text ? [{ policy: r.policy, text }] : [];
	});
}
