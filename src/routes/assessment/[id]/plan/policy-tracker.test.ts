import { describe, expect, it } from 'vitest';
import { recurringActivities } from '$lib/domain/planning/calendar';
import type { PolicyStatus } from '$lib/domain/types';
import { evaluateMini, MINI_CATALOG, policyState, TODAY } from '$lib/testing/planning';
import { defaultNextReview, isApproved, policyRows, validatePolicyState } from './policy-tracker';

const blank = (id: string) => policyState(id);

describe('defaultNextReview', () => {
	it('is one review period after approval: 12 months for an annual review', () => {
		expect(defaultNextReview({ reviewFrequency: 'annually' }, '2026-03-05')).toBe('2027-03-05');
		expect(defaultNextReview({ reviewFrequency: 'semiannually' }, '2026-08-31')).toBe('2027-02-28');
		expect(defaultNextReview({ reviewFrequency: 'annually' }, null)).toBeNull();
		expect(defaultNextReview({ reviewFrequency: 'annually' }, 'soon')).toBeNull();
	});
});

describe('policyRows', () => {
	const applicable = ['POL-ISP', 'POL-ACCESS', 'POL-HR'];

	it('lists only applicable policies, in catalog order, with defaults for untouched ones', () => {
		const rows = policyRows(MINI_CATALOG.policies, applicable, [], blank, TODAY);
		expect(rows.map((r) => r.policy.id)).toEqual(['POL-ISP', 'POL-ACCESS', 'POL-HR']);
		expect(rows.every((r) => r.state.status === 'missing' && r.nextReviewDue === null)).toBe(true);
	});

	it('uses the review date set, else one period after approval, and flags a passed one', () => {
		const rows = policyRows(
			MINI_CATALOG.policies,
			applicable,
			[
				policyState('POL-ISP', { status: 'approved', approvedAt: '2025-06-01' }),
				policyState('POL-ACCESS', {
					status: 'published',
					approvedAt: '2026-06-01',
					nextReview: '2027-03-01'
				}),
				policyState('POL-HR', { status: 'draft', approvedAt: '2026-01-01' })
			],
			blank,
			TODAY
		);
		expect(rows.map((r) => [r.nextReviewDue, r.reviewOverdue])).toEqual([
			['2026-06-01', true],
			['2027-03-01', false],
			[null, false]
		]);
	});

	it('agrees with the compliance calendar on when each review is due', () => {
		const states = [
			policyState('POL-ISP', { status: 'approved', approvedAt: '2026-02-10' }),
			policyState('POL-ACCESS', {
				status: 'published',
				approvedAt: '2026-06-01',
				nextReview: '2026-12-01'
			})
		];
		const evaluation = evaluateMini({ policies: states });
		const calendar = recurringActivities({
			evaluation,
			catalog: MINI_CATALOG,
			policyStates: states,
			today: TODAY
		});
		const rows = policyRows(
			MINI_CATALOG.policies,
			evaluation.applicablePolicies,
			states,
			blank,
			TODAY
		);
		for (const r of rows.filter((x) => x.nextReviewDue !== null)) {
			const activity = calendar.find((a) => a.id === `policy-review:${r.policy.id}`);
			expect(activity?.nextDue).toBe(r.nextReviewDue);
		}
	});
});

describe('validatePolicyState', () => {
	const ok = { ownerName: 'Ann', approvedAt: '2026-06-01', nextReview: '2027-06-01' };

	it('accepts a sensible state and blanks', () => {
		expect(validatePolicyState(ok, TODAY)).toEqual({});
		expect(
			validatePolicyState({ ownerName: '', approvedAt: null, nextReview: null }, TODAY)
		).toEqual({});
	});

	it('refuses an approval in the future or not a real date', () => {
		expect(
			validatePolicyState({ ...ok, approvedAt: '2099-01-01', nextReview: null }, TODAY).approvedAt
		).toMatch(/future/);
		expect(
			validatePolicyState({ ...ok, approvedAt: '2026-02-30' }, TODAY).approvedAt
		).toBeDefined();
	});

	it('refuses a review on or before the approval', () => {
		expect(validatePolicyState({ ...ok, nextReview: '2026-06-01' }, TODAY).nextReview).toMatch(
			/after/
		);
		expect(
			validatePolicyState({ ...ok, nextReview: '2026-13-01' }, TODAY).nextReview
		).toBeDefined();
	});

	it('limits the owner name', () => {
		expect(validatePolicyState({ ...ok, ownerName: 'x'.repeat(121) }, TODAY).ownerName).toMatch(
			/120 characters/
		);
	});

	it('counts approved and published as approved', () => {
		const all: PolicyStatus[] = ['missing', 'draft', 'approved', 'published'];
		expect(all.map(isApproved)).toEqual([false, false, true, true]);
	});
});
