/**
 * The shape of an XLSX workbook's sheets, and sheet names Excel accepts. No library here: pages
 * and report modules build sheets from this without loading the writer ($lib/files/xlsx).
 */
import type { CsvCell, CsvColumn } from './csv';

export interface XlsxSheet {
	name: string;
	headers: readonly string[];
	rows: readonly (readonly CsvCell[])[];
}

/** A sheet from the same columns a CSV export uses, so the two files agree. */
export function sheetOf<T>(
	name: string,
	columns: readonly CsvColumn<T>[],
	rows: readonly T[]
): XlsxSheet {
	return {
		name,
		headers: columns.map((c) => c.header),
		rows: rows.map((r) => columns.map((c) => c.value(r)))
	};
}

const MAX_SHEET_NAME = 31;
/** Characters Excel refuses in a sheet name; an apostrophe may not start or end one. */
// eslint-disable-next-line no-control-regex -- control characters are among those Excel refuses
const BAD_SHEET_CHARS = /[[\]:*?/\\\u0000-\u001f]/g;

/** At most `max` UTF-16 units (Excel's count), never splitting a character. */
function clip(text: string, max: number): string {
	let out = '';
	for (const ch of text) {
		if (out.length + ch.length > max) break;
		out += ch;
	}
	return out.trim();
}

/**
 * A sheet name Excel accepts: no []:*?/\ or control characters, at most 31 characters, not blank,
 * not 'History' (reserved), no apostrophe at either end, and unique (ignoring case) among `taken`,
 * which it joins.
 */
export function safeSheetName(raw: string, taken: Set<string>): string {
	let base = raw.replace(BAD_SHEET_CHARS, ' ').replace(/\s+/g, ' ').trim();
	base = base.replace(/^'+|'+$/g, '').trim();
	if (!base || base.toLowerCase() === 'history') base = base ? `${base} 1` : 'Sheet';
	base = clip(base, MAX_SHEET_NAME);
	let name = base;
	for (let i = 2; taken.has(name.toLowerCase()); i += 1) {
		const suffix = ` (${i})`;
		name = clip(base, MAX_SHEET_NAME - suffix.length) + suffix;
	}
	taken.add(name.toLowerCase());
	return name;
}
