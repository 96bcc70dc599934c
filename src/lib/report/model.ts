/**
 * The report's document model: plain data describing what the PDF says, built by build-report.ts
 * (pure, tested) and drawn by render-pdf.ts (the only jsPDF importer). Keeping words and numbers
 * here means the renderer decides only layout, never content.
 */
import type { PreparerLogo } from '$lib/domain/preparer';
import type { ChartSpec, ColorRole } from '$lib/charts/spec';

export type ReportVariant = 'investor' | 'full';

export const VARIANT_TITLE: Record<ReportVariant, string> = {
	investor: 'SOC 2 readiness summary',
	full: 'SOC 2 readiness gap report'
};

/** Colour of a cell or callout, resolved to print colours by the renderer. */
export type Tone = 'ok' | 'warn' | 'bad' | 'info' | 'muted';

export interface Cell {
	text: string;
	tone?: Tone;
	bold?: boolean;
}

export interface Column {
	header: string;
	/** Share of the text width (the renderer scales these to fit). */
	width: number;
	align?: 'left' | 'right';
}

/** One entry of a chart's key: a bar's colour or a marker line, and what it means. */
export interface ChartKeyItem {
	label: string;
	color: ColorRole;
	mark: 'bar' | 'line';
}

export type Block =
	| { kind: 'heading'; text: string }
	| { kind: 'paragraph'; text: string; muted?: boolean }
	| { kind: 'callout'; text: string; tone: Tone }
	| { kind: 'bullets'; items: string[] }
	/** Label and value pairs, such as the cover's facts. */
	| { kind: 'facts'; rows: Array<[string, string]> }
	/** The overall score, large, with its level. */
	| {
			kind: 'score';
			label: string;
			value: string;
			level: string;
			/** The figure's colour (scoreTone) and the level pill's (LEVEL_TONE). */
			tone: Tone;
			levelTone: Tone;
	  }
	| { kind: 'table'; columns: Column[]; rows: Cell[][]; empty: string }
	/** Drawn off-screen at print resolution; `summary` is the same data in words. */
	| {
			kind: 'chart';
			title: string;
			spec: ChartSpec;
			heightMm: number;
			summary: string;
			/** What each colour or mark means, printed as text under the chart. */
			key?: ChartKeyItem[];
	  };

export interface Section {
	/** Stable id (for tests and the table of contents). */
	id: string;
	title: string;
	/** Start on a new page. */
	newPage: boolean;
	blocks: Block[];
}

export interface Cover {
	title: string;
	company: string;
	facts: Array<[string, string]>;
	/** The honest caveat, printed on the cover. */
	caveat: string;
	/** The preparer's logo, top right of the cover. */
	logo: PreparerLogo | null;
}

export interface ReportDocument {
	variant: ReportVariant;
	/** Shown in the running header next to the company name. */
	title: string;
	company: string;
	fileName: string;
	cover: Cover;
	/** A table of contents after the cover (the full report). */
	contents: boolean;
	sections: Section[];
}

/** A plain text cell. */
export const cell = (text: string, tone?: Tone, bold?: boolean): Cell =>
	tone || bold ? { text, ...(tone ? { tone } : {}), ...(bold ? { bold } : {}) } : { text };
