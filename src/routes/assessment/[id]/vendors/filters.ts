/** Searching, filtering and sorting the vendor inventory (pure, used by the Vendors page). */
import { keysOf } from '$lib/domain/labels';
import { RISK_RATING_LABEL, type RiskRating } from '$lib/domain/vendors/index';
import type { VendorTier } from '$lib/domain/types';
import type { VendorRow } from './vendor-view';

export type VendorSort = 'risk' | 'name' | 'review' | 'renewal';

export interface VendorFilters {
	query: string;
	tier: VendorTier | '';
	rating: RiskRating | '';
	sort: VendorSort;
}

export const RISK_RATINGS = keysOf(RISK_RATING_LABEL);

export const DEFAULT_VENDOR_FILTERS: VendorFilters = {
	query: '',
	tier: '',
	rating: '',
	sort: 'risk'
};

export const SORT_LABEL: Record<VendorSort, string> = {
	risk: 'Risk, highest first',
	name: 'Name',
	review: 'Next review due',
	renewal: 'Renewal date'
};

export const VENDOR_SORTS = keysOf(SORT_LABEL);

/** True when any filter narrows the list (the sort does not). */
export function isFiltered(f: VendorFilters): boolean {
	return f.query.trim() !== '' || f.tier !== '' || f.rating !== '';
}

function byName(a: VendorRow, b: VendorRow): number {
	return a.vendor.name.localeCompare(b.vendor.name, 'en');
}

/** Earlier dates first; a missing date goes last. */
function byDate(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

/**
 * The rows that match: the search looks in name, service, owner and notes (case-insensitive);
 * tier is the effective tier. Rows arrive in risk order, which breaks every other sort's ties.
 */
export function filterVendorRows(rows: readonly VendorRow[], f: VendorFilters): VendorRow[] {
	const q = f.query.trim().toLowerCase();
	const out = rows.filter((r) => {
		if (f.tier && r.risk.tier.tier !== f.tier) return false;
		if (f.rating && r.risk.rating !== f.rating) return false;
		if (q) {
			const v = r.vendor;
			const hay = `${v.name}\n${v.service}\n${v.ownerName}\n${v.notes}`.toLowerCase();
			if (!hay.includes(q)) return false;
		}
		return true;
	});
	const rank = new Map(rows.map((r, i) => [r.vendor.id, i]));
	const riskOrder = (a: VendorRow, b: VendorRow) =>
		(rank.get(a.vendor.id) ?? 0) - (rank.get(b.vendor.id) ?? 0);
	if (f.sort === 'name') out.sort((a, b) => byName(a, b) || riskOrder(a, b));
	else if (f.sort === 'review')
		out.sort((a, b) => byDate(a.review.due, b.review.due) || riskOrder(a, b));
	else if (f.sort === 'renewal')
		out.sort((a, b) => byDate(a.vendor.renewalDate, b.vendor.renewalDate) || riskOrder(a, b));
	return out;
}
