/** Vendors of an assessment. Imports write all rows in one transaction or none. */
import type { Vendor } from '$lib/domain/types';
import { db } from '../db';
import { saveState } from '../save-state.svelte';
import { touchAssessment } from './touch';

export function saveVendor(vendor: Vendor): Promise<void> {
	return saveVendors(vendor.assessmentId, [vendor]);
}

/** Writes every vendor or none (used by CSV import). */
export function saveVendors(assessmentId: string, vendors: readonly Vendor[]): Promise<void> {
	const d = db();
	return saveState.run(() =>
		d.transaction('rw', d.vendors, d.assessments, async () => {
			const ts = new Date().toISOString();
			await d.vendors.bulkPut(vendors.map((v) => ({ ...v, updatedAt: ts })));
			await touchAssessment(assessmentId, ts);
		})
	);
}

export function deleteVendor(vendor: Vendor): Promise<void> {
	const d = db();
	return saveState.run(() =>
		d.transaction('rw', d.vendors, d.assessments, async () => {
			await d.vendors.delete(vendor.id);
			await touchAssessment(vendor.assessmentId, new Date().toISOString());
		})
	);
}
