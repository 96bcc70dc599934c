/**
 * The pure parts of the spreadsheet import: what the preview step reports, and the vendor records
 * written once the user confirms.
 */
import type { Vendor } from '$lib/domain/types';
import { newVendor } from '$lib/domain/vendors/index';
import type { VendorRowResult } from '$lib/files/vendor-csv';

export interface ImportSummary {
	/** Rows that can be imported. */
	ready: number;
	/** Rows with at least one error. */
	bad: number;
	/** Every error message, each naming its row. */
	errors: string[];
	/** Every warning message, each naming its row. */
	warnings: string[];
}

/** Counts and messages for the preview, in spreadsheet row order. */
export function summariseImport(results: readonly VendorRowResult[]): ImportSummary {
	const summary: ImportSummary = { ready: 0, bad: 0, errors: [], warnings: [] };
	for (const r of results) {
		if (r.draft) summary.ready += 1;
		else summary.bad += 1;
		summary.errors.push(...r.errors);
		summary.warnings.push(...r.warnings);
	}
	return summary;
}

/**
 * Whether the import may go ahead: at least one good row, and bad rows only when the user chose
 * to skip them.
 */
export function canImport(summary: ImportSummary, skipBad: boolean): boolean {
	return summary.ready > 0 && (summary.bad === 0 || skipBad);
}

/** The vendor records for the rows without errors, in spreadsheet order. */
export function importedVendors(
	results: readonly VendorRowResult[],
	assessmentId: string,
	now: Date,
	newId: () => string
): Vendor[] {
	const out: Vendor[] = [];
	for (const r of results) if (r.draft) out.push(newVendor(r.draft, newId(), assessmentId, now));
	return out;
}
