import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreChange } from './score-changes';

describe('scoreChange', () => {
	it('keeps why a side has no score instead of treating it as 0', () => {
		expect(scoreChange(undefined, 0)).toEqual({
			before: null,
			after: 0,
			beforeState: 'out_of_scope',
			afterState: 'scored',
			delta: null
		});
		expect(scoreChange(10_000, null)).toEqual({
			before: 10_000,
			after: null,
			beforeState: 'scored',
			afterState: 'not_covered',
			delta: null
		});
		expect(scoreChange(2_500, 7_350).delta).toBe(4_850);
	});

	it('has a delta exactly when both sides are scored, equal to after minus before', () => {
		const value = fc.oneof(
			fc.integer({ min: 0, max: 10_000 }),
			fc.constant(null),
			fc.constant(undefined)
		);
		fc.assert(
			fc.property(value, value, (b, a) => {
				const c = scoreChange(b, a);
				const both = typeof a === 'number' && typeof b === 'number';
				expect(c.delta).toBe(both ? a - b : null);
				expect(c.beforeState === 'scored').toBe(typeof b === 'number');
				expect(c.afterState === 'scored').toBe(typeof a === 'number');
			})
		);
	});
});
