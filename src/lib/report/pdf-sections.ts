/**
 * A section of the report: its title (recorded for the contents and the PDF's outline) under a
 * rule, then each of its blocks drawn by the module for that kind of block.
 */
import type { Block, Section } from './model';
import { drawChart, type ChartImages } from './pdf-charts';
import { COLOR, MARGIN, SIZE, TEXT_WIDTH } from './pdf-style';
import { drawFacts, drawTable } from './pdf-tables';
import { drawBullets, drawCallout, drawHeading, drawParagraph, drawScore } from './pdf-text';
import type { PdfWriter } from './pdf-writer';

/** Draws a section, pausing (w.pause) between its blocks. */
export async function drawSection(w: PdfWriter, s: Section, charts: ChartImages): Promise<void> {
	const { pdf } = w;
	if (s.newPage && w.y > MARGIN.top) w.newPage();
	else w.ensure(40);
	if (w.y > MARGIN.top) w.y += 4;
	w.toc.push({ title: s.title, page: pdf.getNumberOfPages() });
	pdf.outline.add(null, s.title, { pageNumber: pdf.getNumberOfPages() });
	w.lines(s.title, SIZE.section, { bold: true, color: COLOR.accent });
	pdf.setDrawColor(COLOR.accent);
	pdf.setLineWidth(0.5);
	pdf.line(MARGIN.left, w.y + 1, MARGIN.left + TEXT_WIDTH, w.y + 1);
	w.y += 5;
	for (const b of s.blocks) {
		await drawBlock(w, b, charts);
		await w.pause();
	}
}

function drawBlock(w: PdfWriter, b: Block, charts: ChartImages): void | Promise<void> {
	switch (b.kind) {
		case 'heading':
			return drawHeading(w, b);
		case 'paragraph':
			return drawParagraph(w, b);
		case 'bullets':
			return drawBullets(w, b);
		case 'callout':
			return drawCallout(w, b.text, b.tone);
		case 'facts':
			return drawFacts(w, b.rows);
		case 'score':
			return drawScore(w, b);
		case 'table':
			return drawTable(w, b);
		case 'chart':
			return drawChart(w, b, charts);
	}
}
