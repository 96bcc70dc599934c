/**
 * The cleartext header of a format 2 backup (its `header.json` entry) and the encryption of the
 * other entries. The header holds the format, its version and, when encrypted, the key derivation
 * parameters: never user data. Each other entry is sealed on its own with AES-GCM under the key
 * derived from the passphrase, with a fresh random IV; the additional data is the header's exact
 * text and the entry's name, so an entry moved to another name, or a changed header, fails.
 */
import * as v from 'valibot';
import {
	BACKUP_FORMAT,
	CURRENT_FORMAT_VERSION,
	ENCRYPTED_SUFFIX,
	FIRST_ZIP_FORMAT_VERSION,
	IV_BYTES,
	KDF_ITERATIONS,
	MAX_KDF_ITERATIONS,
	SALT_BYTES,
	TAG_BYTES
} from './constants';
import { decodeBase64Strict, encodeBase64, randomBytes, type KeyProvider } from './crypto';
import { BackupError } from './errors';
import { isPlainObject, safeParseJson, stableStringify } from './safe-json';
import { readFormatVersion } from './upgrade';

export interface ContainerHeader {
	format: typeof BACKUP_FORMAT;
	/** The format the container was written in: 2 up to CURRENT_FORMAT_VERSION, all still read. */
	formatVersion: number;
	encryption: null | {
		cipher: 'AES-GCM';
		kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
	};
}

/** A header and the key its entries are sealed with (null when the backup is not encrypted). */
export interface OpenedHeader {
	header: ContainerHeader;
	/** The header entry's exact text: part of every sealed entry's additional data. */
	text: string;
	salt: Uint8Array<ArrayBuffer> | null;
}

/** The header is a few hundred bytes; anything much larger is not one. */
export const MAX_HEADER_BYTES = 4096;

/** The header text for a new backup (canonical JSON, so its bytes are what is authenticated). */
export function headerText(
	encryption: { salt: Uint8Array<ArrayBuffer>; iterations: number } | null
): string {
	const header: ContainerHeader = {
		format: BACKUP_FORMAT,
		formatVersion: CURRENT_FORMAT_VERSION,
		encryption: encryption && {
			cipher: 'AES-GCM',
			kdf: {
				name: 'PBKDF2',
				hash: 'SHA-256',
				iterations: encryption.iterations,
				salt: encodeBase64(encryption.salt)
			}
		}
	};
	return `${stableStringify(header)}\n`;
}

const headerSchema = v.strictObject({
	format: v.literal(BACKUP_FORMAT),
	formatVersion: v.pipe(
		v.number(),
		v.integer(),
		v.minValue(FIRST_ZIP_FORMAT_VERSION),
		v.maxValue(CURRENT_FORMAT_VERSION)
	),
	encryption: v.nullable(
		v.strictObject({
			cipher: v.literal('AES-GCM'),
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
		})
	)
});

function damagedHeader(): BackupError {
	return new BackupError(
		'damaged-archive',
		'This backup is damaged: its header (header.json) is not one this app writes.'
	);
}

/** Checks a header entry's text: canonical, strict fields, bounded iterations, exact salt size. */
export function openHeader(text: string): OpenedHeader {
	const raw = safeParseJson(text, { maxDepth: 4 });
	if (isPlainObject(raw) && raw.format === BACKUP_FORMAT)
		readFormatVersion(raw, CURRENT_FORMAT_VERSION); // a newer format gets its own message
	if (text !== `${stableStringify(raw)}\n`) throw damagedHeader();
	const parsed = v.safeParse(headerSchema, raw);
	if (!parsed.success) throw damagedHeader();
	const header = parsed.output;
	if (!header.encryption) return { header, text, salt: null };
	const salt = decodeBase64Strict(header.encryption.kdf.salt);
	if (salt?.length !== SALT_BYTES) throw damagedHeader();
	return { header, text, salt };
}

/** The name an entry is stored under: with ".enc" when the backup is encrypted. */
export function entryName(name: string, encrypted: boolean): string {
	return encrypted ? `${name}${ENCRYPTED_SUFFIX}` : name;
}

function additionalData(header: string, name: string): Uint8Array<ArrayBuffer> {
	return new TextEncoder().encode(`${header}${name}`);
}

/** IV, then ciphertext with its tag: what a sealed entry holds. */
export async function sealEntry(
	key: CryptoKey,
	header: string,
	name: string,
	plain: Uint8Array<ArrayBuffer>
): Promise<Uint8Array<ArrayBuffer>> {
	const iv = randomBytes(IV_BYTES);
	const sealed = await globalThis.crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: additionalData(header, name), tagLength: TAG_BYTES * 8 },
		key,
		plain
	);
	const out = new Uint8Array(IV_BYTES + sealed.byteLength);
	out.set(iv);
	out.set(new Uint8Array(sealed), IV_BYTES);
	return out;
}

/** How many more bytes a sealed entry holds than its contents. */
export const SEAL_OVERHEAD = IV_BYTES + TAG_BYTES;

/** The contents of a sealed entry, or null when it does not authenticate (wrong key or changed). */
export async function openEntry(
	key: CryptoKey,
	header: string,
	name: string,
	sealed: Uint8Array<ArrayBuffer>
): Promise<Uint8Array<ArrayBuffer> | null> {
	if (sealed.length < SEAL_OVERHEAD) return null;
	try {
		const plain = await globalThis.crypto.subtle.decrypt(
			{
				name: 'AES-GCM',
				iv: sealed.subarray(0, IV_BYTES),
				additionalData: additionalData(header, name),
				tagLength: TAG_BYTES * 8
			},
			key,
			sealed.subarray(IV_BYTES)
		);
		return new Uint8Array(plain);
	} catch {
		return null;
	}
}

/** The key of an encrypted header, from the passphrase's key provider. */
export function headerKey(opened: OpenedHeader, keys: KeyProvider): Promise<CryptoKey> {
	if (!opened.header.encryption || !opened.salt) throw new Error('This backup is not encrypted.');
	return keys(opened.salt, opened.header.encryption.kdf.iterations);
}
