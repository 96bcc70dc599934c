import { describe, expect, it } from 'vitest';
import type { AccessReviewRecord, AccountMatch } from '$lib/domain/people/index';
import {
	completionProblem,
	defaultCompletion,
	filterMatches,
	newAccessReview,
	reviewsBySystem,
	startProblems,
	withDecision
} from './access-view';

function review(over: Partial<AccessReviewRecord>): AccessReviewRecord {
	return {
		id: 'r',
		assessmentId: 'a',
		systemName: 'GitHub',
		reviewDate: '2026-01-01',
		reviewer: 'Rita',
		completedAt: null,
		accounts: [],
		decisions: [],
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		...over
	};
}

describe('startProblems', () => {
	it('asks for a system, a list date not after today and a reviewer', () => {
		expect(startProblems({ systemName: ' ', reviewDate: '', reviewer: '' }, '2026-03-01')).toEqual({
			systemName: 'Name the system whose accounts you review.',
			reviewDate: 'Give the date the user list was exported.',
			reviewer: 'Name the person who reviews the accounts.'
		});
		expect(
			startProblems({ systemName: 'AWS', reviewDate: '2026-03-02', reviewer: 'R' }, '2026-03-01')
		).toEqual({ reviewDate: 'The list cannot be dated after today.' });
		expect(
			startProblems({ systemName: 'AWS', reviewDate: '2026-03-01', reviewer: 'R' }, '2026-03-01')
		).toEqual({});
	});
});

describe('newAccessReview', () => {
	it('stores an open review with no decisions and the trimmed details', () => {
		const r = newAccessReview(
			{ systemName: ' GitHub ', reviewDate: '2026-02-01', reviewer: ' Rita ' },
			[{ account: 'ana' }],
			'id1',
			'a1',
			new Date('2026-02-02T10:00:00Z')
		);
		expect(r).toEqual({
			id: 'id1',
			assessmentId: 'a1',
			systemName: 'GitHub',
			reviewDate: '2026-02-01',
			reviewer: 'Rita',
			completedAt: null,
			accounts: [{ account: 'ana' }],
			decisions: [],
			createdAt: '2026-02-02T10:00:00.000Z',
			updatedAt: '2026-02-02T10:00:00.000Z'
		});
	});
});

describe('reviewsBySystem', () => {
	it('groups by system ignoring case, newest list first, with the last completed one', () => {
		const a = review({ id: 'a', reviewDate: '2026-01-01', completedAt: '2026-01-05' });
		const b = review({ id: 'b', systemName: 'github ', reviewDate: '2026-04-01' });
		const c = review({ id: 'c', systemName: 'AWS', reviewDate: '2026-02-01' });
		const d = review({ id: 'd', reviewDate: '2025-10-01', completedAt: '2025-10-03' });
		const groups = reviewsBySystem([a, b, c, d]);
		expect(
			groups.map((g) => [g.systemName, g.reviews.map((r) => r.id), g.lastCompleted?.id])
		).toEqual([
			['AWS', ['c'], undefined],
			['github ', ['b', 'a', 'd'], 'a']
		]);
	});
});

describe('filterMatches', () => {
	const m = (
		index: number,
		flags: AccountMatch['flags'],
		personId: string | null
	): AccountMatch => ({
		index,
		account: `u${index}`,
		personId,
		matchedBy: personId ? 'email' : null,
		flags
	});
	const all = [
		m(0, [], 'p'),
		m(1, ['leaver'], 'q'),
		m(2, ['unknown'], null),
		m(3, ['shared'], null)
	];
	const decided = (a: string) => a === 'u0';

	it('keeps the accounts with the flag, matched ones without a flag, or undecided ones', () => {
		expect(filterMatches(all, 'all', decided)).toHaveLength(4);
		expect(filterMatches(all, 'leaver', decided).map((x) => x.index)).toEqual([1]);
		expect(filterMatches(all, 'shared', decided).map((x) => x.index)).toEqual([3]);
		expect(filterMatches(all, 'matched', decided).map((x) => x.index)).toEqual([0]);
		expect(filterMatches(all, 'undecided', decided).map((x) => x.index)).toEqual([1, 2, 3]);
	});
});

describe('withDecision', () => {
	it('replaces an account’s decision in place or adds it at the end', () => {
		const list = [
			{ account: 'a', decision: 'keep' as const, note: '' },
			{ account: 'b', decision: 'keep' as const, note: '' }
		];
		expect(withDecision(list, { account: 'a', decision: 'remove', note: 'left' })).toEqual([
			{ account: 'a', decision: 'remove', note: 'left' },
			list[1]
		]);
		expect(withDecision(list, { account: 'c', decision: 'change', note: 'x' })).toHaveLength(3);
		expect(list[0]?.decision).toBe('keep');
	});
});

describe('completion date', () => {
	it('must be on or after the list date and not in the future', () => {
		expect(completionProblem('2026-01-31', '2026-02-01', '2026-03-01')).toBe(
			'The review cannot be completed before its list (2026-02-01).'
		);
		expect(completionProblem('2026-03-02', '2026-02-01', '2026-03-01')).toBe(
			'The completion date cannot be in the future.'
		);
		expect(completionProblem('', '2026-02-01', '2026-03-01')).toBe(
			'Give the date the review was completed.'
		);
		expect(completionProblem('2026-02-01', '2026-02-01', '2026-03-01')).toBeNull();
	});

	it('defaults to today', () => {
		expect(defaultCompletion('2026-02-01', '2026-03-01')).toBe('2026-03-01');
	});
});
