/**
 * A small seeded random number generator, so a sample drawn today can be drawn again by the
 * auditor from the seed shown on screen. Not for secrets: FNV-1a and mulberry32 are chosen
 * because they are tiny, public and easy to re-implement, not because they are strong.
 */

/** 32-bit FNV-1a hash of the string's UTF-8 bytes (offset basis 2166136261, prime 16777619). */
export function fnv1a32(text: string): number {
	let h = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		h ^= byte;
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** mulberry32: a generator of floats in [0, 1) from a 32-bit state. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A generator seeded from text: the same text gives the same sequence everywhere. */
export function seededRandom(seed: string): () => number {
	return mulberry32(fnv1a32(seed));
}
