/**
 * Passphrase encryption of backups with WebCrypto: AES-GCM-256, key from PBKDF2-SHA256. The
 * envelope is compact canonical JSON; its header (everything but the ciphertext) is the AES-GCM
 * additional data, so changing any parameter fails authentication. Every failure to decrypt is
 * reported with the same message: a wrong passphrase and a damaged file look identical to GCM.
 */
import * as v from 'valibot';
import {
	CURRENT_ENVELOPE_VERSION,
	ENCRYPTED_FORMAT,
	IV_BYTES,
	KDF_ITERATIONS,
	MAX_JSON_BYTES,
	MAX_KDF_ITERATIONS,
	SALT_BYTES,
	TAG_BYTES
} from './constants';
import { BackupError, wrongPassphrase } from './errors';
import { isPlainObject, safeParseJson, stableStringify } from './safe-json';
import { readFormatVersion } from './upgrade';

const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 with padding. */
export function encodeBase64(bytes: Uint8Array): string {
	let binary = '';
	const CHUNK = 0x8000;
	for (let i = 0; i < bytes.length; i += CHUNK) {
		binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	}
	return btoa(binary);
}

/**
 * Strict base64: padded, no whitespace, and canonical (the unused low bits of the last character
 * must be zero), so two different texts never decode to the same bytes. Null when not.
 */
export function decodeBase64Strict(text: string): Uint8Array<ArrayBuffer> | null {
	if (!BASE64_RE.test(text)) return null;
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return encodeBase64(bytes) === text ? bytes : null;
}

/** Provides the AES key for a salt and iteration count (tests cache one per salt). */
export type KeyProvider = (salt: Uint8Array<ArrayBuffer>, iterations: number) => Promise<CryptoKey>;

/**
 * A passphrase as PBKDF2 key material. NFC-normalised so the same words typed on another keyboard
 * or system give the same key; team sync keys ($lib/sync) use it too, so both agree on that rule.
 */
export function importPassphrase(
	passphrase: string,
	usage: 'deriveKey' | 'deriveBits'
): Promise<CryptoKey> {
	return globalThis.crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(passphrase.normalize('NFC')),
		'PBKDF2',
		false,
		[usage]
	);
}

/** Derives the AES-GCM-256 key from a passphrase with PBKDF2-SHA256. */
export async function deriveBackupKey(
	passphrase: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number = KDF_ITERATIONS
): Promise<CryptoKey> {
	const material = await importPassphrase(passphrase, 'deriveKey');
	return globalThis.crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

/** A KeyProvider that derives from one passphrase. */
export function passphraseKeys(passphrase: string): KeyProvider {
	return (salt, iterations) => deriveBackupKey(passphrase, salt, iterations);
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
	return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

interface EnvelopeHeader {
	cipher: { name: 'AES-GCM'; iv: string };
	format: typeof ENCRYPTED_FORMAT;
	formatVersion: typeof CURRENT_ENVELOPE_VERSION;
	kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
}

export interface Envelope extends EnvelopeHeader {
	ciphertext: string;
}

function additionalData(header: EnvelopeHeader): Uint8Array<ArrayBuffer> {
	const { cipher, format, formatVersion, kdf } = header;
	return new TextEncoder().encode(stableStringify({ cipher, format, formatVersion, kdf }));
}

/**
 * Encrypts text under an already derived key (made from `salt` and `iterations`), returning the
 * envelope file text. `iv` is random unless given (tests only: never reuse an IV with a key).
 */
export async function encryptWithKey(
	plaintext: string,
	key: CryptoKey,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number,
	iv: Uint8Array<ArrayBuffer> = randomBytes(IV_BYTES)
): Promise<string> {
	const header: EnvelopeHeader = {
		cipher: { name: 'AES-GCM', iv: encodeBase64(iv) },
		format: ENCRYPTED_FORMAT,
		formatVersion: CURRENT_ENVELOPE_VERSION,
		kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: encodeBase64(salt) }
	};
	const sealed = await globalThis.crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: additionalData(header), tagLength: TAG_BYTES * 8 },
		key,
		new TextEncoder().encode(plaintext)
	);
	const envelope: Envelope = { ...header, ciphertext: encodeBase64(new Uint8Array(sealed)) };
	return `${stableStringify(envelope)}\n`;
}

