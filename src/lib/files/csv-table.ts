/**
 * Reading a CSV file someone keeps in a spreadsheet into a header row and numbered rows of cells:
 * size and row limits, delimiter detection, unclosed quotes. Shared by the vendor and the roster
 * imports, which each name their rows ("vendor rows", "people") in the messages.
 */
import Papa from 'papaparse';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRow {
	/** Row number as a spreadsheet shows it: the header is row 1. */
	row: number;
	cells: string[];
}

export type ParsedCsv =
	| { ok: true; headers: string[]; rows: CsvRow[]; delimiter: CsvDelimiter }
	| { ok: false; error: string };

export interface CsvTableOptions {
	/** Most data rows a file may hold; a larger file is refused whole. */
	maxRows: number;
	/** What a data row is, plural, for messages: 'vendor rows', 'people'. */
	rowsNoun: string;
}

export function thousands(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** UTF-8 size of a string without allocating the encoded bytes. */
function utf8Bytes(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// A surrogate pair is 4 bytes: 2 for each half.
		n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
	}
	return n;
}

function tooBigMessage(bytes: number): string {
	// Rounded up, so a file just over the limit never reads as "5.0 MB".
	const mb = (Math.ceil((bytes * 10) / (1024 * 1024)) / 10).toFixed(1);
	return `This file is ${mb} MB; the largest file we can import is 5 MB. Split it into smaller files.`;
}

/**
 * The message for a file too large to import, or null. Checked on the file's size before it is
 * read, so a huge file never has to be loaded into memory.
 */
export function fileSizeProblem(bytes: number): string | null {
	return bytes <= MAX_IMPORT_BYTES ? null : tooBigMessage(bytes);
}

/**
 * The delimiter of the header row: whichever of comma, semicolon and tab occurs most often
 * outside quotes (comma when none does, as in a one-column list). The header is the one row
 * every file has, and spreadsheet apps write it with the same delimiter as the data.
 */
export function detectDelimiter(body: string): CsvDelimiter {
	const counts = { ',': 0, ';': 0, '\t': 0 };
	let quoted = false;
	for (const ch of body) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) break;
		else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
	}
	if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
	if (counts['\t'] > counts[',']) return '\t';
	return ',';
}

/**
 * Reads CSV text: strips a byte-order mark, detects a comma, semicolon or tab delimiter,
 * keeps line breaks inside quoted cells, takes the first row as headers (an empty header becomes
 * "Column N") and skips blank rows (row numbers still count them, as a spreadsheet does).
 * Refuses files over 5 MB, with more than `maxRows` data rows, or with an unclosed quote.
 */
export function parseCsvTable(text: string, options: CsvTableOptions): ParsedCsv {
	if (text.length > MAX_IMPORT_BYTES || utf8Bytes(text) > MAX_IMPORT_BYTES)
		return { ok: false, error: tooBigMessage(utf8Bytes(text)) };
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
	const delimiter = detectDelimiter(body);
	const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
	const quoteError = result.errors.find((e) => e.type === 'Quotes');
	if (quoteError) {
		const row = (quoteError.row ?? 0) + 1;
		return {
			ok: false,
			error:
				quoteError.code === 'MissingQuotes'
					? `Row ${row}: a quoted cell is never closed (a " is missing), so the rest of the file cannot be read.`
					: `Row ${row}: a quoted cell has text after its closing quote. Put the whole cell in quotes and double any " inside it.`
		};
	}
	const table = tableOf(result.data, options);
	return table.ok ? { ...table, delimiter } : table;
}

export type ParsedTable =
	{ ok: true; headers: string[]; rows: CsvRow[] } | { ok: false; error: string };

/**
 * A grid of cell text (from a CSV file or a workbook's sheet) as headers and numbered rows: the
 * first row holds the headers (an empty one becomes "Column N"), blank rows are skipped but still
 * counted in row numbers, and a grid with no data row or more than `maxRows` is refused.
 */
export function tableOf(
	data: readonly string[][],
	{ maxRows, rowsNoun }: CsvTableOptions
): ParsedTable {
	const [headerCells = [], ...records] = data;
	const headers = headerCells.map((h, i) => h.trim() || `Column ${i + 1}`);
	const rows: CsvRow[] = [];
	records.forEach((cells, i) => {
		if (cells.every((c) => c.trim() === '')) return;
		rows.push({ row: i + 2, cells });
	});
	if (rows.length === 0)
		return { ok: false, error: `The file has a header row but no ${rowsNoun} below it.` };
	if (rows.length > maxRows)
		return {
			ok: false,
			error: `This file has ${thousands(rows.length)} ${rowsNoun}; the most we can import at once is ${thousands(maxRows)}. Split it into smaller files.`
		};
	return { ok: true, headers, rows };
}
