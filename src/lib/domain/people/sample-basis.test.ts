import { describe, expect, it } from 'vitest';
import { SIZE_TABLE, countOf, rangeLabel, sizeBasis, sizeRowFor } from './sample-basis';
import { sampleSizeForPopulation } from './sample-size';

describe('sizeBasis', () => {
	it('states the size and the row of the table it comes from', () => {
		expect(sizeBasis('hires', 27)).toBe(
			'27 hires in the window: 5, the size for a population of 13–52.'
		);
		expect(sizeBasis('leavers', 4)).toBe(
			'4 leavers in the window: 2, the size for a population of 2–4.'
		);
		expect(sizeBasis('leavers', 1)).toBe(
			'1 leaver in the window: 1, the size for a population of 1.'
		);
		expect(sizeBasis('access_changes', 400)).toBe(
			'400 access changes in the window: 25, the size for a population of more than 365.'
		);
		expect(sizeBasis('training_completions', 0)).toBe(
			'No training completions in the window: nothing to sample.'
		);
	});

	it('says when a size was set by hand', () => {
		expect(sizeBasis('hires', 27, 8)).toBe(
			'27 hires in the window: 8, set by hand (the table gives 5 for a population of 13–52).'
		);
	});
});

describe('SIZE_TABLE', () => {
	it('covers every population without gaps and agrees with the sizes drawn', () => {
		for (let n = 1; n <= 800; n++) {
			const row = sizeRowFor(n);
			expect(row, String(n)).toBeDefined();
			if (row && row.max !== null) expect(Number(row.sample)).toBe(sampleSizeForPopulation(n));
		}
		expect(sizeRowFor(0)).toBeUndefined();
		expect(SIZE_TABLE.map(rangeLabel)).toEqual([
			'1',
			'2–4',
			'5–12',
			'13–52',
			'53–365',
			'more than 365'
		]);
	});

	it('counts with the right noun', () => {
		expect(countOf('hires', 1)).toBe('1 hire');
		expect(countOf('training_completions', 3)).toBe('3 training completions');
	});
});
