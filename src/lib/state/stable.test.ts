import { describe, expect, it } from 'vitest';
import { memoLast, sameList, stabilize } from './stable';

describe('stabilize', () => {
	it('keeps unchanged items and replaces changed ones', () => {
		const cache = new Map<string, { id: string; v: number }>();
		const first = stabilize(
			cache,
			[
				{ id: 'a', v: 1 },
				{ id: 'b', v: 1 }
			],
			(x) => x.id,
			(x, y) => x.v === y.v
		);
		const second = stabilize(
			cache,
			[
				{ id: 'a', v: 1 },
				{ id: 'b', v: 2 }
			],
			(x) => x.id,
			(x, y) => x.v === y.v
		);
		expect(second[0]).toBe(first[0]);
		expect(second[1]).not.toBe(first[1]);
		expect(second[1]?.v).toBe(2);
	});

	it('forgets items that are gone', () => {
		const cache = new Map<string, { id: string }>();
		stabilize(
			cache,
			[{ id: 'a' }, { id: 'b' }],
			(x) => x.id,
			() => true
		);
		stabilize(
			cache,
			[{ id: 'a' }],
			(x) => x.id,
			() => true
		);
		expect([...cache.keys()]).toEqual(['a']);
		expect(sameList([1, 2], [1, 2])).toBe(true);
		expect(sameList([1, 2], [2, 1])).toBe(false);
	});
});

describe('memoLast', () => {
	it('returns the last result while the arguments are the same, and recomputes otherwise', () => {
		let calls = 0;
		const double = memoLast((xs: readonly number[], k: number) => {
			calls++;
			return xs.map((x) => x * k);
		});
		const xs = [1, 2];
		const first = double(xs, 2);
		expect(double(xs, 2)).toBe(first);
		expect(calls).toBe(1);
		expect(double(xs, 3)).toEqual([3, 6]);
		expect(double([1, 2], 3)).toEqual([3, 6]);
		expect(calls).toBe(3);
		expect(double(xs, 2)).toEqual(first);
		expect(calls).toBe(4);
	});
});
