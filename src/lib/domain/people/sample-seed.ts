/**
 * The seed of a Type II sample, as people read it aloud and type it again: eight characters in
 * two groups ("K7Q2-9XPA") from an alphabet without look-alikes (no 0/O, 1/I/L, U). Random bytes
 * are passed in (the page uses crypto.getRandomValues), so this stays pure. Any text the user
 * types is a valid seed once tidied: the auditor redraws from exactly what the screen shows.
 */

/**
 * 30 characters that cannot be mistaken for one another when read or typed. A byte modulo 30
 * favours a few characters slightly; a seed has to show the sample was not picked by hand, not
 * to be secret, so that does not matter.
 */
export const SEED_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export const SEED_LENGTH = 8;
export const MAX_SEED_LENGTH = 64;

/** A readable seed from random bytes (at least eight; each byte picks one character). */
export function formatSeed(bytes: ArrayLike<number>): string {
	if (bytes.length < SEED_LENGTH) throw new RangeError(`A seed needs ${SEED_LENGTH} random bytes`);
	let out = '';
	for (let i = 0; i < SEED_LENGTH; i++) {
		out += SEED_ALPHABET[(bytes[i] ?? 0) % SEED_ALPHABET.length];
		if (i === 3) out += '-';
	}
	return out;
}

/**
 * The seed as it is used and shown: spaces at either end removed, runs of spaces made one and
 * letters upper-cased, so "k7q2-9xpa " and "K7Q2-9XPA" draw the same sample.
 */
export function normaliseSeed(input: string): string {
	return input.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** Why a typed seed cannot be used, or null when it can. */
export function seedProblem(input: string): string | null {
	const seed = normaliseSeed(input);
	if (seed === '') return 'Enter a seed, or generate one.';
	if (seed.length > MAX_SEED_LENGTH)
		return `A seed is at most ${MAX_SEED_LENGTH} characters; this one has ${seed.length}.`;
	return null;
}
