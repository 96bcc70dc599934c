/**
 * Dated performances of a recurring control: the last one (`lastPerformed`) and the earlier ones
 * recorded with it. For Type II an auditor samples these across the observation window, so the
 * history must show the work on schedule from the window's start to today (docs/scoring.md).
 */
import { daysBetween } from '../dates';
import type { ControlState } from '../types';

/** Every recorded performance, oldest first, each date once. */
export function performances(
	s: Pick<ControlState, 'lastPerformed'> & Partial<Pick<ControlState, 'occurrences'>>
): string[] {
	const all = new Set(s.occurrences ?? []);
	if (s.lastPerformed) all.add(s.lastPerformed);
	return [...all].sort();
}

/**
 * Whether dated performances cover the window from `windowStart` to `today`: at least one inside
 * it, the first within `maxAge` days of the start, each next within `maxAge` of the one before,
 * and (unless `tail` is false) the last within `maxAge` of today. Performances before the window
 * do not count. Scoring passes `tail: false`: a stale last performance is its own gap (overdue).
 */
export function coversWindow(
	dates: readonly string[],
	windowStart: string,
	today: string,
	maxAge: number,
	tail = true
): boolean {
	const inside = dates.filter((d) => d >= windowStart && d <= today).sort();
	if (inside.length === 0) return false;
	let previous = windowStart;
	for (const d of inside) {
		if (daysBetween(previous, d) > maxAge) return false;
		previous = d;
	}
	return !tail || daysBetween(previous, today) <= maxAge;
}
