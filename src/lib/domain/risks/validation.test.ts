import { describe, expect, it } from 'vitest';
import { blankRisk } from './new-risk';
import { reviewErrors, riskErrors } from './validation';

const TODAY = '2026-12-02';
const base = blankRisk('r1', 'a1', new Date('2026-12-01T10:00:00Z'));

describe('risk validation', () => {
	it('accepts a blank risk', () => {
		expect(riskErrors(base, TODAY)).toEqual({});
	});
	it('refuses a likelihood or impact outside the scale with a message', () => {
		const e = riskErrors(
			{ ...base, inherent: { likelihood: 7, impact: 3 }, residual: { likelihood: 2, impact: 0 } },
			TODAY
		);
		expect(Object.keys(e).sort()).toEqual(['inherentLikelihood', 'residualImpact']);
		expect(e.inherentLikelihood).toContain('from 1 to 5');
	});
	it('refuses a review date in 1900, in the future, or not a date', () => {
		expect(riskErrors({ ...base, reviewedAt: '1900-01-01' }, TODAY).reviewedAt).toContain('2000');
		expect(riskErrors({ ...base, reviewedAt: '2026-12-03' }, TODAY).reviewedAt).toContain('future');
		expect(riskErrors({ ...base, reviewedAt: '2026-02-30' }, TODAY).reviewedAt).toContain(
			'real date'
		);
		expect(riskErrors({ ...base, nextReview: '2027-06-01' }, TODAY)).toEqual({});
		expect(riskErrors({ ...base, nextReview: '2040-01-01' }, TODAY).nextReview).toContain(
			'ten years'
		);
	});
	it('keeps HTML and formulas as text but limits length', () => {
		expect(riskErrors({ ...base, title: '<b>=SUM(A1)</b>' }, TODAY)).toEqual({});
		expect(riskErrors({ ...base, description: 'x'.repeat(10_000) }, TODAY)).toEqual({});
		expect(riskErrors({ ...base, title: 'x'.repeat(10_000) }, TODAY).title).toBe(
			'Too long: 10,000 characters, at most 200.'
		);
		expect(riskErrors({ ...base, title: '  ' }, TODAY).title).toBe('Give the risk a short title.');
	});
	it('checks a register review', () => {
		expect(reviewErrors({ reviewedAt: '2026-11-30', reviewer: 'Ada', note: '' }, TODAY)).toEqual(
			{}
		);
		expect(reviewErrors({ reviewedAt: '', reviewer: ' ', note: '' }, TODAY)).toEqual({
			reviewedAt: 'Give the date of the review.',
			reviewer: 'Name who reviewed the register.'
		});
		expect(
			reviewErrors({ reviewedAt: '1900-05-05', reviewer: 'Ada', note: '' }, TODAY).reviewedAt
		).toContain('2000');
	});
});
