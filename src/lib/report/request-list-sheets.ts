/**
 * The evidence request list as files: a CSV through the shared writer (formulas neutralised) and
 * the sheets of an XLSX workbook, one per department, with the same columns, after a first sheet
 * that says what the list rests on. Pure: the workbook itself is written by $lib/files/xlsx,
 * loaded on demand.
 */
import {
	REQUEST_PART_LABEL,
	REQUEST_STATUS_LABEL,
	groupByDepartment,
	type RequestRow
} from '$lib/domain/evidence/request-list';
import { toCsv, type CsvColumn } from '$lib/files/csv';
import { sheetOf, type XlsxSheet } from '$lib/files/xlsx-sheet';
import { basisSheet, type RequestBasis } from './request-list-basis';

const DUE_FROM: Record<NonNullable<RequestRow['dueSource']>, string> = {
	control: 'Control',
	task: 'Plan task'
};

/** Columns of the request list, in order. */
export const REQUEST_COLUMNS: readonly CsvColumn<RequestRow>[] = [
	{ header: 'Department', value: (r) => r.department },
	{ header: 'Owner', value: (r) => r.ownerName },
	{ header: 'Control', value: (r) => r.controlId },
	{ header: 'Title', value: (r) => r.title },
	{ header: 'Key control', value: (r) => r.key },
	{ header: 'Evidence for', value: (r) => REQUEST_PART_LABEL[r.part] },
	{ header: 'Expected evidence', value: (r) => r.expected },
	{ header: 'Status', value: (r) => REQUEST_STATUS_LABEL[r.status] },
	{ header: 'Why', value: (r) => r.reason },
	{ header: 'Items on file', value: (r) => r.evidenceTitles.length },
	{ header: 'Evidence on file', value: (r) => r.evidenceTitles.join('; ') },
	{ header: 'Newest evidence dated', value: (r) => r.newestCollected },
	{ header: 'Due date', value: (r) => r.dueDate },
	{ header: 'Due date from', value: (r) => (r.dueSource ? DUE_FROM[r.dueSource] : '') }
];

/** Rows department by department (the app's order), each department in catalog order. */
function ordered(rows: readonly RequestRow[]): RequestRow[] {
	return groupByDepartment(rows).flatMap((g) => g.rows);
}

export function requestListCsv(rows: readonly RequestRow[]): string {
	return toCsv(REQUEST_COLUMNS, ordered(rows));
}

/** One sheet per department; a single sheet with the headings when nothing is listed. */
export function requestListSheets(rows: readonly RequestRow[]): XlsxSheet[] {
	const groups = groupByDepartment(rows);
	if (groups.length === 0) return [sheetOf('Evidence requests', REQUEST_COLUMNS, [])];
	return groups.map((g) => sheetOf(g.label, REQUEST_COLUMNS, g.rows));
}

/** The workbook: what the list rests on first, then one sheet per department. */
export function requestListWorkbook(rows: readonly RequestRow[], basis: RequestBasis): XlsxSheet[] {
	return [basisSheet(basis), ...requestListSheets(rows)];
}
