/**
 * The value shown beside a column choice in an import (vendors, the roster, a user list), so the
 * user can see that the column guessed or chosen holds what they expect.
 */
import type { CsvRow } from './csv-table';

/** Longest sample shown beside a column choice. */
export const SAMPLE_MAX = 60;

/**
 * The first non-empty value `cell` gives for the rows ('' when none); long values are cut at
 * SAMPLE_MAX characters so one cell cannot push the form apart.
 */
export function sampleOf<T>(rows: readonly T[], cell: (row: T) => string | undefined): string {
	for (const r of rows) {
		const value = (cell(r) ?? '').trim();
		if (value !== '')
			return value.length > SAMPLE_MAX ? `${value.slice(0, SAMPLE_MAX - 1)}…` : value;
	}
	return '';
}

/** The first non-empty value in a column of CSV rows ('' when none, or no column is chosen). */
export function sampleValue(rows: readonly CsvRow[], col: number | null): string {
	return col === null ? '' : sampleOf(rows, (r) => r.cells[col]);
}
