/**
 * Writing XLSX workbooks, the only importer of `write-excel-file` (load this module with a dynamic
 * import, so the writer stays out of the first route). Owns the same guarantee as the CSV writer
 * in its own way: every cell that holds text is a string cell (a shared string, `t="s"`), never a
 * formula, so user text such as "=HYPERLINK(…)" opens as the text it is, without the apostrophe
 * the CSV needs. Only finite numbers become number cells.
 */
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/universal';
import type { CsvCell } from './csv';
import { safeSheetName, type XlsxSheet } from './xlsx-sheet';

export type { XlsxSheet };

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function cell(value: CsvCell): Cell {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'number') return Number.isFinite(value) ? { type: Number, value } : null;
	if (typeof value === 'boolean') return { type: String, value: value ? 'Yes' : 'No' };
	return { type: String, value };
}

function widthOf(sheet: XlsxSheet, col: number): number {
	let longest = sheet.headers[col]?.length ?? 0;
	for (const r of sheet.rows.slice(0, 200))
		longest = Math.max(longest, String(r[col] ?? '').length);
	return Math.min(Math.max(longest + 2, 8), 60);
}

/** The workbook as a Blob: one sheet each, header row bold and frozen, names made safe. */
export async function xlsxBlob(sheets: readonly XlsxSheet[]): Promise<Blob> {
	const taken = new Set<string>();
	const list = sheets.length > 0 ? sheets : [{ name: 'Sheet', headers: [], rows: [] }];
	const out = list.map((s) => {
		const header: Row = s.headers.map((h) => ({ type: String, value: h, fontWeight: 'bold' }));
		return {
			sheet: safeSheetName(s.name, taken),
			data: [header, ...s.rows.map((r) => r.map(cell))],
			columns: s.headers.map((_, i) => ({ width: widthOf(s, i) })),
			stickyRowsCount: 1
		};
	});
	const blob = await writeXlsxFile(out).toBlob();
	return blob.type === XLSX_MIME ? blob : new Blob([blob], { type: XLSX_MIME });
}
