/** Wording for snapshot comparisons (pure). */
import { formatScore } from '$lib/domain/format';
import type { ScoreChange } from '$lib/domain/snapshots/score-changes';

export function sideValue(value: number | null, state: ScoreChange['beforeState']): string {
	if (state === 'out_of_scope') return 'Out of scope';
	if (state === 'not_covered') return 'Not covered';
	return formatScore(value);
}

/** '+12.5 points', '−3.0 points', 'no change', or what changed state. */
export function deltaText(c: ScoreChange): string {
	if (c.delta === null) {
		if (c.beforeState !== c.afterState)
			return `${sideValue(c.before, c.beforeState)} → ${sideValue(c.after, c.afterState)}`;
		return '—';
	}
	if (c.delta === 0) return 'no change';
	const points = (Math.abs(c.delta) / 100).toFixed(1);
	return `${c.delta > 0 ? '+' : '−'}${points} points`;
}

export function changed(c: ScoreChange): boolean {
	return c.delta !== 0 || c.beforeState !== c.afterState;
}
