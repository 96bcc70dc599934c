/**
 * Lays out a whole report on a PdfWriter: the cover, the contents page kept free and filled in
 * last, every section, and the running header and footer. Pauses through `w.pause` between
 * blocks, table runs and pages, so in the browser the page keeps painting while a long report is
 * laid out; the PDF is the same whatever the pause does.
 */
import type { ReportDocument } from './model';
import type { ChartImages } from './pdf-charts';
import { drawContents, drawCover, drawHeaderAndFooter } from './pdf-pages';
import { drawSection } from './pdf-sections';
import { BOTTOM } from './pdf-style';
import type { PdfWriter } from './pdf-writer';

export async function drawReport(
	w: PdfWriter,
	doc: ReportDocument,
	charts: ChartImages,
	onPage: (pages: number) => void = () => {}
): Promise<void> {
	const { pdf } = w;
	pdf.setProperties({ title: `${doc.title}: ${doc.company}`, creator: 'SOC 2 Readiness' });
	drawCover(w, doc);
	const tocPage = doc.contents ? 2 : 0;
	if (doc.contents) {
		// The contents page is filled in at the end, once every section's page is known.
		w.newPage();
		w.y = BOTTOM;
	}
	for (const s of doc.sections) {
		await drawSection(w, s, charts);
		onPage(pdf.getNumberOfPages());
		await w.pause();
	}
	if (tocPage) drawContents(w, tocPage);
	await drawHeaderAndFooter(w, doc);
}
