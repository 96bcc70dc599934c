/**
 * Charts in the PDF: each chart block is drawn by Chart.js off-screen at print resolution before
 * layout starts (one at a time, so the page can show progress), then placed as a PNG.
 */
import { renderChartPng } from '$lib/charts/render-png';
import type { Block, ReportDocument } from './model';
import { MARGIN, TEXT_WIDTH, chartPixels } from './pdf-style';
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

/** Places a chart rendered beforehand; a chart without an image is left out. */
export function drawChart(w: PdfWriter, b: ChartBlock, images: ChartImages): void {
	const png = images.get(b);
	if (!png) return;
	w.ensure(b.heightMm + 3);
	w.pdf.addImage(png, 'PNG', MARGIN.left, w.y, TEXT_WIDTH, b.heightMm, undefined, 'FAST');
	w.y += b.heightMm + 3;
}
