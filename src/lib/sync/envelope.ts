/**
 * The end-to-end encryption envelope of team sync: what the server stores in place of a record.
 * Document ids are HMACs of the record's table and key, bodies are AES-GCM ciphertexts, so the
 * server learns ids, sizes and times only. The additional data binds each body to its document
 * id and envelope version: a body copied to another id, or read as another version, fails its
 * tag like any changed byte does. Nothing here touches the network or the database.
 */
import { IV_BYTES, TAG_BYTES } from '$lib/files/backup/constants';
import { randomBytes } from '$lib/files/backup/crypto';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { EnvelopeError } from './errors';
import type { TeamKey } from './team-key';

export { EnvelopeError, type EnvelopeErrorKind } from './errors';
export {
	assertFingerprint,
	generateTeamCode,
	newTeamSalt,
	teamKeyFromCode,
	teamKeyFromPassphrase,
	type TeamKey
} from './team-key';

export const SEALED_VERSION = 1;
export const OPAQUE_ID_PREFIX = 'r_';
const AAD_LABEL = 'soc2-readiness/sync/doc';

export interface SealedDoc {
	v: typeof SEALED_VERSION;
	/** The 96-bit AES-GCM nonce, base64url. */
	iv: string;
	/** Ciphertext and 128-bit tag, base64url. */
	ct: string;
}

const encoder = new TextEncoder();

/** A JSON array, so no choice of table or key can make two different inputs the same bytes. */
function additionalData(docId: string, version: number): Uint8Array<ArrayBuffer> {
	return encoder.encode(JSON.stringify([AAD_LABEL, version, docId]));
}

/**
 * The document id for a record: 'r_' and the base64url HMAC-SHA-256 of [table, recordKey]. Every
 * device with the same team key gets the same id, and the id says nothing about the record.
 */
export async function opaqueId(key: TeamKey, table: string, recordKey: string): Promise<string> {
	if (table.length === 0) throw new TypeError('opaqueId needs a table name.');
	const input = encoder.encode(JSON.stringify(['record', table, recordKey]));
	const mac = await globalThis.crypto.subtle.sign('HMAC', key.ids, input);
	return OPAQUE_ID_PREFIX + encodeBase64Url(new Uint8Array(mac));
}

/**
 * Seals a JSON value for a document id with a fresh random IV. The payload goes through
 * JSON.stringify, so what opens is its JSON form (a Date comes back as a string); a value JSON
 * cannot hold (undefined, a function, a BigInt, a cycle) is refused rather than stored wrong.
 */
export async function sealDoc(key: TeamKey, docId: string, payload: unknown): Promise<SealedDoc> {
	const json: string | undefined = JSON.stringify(payload);
	if (json === undefined) throw new TypeError('Only a JSON value can be sealed.');
	const iv = randomBytes(IV_BYTES);
	const ct = await globalThis.crypto.subtle.encrypt(
		{
			name: 'AES-GCM',
			iv,
			additionalData: additionalData(docId, SEALED_VERSION),
			tagLength: TAG_BYTES * 8
		},
		key.enc,
		encoder.encode(json)
	);
	return { v: SEALED_VERSION, iv: encodeBase64Url(iv), ct: encodeBase64Url(new Uint8Array(ct)) };
}

function malformed(docId: string, why: string): EnvelopeError {
	return new EnvelopeError('malformed', `Document ${docId} is not a sealed document: ${why}.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the shape before any decryption. Keys starting with '_' are CouchDB's own (_id, _rev,
 * _conflicts...) and are let through, so a whole fetched document can be passed; any other
 * unknown field is refused, since nothing outside iv and ct is authenticated.
 */
function readSealed(docId: string, sealed: unknown) {
	if (!isRecord(sealed)) throw malformed(docId, 'not an object');
	const { v, iv, ct } = sealed;
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
		throw malformed(docId, 'no envelope version');
	}
	if (v !== SEALED_VERSION) {
		throw new EnvelopeError(
			'unsupported-version',
			`Document ${docId} was sealed by a newer version of the app (envelope ${v}); update this app to read it.`
		);
	}
	const extra = Object.keys(sealed).find(
		(k) => !k.startsWith('_') && !['v', 'iv', 'ct'].includes(k)
	);
	if (extra !== undefined) throw malformed(docId, `unexpected field "${extra}"`);
	if (typeof iv !== 'string' || typeof ct !== 'string') throw malformed(docId, 'iv or ct missing');
	const ivBytes = decodeBase64Url(iv);
	const ctBytes = decodeBase64Url(ct);
	if (ivBytes?.length !== IV_BYTES) throw malformed(docId, 'the iv is not 12 base64url bytes');
	if (!ctBytes || ctBytes.length < TAG_BYTES) throw malformed(docId, 'the ct is not base64url');
	return { version: v, iv: ivBytes, ct: ctBytes };
}

/**
 * Opens a sealed document to its payload, or throws an EnvelopeError: 'malformed' (not an
 * envelope), 'unsupported-version' (from a newer app) or 'tampered' (the tag fails: changed, moved
 * from another id, or sealed under another key; compare fingerprints first to tell that apart).
 * Never returns partial data: AES-GCM releases no plaintext unless the whole tag checks.
 */
export async function openDoc(key: TeamKey, docId: string, sealed: unknown): Promise<unknown> {
	const { version, iv, ct } = readSealed(docId, sealed);
	let plain: ArrayBuffer;
	try {
		plain = await globalThis.crypto.subtle.decrypt(
			{
				name: 'AES-GCM',
				iv,
				additionalData: additionalData(docId, version),
				tagLength: TAG_BYTES * 8
			},
			key.enc,
			ct
		);
	} catch (cause) {
		throw new EnvelopeError(
			'tampered',
			`Document ${docId} failed its integrity check: it was changed, moved from another document or sealed with another key.`,
			{ cause }
		);
	}
	try {
		// Authentic but not UTF-8 JSON: only a device holding the key could have written it.
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
	} catch (cause) {
		throw new EnvelopeError('malformed', `Document ${docId} holds no JSON payload.`, { cause });
	}
}

/**
 * Re-seals one document under a new team key (a passphrase change): open with the old key, seal
 * with the new. A document that already opens under the new key is returned as it is, so a
 * passphrase change interrupted halfway can simply be run again over every document.
 */
export async function rekey(
	oldKey: TeamKey,
	newKey: TeamKey,
	docId: string,
	sealed: unknown
): Promise<SealedDoc> {
	let payload: unknown;
	try {
		payload = await openDoc(oldKey, docId, sealed);
	} catch (e) {
		if (!(e instanceof EnvelopeError) || e.kind !== 'tampered') throw e;
		await openDoc(newKey, docId, sealed).catch(() => Promise.reject(e));
		const { iv, ct } = readSealed(docId, sealed);
		return { v: SEALED_VERSION, iv: encodeBase64Url(iv), ct: encodeBase64Url(ct) };
	}
	return sealDoc(newKey, docId, payload);
}
