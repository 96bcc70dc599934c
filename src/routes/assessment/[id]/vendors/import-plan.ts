/**
 * The pure parts of the spreadsheet import: the size check made before a file is read, what the
 * preview step reports, and the vendor records written once the user confirms.
 */
import type { Vendor } from '$lib/domain/types';
import { newVendor } from '$lib/domain/vendors/index';
import { fileSizeProblem } from '$lib/files/csv-table';
import type { CsvRow, VendorRowResult } from '$lib/files/vendor-csv';

export { fileSizeProblem };

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

/** Longest sample shown beside a column choice. */
export const SAMPLE_MAX = 60;

/**
 * The first non-empty value in a column, to show beside the column choice ('' when none); long
 * values are cut at 60 characters so one cell cannot push the form apart.
 */
export function sampleValue(rows: readonly CsvRow[], col: number | null): string {
	if (col === null) return '';
	for (const r of rows) {
		const value = (r.cells[col] ?? '').trim();
		if (value !== '')
			return value.length > SAMPLE_MAX ? `${value.slice(0, SAMPLE_MAX - 1)}…` : value;
	}
	return '';
}
