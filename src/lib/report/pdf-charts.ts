/**
 * Charts in the PDF: each chart block is drawn by Chart.js off-screen at print resolution before
 * layout starts (one at a time, so the page can show progress), then placed as a PNG.
 */
import { PRINT_PALETTE } from '$lib/charts/palette';
import { renderChartPng } from '$lib/charts/render-png';
import type { Block, ReportDocument } from './model';
import { COLOR, MARGIN, SIZE, TEXT_WIDTH, chartPixels, lineHeight } from './pdf-style';
import type { PdfWriter } from './pdf-writer';

export type ChartBlock = Extract<Block, { kind: 'chart' }>;

/** Each chart block's PNG data URL. */
export type ChartImages = Map<ChartBlock, string>;

/** Every chart block of the document, in reading order. */
export function chartBlocks(doc: ReportDocument): ChartBlock[] {
	return doc.sections.flatMap((s) => s.blocks.filter((b): b is ChartBlock => b.kind === 'chart'));
}

/** The chart as a PNG data URL, sized for the full text width at the block's height. */
export function chartImage(b: ChartBlock): string {
	const px = chartPixels(TEXT_WIDTH, b.heightMm);
	return renderChartPng(b.spec, px.width, px.height, px.scale);
}

/** Width of a key entry's swatch and the gaps after it and after its label, in mm. */
export const KEY_SWATCH = 6;
const KEY_GAP = 2;
const KEY_SPACE = 6;

/**
 * Where each key entry goes, left to right and wrapping onto a new line before one would pass
 * the text width: x from the left margin and the line it is on (0, 1, …). `width` is each
 * label's printed width in mm.
 */
export function keyLayout(
	widths: readonly number[],
	maxWidth = TEXT_WIDTH
): Array<{ x: number; line: number }> {
	let x = 0;
	let line = 0;
	return widths.map((labelWidth) => {
		const need = KEY_SWATCH + KEY_GAP + labelWidth;
		if (x > 0 && x + need > maxWidth) {
			x = 0;
			line += 1;
		}
		const at = { x, line };
		x += need + KEY_SPACE;
		return at;
	});
}

/** The chart's key as text under it: a swatch (a bar's colour or a dashed marker) and words. */
function drawKey(w: PdfWriter, b: ChartBlock, top: number): number {
	const items = b.key ?? [];
	if (items.length === 0) return 0;
	const { pdf } = w;
	w.font(SIZE.small, false, COLOR.muted);
	const at = keyLayout(items.map((k) => pdf.getTextWidth(k.label)));
	const lh = lineHeight(SIZE.small) + 1;
	items.forEach((k, i) => {
		const p = at[i] ?? { x: 0, line: 0 };
		const x = MARGIN.left + p.x;
		const mid = top + p.line * lh + lh / 2;
		const colour = PRINT_PALETTE.roles[k.color];
		if (k.mark === 'bar') {
			pdf.setFillColor(colour);
			pdf.rect(x, mid - 1.25, KEY_SWATCH, 2.5, 'F');
		} else {
			pdf.setDrawColor(colour);
			pdf.setLineWidth(0.5);
			pdf.setLineDashPattern([1.2, 1], 0);
			pdf.line(x, mid, x + KEY_SWATCH, mid);
			pdf.setLineDashPattern([], 0);
		}
		w.font(SIZE.small, false, COLOR.muted);
		pdf.text(k.label, x + KEY_SWATCH + KEY_GAP, mid, { baseline: 'middle' });
	});
	return ((at.at(-1)?.line ?? 0) + 1) * lh;
}

/** Height in mm of a chart's key (0 without one), for keeping chart and key on one page. */
function keyHeight(b: ChartBlock, w: PdfWriter): number {
	const items = b.key ?? [];
	if (items.length === 0) return 0;
	w.font(SIZE.small, false, COLOR.muted);
	const at = keyLayout(items.map((k) => w.pdf.getTextWidth(k.label)));
	return ((at.at(-1)?.line ?? 0) + 1) * (lineHeight(SIZE.small) + 1);
}

/** Places a chart rendered beforehand, with its key; a chart without an image is left out. */
export function drawChart(w: PdfWriter, b: ChartBlock, images: ChartImages): void {
	const png = images.get(b);
	if (!png) return;
	w.ensure(b.heightMm + 3 + keyHeight(b, w));
	w.pdf.addImage(png, 'PNG', MARGIN.left, w.y, TEXT_WIDTH, b.heightMm, undefined, 'FAST');
	w.y += b.heightMm + 1;
	w.y += drawKey(w, b, w.y) + 2;
}
