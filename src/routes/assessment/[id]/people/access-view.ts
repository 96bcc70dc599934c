/**
 * The pure parts of the Access reviews tab: the start form's checks, the new record, the list of
 * reviews per system, the account filter, a decision set on one account, and the completion date.
 */
import { LIMITS } from '$lib/domain/limits';
import {
	lastCompletedReview,
	type AccessReviewRecord,
	type AccountDecision,
	type AccountFlag,
	type AccountMatch,
	type SystemAccount
} from '$lib/domain/people/index';

export interface ReviewStart {
	systemName: string;
	reviewDate: string;
	reviewer: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Problems with the start form, by field; empty when the review can start. */
export function startProblems(
	s: ReviewStart,
	today: string
): Partial<Record<keyof ReviewStart, string>> {
	const out: Partial<Record<keyof ReviewStart, string>> = {};
	if (s.systemName.trim() === '') out.systemName = 'Name the system whose accounts you review.';
	else if (s.systemName.trim().length > LIMITS.title)
		out.systemName = `At most ${LIMITS.title} characters.`;
	if (!DATE.test(s.reviewDate)) out.reviewDate = 'Give the date the user list was exported.';
	else if (s.reviewDate > today) out.reviewDate = 'The list cannot be dated after today.';
	if (s.reviewer.trim() === '') out.reviewer = 'Name the person who reviews the accounts.';
	else if (s.reviewer.trim().length > LIMITS.personName)
		out.reviewer = `At most ${LIMITS.personName} characters.`;
	return out;
}

/** The record saved once the user confirms the list: open, no decisions yet. */
export function newAccessReview(
	s: ReviewStart,
	accounts: readonly SystemAccount[],
	id: string,
	assessmentId: string,
	now: Date
): AccessReviewRecord {
	const ts = now.toISOString();
	return {
		id,
		assessmentId,
		systemName: s.systemName.trim(),
		reviewDate: s.reviewDate,
		reviewer: s.reviewer.trim(),
		completedAt: null,
		accounts: [...accounts],
		decisions: [],
		createdAt: ts,
		updatedAt: ts
	};
}

export interface SystemReviews {
	systemName: string;
	/** Newest list first. */
	reviews: AccessReviewRecord[];
	lastCompleted: AccessReviewRecord | null;
}

const newestFirst = (a: AccessReviewRecord, b: AccessReviewRecord) =>
	b.reviewDate.localeCompare(a.reviewDate) || b.createdAt.localeCompare(a.createdAt);

/**
 * Reviews grouped by system (names compared ignoring case and spaces at the ends), each group's
 * reviews newest first; systems in alphabetical order.
 */
export function reviewsBySystem(reviews: readonly AccessReviewRecord[]): SystemReviews[] {
	const groups = new Map<string, AccessReviewRecord[]>();
	for (const r of reviews) {
		const key = r.systemName.trim().toLocaleLowerCase('en');
		const list = groups.get(key);
		if (list) list.push(r);
		else groups.set(key, [r]);
	}
	return [...groups.values()]
		.map((list) => {
			const sorted = [...list].sort(newestFirst);
			return {
				systemName: sorted[0]?.systemName ?? '',
				reviews: sorted,
				lastCompleted: lastCompletedReview(sorted)
			};
		})
		.sort((a, b) => a.systemName.localeCompare(b.systemName, 'en', { sensitivity: 'base' }));
}

export type AccountFilter = 'all' | AccountFlag | 'matched' | 'undecided';

export const ACCOUNT_FILTER_LABEL: Record<AccountFilter, string> = {
	all: 'All accounts',
	leaver: 'Leavers',
	unknown: 'Unknown',
	shared: 'Shared',
	ambiguous: 'Ambiguous',
	matched: 'Matched, no flag',
	undecided: 'No decision yet'
};

export const ACCOUNT_FILTERS = [
	'all',
	'leaver',
	'unknown',
	'shared',
	'ambiguous',
	'matched',
	'undecided'
] as const satisfies readonly AccountFilter[];

/** The matches the filter keeps, in list order. */
export function filterMatches(
	matches: readonly AccountMatch[],
	filter: AccountFilter,
	decided: (account: string) => boolean
): AccountMatch[] {
	if (filter === 'all') return [...matches];
	if (filter === 'undecided') return matches.filter((m) => !decided(m.account));
	if (filter === 'matched')
		return matches.filter((m) => m.personId !== null && m.flags.length === 0);
	return matches.filter((m) => m.flags.includes(filter));
}

/** `decisions` with `d` set for its account: replaced in place, or added at the end. */
export function withDecision(
	decisions: readonly AccountDecision[],
	d: AccountDecision
): AccountDecision[] {
	const i = decisions.findIndex((x) => x.account === d.account);
	if (i < 0) return [...decisions, d];
	return decisions.map((x, j) => (j === i ? d : x));
}

/** Why `date` cannot be the completion date, or null. */
export function completionProblem(date: string, reviewDate: string, today: string): string | null {
	if (!DATE.test(date)) return 'Give the date the review was completed.';
	if (date < reviewDate) return `The review cannot be completed before its list (${reviewDate}).`;
	if (date > today) return 'The completion date cannot be in the future.';
	return null;
}

/** The completion date offered: today, unless the list is dated later (then the list's date). */
export function defaultCompletion(reviewDate: string, today: string): string {
	return reviewDate > today ? reviewDate : today;
}
