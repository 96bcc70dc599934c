/**
 * The colours a chart is drawn in: the app's CSS variables on screen (so charts follow the light
 * or dark theme), fixed colours in print (so the PDF looks the same whatever the screen's theme).
 */
import type { ColorRole } from './spec';

export interface Palette {
	text: string;
	grid: string;
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

/** Colours for print: fixed, so the PDF looks the same whatever the screen's theme. */
export const PRINT_PALETTE: Palette = {
	text: '#1f2a33',
	grid: '#d5dbe0',
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

/** The page's current theme colours, read from its CSS variables. */
export function screenPalette(): Palette {
	const css = getComputedStyle(document.documentElement);
	const get = (v: string) => css.getPropertyValue(v).trim();
	const roles = Object.fromEntries(
		Object.entries(ROLE_VARS).map(([role, v]) => [role, get(v)])
	) as Record<ColorRole, string>;
	return { text: get('--text'), grid: get('--border'), roles };
}

/** One colour for a role, or one per bar for a list of roles. */
export const colors = (c: ColorRole | ColorRole[], p: Palette) =>
	Array.isArray(c) ? c.map((r) => p.roles[r]) : p.roles[c];
