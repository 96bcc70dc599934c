/**
 * Each vendor's risk, review schedule and standing for one day, computed once: the assessment
 * state derives them when the vendors or the date change, and the Overview, the Vendors page and
 * the risk register all read that one list instead of each working them out again.
 */
import type { Vendor } from '../types';
import { vendorsByRisk, type RankedVendor } from './index';
import { vendorStanding, type VendorStanding } from './programme';
import { nextReviewDue, type ReviewDue } from './review';

export interface VendorFacts extends RankedVendor {
	review: ReviewDue;
	standing: VendorStanding;
}

/** Every vendor with its risk, next review and standing on `today`, highest residual risk first. */
export function vendorFacts(vendors: readonly Vendor[], today: string): VendorFacts[] {
	return vendorsByRisk(vendors, today).map(({ vendor, risk }) => ({
		vendor,
		risk,
		review: nextReviewDue(vendor, today),
		standing: vendorStanding(vendor, today)
	}));
}
