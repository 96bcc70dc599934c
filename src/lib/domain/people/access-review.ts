/**
 * Matching a system's user list to the roster for an access review (IAM-07): each account is
 * matched by email (ignoring case), then by exact normalised display name, and flagged when it
 * belongs to a leaver, to nobody on the roster, or to nobody at all (a shared account). The
 * reviewer then records a decision per account; a completed review dates the control.
 */
import { isSharedAccount } from './shared-accounts';
import { isEmail, normaliseEmail, normaliseName } from './text';
import type { AccessReview, Person, SystemAccount } from './types';

export type AccountFlag = 'leaver' | 'unknown' | 'shared' | 'ambiguous';

export interface AccountMatch {
	/** Position in the imported list. */
	index: number;
	account: string;
	personId: string | null;
	matchedBy: 'email' | 'name' | null;
	/** leaver: matched to someone who left before the review date; unknown: matched nobody;
	 * shared: a generic account; ambiguous: its email or name fits more than one person. */
	flags: AccountFlag[];
}

export interface AccessReviewCounts {
	accounts: number;
	matched: number;
	matchedByEmail: number;
	matchedByName: number;
	leavers: number;
	unknown: number;
	shared: number;
	ambiguous: number;
}

export interface AccessReviewMatch {
	accounts: AccountMatch[];
	counts: AccessReviewCounts;
}

export type RosterPerson = Pick<Person, 'id' | 'name' | 'email' | 'endDate'>;

function index<K>(people: readonly RosterPerson[], key: (p: RosterPerson) => K | null) {
	const map = new Map<K, RosterPerson[]>();
	for (const p of people) {
		const k = key(p);
		if (k === null) continue;
		const list = map.get(k);
		if (list) list.push(p);
		else map.set(k, [p]);
	}
	return map;
}

function accountEmail(a: SystemAccount): string | null {
	if (a.email && a.email.trim() !== '') return normaliseEmail(a.email);
	return isEmail(a.account.trim()) ? normaliseEmail(a.account) : null;
}

function accountName(a: SystemAccount): string | null {
	const name = a.displayName?.trim() ? a.displayName : isEmail(a.account.trim()) ? '' : a.account;
	const n = normaliseName(name);
	return n === '' ? null : n;
}

/**
 * Matches each account to the roster as of `reviewDate`. A generic account (see
 * shared-accounts.ts) is reported as shared and matched to no one, since no person owns it. An
 * email or name that fits two people is not guessed: the account is flagged ambiguous.
 * A leaver is a person whose end date is before the review date: their last day still counts.
 */
export function matchAccounts(
	accounts: readonly SystemAccount[],
	people: readonly RosterPerson[],
	reviewDate: string
): AccessReviewMatch {
	const byEmail = index(people, (p) => (p.email ? normaliseEmail(p.email) : null));
	const byName = index(people, (p) => normaliseName(p.name) || null);
	const out: AccountMatch[] = accounts.map((a, i) => {
		const base = { index: i, account: a.account };
		if (isSharedAccount(a))
			return {
				...base,
				personId: null,
				matchedBy: null,
				flags: ['shared'] satisfies AccountFlag[]
			};
		const email = accountEmail(a);
		const name = accountName(a);
		const emailHits = email === null ? [] : (byEmail.get(email) ?? []);
		const nameHits = emailHits.length > 0 || name === null ? [] : (byName.get(name) ?? []);
		const hits = emailHits.length > 0 ? emailHits : nameHits;
		const person = hits.length === 1 ? hits[0] : undefined;
		if (person === undefined) {
			const flags: AccountFlag[] = hits.length > 1 ? ['ambiguous'] : ['unknown'];
			return { ...base, personId: null, matchedBy: null, flags };
		}
		const leaver = person.endDate !== null && person.endDate < reviewDate;
		return {
			...base,
			personId: person.id,
			matchedBy: emailHits.length > 0 ? 'email' : 'name',
			flags: leaver ? ['leaver'] : []
		};
	});
	return { accounts: out, counts: countMatches(out) };
}

function countMatches(matches: readonly AccountMatch[]): AccessReviewCounts {
	const has = (f: AccountFlag) => matches.filter((m) => m.flags.includes(f)).length;
	return {
		accounts: matches.length,
		matched: matches.filter((m) => m.personId !== null).length,
		matchedByEmail: matches.filter((m) => m.matchedBy === 'email').length,
		matchedByName: matches.filter((m) => m.matchedBy === 'name').length,
		leavers: has('leaver'),
		unknown: has('unknown'),
		shared: has('shared'),
		ambiguous: has('ambiguous')
	};
}

/** Accounts of a review still without a decision, in list order. */
export function undecidedAccounts(review: Pick<AccessReview, 'accounts' | 'decisions'>): string[] {
	const decided = new Set(review.decisions.map((d) => d.account));
	return review.accounts.map((a) => a.account).filter((a) => !decided.has(a));
}

/**
 * The latest completed review across systems: its completion date is the access-review
 * control's last occurrence. Null when none is complete.
 */
export function lastCompletedReview<R extends Pick<AccessReview, 'completedAt'>>(
	reviews: readonly R[]
): R | null {
	let best: R | null = null;
	for (const r of reviews)
		if (r.completedAt !== null && (best === null || r.completedAt > (best.completedAt ?? '')))
			best = r;
	return best;
}
