/** Vendors of an assessment. Imports write all rows in one transaction or none. */
import type { Vendor } from '$lib/domain/types';
import type { FieldPatch } from '$lib/domain/edits/field-patch';
import { db } from '../db';
import { patchRow, type PatchResult } from '../patch';
import { write } from '../write';
import type { RemovedFiles } from './evidence-files';

/** Writes one vendor; resolves with the `updatedAt` it committed. */
export function saveVendor(vendor: Vendor): Promise<string> {
	return saveVendors(vendor.assessmentId, [vendor]);
}

/**
 * Changes only the fields in `patch` of one stored vendor, merged with the row as stored now;
 * object fields (assurance, safeguards) merge key by key (see `patchRow` for conflicts).
 */
export function patchVendor(
	assessmentId: string,
	id: string,
	patch: FieldPatch<Vendor>
): Promise<PatchResult<Vendor>> {
	const d = db();
	return write(['vendors'], (ts) => patchRow(d.vendors, id, patch, ts, { what: 'vendor' }), {
		edits: assessmentId
	});
}

/** Writes every vendor or none (used by CSV import). */
export function saveVendors(assessmentId: string, vendors: readonly Vendor[]): Promise<string> {
	const d = db();
	return write(
		['vendors'],
		async (ts) => {
			await d.vendors.bulkPut(vendors.map((v) => ({ ...v, updatedAt: ts })));
			return ts;
		},
		{ edits: assessmentId }
	);
}

/** Deletes a vendor with its due-diligence files; returns the files for Undo. */
export function deleteVendor(vendor: Vendor): Promise<RemovedFiles> {
	const d = db();
	return write(
		['vendors', 'evidenceFiles', 'fileBlobs'],
		async () => {
			const files = await d.evidenceFiles.where('ownerId').equals(vendor.id).toArray();
			const ids = files.map((f) => f.id);
			const blobs = (await d.fileBlobs.bulkGet(ids)).filter((b) => b !== undefined);
			await d.fileBlobs.bulkDelete(ids);
			await d.evidenceFiles.bulkDelete(ids);
			await d.vendors.delete(vendor.id);
			return { files, blobs };
		},
		{ edits: vendor.assessmentId }
	);
}