/** Encrypts text with a passphrase: fresh random salt and IV, 600,000 PBKDF2 iterations. */
export async function encryptText(plaintext: string, passphrase: string): Promise<string> {
	if (passphrase.length === 0) throw new Error('A passphrase is required to encrypt a backup.');
	const salt = randomBytes(SALT_BYTES);
	const key = await deriveBackupKey(passphrase, salt, KDF_ITERATIONS);
	return encryptWithKey(plaintext, key, salt, KDF_ITERATIONS);
}

const envelopeSchema = v.strictObject({
	cipher: v.strictObject({ name: v.literal('AES-GCM'), iv: v.string() }),
	ciphertext: v.string(),
	format: v.literal(ENCRYPTED_FORMAT),
	formatVersion: v.literal(CURRENT_ENVELOPE_VERSION),
	kdf: v.strictObject({
		name: v.literal('PBKDF2'),
		hash: v.literal('SHA-256'),
		iterations: v.pipe(
			v.number(),
			v.integer(),
			v.minValue(KDF_ITERATIONS),
			v.maxValue(MAX_KDF_ITERATIONS)
		),
		salt: v.string()
	})
});

/** True when parsed JSON claims to be an encrypted backup (decryption checks the rest). */
export function looksEncrypted(raw: unknown): boolean {
	return isPlainObject(raw) && raw.format === ENCRYPTED_FORMAT;
}

/**
 * Parses and checks an envelope: canonical text (so no byte can change unnoticed), strict
 * fields, iteration count within bounds, exact salt, IV and tag sizes.
 */
function openEnvelope(text: string) {
	const raw = safeParseJson(text, { longStringKeys: ['ciphertext'], maxDepth: 4 });
	if (isPlainObject(raw) && raw.format === ENCRYPTED_FORMAT)
		readFormatVersion(raw, CURRENT_ENVELOPE_VERSION); // a newer envelope gets its own message
	const canonical = stableStringify(raw);
	if (text !== canonical && text !== `${canonical}\n`) throw wrongPassphrase();
	const parsed = v.safeParse(envelopeSchema, raw);
	if (!parsed.success) throw wrongPassphrase();
	const envelope = parsed.output;
	const salt = decodeBase64Strict(envelope.kdf.salt);
	const iv = decodeBase64Strict(envelope.cipher.iv);
	const sealed = decodeBase64Strict(envelope.ciphertext);
	if (
		salt?.length !== SALT_BYTES ||
		iv?.length !== IV_BYTES ||
		!sealed ||
		sealed.length < TAG_BYTES
	)
		throw wrongPassphrase();
	return { envelope, salt, iv, sealed };
}

/**
 * Decrypts envelope text to the plaintext it holds. Every failure (bad JSON, changed header,
 * out-of-range iterations, wrong key, changed ciphertext) is "Wrong passphrase or damaged file.",
 * except an envelope from a newer app, which says so.
 */
export async function decryptText(text: string, keyFor: KeyProvider): Promise<string> {
	if (text.length > MAX_JSON_BYTES) throw wrongPassphrase();
	let opened: ReturnType<typeof openEnvelope>;
	try {
		opened = openEnvelope(text);
	} catch (e) {
		if (e instanceof BackupError && e.code === 'newer-format') throw e;
		throw wrongPassphrase();
	}
	const { envelope, salt, iv, sealed } = opened;
	try {
		const key = await keyFor(salt, envelope.kdf.iterations);
		const plain = await globalThis.crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv, additionalData: additionalData(envelope), tagLength: TAG_BYTES * 8 },
			key,
			sealed
		);
		return new TextDecoder('utf-8', { fatal: true }).decode(plain);
	} catch {
		throw wrongPassphrase();
	}
}
