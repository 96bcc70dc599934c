/**
 * The pages around the sections: the cover, the table of contents (filled in last, once every
 * section's page is known) and the running header and footer on every page after the cover.
 */
import { logoBox } from '$lib/domain/preparer';
import type { ReportDocument } from './model';
import { COLOR, MARGIN, PAGE, SIZE, TEXT_WIDTH, lineHeight } from './pdf-style';
import { drawFacts } from './pdf-tables';
import { drawCallout } from './pdf-text';
import type { PdfWriter } from './pdf-writer';

/** The cover, on the first page: title, company, facts and the caveat near the foot. */
export function drawCover(w: PdfWriter, doc: ReportDocument): void {
	const { pdf } = w;
	pdf.setFillColor(COLOR.accent);
	pdf.rect(0, 0, PAGE.width, 10, 'F');
	const logo = doc.cover.logo;
	if (logo) {
		const box = logoBox(logo, 45, 22);
		try {
			pdf.addImage(logo.dataUrl, logo.format, MARGIN.left + TEXT_WIDTH - box.w, 18, box.w, box.h);
		} catch {
			// A logo the PDF writer cannot read is left out; the report itself still renders.
		}
	}
	w.y = 48;
	w.lines(doc.cover.title.toUpperCase(), SIZE.coverTitle, { bold: true, color: COLOR.accent });
	w.y += 4;
	w.lines(doc.cover.company || 'Unnamed company', SIZE.coverCompany, { bold: true });
	w.y += 10;
	drawFacts(w, doc.cover.facts);
	w.y = Math.max(w.y + 10, 225);
	drawCallout(w, doc.cover.caveat, 'info');
}

/** Fills the page kept for the contents with each section's title, a dotted leader and its page. */
export function drawContents(w: PdfWriter, page: number): void {
	const { pdf } = w;
	pdf.setPage(page);
	w.y = MARGIN.top;
	w.lines('Contents', SIZE.section, { bold: true, color: COLOR.accent });
	w.y += 4;
	const lh = lineHeight(SIZE.body) + 2.2;
	for (const entry of w.toc) {
		w.font(SIZE.body);
		const num = String(entry.page);
		const title = (pdf.splitTextToSize(entry.title, TEXT_WIDTH - 20) as string[])[0] ?? '';
		pdf.text(title, MARGIN.left, w.y, { baseline: 'top' });
		pdf.text(num, MARGIN.left + TEXT_WIDTH, w.y, { baseline: 'top', align: 'right' });
		pdf.setDrawColor(COLOR.rule);
		pdf.setLineDashPattern([0.4, 1], 0);
		const from = MARGIN.left + pdf.getTextWidth(title) + 2;
		const to = MARGIN.left + TEXT_WIDTH - pdf.getTextWidth(num) - 2;
		if (to > from) pdf.line(from, w.y + 3, to, w.y + 3);
		pdf.setLineDashPattern([], 0);
		pdf.link(MARGIN.left, w.y - 1, TEXT_WIDTH, lh, { pageNumber: entry.page });
		w.y += lh;
	}
}

/**
 * Running header (company and report title) and footer (caveat and page number) after page 1,
 * pausing (w.pause) between pages.
 */
export async function drawHeaderAndFooter(w: PdfWriter, doc: ReportDocument): Promise<void> {
	const { pdf } = w;
	const total = pdf.getNumberOfPages();
	w.font(SIZE.small, true);
	const company = pdf.splitTextToSize(doc.company || 'Unnamed company', 110) as string[];
	const companyLine = `${company[0] ?? ''}${company.length > 1 ? '…' : ''}`;
	for (let p = 2; p <= total; p++) {
		pdf.setPage(p);
		w.font(SIZE.small, true);
		pdf.text(companyLine, MARGIN.left, 12, {
			baseline: 'top'
		});
		w.font(SIZE.small, false, COLOR.muted);
		pdf.text(doc.title, MARGIN.left + TEXT_WIDTH, 12, { baseline: 'top', align: 'right' });
		pdf.setDrawColor(COLOR.rule);
		pdf.setLineWidth(0.2);
		pdf.line(MARGIN.left, 17, MARGIN.left + TEXT_WIDTH, 17);
		const fy = PAGE.height - 12;
		pdf.text('Self-assessment, not an audit opinion', MARGIN.left, fy, { baseline: 'top' });
		pdf.text(`Page ${p} of ${total}`, MARGIN.left + TEXT_WIDTH, fy, {
			baseline: 'top',
			align: 'right'
		});
		await w.pause();
	}
}
