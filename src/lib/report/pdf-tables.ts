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

/** A grid table, or its `empty` sentence when it has no rows. */
export function drawTable(w: PdfWriter, b: Extract<Block, { kind: 'table' }>): void {
	if (b.rows.length === 0) {
		if (b.empty) w.lines(b.empty, SIZE.body, { color: COLOR.muted });
		w.y += 2.5;
		return;
	}
	w.ensure(16);
	const widths = columnWidths(b.columns);
	w.autoTable({
		theme: 'grid',
		head: [b.columns.map((c) => c.header)],
		body: b.rows.map((r) => r.map((c) => c.text)),
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
			const c = b.rows[d.row.index]?.[d.column.index];
			if (c?.tone) d.cell.styles.textColor = TONE_COLOR[c.tone];
			if (c?.bold) d.cell.styles.fontStyle = 'bold';
		}
	});
}
