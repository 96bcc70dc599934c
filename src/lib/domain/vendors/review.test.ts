import { describe, expect, it } from 'vitest';
import type { Dependency, VendorTier } from '../types';
import { REVIEW_CADENCE_MONTHS, nextReviewDue } from './review';

const TODAY = '2025-06-15';
const review = (
	lastReviewedAt: string | null,
	dependency: Dependency = 'low',
	tierOverride: VendorTier | null = null
) =>
	nextReviewDue(
		{
			dataAccess: 'none',
			systemAccess: 'none',
			dependency,
			tierOverride,
			tierOverrideReason: 'x',
			lastReviewedAt
		},
		TODAY
	);

describe('nextReviewDue', () => {
	it('uses the documented cadences', () => {
		expect(REVIEW_CADENCE_MONTHS).toEqual({ critical: 12, high: 12, medium: 24, low: 36 });
	});

	it('adds the tier cadence to the last review', () => {
		expect(review('2024-01-31', 'low').due).toBe('2027-01-31');
		expect(review('2024-01-31', 'medium').due).toBe('2026-01-31');
		expect(review('2024-02-29', 'high').due).toBe('2025-02-28');
		expect(review('2024-01-31', 'low', 'critical').due).toBe('2025-01-31');
	});

	it('is due today and overdue when never reviewed', () => {
		expect(review(null)).toMatchObject({ due: TODAY, overdue: true, neverReviewed: true });
	});

	it('is overdue only after the due date', () => {
		expect(review('2024-06-15', 'high')).toMatchObject({ due: TODAY, overdue: false });
		expect(review('2024-06-14', 'high')).toMatchObject({ due: '2025-06-14', overdue: true });
	});
});
