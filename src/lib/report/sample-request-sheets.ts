/**
 * The Type II people samples as evidence request files: a CSV through the shared writer (formulas
 * neutralised, so a name such as "=cmd" opens as text) and the sheets of an XLSX workbook, with
 * one row per sampled item and the same columns, after a first sheet that states the basis of
 * the sizes and that the auditor decides the final sample. Pure: the workbook itself is written by
 * $lib/files/xlsx, loaded on demand.
 */
import { SAMPLE_BASIS_NOTES, SIZE_TABLE, rangeLabel } from '$lib/domain/people/sample-basis';
import type { SampleRequestRow } from '$lib/domain/people/sample-requests';
import { toCsv, type CsvColumn } from '$lib/files/csv';
import { sheetOf, type XlsxSheet } from '$lib/files/xlsx-sheet';
import { slug } from './text';

/** Columns of the sample request list, in order. */
export const SAMPLE_REQUEST_COLUMNS: readonly CsvColumn<SampleRequestRow>[] = [
	{ header: 'Process', value: (r) => r.process },
	{ header: 'Controls', value: (r) => r.controlIds.join(', ') },
	{ header: 'Person', value: (r) => r.person },
	{ header: 'Date', value: (r) => r.date },
	{ header: 'Checks tested', value: (r) => r.checks.join('; ') },
	{ header: 'Evidence to provide', value: (r) => r.evidence.join('; ') },
	{
		header: 'Sample',
		value: (r) =>
			`Seed ${r.seed}; window ${r.windowStart} to ${r.windowEnd}; ${r.sampleSize} of ${r.populationSize} drawn ${r.drawnAt.slice(0, 10)}`
	}
];

export function sampleRequestCsv(rows: readonly SampleRequestRow[]): string {
	return toCsv(SAMPLE_REQUEST_COLUMNS, rows);
}

/** The workbook's first sheet: what the samples rest on, then the size table row by row. */
export function sampleBasisSheet(company: string, today: string): XlsxSheet {
	return {
		name: 'About these samples',
		headers: ['About these samples', 'Detail'],
		rows: [
			['Company', company.trim() || 'Unnamed company'],
			['As of', today],
			...SAMPLE_BASIS_NOTES.map((n, i) => [i === 0 ? 'Basis' : '', n]),
			...SIZE_TABLE.map((r, i) => [
				i === 0 ? 'Sample sizes' : '',
				`Population ${rangeLabel(r)} (like a control run ${r.likeFrequency}): ${r.sample}`
			])
		]
	};
}

/** The workbook: the basis first, then every sampled item on one sheet. */
export function sampleRequestWorkbook(
	rows: readonly SampleRequestRow[],
	company: string,
	today: string
): XlsxSheet[] {
	return [
		sampleBasisSheet(company, today),
		sheetOf('Sample requests', SAMPLE_REQUEST_COLUMNS, rows)
	];
}

/** 'acme-type2-people-samples-2027-01-15.csv' */
export function sampleFileName(company: string, today: string, ext: 'csv' | 'xlsx'): string {
	return `${slug(company) || 'assessment'}-type2-people-samples-${today}.${ext}`;
}
