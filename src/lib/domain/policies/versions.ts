/**
 * Policy text versions (pure): which version is current, what state the text is in, checks on an
 * edit or an approval, and what an approval writes to the policy tracker. A version is edited
 * while a draft; approving freezes it; the next edit starts a new draft version.
 */
import type { Policy } from '$lib/catalog/types';
import { POLICY_SECTION_IDS, POLICY_SECTION_TITLE } from '$lib/catalog/policy-texts/types';
import { formatDate, isValidDate } from '../dates';
import { LIMITS } from '../limits';
import { nextAfter, POLICY_REVIEW_INTERVALS } from '../planning/calendar';
import type { PolicyState, PolicyText, PolicyTextBody } from '../types';

/** Earliest approval date accepted: anything before is a typing slip, not a policy's history. */
export const EARLIEST_APPROVAL = '2000-01-01';

/** Every version of one policy's text, oldest first. */
export function versionsOf(texts: readonly PolicyText[], policyId: string): PolicyText[] {
	return texts.filter((t) => t.policyId === policyId).sort((a, b) => a.version - b.version);
}

export function isApprovedText(text: PolicyText): boolean {
	return text.approvedAt !== null;
}

/** The newest version (the one the editor shows), or null before the text was started. */
export function currentVersion(texts: readonly PolicyText[], policyId: string): PolicyText | null {
	return versionsOf(texts, policyId).at(-1) ?? null;
}

/** The newest approved version, or null. */
export function latestApproved(texts: readonly PolicyText[], policyId: string): PolicyText | null {
	return versionsOf(texts, policyId).filter(isApprovedText).at(-1) ?? null;
}

export type TextState =
	| { kind: 'not_started' }
	| { kind: 'draft'; version: number; approved: PolicyText | null }
	| { kind: 'approved'; version: number; approvedAt: string; approvedBy: string };

/** Where a policy's text stands: not started, a draft (maybe over an approved version), approved. */
export function textState(texts: readonly PolicyText[], policyId: string): TextState {
	const current = currentVersion(texts, policyId);
	if (!current) return { kind: 'not_started' };
	if (current.approvedAt !== null)
		return {
			kind: 'approved',
			version: current.version,
			approvedAt: current.approvedAt,
			approvedBy: current.approvedBy
		};
	return { kind: 'draft', version: current.version, approved: latestApproved(texts, policyId) };
}

/** The state in words: "Not started", "Draft v2 (v1 approved 10 Jan 2026)", "Approved v1 …". */
export function textStateLabel(state: TextState): string {
	switch (state.kind) {
		case 'not_started':
			return 'Text not started';
		case 'draft':
			return state.approved && state.approved.approvedAt
				? `Draft v${state.version} (v${state.approved.version} approved ${formatDate(state.approved.approvedAt)})`
				: `Draft v${state.version}, not approved`;
		case 'approved':
			return `Approved v${state.version} on ${formatDate(state.approvedAt)}`;
	}
}

export type BodyErrors = Partial<Record<keyof PolicyTextBody | 'changeNote', string>>;

/** Checks an edited body: each section within the limit (the text itself is always kept). */
export function validateBody(body: PolicyTextBody, changeNote: string): BodyErrors {
	const errors: BodyErrors = {};
	for (const id of POLICY_SECTION_IDS)
		if (body[id].length > LIMITS.section)
			errors[id] =
				`${POLICY_SECTION_TITLE[id]} is ${body[id].length.toLocaleString('en')} characters; the most a section holds is ${LIMITS.section.toLocaleString('en')}. Shorten it to save.`;
	if (changeNote.length > LIMITS.rationale)
		errors.changeNote = `The change note holds at most ${LIMITS.rationale.toLocaleString('en')} characters.`;
	return errors;
}

export interface Approval {
	approvedBy: string;
	approvedAt: string;
}

/** Checks an approval: a named approver and a real date from 2000 up to today. */
export function validateApproval(
	approval: Approval,
	today: string
): Partial<Record<keyof Approval, string>> {
	const errors: Partial<Record<keyof Approval, string>> = {};
	const by = approval.approvedBy.trim();
	if (!by) errors.approvedBy = 'Enter who approved this version.';
	else if (by.length > LIMITS.personName)
		errors.approvedBy = `A name holds at most ${LIMITS.personName} characters.`;
	const at = approval.approvedAt;
	if (!at || !isValidDate(at)) errors.approvedAt = 'Enter the approval date as a real date.';
	else if (at < EARLIEST_APPROVAL)
		errors.approvedAt = `An approval date before ${formatDate(EARLIEST_APPROVAL)} cannot be right: check the year.`;
	else if (at > today) errors.approvedAt = 'An approval date cannot be in the future.';
	return errors;
}

/**
 * The tracker row after approving a version: approved on that date, the next review one review
 * period later, the owner kept. A published policy goes back to approved: the new version has
 * not been communicated to staff yet.
 */
export function approvedState(
	state: PolicyState,
	policy: Pick<Policy, 'reviewFrequency'>,
	approvedAt: string
): PolicyState {
	return {
		...state,
		status: 'approved',
		approvedAt,
		nextReview: nextAfter(approvedAt, POLICY_REVIEW_INTERVALS[policy.reviewFrequency])
	};
}

/** True when two bodies hold the same text. */
export function sameBody(a: PolicyTextBody, b: PolicyTextBody): boolean {
	return POLICY_SECTION_IDS.every((id) => a[id] === b[id]);
}
