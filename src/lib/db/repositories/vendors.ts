/** Vendors of an assessment. Imports write all rows in one transaction or none. */
import type { Vendor } from '$lib/domain/types';
import { db } from '../db';
import { write } from '../write';

export function saveVendor(vendor: Vendor): Promise<void> {
	return saveVendors(vendor.assessmentId, [vendor]);
}

/** Writes every vendor or none (used by CSV import). */
export function saveVendors(assessmentId: string, vendors: readonly Vendor[]): Promise<void> {
	const d = db();
	return write(
		['vendors'],
		async (ts) => {
			await d.vendors.bulkPut(vendors.map((v) => ({ ...v, updatedAt: ts })));
		},
		{ edits: assessmentId }
	);
}

export function deleteVendor(vendor: Vendor): Promise<void> {
	const d = db();
	return write(['vendors'], () => d.vendors.delete(vendor.id), { edits: vendor.assessmentId });
}
