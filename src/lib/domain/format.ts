/** Formatting shared by screen, charts, PDF and CSV so every output shows the same figure. */

/** 100% in basis points: every score is an integer from 0 to FULL. */
export const FULL = 10_000;

/** '3 controls', '1 control'. */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** Basis points (0..10000) as a percentage with one decimal: 7350 -> '73.5%'. */
export function formatScore(bp: number | null | undefined): string {
	if (bp === null || bp === undefined) return 'Not covered';
	return `${(Math.round(bp) / 100).toFixed(1)}%`;
}

/** Relative "last edited" wording against a given now. */
export function formatRelative(iso: string, now: Date): string {
	const then = new Date(iso).getTime();
	const diff = Math.max(0, now.getTime() - then);
	const min = Math.floor(diff / 60_000);
	if (min < 1) return 'just now';
	if (min < 60) return `${min} min ago`;
	const h = Math.floor(min / 60);
	if (h < 24) return `${h} h ago`;
	const d = Math.floor(h / 24);
	if (d < 14) return `${d} day${d === 1 ? '' : 's'} ago`;
	return new Date(iso).toISOString().slice(0, 10);
}
