/** Vendor records for the tests beside this page: a plain vendor with any field replaced. */
import type { Vendor } from '$lib/domain/types';
import { newVendor, type VendorDraft } from '$lib/domain/vendors/index';

export const TODAY = '2025-06-15';

const DRAFT: VendorDraft = {
	name: 'Vendor',
	service: '',
	ownerName: '',
	dataAccess: 'none',
	systemAccess: 'none',
	dependency: 'low',
	tierOverride: null,
	tierOverrideReason: '',
	contractStart: null,
	renewalDate: null,
	lastReviewedAt: null,
	notes: ''
};

/** A vendor made the way the page makes one, then changed by `extra`. */
export function makeVendor(id: string, extra: Partial<Vendor> = {}): Vendor {
	return {
		...newVendor({ ...DRAFT, name: id }, id, 'a1', new Date('2025-01-01T00:00:00Z')),
		...extra
	};
}
