/**
 * When each vendor is next due for review: a cadence set by its tier, counted from the last
 * review. Cadences are documented in docs/vendor-risk.md.
 */
import { addMonths, isValidDate } from '../dates';
import { effectiveTier } from './tier';
import type { Vendor, VendorTier } from '../types';

/** Months between reviews, by effective tier. */
export const REVIEW_CADENCE_MONTHS: Record<VendorTier, number> = {
	critical: 12,
	high: 12,
	medium: 24,
	low: 36
};

export interface ReviewDue {
	/** 'YYYY-MM-DD': last review + cadence, or today when never reviewed. */
	due: string;
	/** Never reviewed, or the due date has passed. */
	overdue: boolean;
	neverReviewed: boolean;
	cadenceMonths: number;
	tier: VendorTier;
}

type ReviewVendor = Pick<
	Vendor,
	| 'dataAccess'
	| 'systemAccess'
	| 'dependency'
	| 'tierOverride'
	| 'tierOverrideReason'
	| 'lastReviewedAt'
>;

/**
 * The next review of a vendor. A vendor never reviewed (or whose review date is not a real
 * date) is due today and counts as overdue: its review is a gap now, not on a future date.
 * Otherwise it is overdue once today is after the due date.
 */
export function nextReviewDue(v: ReviewVendor, today: string): ReviewDue {
	const tier = effectiveTier(v).tier;
	const cadenceMonths = REVIEW_CADENCE_MONTHS[tier];
	const last = v.lastReviewedAt;
	if (last === null || !isValidDate(last))
		return { due: today, overdue: true, neverReviewed: true, cadenceMonths, tier };
	const due = addMonths(last, cadenceMonths);
	return { due, overdue: due < today, neverReviewed: false, cadenceMonths, tier };
}
