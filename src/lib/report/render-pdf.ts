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
import { drawReport } from './pdf-document';
import { PdfWriter, REPORT_FONTS, budgetPause } from './pdf-writer';
import { withPagesDeflated } from './precompress';
import { skipArabicShapingWithoutArabic } from './skip-arabic';
import { drawableReport } from './undrawable';

skipArabicShapingWithoutArabic(jsPDF.API);

/**
 * Longest stretch of layout between two yields to the event loop: short enough that, with the
 * longest single piece (a run of table rows), no task comes near 200 ms on a slow laptop.
 */
const LAYOUT_BUDGET_MS = 40;

export type RenderStep = 'fonts' | 'charts' | 'layout' | 'saving';

export interface RenderOptions {
	onStep?: (step: RenderStep) => void;
	/** Pages laid out so far, after each section. */
	onPages?: (pages: number) => void;
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
	const w = new PdfWriter(pdf, fonts, autoTable, budgetPause(LAYOUT_BUDGET_MS));
	// Embedding the font parses both files: a task of its own before the text is checked.
	await w.pause();
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
	await drawReport(w, doc, charts, opts.onPages);
	opts.onStep?.('saving');
	await tick();
	const blob = await withPagesDeflated(
		jsPDF.API,
		pdf,
		w.pause,
		() => pdf.output('blob'),
		REPORT_FONTS
	);
	return { blob, pages: pdf.getNumberOfPages() };
}
