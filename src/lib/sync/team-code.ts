/**
 * Team codes: a random 256-bit team key written for people to copy, read out or type. Crockford's
 * base32 (digits and capitals without I, L, O, U, so nothing looks alike; I, L and O are read as
 * 1, 1 and 0), 52 symbols for the key and 4 check symbols, shown in groups of 4.
 *
 * The check value is the key's symbols read as one base-32 number, modulo the prime P. Changing
 * one symbol by d changes that number by d * 32^i, and swapping two neighbours by
 * (a - b) * 31 * 32^i; P is a prime above 32, so neither is ever a multiple of P: every single
 * typo and every swap of two adjacent key symbols is caught, not just most of them.
 */
import { EnvelopeError } from './errors';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Read as the digits they look like: people type what they see. */
const LOOKALIKES: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };
/** The largest prime below 2^20, so the check value fits the 4 check symbols (20 bits). */
const CHECK_PRIME = 1_048_573;
const CHECK_SYMBOLS = 4;
const GROUP = 4;

export const TEAM_KEY_BYTES = 32;
/** 256 bits in 5-bit symbols: 52, the last holding 1 bit and 4 zero bits. */
const KEY_SYMBOLS = Math.ceil((TEAM_KEY_BYTES * 8) / 5);
export const TEAM_CODE_SYMBOLS = KEY_SYMBOLS + CHECK_SYMBOLS;

function toSymbols(bytes: Uint8Array): number[] {
	const symbols: number[] = [];
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = ((buffer << 8) | byte) & 0xfff;
		bits += 8;
		while (bits >= 5) {
			bits -= 5;
			symbols.push((buffer >> bits) & 31);
		}
	}
	if (bits > 0) symbols.push((buffer << (5 - bits)) & 31);
	return symbols;
}

/** Null when the last symbol's padding bits are not zero (no code this module wrote). */
function fromSymbols(symbols: readonly number[], length: number): Uint8Array<ArrayBuffer> | null {
	const bytes = new Uint8Array(length);
	let buffer = 0;
	let bits = 0;
	let at = 0;
	for (const symbol of symbols) {
		buffer = ((buffer << 5) | symbol) & 0xfff;
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			bytes[at++] = (buffer >> bits) & 0xff;
		}
	}
	return (buffer & ((1 << bits) - 1)) === 0 ? bytes : null;
}

function checkValue(symbols: readonly number[]): number {
	let value = 0;
	for (const symbol of symbols) value = (value * 32 + symbol) % CHECK_PRIME;
	return value;
}

function checkSymbols(value: number): number[] {
	return Array.from(
		{ length: CHECK_SYMBOLS },
		(_, i) => (value >> (5 * (CHECK_SYMBOLS - 1 - i))) & 31
	);
}

/** Writes 32 key bytes as a team code: 14 groups of 4 symbols joined by hyphens. */
export function encodeTeamCode(key: Uint8Array): string {
	if (key.length !== TEAM_KEY_BYTES) throw new RangeError(`A team key is ${TEAM_KEY_BYTES} bytes.`);
	const data = toSymbols(key);
	const text = [...data, ...checkSymbols(checkValue(data))].map((s) => ALPHABET[s]).join('');
	return text.match(new RegExp(`.{${GROUP}}`, 'g'))?.join('-') ?? text;
}

function refuse(message: string): EnvelopeError {
	return new EnvelopeError('malformed', message);
}

/**
 * Reads a team code back to its 32 key bytes. Case, spaces and hyphens do not matter; anything
 * else wrong (a foreign character, a missing or extra symbol, a typo) is refused with a message
 * a person can act on.
 */
export function decodeTeamCode(code: string): Uint8Array<ArrayBuffer> {
	const compact = code.toUpperCase().replace(/[\s-]/g, '');
	if (compact.length === 0) throw refuse('Enter the team code.');
	const symbols: number[] = [];
	for (const char of compact) {
		const index = ALPHABET.indexOf(LOOKALIKES[char] ?? char);
		if (index < 0) {
			throw refuse(
				`A team code has only digits and the letters A to Z except U; "${char}" is not one of them.`
			);
		}
		symbols.push(index);
	}
	if (symbols.length !== TEAM_CODE_SYMBOLS) {
		throw refuse(
			`A team code has ${TEAM_CODE_SYMBOLS} letters and digits (${TEAM_CODE_SYMBOLS / GROUP} groups of ${GROUP}); this one has ${symbols.length}.`
		);
	}
	const data = symbols.slice(0, KEY_SYMBOLS);
	const expected = checkSymbols(checkValue(data));
	if (expected.some((s, i) => s !== symbols[KEY_SYMBOLS + i])) {
		throw refuse(
			'This team code has a typo: its last group does not match the rest. Compare it with the original group by group.'
		);
	}
	const key = fromSymbols(data, TEAM_KEY_BYTES);
	if (!key) throw refuse('This is not a team code made by this app.');
	return key;
}
