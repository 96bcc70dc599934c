/**
 * Keeping object identity across recomputations. Dexie returns fresh objects on every query and
 * scoring builds fresh results, so without this one control's change would re-render every row
 * of a long list. Rows that did not change keep their previous object.
 */

/** Returns `next`, with each item replaced by the cached one when `same` says it did not change. */
export function stabilize<T>(
	cache: Map<string, T>,
	next: readonly T[],
	key: (item: T) => string,
	same: (a: T, b: T) => boolean
): T[] {
	const seen = new Set<string>();
	const out = next.map((item) => {
		const k = key(item);
		seen.add(k);
		const prev = cache.get(k);
		if (prev !== undefined && same(prev, item)) return prev;
		cache.set(k, item);
		return item;
	});
	for (const k of cache.keys()) if (!seen.has(k)) cache.delete(k);
	return out;
}

/** Shallow equality of two arrays of primitives. */
export function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
	return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * `fn` remembering its last call: while every argument is the same (`===`) as last time, the last
 * result is returned. Kept at module level, a page that is left and opened again finds its
 * derived lists ready instead of rebuilding them from the same store values.
 */
export function memoLast<A extends readonly unknown[], R>(
	fn: (...args: A) => R
): (...args: A) => R {
	let last: { args: A; result: R } | null = null;
	return (...args: A) => {
		if (last && last.args.length === args.length && last.args.every((v, i) => v === args[i]))
			return last.result;
		const result = fn(...args);
		last = { args, result };
		return result;
	};
}
