import { describe, expect, it } from 'vitest';
import { sampleSize, sampleSizeForPopulation } from './sample-size';

describe('sampleSizeForPopulation', () => {
	it.each([
		[0, 0],
		[1, 1],
		[2, 2],
		[4, 2],
		[5, 2],
		[12, 2],
		[13, 5],
		[52, 5],
		[53, 25],
		[365, 25],
		[366, 25],
		[10_000, 25]
	])('population %d -> %d', (n, size) => {
		expect(sampleSizeForPopulation(n)).toBe(size);
	});

	it('takes a larger sample for big populations when asked, within 25 to 60', () => {
		expect(sampleSizeForPopulation(400, { largePopulation: 40 })).toBe(40);
		expect(sampleSizeForPopulation(400, { largePopulation: 100 })).toBe(60);
		expect(sampleSizeForPopulation(400, { largePopulation: 5 })).toBe(25);
		expect(sampleSizeForPopulation(300, { largePopulation: 60 })).toBe(25);
	});

	it('gives nothing for nonsense sizes', () => {
		expect(sampleSizeForPopulation(-3)).toBe(0);
		expect(sampleSizeForPopulation(Number.NaN)).toBe(0);
	});
});

describe('sampleSize', () => {
	it('follows the frequency for scheduled controls', () => {
		expect(sampleSize(4, 'quarterly')).toBe(2);
		expect(sampleSize(12, 'monthly')).toBe(2);
		expect(sampleSize(52, 'weekly')).toBe(5);
		expect(sampleSize(250, 'daily')).toBe(25);
		expect(sampleSize(1, 'annually')).toBe(1);
	});

	it('never asks for more than the population', () => {
		expect(sampleSize(3, 'daily')).toBe(3);
		expect(sampleSize(1, 'weekly')).toBe(1);
		expect(sampleSize(0, 'monthly')).toBe(0);
	});

	it('uses the population size for per-event and continuous controls', () => {
		expect(sampleSize(40, 'per_event')).toBe(5);
		expect(sampleSize(400, 'continuous')).toBe(25);
		expect(sampleSize(40)).toBe(5);
	});
});
