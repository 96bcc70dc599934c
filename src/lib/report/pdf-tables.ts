/**
 * The blocks drawn by jspdf-autotable: label and value facts, and data tables whose header repeats
 * on every page and whose cells carry their own tone and weight.
 */
import type { CellHookData } from 'jspdf-autotable';
import type { Block } from './model';
import { COLOR, FONT, SIZE, TONE_COLOR, columnWidths } from './pdf-style';
import type { PdfWriter } from './pdf-writer';

/** Label and value pairs without rules: muted labels, bold values. */
export function drawFacts(w: PdfWriter, rows: Array<[string, string]>): void {
	w.ensure(10);
	w.autoTable({
		theme: 'plain',
		body: rows,
		styles: {
			font: FONT,
			fontSize: SIZE.body,
			cellPadding: { top: 0.9, bottom: 0.9, left: 0, right: 3 },
			textColor: COLOR.text,
			overflow: 'linebreak'
		},
		columnStyles: { 0: { cellWidth: 58, textColor: COLOR.muted }, 1: { fontStyle: 'bold' } }
	});
}

/**
 * A grid table, or its `empty` sentence when it has no rows. Its header repeats on every page;
 * a run after the first starts where the last one ended, its header row drawn nowhere on that
 * first page (placed in the space above, and its cells skipped), so the runs read as one table.
 */
export async function drawTable(w: PdfWriter, b: Extract<Block, { kind: 'table' }>): Promise<void> {
	if (b.rows.length === 0) {
		if (b.empty) w.lines(b.empty, SIZE.body, { color: COLOR.muted });
		w.y += 2.5;
		return;
	}
	w.ensure(16);
	const widths = columnWidths(b.columns);
	let headHeight = 0;
	const run = w.tableRunRows;
	for (let from = 0; from < b.rows.length; from += run) {
		const rows = b.rows.slice(from, from + run);
		const continued = from > 0;
		const firstPage = w.pdf.getCurrentPageInfo().pageNumber;
		if (continued) w.y -= headHeight;
		const table = w.autoTable({
			theme: 'grid',
			head: [b.columns.map((c) => c.header)],
			body: rows.map((r) => r.map((c) => c.text)),
			showHead: 'everyPage',
			rowPageBreak: 'avoid',
			styles: {
				font: FONT,
				fontSize: SIZE.table,
				cellPadding: 1.4,
				overflow: 'linebreak',
				valign: 'top',
				textColor: COLOR.text,
				lineColor: COLOR.rule,
				lineWidth: 0.1
			},
			headStyles: { fillColor: COLOR.accent, textColor: COLOR.white, fontStyle: 'bold' },
			alternateRowStyles: { fillColor: COLOR.stripe },
			columnStyles: Object.fromEntries(
				b.columns.map((c, i) => [i, { cellWidth: widths[i], halign: c.align ?? 'left' }])
			),
			didParseCell: (d: CellHookData) => {
				if (d.section === 'head') {
					d.cell.styles.halign = b.columns[d.column.index]?.align ?? 'left';
					return;
				}
				const c = rows[d.row.index]?.[d.column.index];
				if (c?.tone) d.cell.styles.textColor = TONE_COLOR[c.tone];
				if (c?.bold) d.cell.styles.fontStyle = 'bold';
			},
			willDrawCell: (d: CellHookData) =>
				!(continued && d.section === 'head' && w.pdf.getCurrentPageInfo().pageNumber === firstPage)
		});
		headHeight = table?.head[0]?.height ?? 0;
		if (from + run < b.rows.length) {
			// autoTable leaves a gap below a table; a run that goes on starts right under the last.
			w.y -= 4;
			await w.pause();
		}
	}
}
