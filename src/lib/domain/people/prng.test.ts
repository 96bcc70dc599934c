import { describe, expect, it } from 'vitest';
import { fnv1a32, mulberry32, seededRandom } from './prng';

/** An independent mulberry32 in BigInt arithmetic, written from the published algorithm. */
function referenceMulberry32(seed: number, count: number): number[] {
	const M = 1n << 32n;
	const u = (x: bigint) => ((x % M) + M) % M;
	const mul = (x: bigint, y: bigint) => u(x * y);
	let a = BigInt(seed >>> 0);
	const out: number[] = [];
	for (let i = 0; i < count; i++) {
		a = u(a + 0x6d2b79f5n);
		let t = mul(a ^ (a >> 15n), 1n | a);
		t = u(t + mul(t ^ (t >> 7n), 61n | t)) ^ t;
		out.push(Number(u(t ^ (t >> 14n))) / 2 ** 32);
	}
	return out;
}

describe('fnv1a32', () => {
	it('gives the published FNV-1a test vectors', () => {
		expect(fnv1a32('')).toBe(0x811c9dc5);
		expect(fnv1a32('a')).toBe(0xe40c292c);
		expect(fnv1a32('foobar')).toBe(0xbf9cf968);
	});

	it('hashes UTF-8 bytes, so accented seeds differ from plain ones', () => {
		expect(fnv1a32('é')).not.toBe(fnv1a32('e'));
	});
});

describe('mulberry32', () => {
	it.each([0, 1, 42, 0xdeadbeef, 0xffffffff])('matches the reference for seed %d', (seed) => {
		const g = mulberry32(seed);
		const got = Array.from({ length: 50 }, () => g());
		expect(got).toEqual(referenceMulberry32(seed, 50));
	});

	it('stays in [0, 1) and spreads evenly', () => {
		const g = mulberry32(7);
		const buckets = new Array<number>(10).fill(0);
		let lo = 1;
		let hi = 0;
		for (let i = 0; i < 100_000; i++) {
			const x = g();
			lo = Math.min(lo, x);
			hi = Math.max(hi, x);
			const k = Math.floor(x * 10);
			buckets[k] = (buckets[k] ?? 0) + 1;
		}
		expect(lo).toBeGreaterThanOrEqual(0);
		expect(hi).toBeLessThan(1);
		expect(buckets).toHaveLength(10);
		for (const b of buckets) expect(Math.abs(b - 10_000)).toBeLessThan(500);
	});
});

describe('seededRandom', () => {
	it('repeats for the same seed and differs for another', () => {
		const a = seededRandom('Q3 2026');
		const b = seededRandom('Q3 2026');
		const c = seededRandom('Q3 2027');
		const sa = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(sa);
		expect([c(), c(), c()]).not.toEqual(sa);
	});
});
