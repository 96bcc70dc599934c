/**
 * The PDF's page geometry, type scale and print colours, kept apart from the jsPDF code so the
 * numbers are easy to find and test. Millimetres and points throughout.
 */
import type { Column, Tone } from './model';

export const PAGE = { width: 210, height: 297 } as const;
export const MARGIN = { left: 18, right: 18, top: 24, bottom: 20 } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Where body text may end. */
export const BOTTOM = PAGE.height - MARGIN.bottom;

/** Font sizes in points. */
export const SIZE = {
	body: 9.5,
	small: 8,
	table: 8.3,
	heading: 11.5,
	section: 16,
	score: 34,
	coverTitle: 13,
	coverCompany: 24
} as const;

/** Line height in mm for a font size in points (1 pt = 0.3528 mm, 1.35 leading). */
export const lineHeight = (pt: number): number => pt * 0.3528 * 1.35;

export const FONT = 'NotoSans';

export const COLOR = {
	text: '#1f2a33',
	muted: '#55616b',
	accent: '#0f5257',
	rule: '#d5dbe0',
	stripe: '#f2f5f6',
	white: '#ffffff'
} as const;

/** Text colours dark enough to read on white and on the tinted callouts. */
export const TONE_COLOR: Record<Tone, string> = {
	ok: '#1d6b3e',
	warn: '#8a5300',
	bad: '#a8231b',
	info: '#1b5d9c',
	muted: '#55616b'
};

/** Light fills behind callouts. */
export const TONE_FILL: Record<Tone, string> = {
	ok: '#e6f3eb',
	warn: '#fbf0dc',
	bad: '#fbe7e5',
	info: '#e5eff8',
	muted: '#eef1f3'
};

/** Column widths in mm from their shares of the text width. */
export function columnWidths(columns: readonly Column[], width = TEXT_WIDTH): number[] {
	const total = columns.reduce((s, c) => s + c.width, 0);
	return columns.map((c) => (total > 0 ? (c.width / total) * width : width / columns.length));
}

/** Chart bitmaps: CSS pixels per mm as placed, and the scale that gives at least 150 dpi. */
export const CHART_PX_PER_MM = 4;
export const MIN_DPI = 150;

/** Pixel size and scale for a chart placed at `widthMm` x `heightMm`, at least MIN_DPI. */
export function chartPixels(
	widthMm: number,
	heightMm: number
): { width: number; height: number; scale: number } {
	const width = Math.round(widthMm * CHART_PX_PER_MM);
	const height = Math.round(heightMm * CHART_PX_PER_MM);
	// Just enough pixels for MIN_DPI: jsPDF re-encodes every pixel in JavaScript, so each extra
	// one costs export time. Rounded up to a hundredth so the result never falls below.
	const needed = (widthMm / 25.4) * MIN_DPI;
	return { width, height, scale: Math.ceil((needed / width) * 100) / 100 };
}
