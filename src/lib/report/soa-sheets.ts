/**
 * The Statement of Applicability draft as files: a CSV through the shared writer (formulas
 * neutralised) and a workbook whose first sheet says what the draft rests on. Pure: the XLSX
 * writer is loaded by the page on demand.
 */
import type { SoaRow } from '$lib/domain/frameworks/soa';
import { toCsv, type CsvColumn } from '$lib/files/csv';
import { sheetOf, type XlsxSheet } from '$lib/files/xlsx-sheet';
import { frameworkBasisSheet, type FrameworkBasis } from './framework-basis';

export const SOA_COLUMNS: readonly CsvColumn<SoaRow>[] = [
	{ header: 'Annex A control', value: (r) => r.id },
	{ header: 'Title', value: (r) => r.title },
	{ header: 'Theme', value: (r) => r.theme },
	{ header: 'Applicable', value: (r) => r.applicable },
	{ header: 'Justification', value: (r) => r.justification },
	{ header: 'Implemented', value: (r) => r.implemented },
	{ header: 'SOC 2 controls', value: (r) => r.controls },
	{
		header: 'Readiness (%)',
		value: (r) => (r.readiness === null ? '' : Math.round(r.readiness / 100))
	}
];

export function soaCsv(rows: readonly SoaRow[]): string {
	return toCsv(SOA_COLUMNS, rows);
}

export function soaWorkbook(rows: readonly SoaRow[], basis: FrameworkBasis): XlsxSheet[] {
	return [frameworkBasisSheet(basis), sheetOf('Statement of Applicability', SOA_COLUMNS, rows)];
}
