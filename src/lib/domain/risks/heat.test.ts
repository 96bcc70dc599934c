import { describe, expect, it } from 'vitest';
import { heatBands, heatCounts } from './heat';

describe('heat map counts', () => {
	it('counts each rating in its cell and skips ratings off the scale', () => {
		const c = heatCounts([
			{ likelihood: 1, impact: 1 },
			{ likelihood: 4, impact: 5 },
			{ likelihood: 4, impact: 5 },
			{ likelihood: 7, impact: 2 }
		]);
		expect(c[0]).toEqual([1, 0, 0, 0, 0]);
		expect(c[3]).toEqual([0, 0, 0, 0, 2]);
		expect(c.flat().reduce((a, b) => a + b, 0)).toBe(3);
	});
	it('bands cells by likelihood × impact', () => {
		const b = heatBands();
		expect(b[0]).toEqual(['low', 'low', 'low', 'low', 'medium']);
		expect(b[2]).toEqual(['low', 'medium', 'medium', 'high', 'high']);
		expect(b[4]).toEqual(['medium', 'high', 'high', 'critical', 'critical']);
	});
});
