/**
 * Team keys for end-to-end encrypted sync. Every device of a team derives the same two keys from
 * one secret: an AES-GCM key that seals document bodies and an HMAC key that turns record keys
 * into opaque document ids. Both are non-extractable, so a script cannot read them back out.
 *
 * The secret is either a passphrase (PBKDF2-SHA-256 with the remote database's salt, at the
 * backup's iteration count) or a team code (256 random bits, no stretching needed). It becomes
 * 32 bytes of root material that HKDF-SHA-256 expands into the two keys with distinct labels.
 * PBKDF2 is asked for 32 bytes only: a longer output costs the devices a second full run while an
 * attacker checking guesses still needs just the first block.
 */
import { importPassphrase, randomBytes } from '$lib/files/backup/crypto';
import { KDF_ITERATIONS, MAX_KDF_ITERATIONS, SALT_BYTES } from '$lib/files/backup/constants';
import { EnvelopeError } from './errors';
import { decodeTeamCode, encodeTeamCode, TEAM_KEY_BYTES } from './team-code';

export interface TeamKey {
	/** AES-GCM-256, seals and opens document bodies. */
	readonly enc: CryptoKey;
	/** HMAC-SHA-256, makes opaque document ids. */
	readonly ids: CryptoKey;
	/** A non-secret check value people compare between devices, stored beside the salt. */
	readonly fingerprint: string;
}

const LABEL = 'soc2-readiness/sync/v1';
const ENC_INFO = `${LABEL}/aes-gcm`;
const IDS_INFO = `${LABEL}/hmac-ids`;
/** Never a JSON array, so it cannot collide with an opaque id's HMAC input. */
const FINGERPRINT_INPUT = `${LABEL}/fingerprint`;
const FINGERPRINT_BYTES = 8;

const encoder = new TextEncoder();

function hkdf(info: string) {
	return { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(info) };
}

/** 8 bytes of HMAC(ids, label) as hex in groups of 4: short enough to read out loud. */
async function fingerprintOf(ids: CryptoKey): Promise<string> {
	const mac = await globalThis.crypto.subtle.sign('HMAC', ids, encoder.encode(FINGERPRINT_INPUT));
	const hex = Array.from(new Uint8Array(mac, 0, FINGERPRINT_BYTES), (b) =>
		b.toString(16).padStart(2, '0')
	).join('');
	return hex.match(/.{4}/g)?.join('-') ?? hex;
}

async function teamKeyFromRoot(root: Uint8Array<ArrayBuffer>): Promise<TeamKey> {
	const subtle = globalThis.crypto.subtle;
	const base = await subtle.importKey('raw', root, 'HKDF', false, ['deriveKey']);
	const [enc, ids] = await Promise.all([
		subtle.deriveKey(hkdf(ENC_INFO), base, { name: 'AES-GCM', length: 256 }, false, [
			'encrypt',
			'decrypt'
		]),
		subtle.deriveKey(hkdf(IDS_INFO), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, [
			'sign'
		])
	]);
	return Object.freeze({ enc, ids, fingerprint: await fingerprintOf(ids) });
}

/** A fresh salt for a new remote database (stored there in the clear: it is not secret). */
export function newTeamSalt(): Uint8Array<ArrayBuffer> {
	return randomBytes(SALT_BYTES);
}

/**
 * Derives the team key from a passphrase and the remote database's salt. The salt and iteration
 * count come from the server, so they are bounded: a server must not be able to talk a device
 * into a weak key (too few iterations, a short salt) or minutes of hashing (too many).
 */
export async function teamKeyFromPassphrase(
	passphrase: string,
	salt: Uint8Array,
	iterations: number = KDF_ITERATIONS
): Promise<TeamKey> {
	if (passphrase.length === 0) throw new EnvelopeError('malformed', 'Enter the team passphrase.');
	if (salt.length < SALT_BYTES) {
		throw new EnvelopeError('malformed', `The sync salt must be at least ${SALT_BYTES} bytes.`);
	}
	if (
		!Number.isInteger(iterations) ||
		iterations < KDF_ITERATIONS ||
		iterations > MAX_KDF_ITERATIONS
	) {
		throw new EnvelopeError(
			'malformed',
			`The sync key's iteration count must be a whole number from ${KDF_ITERATIONS} to ${MAX_KDF_ITERATIONS}.`
		);
	}
	const material = await importPassphrase(passphrase, 'deriveBits');
	const bits = await globalThis.crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
		material,
		TEAM_KEY_BYTES * 8
	);
	const root = new Uint8Array(bits);
	try {
		return await teamKeyFromRoot(root);
	} finally {
		root.fill(0); // the keys are made: the raw material has no further use in memory
	}
}

/** A new random team key, written as a team code to share with the other devices. */
export function generateTeamCode(): string {
	const root = randomBytes(TEAM_KEY_BYTES);
	try {
		return encodeTeamCode(root);
	} finally {
		root.fill(0);
	}
}

/** The team key a team code stands for; a malformed code or a typo is an EnvelopeError. */
export async function teamKeyFromCode(code: string): Promise<TeamKey> {
	const root = decodeTeamCode(code);
	try {
		return await teamKeyFromRoot(root);
	} finally {
		root.fill(0);
	}
}

/**
 * Throws 'wrong-key' unless the key's fingerprint is the one the remote database was set up with,
 * so a mistyped passphrase is reported before a single document is written or opened.
 */
export function assertFingerprint(key: TeamKey, expected: string): void {
	if (key.fingerprint !== expected.trim().toLowerCase()) {
		throw new EnvelopeError(
			'wrong-key',
			'This passphrase or team code is not the one this sync database was set up with.'
		);
	}
}
