import { describe, expect, it } from 'vitest';
import { sameList, stabilize } from './stable';

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
