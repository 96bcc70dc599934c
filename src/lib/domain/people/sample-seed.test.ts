import { describe, expect, it } from 'vitest';
import { SEED_ALPHABET, formatSeed, normaliseSeed, seedProblem } from './sample-seed';

describe('formatSeed', () => {
	it('writes eight characters in two groups of four', () => {
		expect(formatSeed([0, 1, 2, 3, 4, 5, 6, 7])).toBe('2345-6789');
		expect(formatSeed(new Uint8Array(8).fill(255))).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
	});

	it('uses no characters that look alike', () => {
		for (const ch of '01ILOU') expect(SEED_ALPHABET).not.toContain(ch);
		const all = formatSeed(Array.from({ length: 8 }, (_, i) => i * 37));
		expect(all).toMatch(/^[^01ILOU]+$/);
	});

	it('refuses fewer than eight bytes', () => {
		expect(() => formatSeed([1, 2, 3])).toThrow(RangeError);
	});
});

describe('normaliseSeed and seedProblem', () => {
	it('trims, collapses spaces and upper-cases, so a retyped seed draws the same', () => {
		expect(normaliseSeed('  k7q2-9xpa ')).toBe('K7Q2-9XPA');
		expect(normaliseSeed('test   seed')).toBe('TEST SEED');
	});

	it('accepts any text up to 64 characters and says what is wrong otherwise', () => {
		expect(seedProblem('TEST-SEED')).toBeNull();
		expect(seedProblem('   ')).toBe('Enter a seed, or generate one.');
		expect(seedProblem('x'.repeat(65))).toMatch(/at most 64 characters; this one has 65/);
	});
});
