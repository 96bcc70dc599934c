/**
 * Shared CSV writing for every spreadsheet export. Owns the defence against formula injection:
 * a cell that a spreadsheet app would run as a formula is written with a leading apostrophe, so
 * user text (a vendor called =HYPERLINK(…), say) always opens as plain text.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
	header: string;
	value: (row: T) => CsvCell;
	/** The team's own notes: left out of a copy handed to a client. */
	internal?: true;
}

export interface ExportOptions {
	/** False for a copy handed to a client: the team's internal notes are left out. */
	internalNotes?: boolean;
}

/** Which columns an export has: all, or without the internal ones for a client's copy. */
export function exportColumns<T>(
	columns: readonly CsvColumn<T>[],
	opts: ExportOptions = {}
): CsvColumn<T>[] {
	return opts.internalNotes === false ? columns.filter((c) => !c.internal) : [...columns];
}

/** Makes Excel read the file as UTF-8, so accented names survive. */
export const CSV_BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';
const CRLF = '\r\n';

/** Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell we neutralised on export: an apostrophe before a formula character. */
const NEUTRALISED = /^'[=+\-@\t\r]/;

/**
 * A cell as safe text: a string starting with =, +, -, @, tab or carriage return gets a leading
 * apostrophe, which spreadsheet apps take as "show as text". Finite numbers are written as they
 * are (a number cannot hold a formula); booleans become Yes/No; null and undefined are empty.
 */
export function neutraliseCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'Yes' : 'No';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Undoes `neutraliseCell` on import, so a file exported here and imported again keeps its text:
 * only an apostrophe directly before a formula character is removed. The result is still text.
 */
export function unneutraliseCell(value: string): string {
	return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/**
 * A CSV document: header row, then one row per item, every cell (headers included) neutralised,
 * CRLF line ends (RFC 4180), cells quoted only where needed, and a UTF-8 byte-order mark first.
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
	const body = Papa.unparse(
		{
			fields: columns.map((c) => neutraliseCell(c.header)),
			data: rows.map((r) => columns.map((c) => neutraliseCell(c.value(r))))
		},
		{ newline: CRLF, quotes: false, escapeFormulae: false }
	);
	return `${CSV_BOM}${body}${CRLF}`;
}

export interface CsvDownload {
	fileName: string;
	mimeType: string;
	/** Pass to `new Blob([content], { type: mimeType })`; the Blob encodes it as UTF-8. */
	content: string;
}

/**
 * A file name from a label and a date: 'Acme vendors' + '2025-03-05' -> 'acme-vendors-2025-03-05.csv'.
 * Only ASCII letters, digits and hyphens, so every operating system accepts it.
 */
export function csvFileName(label: string, today: string): string {
	const slug = label
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${slug || 'export'}-${today}.csv`;
}

/** Everything a page needs to offer a CSV document for download. */
export function csvDownload(csv: string, label: string, today: string): CsvDownload {
	return {
		fileName: csvFileName(label, today),
		mimeType: CSV_MIME,
		content: csv.startsWith(CSV_BOM) ? csv : CSV_BOM + csv
	};
}
