/**
 * Draws a ReportDocument as a PDF. With render-request-pdf.ts (the workshop list, which needs no
 * charts), the only module that imports jsPDF and jspdf-autotable (the pdf-*.ts modules it calls
 * use their types only): the Report page loads it with a dynamic import, so neither library is
 * downloaded until the user exports. Text is drawn as text in an embedded TrueType font
 * (selectable, searchable, and every user string printed literally); charts are drawn off-screen
 * by Chart.js at print resolution. Characters the font has no glyph for print as a visible mark
 * (undrawable.ts), never as nothing.
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { loadReportFonts, registerChartFont } from './fonts';
import type { ReportDocument } from './model';
import { chartBlocks, chartImage, type ChartImages } from './pdf-charts';
import { drawContents, drawCover, drawHeaderAndFooter } from './pdf-pages';
import { drawSection } from './pdf-sections';
import { BOTTOM } from './pdf-style';
import { PdfWriter } from './pdf-writer';
import { drawableReport } from './undrawable';

export type RenderStep = 'fonts' | 'charts' | 'layout' | 'saving';

export interface RenderOptions {
	onStep?: (step: RenderStep) => void;
}

export interface RenderedPdf {
	blob: Blob;
	pages: number;
}

/**
 * Lets the browser paint the progress indicator before the next long step: after the next frame,
 * or after 50 ms in a hidden tab, where frames do not come.
 */
const tick = () =>
	new Promise<void>((resolve) => {
		const done = () => setTimeout(resolve, 0);
		const timer = setTimeout(done, 50);
		requestAnimationFrame(() => {
			clearTimeout(timer);
			done();
		});
	});

/** Renders the document; `onStep` reports progress for the page's indicator. */
export async function renderPdf(
	input: ReportDocument,
	opts: RenderOptions = {}
): Promise<RenderedPdf> {
	opts.onStep?.('fonts');
	const fonts = await loadReportFonts();
	const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
	const w = new PdfWriter(pdf, fonts, autoTable);
	// Before the charts, which are looked up by block: they get the replaced labels too.
	const doc = drawableReport(input, w.canDraw);
	opts.onStep?.('charts');
	await registerChartFont(fonts);
	await tick();
	const charts: ChartImages = new Map();
	for (const b of chartBlocks(doc)) {
		charts.set(b, chartImage(b));
		await tick();
	}
	opts.onStep?.('layout');
	await tick();
	pdf.setProperties({ title: `${doc.title}: ${doc.company}`, creator: 'SOC 2 Readiness' });
	drawCover(w, doc);
	const tocPage = doc.contents ? 2 : 0;
	if (doc.contents) {
		// The contents page is filled in at the end, once every section's page is known.
		w.newPage();
		w.y = BOTTOM;
	}
	for (const s of doc.sections) drawSection(w, s, charts);
	if (tocPage) drawContents(w, tocPage);
	drawHeaderAndFooter(w, doc);
	opts.onStep?.('saving');
	await tick();
	return { blob: pdf.output('blob'), pages: pdf.getNumberOfPages() };
}
