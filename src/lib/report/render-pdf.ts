/**
 * Draws a ReportDocument as a PDF. The only module that imports jsPDF and jspdf-autotable: the
 * Report page loads it with a dynamic import, so neither library is downloaded until the user
 * exports. Text is drawn as text in an embedded TrueType font (selectable, searchable, and every
 * user string printed literally); charts are drawn off-screen by Chart.js at print resolution.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type HookData, type Table } from 'jspdf-autotable';
import { renderChartPng } from '$lib/charts/render-png';
import { loadReportFonts, type ReportFonts } from './fonts';
import type { Block, ReportDocument, Section, Tone } from './model';
import {
	BOTTOM,
	COLOR,
	FONT,
	MARGIN,
	PAGE,
	SIZE,
	TEXT_WIDTH,
	TONE_COLOR,
	TONE_FILL,
	chartPixels,
	columnWidths,
	lineHeight
} from './pdf-style';

export type RenderStep = 'fonts' | 'charts' | 'layout' | 'saving';

export interface RenderOptions {
	onStep?: (step: RenderStep) => void;
}

export interface RenderedPdf {
	blob: Blob;
	pages: number;
}

type ChartBlock = Extract<Block, { kind: 'chart' }>;

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

class Writer {
	readonly pdf: jsPDF;
	y: number = MARGIN.top;
	readonly toc: Array<{ title: string; page: number }> = [];

	constructor(
		fonts: ReportFonts,
		private readonly charts: Map<ChartBlock, string>
	) {
		this.pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
		this.pdf.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
		this.pdf.addFont('NotoSans-Regular.ttf', FONT, 'normal');
		this.pdf.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
		this.pdf.addFont('NotoSans-Bold.ttf', FONT, 'bold');
		this.font(SIZE.body);
	}

	font(size: number, bold = false, color: string = COLOR.text): void {
		this.pdf.setFont(FONT, bold ? 'bold' : 'normal');
		this.pdf.setFontSize(size);
		this.pdf.setTextColor(color);
	}

	newPage(): void {
		this.pdf.addPage();
		this.y = MARGIN.top;
	}

	/** Starts a new page unless `h` mm still fit on this one. */
	ensure(h: number): void {
		if (this.y + h > BOTTOM && this.y > MARGIN.top) this.newPage();
	}

	/** Wrapped text, line by line so long text flows across pages. */
	lines(
		text: string,
		size: number,
		opts: { bold?: boolean; color?: string; indent?: number } = {}
	) {
		const indent = opts.indent ?? 0;
		this.font(size, opts.bold, opts.color);
		const lh = lineHeight(size);
		for (const line of this.pdf.splitTextToSize(text, TEXT_WIDTH - indent) as string[]) {
			this.ensure(lh);
			this.pdf.text(line, MARGIN.left + indent, this.y, { baseline: 'top' });
			this.y += lh;
		}
	}

	section(s: Section): void {
		if (s.newPage && this.y > MARGIN.top) this.newPage();
		else this.ensure(40);
		if (this.y > MARGIN.top) this.y += 4;
		this.toc.push({ title: s.title, page: this.pdf.getNumberOfPages() });
		this.pdf.outline.add(null, s.title, { pageNumber: this.pdf.getNumberOfPages() });
		this.lines(s.title, SIZE.section, { bold: true, color: COLOR.accent });
		this.pdf.setDrawColor(COLOR.accent);
		this.pdf.setLineWidth(0.5);
		this.pdf.line(MARGIN.left, this.y + 1, MARGIN.left + TEXT_WIDTH, this.y + 1);
		this.y += 5;
		for (const b of s.blocks) this.block(b);
	}

	block(b: Block): void {
		switch (b.kind) {
			case 'heading':
				this.ensure(lineHeight(SIZE.heading) + 20);
				this.y += 2;
				this.lines(b.text, SIZE.heading, { bold: true, color: COLOR.accent });
				this.y += 1.5;
				return;
			case 'paragraph':
				this.lines(b.text, SIZE.body, { color: b.muted ? COLOR.muted : COLOR.text });
				this.y += 2.5;
				return;
			case 'bullets':
				for (const item of b.items) {
					this.ensure(lineHeight(SIZE.body));
					this.font(SIZE.body);
					this.pdf.text('•', MARGIN.left + 1, this.y, { baseline: 'top' });
					this.lines(item, SIZE.body, { indent: 5 });
					this.y += 0.8;
				}
				this.y += 2;
				return;
			case 'callout':
				return this.callout(b.text, b.tone);
			case 'facts':
				return this.facts(b.rows);
			case 'score':
				return this.score(b);
			case 'table':
				return this.table(b);
			case 'chart':
				return this.chart(b);
		}
	}

	callout(text: string, tone: Tone): void {
		this.font(SIZE.body);
		const lines = this.pdf.splitTextToSize(text, TEXT_WIDTH - 9) as string[];
		const lh = lineHeight(SIZE.body);
		const h = lines.length * lh + 5;
		this.ensure(h);
		this.pdf.setFillColor(TONE_FILL[tone]);
		this.pdf.rect(MARGIN.left, this.y, TEXT_WIDTH, h, 'F');
		this.pdf.setFillColor(TONE_COLOR[tone]);
		this.pdf.rect(MARGIN.left, this.y, 1.2, h, 'F');
		lines.forEach((line, i) =>
			this.pdf.text(line, MARGIN.left + 5, this.y + 2.5 + i * lh, { baseline: 'top' })
		);
		this.y += h + 3;
	}

	score(b: Extract<Block, { kind: 'score' }>): void {
		this.ensure(30);
		this.lines(b.label, SIZE.small, { color: COLOR.muted });
		this.font(SIZE.score, true, TONE_COLOR[b.tone]);
		this.pdf.text(b.value, MARGIN.left, this.y, { baseline: 'top' });
		const w = this.pdf.getTextWidth(b.value);
		this.font(10, true, COLOR.white);
		const bw = this.pdf.getTextWidth(b.level) + 6;
		this.pdf.setFillColor(TONE_COLOR[b.tone]);
		this.pdf.roundedRect(MARGIN.left + w + 5, this.y + 4.5, bw, 7, 3.5, 3.5, 'F');
		this.pdf.text(b.level, MARGIN.left + w + 8, this.y + 8, { baseline: 'middle' });
		this.y += lineHeight(SIZE.score) + 2;
	}

	/** autoTable, with our margins so it never runs into the running header or footer. */
	autoTable(options: Parameters<typeof autoTable>[1]): void {
		// Set from a hook, so it lives in an object TypeScript does not narrow to null.
		const seen: { table: Table | null } = { table: null };
		autoTable(this.pdf, {
			startY: this.y,
			margin: { ...MARGIN },
			...options,
			didDrawPage: (d: HookData) => {
				seen.table = d.table;
			}
		});
		this.y = (seen.table?.finalY ?? this.y) + 4;
	}

	facts(rows: Array<[string, string]>): void {
		this.ensure(10);
		this.autoTable({
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

	table(b: Extract<Block, { kind: 'table' }>): void {
		if (b.rows.length === 0) {
			if (b.empty) this.lines(b.empty, SIZE.body, { color: COLOR.muted });
			this.y += 2.5;
			return;
		}
		this.ensure(16);
		const widths = columnWidths(b.columns);
		this.autoTable({
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

	chart(b: ChartBlock): void {
		const png = this.charts.get(b);
		if (!png) return;
		this.ensure(b.heightMm + 3);
		this.pdf.addImage(png, 'PNG', MARGIN.left, this.y, TEXT_WIDTH, b.heightMm, undefined, 'FAST');
		this.y += b.heightMm + 3;
	}
}

function cover(w: Writer, doc: ReportDocument): void {
	const { pdf } = w;
	pdf.setFillColor(COLOR.accent);
	pdf.rect(0, 0, PAGE.width, 10, 'F');
	w.y = 48;
	w.lines(doc.cover.title.toUpperCase(), SIZE.coverTitle, { bold: true, color: COLOR.accent });
	w.y += 4;
	w.lines(doc.cover.company || 'Unnamed company', SIZE.coverCompany, { bold: true });
	w.y += 10;
	w.facts(doc.cover.facts);
	w.y = Math.max(w.y + 10, 225);
	w.callout(doc.cover.caveat, 'info');
}

function contents(w: Writer, page: number): void {
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

/** Running header (company and report title) and footer (caveat and page number) after page 1. */
function headerAndFooter(w: Writer, doc: ReportDocument): void {
	const { pdf } = w;
	const total = pdf.getNumberOfPages();
	for (let p = 2; p <= total; p++) {
		pdf.setPage(p);
		w.font(SIZE.small, true);
		const company = pdf.splitTextToSize(doc.company || 'Unnamed company', 110) as string[];
		pdf.text(`${company[0] ?? ''}${company.length > 1 ? '…' : ''}`, MARGIN.left, 12, {
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
	}
}

/** Renders the document; `onStep` reports progress for the page's indicator. */
export async function renderPdf(
	doc: ReportDocument,
	opts: RenderOptions = {}
): Promise<RenderedPdf> {
	opts.onStep?.('fonts');
	const fonts = await loadReportFonts();
	opts.onStep?.('charts');
	await tick();
	const charts = new Map<ChartBlock, string>();
	for (const s of doc.sections)
		for (const b of s.blocks)
			if (b.kind === 'chart') {
				const px = chartPixels(TEXT_WIDTH, b.heightMm);
				charts.set(b, renderChartPng(b.spec, px.width, px.height, px.scale));
				await tick();
			}
	opts.onStep?.('layout');
	await tick();
	const w = new Writer(fonts, charts);
	w.pdf.setProperties({ title: `${doc.title}: ${doc.company}`, creator: 'SOC 2 Readiness' });
	cover(w, doc);
	const tocPage = doc.contents ? 2 : 0;
	if (doc.contents) {
		// The contents page is filled in at the end, once every section's page is known.
		w.newPage();
		w.y = BOTTOM;
	}
	for (const s of doc.sections) w.section(s);
	if (tocPage) contents(w, tocPage);
	headerAndFooter(w, doc);
	opts.onStep?.('saving');
	await tick();
	return { blob: w.pdf.output('blob'), pages: w.pdf.getNumberOfPages() };
}
