/**
 * Prints an editable document (files/doc-model: a policy, the policy set) as a PDF with the
 * report's font, type scale and tables, so printed policies look like the gap report. Imports
 * jsPDF like the other renderers here and is loaded lazily the same way. User text is drawn as
 * text only.
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { DocModel } from '$lib/files/doc-model';
import { loadReportFonts } from './fonts';
import { COLOR, MARGIN, PAGE, SIZE, TEXT_WIDTH } from './pdf-style';
import { drawTable } from './pdf-tables';
import { drawBullets, drawCallout, drawHeading, drawParagraph } from './pdf-text';
import { PdfWriter, budgetPause } from './pdf-writer';
import { skipArabicShapingWithoutArabic } from './skip-arabic';
import { drawableDoc } from './undrawable';
import type { RenderedPdf } from './render-pdf';

skipArabicShapingWithoutArabic(jsPDF.API);

/** Lets the page paint its progress indicator before the next long step. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function drawFooter(w: PdfWriter, footer: string): void {
	const { pdf } = w;
	const total = pdf.getNumberOfPages();
	const fy = PAGE.height - 12;
	for (let p = 1; p <= total; p++) {
		pdf.setPage(p);
		w.font(SIZE.small, false, COLOR.muted);
		const left = pdf.splitTextToSize(footer, 140) as string[];
		pdf.text(`${left[0] ?? ''}${left.length > 1 ? '…' : ''}`, MARGIN.left, fy, { baseline: 'top' });
		pdf.text(`Page ${p} of ${total}`, MARGIN.left + TEXT_WIDTH, fy, {
			baseline: 'top',
			align: 'right'
		});
	}
}

/** Renders the document to a PDF Blob. */
export async function renderDocPdf(input: DocModel): Promise<RenderedPdf> {
	const fonts = await loadReportFonts();
	await tick();
	const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
	const w = new PdfWriter(pdf, fonts, autoTable, budgetPause(40));
	const doc = drawableDoc(input, w.canDraw);
	pdf.setProperties({ title: doc.title, creator: 'SOC 2 Readiness' });
	w.y = MARGIN.top - 8;
	let first = true;
	for (const b of doc.blocks) {
		switch (b.kind) {
			case 'heading':
				if (b.level === 1) {
					if (!first) w.ensure(40);
					pdf.outline.add(null, b.text, { pageNumber: pdf.getNumberOfPages() });
					w.lines(b.text, SIZE.section, { bold: true, color: COLOR.accent });
					w.y += 2;
				} else drawHeading(w, { kind: 'heading', text: b.text });
				break;
			case 'paragraph':
				drawParagraph(w, { kind: 'paragraph', text: b.text });
				break;
			case 'note':
				drawCallout(w, b.text, 'warn');
				break;
			case 'bullets':
				drawBullets(w, { kind: 'bullets', items: [...b.items] });
				break;
			case 'table':
				await drawTable(w, {
					kind: 'table',
					columns: b.header.map((header, i) => ({ header, width: i === 0 ? 3 : 2 })),
					rows: b.rows.map((r) => b.header.map((_, i) => ({ text: r[i] ?? '' }))),
					empty: ''
				});
				break;
			case 'pageBreak':
				w.newPage();
				await tick();
				break;
		}
		first = false;
	}
	drawFooter(w, doc.footer);
	await tick();
	return { blob: pdf.output('blob'), pages: pdf.getNumberOfPages() };
}
