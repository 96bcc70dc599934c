/**
 * How many items to test from a population, by its size or by how often the control runs. The
 * table follows the rule of thumb widely used by service auditors for tests of controls (sizes
 * grow with frequency, capped for populations of many occurrences); it is a starting point for
 * readiness, not a rule: the auditor decides the final sample, and may ask for more where a
 * control is key, risk is higher or deviations are found.
 *
 * | occurrences in the window | like a control run | sample |
 * | --- | --- | --- |
 * | 1 | annually | 1 |
 * | 2–4 | quarterly | 2 |
 * | 5–12 | monthly | 2 |
 * | 13–52 | weekly | 5 |
 * | 53–365 | daily | 25 |
 * | more than 365 | several times a day, or per event | 25 to 60 (25 unless set higher) |
 *
 * The sample is never larger than the population: a window with one hire tests that hire, even
 * where the frequency row would ask for more.
 */
import type { Frequency } from '$lib/catalog';

export const LARGE_POPULATION_MIN = 25;
export const LARGE_POPULATION_MAX = 60;

export interface SampleSizeOptions {
	/** Sample for populations over 365, clamped to 25–60; 25 by default. */
	largePopulation?: number;
}

/** The sample size for a population of `n` items (0 for an empty one). */
export function sampleSizeForPopulation(n: number, opts: SampleSizeOptions = {}): number {
	if (!Number.isFinite(n) || n <= 0) return 0;
	let size: number;
	if (n <= 1) size = 1;
	else if (n <= 12) size = 2;
	else if (n <= 52) size = 5;
	else if (n <= 365) size = 25;
	else {
		const large = Math.round(opts.largePopulation ?? LARGE_POPULATION_MIN);
		size = Math.min(LARGE_POPULATION_MAX, Math.max(LARGE_POPULATION_MIN, large));
	}
	return Math.min(size, Math.floor(n));
}

/** The sample size the table gives a control of this frequency over a year. */
const BY_FREQUENCY: Partial<Record<Frequency, number>> = {
	annually: 1,
	quarterly: 2,
	monthly: 2,
	weekly: 5,
	daily: 25
};

/**
 * The sample size for a population of `n`: by the control's frequency when it recurs on a
 * schedule, by the population's size for per-event and continuous controls; never more than
 * the population.
 */
export function sampleSize(
	n: number,
	frequency: Frequency | null = null,
	opts: SampleSizeOptions = {}
): number {
	const bySize = sampleSizeForPopulation(n, opts);
	const byFrequency = frequency === null ? undefined : BY_FREQUENCY[frequency];
	if (byFrequency === undefined || bySize === 0) return bySize;
	return Math.min(byFrequency, Math.floor(n));
}
