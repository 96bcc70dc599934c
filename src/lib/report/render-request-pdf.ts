/**
 * Draws the workshop PDF of the evidence request list. Beside render-pdf.ts, the other module that
 * imports jsPDF and jspdf-autotable, and lazily loaded the same way; kept apart so the Evidence
 * page does not also download Chart.js, which the gap report's renderer needs for its charts.
 * Uses the report's font, type scale and table drawing, so the two PDFs look alike.
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { loadReportFonts } from './fonts';
import { COLOR, MARGIN, PAGE, SIZE, TEXT_WIDTH } from './pdf-style';
import { drawFacts, drawTable } from './pdf-tables';
import { drawParagraph } from './pdf-text';
import { PdfWriter, budgetPause } from './pdf-writer';
import { skipArabicShapingWithoutArabic } from './skip-arabic';
import { drawableRequestList } from './undrawable';
import type { RenderedPdf } from './render-pdf';
import type { RequestPdfDocument } from './request-list-pdf';

export type RequestRenderStep = 'fonts' | 'layout' | 'saving';

skipArabicShapingWithoutArabic(jsPDF.API);

/** Lets the page paint its progress indicator before the next long step. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function drawTop(w: PdfWriter, doc: RequestPdfDocument): void {
	w.lines(doc.title.toUpperCase(), SIZE.coverTitle, { bold: true, color: COLOR.accent });
	w.y += 1;
	w.lines(doc.company || 'Unnamed company', SIZE.section, { bold: true });
	w.y += 2;
	drawFacts(w, doc.facts);
	for (const text of doc.basis) drawParagraph(w, { kind: 'paragraph', text, muted: true });
}

/** Company and title on the left, page numbers on the right, on every page. */
function drawFooter(w: PdfWriter, doc: RequestPdfDocument): void {
	const { pdf } = w;
	const total = pdf.getNumberOfPages();
	const fy = PAGE.height - 12;
	for (let p = 1; p <= total; p++) {
		pdf.setPage(p);
		w.font(SIZE.small, false, COLOR.muted);
		const left = pdf.splitTextToSize(`${doc.company} · ${doc.title}`, 130) as string[];
		pdf.text(`${left[0] ?? ''}${left.length > 1 ? '…' : ''}`, MARGIN.left, fy, {
			baseline: 'top'
		});
		pdf.text(`Page ${p} of ${total}`, MARGIN.left + TEXT_WIDTH, fy, {
			baseline: 'top',
			align: 'right'
		});
	}
}

/** Renders the document; `onStep` reports progress for the page's indicator. */
export async function renderRequestPdf(
	input: RequestPdfDocument,
	opts: { onStep?: (step: RequestRenderStep) => void } = {}
): Promise<RenderedPdf> {
	opts.onStep?.('fonts');
	const fonts = await loadReportFonts();
	opts.onStep?.('layout');
	await tick();
	const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
	const w = new PdfWriter(pdf, fonts, autoTable, budgetPause(40));
	const doc = drawableRequestList(input, w.canDraw);
	pdf.setProperties({ title: `${doc.title}: ${doc.company}`, creator: 'SOC 2 Readiness' });
	w.y = MARGIN.top - 8;
	drawTop(w, doc);
	for (const s of doc.sections) {
		if (s.newPage) w.newPage();
		else w.ensure(40);
		pdf.outline.add(null, s.title, { pageNumber: pdf.getNumberOfPages() });
		w.lines(s.title, SIZE.section, { bold: true, color: COLOR.accent });
		pdf.setDrawColor(COLOR.accent);
		pdf.setLineWidth(0.5);
		pdf.line(MARGIN.left, w.y + 1, MARGIN.left + TEXT_WIDTH, w.y + 1);
		w.y += 5;
		for (const b of s.blocks) {
			if (b.kind === 'paragraph') drawParagraph(w, b);
			else if (b.kind === 'table') await drawTable(w, b);
		}
		await tick();
	}
	drawFooter(w, doc);
	opts.onStep?.('saving');
	await tick();
	return { blob: pdf.output('blob'), pages: pdf.getNumberOfPages() };
}
