import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVEL_TONE, scoreTone } from './score-tone';

describe('scoreTone', () => {
	it('is good from 80%, partial from 40%, poor below, muted without a score', () => {
		const values = [null, undefined, 0, 3999, 4300, 4400, 5000, 7999, 8000, 10000];
		expect(values.map(scoreTone)).toEqual([
			'muted',
			'muted',
			'bad',
			'bad',
			'warn',
			'warn',
			'warn',
			'warn',
			'ok',
			'ok'
		]);
	});

	it('never gives a higher score a worse colour', () => {
		const rank = { muted: -1, bad: 0, warn: 1, ok: 2 } as const;
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 10000 }),
				fc.integer({ min: 0, max: 10000 }),
				(a, b) => {
					const [lo, hi] = a <= b ? [a, b] : [b, a];
					expect(rank[scoreTone(lo)]).toBeLessThanOrEqual(rank[scoreTone(hi)]);
				}
			)
		);
	});

	it('colours each level, with no colour for a level not yet given', () => {
		expect(LEVEL_TONE.audit_ready).toBe('ok');
		expect(LEVEL_TONE.developing).toBe('warn');
		expect(LEVEL_TONE.not_ready).toBe('bad');
		expect(LEVEL_TONE.not_rated).toBe('muted');
		// An overall 43% is Developing: the figure and its level share the colour.
		expect(scoreTone(4300)).toBe(LEVEL_TONE.developing);
		expect(scoreTone(3900)).toBe(LEVEL_TONE.not_ready);
	});
});
