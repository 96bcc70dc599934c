/** Counts of risks per likelihood × impact cell: the heat map and its table. Pure. */
import type { RiskRating } from './records';
import { SCALE_MAX, bandOf, onScale, type RiskBand } from './scale';

/** counts[likelihood − 1][impact − 1]; ratings off the scale are left out. */
export function heatCounts(ratings: readonly RiskRating[]): number[][] {
	const out = Array.from({ length: SCALE_MAX }, () => Array<number>(SCALE_MAX).fill(0));
	for (const r of ratings) {
		if (!onScale(r.likelihood) || !onScale(r.impact)) continue;
		const row = out[r.likelihood - 1];
		if (row) row[r.impact - 1] = (row[r.impact - 1] ?? 0) + 1;
	}
	return out;
}

/** The band of each cell, same shape as `heatCounts`. */
export function heatBands(): RiskBand[][] {
	return Array.from({ length: SCALE_MAX }, (_, l) =>
		Array.from({ length: SCALE_MAX }, (_, i) => bandOf((l + 1) * (i + 1)))
	);
}
