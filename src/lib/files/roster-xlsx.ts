/**
 * Reading a roster workbook (.xlsx), the only importer of `read-excel-file`, loaded with a
 * dynamic import so the reader stays out of every route until someone picks a workbook. The
 * first sheet is read; every cell becomes text the way the roster validation expects it: dates
 * as YYYY-MM-DD, true/false as yes/no, numbers as written. A formula cell gives its computed
 * value (the reader never runs anything), and text that starts like a formula stays text.
 */
import { rosterFromGrid, type ReadRoster } from './roster-csv';

export const UNREADABLE_WORKBOOK =
	'This file is not a workbook we can read. Save it from your spreadsheet as .xlsx or as "CSV UTF-8" and choose it again.';

/**
 * One cell as the text a CSV export of it would hold. Takes `unknown`: the library's own cell type
 * names the Date constructor rather than a date.
 */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value === 'number' || typeof value === 'string') return String(value);
	return '';
}

/** Reads the first sheet of a workbook; a file that is not one gets a plain message. */
export async function readRosterXlsx(file: Blob): Promise<ReadRoster & { sheet?: string }> {
	let sheets: { sheet: string; data: unknown[][] }[];
	try {
		const { default: readXlsxFile } = await import('read-excel-file/universal');
		sheets = await readXlsxFile(await file.arrayBuffer());
	} catch {
		return { ok: false, error: UNREADABLE_WORKBOOK };
	}
	const first = sheets[0];
	if (!first) return { ok: false, error: 'The workbook has no sheet.' };
	const grid = first.data.map((row) => row.map(cellText));
	const read = rosterFromGrid(grid);
	return read.ok ? { ...read, sheet: first.sheet } : read;
}
