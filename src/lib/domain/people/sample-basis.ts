/**
 * The sample sizes in words: the table of sample-size.ts as rows a page or a file can print, and
 * the basis of one suggested size ("27 hires in the window: 5, the size for a population of
 * 13–52"). Said once here so the screen and the exports cannot drift apart. Pure.
 */
import { LARGE_POPULATION_MAX, LARGE_POPULATION_MIN, sampleSizeForPopulation } from './sample-size';
import type { PeopleProcess } from './sampling';

export const PROCESS_LABEL: Record<PeopleProcess, { one: string; many: string; title: string }> = {
	hires: { one: 'hire', many: 'hires', title: 'Hires' },
	leavers: { one: 'leaver', many: 'leavers', title: 'Leavers' },
	training_completions: {
		one: 'training completion',
		many: 'training completions',
		title: 'Security training completions'
	},
	access_changes: { one: 'access change', many: 'access changes', title: 'Access changes' }
};

/** A count with its noun: '1 hire', '27 hires'. */
export function countOf(process: PeopleProcess, n: number): string {
	const l = PROCESS_LABEL[process];
	return `${n} ${n === 1 ? l.one : l.many}`;
}

export interface SizeRow {
	/** Smallest and largest population of the row; null max for "more than". */
	min: number;
	max: number | null;
	/** The control frequency the row corresponds to. */
	likeFrequency: string;
	/** The sample, as a range for the last row. */
	sample: string;
}

/** The documented table (sample-size.ts), row by row. */
export const SIZE_TABLE: readonly SizeRow[] = [
	{ min: 1, max: 1, likeFrequency: 'annually', sample: '1' },
	{ min: 2, max: 4, likeFrequency: 'quarterly', sample: '2' },
	{ min: 5, max: 12, likeFrequency: 'monthly', sample: '2' },
	{ min: 13, max: 52, likeFrequency: 'weekly', sample: '5' },
	{ min: 53, max: 365, likeFrequency: 'daily', sample: '25' },
	{
		min: 366,
		max: null,
		likeFrequency: 'several times a day, or per event',
		sample: `${LARGE_POPULATION_MIN} to ${LARGE_POPULATION_MAX} (${LARGE_POPULATION_MIN} unless set higher)`
	}
];

/** '13–52', '1', 'more than 365' */
export function rangeLabel(row: SizeRow): string {
	if (row.max === null) return `more than ${row.min - 1}`;
	return row.min === row.max ? String(row.min) : `${row.min}–${row.max}`;
}

/** The row of the table a population of `n` falls in (undefined for an empty one). */
export function sizeRowFor(n: number): SizeRow | undefined {
	return SIZE_TABLE.find((r) => n >= r.min && (r.max === null || n <= r.max));
}

/**
 * Why a process gets the size it gets, in one sentence:
 * '27 hires in the window: 5, the size for a population of 13–52.'
 */
export function sizeBasis(
	process: PeopleProcess,
	n: number,
	size = sampleSizeForPopulation(n)
): string {
	const row = sizeRowFor(n);
	if (row === undefined)
		return `No ${PROCESS_LABEL[process].many} in the window: nothing to sample.`;
	const head = `${countOf(process, n)} in the window: ${size}`;
	if (size === sampleSizeForPopulation(n))
		return `${head}, the size for a population of ${rangeLabel(row)}.`;
	return `${head}, set by hand (the table gives ${sampleSizeForPopulation(n)} for a population of ${rangeLabel(row)}).`;
}

/** The basis of the sizes and who decides, in our words, for the page and the exports. */
export const SAMPLE_BASIS_NOTES: readonly string[] = [
	'Each hire, leaver, training completion and access change is one occurrence of a control that runs per event, so the sample size follows how many occurred in the window, by the table below. Its rows match the sizes service auditors commonly use for controls of each frequency.',
	'The sample is drawn at random from the seed shown: the same seed, window and roster always give the same people, so your auditor can draw it again and see that it was not picked by hand.',
	'This is a starting point for readiness, not the audit sample. Your auditor decides the final sample and its size, and may ask for more items, for example for a key control, where risk is higher or after finding an exception.'
];
