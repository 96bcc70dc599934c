/**
 * The policy tracker (pure): each catalog policy that applies, with its stored state (or the
 * default for one nobody has touched), when its next review is due, and checks on an edit.
 */
import type { Policy } from '$lib/catalog/types';
import { nextAfter, POLICY_REVIEW_INTERVALS } from '$lib/domain/planning/calendar';
import { keysOf } from '$lib/domain/labels';
import { isValidDate } from '$lib/domain/dates';
import { LIMITS } from '$lib/domain/limits';
import type { PolicyState, PolicyStatus } from '$lib/domain/types';

export const POLICY_STATUS_LABEL: Record<PolicyStatus, string> = {
	missing: 'Missing',
	draft: 'Draft',
	approved: 'Approved',
	published: 'Published to staff'
};

export const POLICY_STATUSES = keysOf(POLICY_STATUS_LABEL);

export type PolicyField = 'ownerName' | 'approvedAt' | 'nextReview';

/** True for statuses that mean the policy was approved. */
export function isApproved(status: PolicyStatus): boolean {
	return status === 'approved' || status === 'published';
}

/** One review period after approval (12 months for an annual review), or null without a date. */
export function defaultNextReview(
	policy: Pick<Policy, 'reviewFrequency'>,
	approvedAt: string | null
): string | null {
	if (approvedAt === null || !isValidDate(approvedAt)) return null;
	return nextAfter(approvedAt, POLICY_REVIEW_INTERVALS[policy.reviewFrequency]);
}

export interface PolicyRow {
	policy: Policy;
	state: PolicyState;
	/** The review date that applies: the one set, else the default; null until approved. */
	nextReviewDue: string | null;
	/** Approved and the review date has passed. */
	reviewOverdue: boolean;
}

/**
 * Rows for the applicable policies in catalog order. `blank` makes the default state of a policy
 * nobody has touched yet.
 */
export function policyRows(
	policies: readonly Policy[],
	applicableIds: readonly string[],
	states: readonly PolicyState[],
	blank: (policyId: string) => PolicyState,
	today: string
): PolicyRow[] {
	const applies = new Set(applicableIds);
	const byId = new Map(states.map((s) => [s.policyId, s]));
	return policies
		.filter((p) => applies.has(p.id))
		.map((policy) => {
			const state = byId.get(policy.id) ?? blank(policy.id);
			const approved = isApproved(state.status);
			const set =
				state.nextReview !== null && isValidDate(state.nextReview) ? state.nextReview : null;
			const nextReviewDue = approved ? (set ?? defaultNextReview(policy, state.approvedAt)) : null;
			return {
				policy,
				state,
				nextReviewDue,
				reviewOverdue: nextReviewDue !== null && nextReviewDue < today
			};
		});
}

/** Checks an edited policy state; one plain message per bad field. */
export function validatePolicyState(
	state: Pick<PolicyState, 'ownerName' | 'approvedAt' | 'nextReview'>,
	today: string
): Partial<Record<PolicyField, string>> {
	const errors: Partial<Record<PolicyField, string>> = {};
	const owner = state.ownerName.trim();
	if (owner.length > LIMITS.personName)
		errors.ownerName = `Keep the owner's name to ${LIMITS.personName} characters (this one has ${owner.length}).`;
	const approved = state.approvedAt;
	if (approved !== null) {
		if (!isValidDate(approved))
			errors.approvedAt = 'Enter a real approval date, such as 2027-03-15.';
		else if (approved > today) errors.approvedAt = 'The approval date cannot be in the future.';
	}
	const review = state.nextReview;
	if (review !== null) {
		if (!isValidDate(review)) errors.nextReview = 'Enter a real review date, such as 2028-03-15.';
		else if (approved !== null && isValidDate(approved) && review <= approved)
			errors.nextReview = 'The next review must come after the approval date.';
	}
	return errors;
}
