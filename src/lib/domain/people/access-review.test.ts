import { describe, expect, it } from 'vitest';
import {
	lastCompletedReview,
	matchAccounts,
	undecidedAccounts,
	type RosterPerson
} from './access-review';
import { isSharedAccount } from './shared-accounts';

const ROSTER: RosterPerson[] = [
	{ id: 'ada', name: 'Ada Lovelace', email: 'Ada@Example.com', endDate: null },
	{ id: 'bo', name: 'Bo Chen', email: null, endDate: '2026-10-31' },
	{ id: 'cy', name: 'Cy Young', email: 'cy@example.com', endDate: '2026-11-30' },
	{ id: 'dee1', name: 'Dee Jones', email: null, endDate: null },
	{ id: 'dee2', name: 'dee  jones', email: null, endDate: null }
];
const REVIEW = '2026-11-30';

describe('matchAccounts', () => {
	it('matches by email ignoring case, from the email column or the account name', () => {
		const r = matchAccounts(
			[{ account: 'alovelace', email: 'ADA@example.COM' }, { account: 'cy@Example.com' }],
			ROSTER,
			REVIEW
		);
		expect(r.accounts).toEqual([
			{ index: 0, account: 'alovelace', personId: 'ada', matchedBy: 'email', flags: [] },
			{ index: 1, account: 'cy@Example.com', personId: 'cy', matchedBy: 'email', flags: [] }
		]);
	});

	it('falls back to the exact normalised display name', () => {
		const r = matchAccounts([{ account: 'u123', displayName: '  ada LOVELACE ' }], ROSTER, REVIEW);
		expect(r.accounts[0]).toMatchObject({ personId: 'ada', matchedBy: 'name' });
	});

	it('does not match near names', () => {
		const r = matchAccounts([{ account: 'u1', displayName: 'Ada Lovelac' }], ROSTER, REVIEW);
		expect(r.accounts[0]).toMatchObject({ personId: null, flags: ['unknown'] });
	});

	it('prefers the email over a different name', () => {
		const r = matchAccounts(
			[{ account: 'x', email: 'cy@example.com', displayName: 'Ada Lovelace' }],
			ROSTER,
			REVIEW
		);
		expect(r.accounts[0]).toMatchObject({ personId: 'cy', matchedBy: 'email' });
	});

	it('flags a leaver whose end date is before the review date, not one leaving that day', () => {
		const r = matchAccounts(
			[{ account: 'bchen', displayName: 'Bo Chen' }, { account: 'cy@example.com' }],
			ROSTER,
			REVIEW
		);
		expect(r.accounts.map((a) => a.flags)).toEqual([['leaver'], []]);
	});

	it('refuses to guess between two people with one name', () => {
		const r = matchAccounts([{ account: 'dj', displayName: 'Dee Jones' }], ROSTER, REVIEW);
		expect(r.accounts[0]).toMatchObject({ personId: null, flags: ['ambiguous'] });
	});

	it('reports generic accounts as shared and matches them to no one', () => {
		const people = [
			...ROSTER,
			{ id: 'x', name: 'Admin', email: 'support@example.com', endDate: null }
		];
		const r = matchAccounts(
			[
				{ account: 'admin', displayName: 'Admin' },
				{ account: 'helpdesk', email: 'support@example.com' }
			],
			people,
			REVIEW
		);
		expect(r.accounts.map((a) => [a.personId, a.flags])).toEqual([
			[null, ['shared']],
			[null, ['shared']]
		]);
	});

	it('counts every kind of account', () => {
		const r = matchAccounts(
			[
				{ account: 'ada@example.com' },
				{ account: 'Bo Chen' },
				{ account: 'cy', email: 'cy@example.com' },
				{ account: 'stranger@example.com' },
				{ account: 'root' },
				{ account: 'svc-deploy' },
				{ account: 'dj', displayName: 'Dee Jones' },
				{ account: 'ghost', displayName: '<img src=x onerror=alert(1)>' }
			],
			ROSTER,
			REVIEW
		);
		expect(r.counts).toEqual({
			accounts: 8,
			matched: 3,
			matchedByEmail: 2,
			matchedByName: 1,
			leavers: 1,
			unknown: 2,
			shared: 2,
			ambiguous: 1
		});
	});

	it('handles an empty list and an empty roster', () => {
		expect(matchAccounts([], ROSTER, REVIEW).counts.accounts).toBe(0);
		const r = matchAccounts([{ account: 'ada@example.com' }], [], REVIEW);
		expect(r.accounts[0]?.flags).toEqual(['unknown']);
	});
});

describe('isSharedAccount', () => {
	it.each([
		'admin',
		'Administrator',
		'root',
		'test',
		'test2',
		'qa-01',
		'support@example.com',
		'INFO@example.com',
		'noreply@example.com',
		'no-reply@example.com',
		'do_not_reply@example.com',
		'svc-backup',
		'sa_terraform',
		'deploy-bot',
		'dependabot[bot]',
		'billing-service',
		'guest'
	])('flags %j', (account) => {
		expect(isSharedAccount({ account })).toBe(true);
	});

	it.each([
		'ada',
		'ada.lovelace@example.com',
		'Dev Patel',
		'Rootes',
		'testa',
		'Sam Admin-Smith',
		'itzel'
	])('leaves the personal account %j alone', (account) => {
		expect(isSharedAccount({ account })).toBe(false);
	});

	it('looks at the email too', () => {
		expect(isSharedAccount({ account: 'u42', email: 'security@example.com' })).toBe(true);
	});
});

describe('review progress', () => {
	it('lists accounts still without a decision', () => {
		const review = {
			accounts: [{ account: 'a' }, { account: 'b' }, { account: 'c' }],
			decisions: [{ account: 'b', decision: 'keep' as const, note: '' }]
		};
		expect(undecidedAccounts(review)).toEqual(['a', 'c']);
	});

	it('finds the latest completed review, ignoring open ones', () => {
		const reviews = [
			{ id: '1', completedAt: '2026-07-02' },
			{ id: '2', completedAt: null },
			{ id: '3', completedAt: '2026-10-05' },
			{ id: '4', completedAt: '2026-04-01' }
		];
		expect(lastCompletedReview(reviews)?.id).toBe('3');
		expect(lastCompletedReview([{ completedAt: null }])).toBeNull();
		expect(lastCompletedReview([])).toBeNull();
	});
});
