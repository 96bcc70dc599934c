/**
 * The colours a chart is drawn in: the app's CSS variables on screen (so charts follow the light
 * or dark theme), fixed colours in print (so the PDF looks the same whatever the screen's theme).
 */
import type { ColorRole } from './spec';

export interface Palette {
	text: string;
	grid: string;
	/** The background the chart sits on: the colour of text drawn inside a bar. */
	surface: string;
	/** The font family of every text in the chart: the page's, or the PDF's embedded font. */
	font: string;
	roles: Record<ColorRole, string>;
}

const ROLE_VARS: Record<ColorRole, string> = {
	accent: '--accent',
	ok: '--status-implemented',
	warn: '--status-in-progress',
	bad: '--bad',
	info: '--info',
	muted: '--status-na',
	planned: '--status-planned',
	progress: '--status-in-progress'
};

/**
 * The family name the PDF's embedded font (Noto Sans) is registered under in the page's font set
 * before charts for the PDF are drawn, so chart text matches the PDF's text.
 */
export const PRINT_FONT_FAMILY = 'Report Noto Sans';

/** Colours for print: fixed, so the PDF looks the same whatever the screen's theme. */
export const PRINT_PALETTE: Palette = {
	text: '#1f2a33',
	grid: '#d5dbe0',
	surface: '#ffffff',
	font: `'${PRINT_FONT_FAMILY}', sans-serif`,
	roles: {
		accent: '#0f5257',
		ok: '#1f7a45',
		warn: '#b06d00',
		bad: '#b3261e',
		info: '#1b63a8',
		muted: '#8a96a0',
		planned: '#6a4fb3',
		progress: '#b06d00'
	}
};

/** The page's current theme colours, read from its CSS variables, and the page's font. */
export function screenPalette(): Palette {
	const css = getComputedStyle(document.documentElement);
	const get = (v: string) => css.getPropertyValue(v).trim();
	const roles = Object.fromEntries(
		Object.entries(ROLE_VARS).map(([role, v]) => [role, get(v)])
	) as Record<ColorRole, string>;
	return {
		text: get('--text'),
		grid: get('--border'),
		surface: get('--surface'),
		font: getComputedStyle(document.body).fontFamily || 'sans-serif',
		roles
	};
}

/** One colour for a role, or one per bar for a list of roles. */
export const colors = (c: ColorRole | ColorRole[], p: Palette) =>
	Array.isArray(c) ? c.map((r) => p.roles[r]) : p.roles[c];
