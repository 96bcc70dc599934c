/**
 * The PDF being written and where on the page the next block goes. Imports only jsPDF's types:
 * render-pdf.ts creates the document and hands in jspdf-autotable, so the two libraries enter the
 * app through that one lazily loaded module whichever of these files another module imports.
 */
import type { jsPDF } from 'jspdf';
import type { autoTable, HookData, Table, UserOptions } from 'jspdf-autotable';
import type { ReportFonts } from './fonts';
import { BOTTOM, COLOR, FONT, MARGIN, SIZE, TEXT_WIDTH, lineHeight } from './pdf-style';
import type { CanDraw } from './undrawable';

/**
 * The font's character map (code point to glyph id), which jsPDF parses from the TrueType file
 * but leaves out of its types. Empty when it is missing, so nothing counts as drawable and a
 * jsPDF change shows up as marks in every report rather than as silently missing letters.
 */
function codeMap(font: object): Record<number, number | undefined> {
	const meta: unknown = 'metadata' in font ? font.metadata : undefined;
	const map: unknown =
		typeof meta === 'object' && meta !== null && 'cmap' in meta
			? (meta.cmap as { unicode?: { codeMap?: unknown } } | undefined)?.unicode?.codeMap
			: undefined;
	return typeof map === 'object' && map !== null ? (map as Record<number, number>) : {};
}

/** jspdf-autotable's drawing function. */
export type DrawTable = typeof autoTable;

/** Lets the page paint and handle input, when the caller wants that, between pieces of layout. */
export type Pause = () => Promise<void>;

const NO_PAUSE: Pause = () => Promise.resolve();

/**
 * A Pause that yields to the event loop once `budgetMs` have passed since the last yield, so no
 * task of the layout runs much longer than that (scheduler.yield where the browser has it: the
 * export resumes ahead of other queued work). Between yields it costs a resolved promise.
 */
export function budgetPause(budgetMs: number, now = () => performance.now()): Pause {
	let last = now();
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	const yieldNow = (): Promise<void> =>
		scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0));
	return async () => {
		if (now() - last < budgetMs) return;
		await yieldNow();
		last = now();
	};
}

/**
 * Rows per autoTable call. A long table (a thousand vendors, every piece of evidence) is drawn in
 * runs of this many rows with a pause between them, so laying it out never blocks the page for
 * long; even, so the alternate-row tint carries on where the last run stopped.
 */
export const TABLE_RUN_ROWS = 40;

/** The fonts every report embeds, as added below (for building their subsets ahead of output). */
export const REPORT_FONTS = [
	{ name: FONT, style: 'normal' },
	{ name: FONT, style: 'bold' }
] as const;

export class PdfWriter {
	/** Top of the next line, in mm from the top of the current page. */
	y: number = MARGIN.top;
	/** Each section's title and first page, for the table of contents. */
	readonly toc: Array<{ title: string; page: number }> = [];
	/** Rows per autoTable call (see TABLE_RUN_ROWS); a test sets it to draw a table in one call. */
	tableRunRows: number = TABLE_RUN_ROWS;

	/** Embeds the report's font in `pdf`, a new A4 document in millimetres. */
	constructor(
		readonly pdf: jsPDF,
		fonts: ReportFonts,
		private readonly drawTable: DrawTable,
		/** Called between pieces of layout (table chunks, sections, pages); see budgetPause. */
		readonly pause: Pause = NO_PAUSE
	) {
		pdf.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
		pdf.addFont('NotoSans-Regular.ttf', FONT, 'normal');
		pdf.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
		pdf.addFont('NotoSans-Bold.ttf', FONT, 'bold');
		const glyphs = [false, true].map((bold) => {
			this.font(SIZE.body, bold);
			return codeMap(pdf.getFont());
		});
		// Asked for every character of every string in the report: the answer for each BMP code
		// point is kept (0 unknown, 1 drawable, 2 not) rather than looked up in both maps again.
		const known = new Uint8Array(0x10000);
		const lookUp = (cp: number) => glyphs.every((map) => (map[cp] ?? 0) > 0);
		this.canDraw = (cp) => {
			if (cp > 0xffff) return lookUp(cp);
			if (known[cp] === 0) known[cp] = lookUp(cp) ? 1 : 2;
			return known[cp] === 1;
		};
		this.font(SIZE.body);
		// jspdf-autotable asks for the font list for every cell, and jsPDF builds it anew each time;
		// the fonts are all added by now, so the list is built once.
		const fontList = pdf.getFontList();
		pdf.getFontList = () => fontList;
	}

	/** Whether both weights of the embedded font have a glyph for a code point (see undrawable.ts). */
	readonly canDraw: CanDraw;

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
	): void {
		const indent = opts.indent ?? 0;
		this.font(size, opts.bold, opts.color);
		const lh = lineHeight(size);
		for (const line of this.pdf.splitTextToSize(text, TEXT_WIDTH - indent) as string[]) {
			this.ensure(lh);
			this.pdf.text(line, MARGIN.left + indent, this.y, { baseline: 'top' });
			this.y += lh;
		}
	}

	/**
	 * autoTable, with our margins so it never runs into the running header or footer. Returns the
	 * table as laid out (its head row's height is what a continued table needs).
	 */
	autoTable(options: UserOptions): Table | null {
		// Set from a hook, so it lives in an object TypeScript does not narrow to null.
		const seen: { table: Table | null } = { table: null };
		this.drawTable(this.pdf, {
			startY: this.y,
			margin: { ...MARGIN },
			...options,
			didDrawPage: (d: HookData) => {
				seen.table = d.table;
			}
		});
		this.y = (seen.table?.finalY ?? this.y) + 4;
		return seen.table;
	}
}
