/**
 * Small functions the benchmark harness times ("export and encryption of 20 full assessments",
 * "key derivation"). They do the work and return sizes; timing is the caller's.
 */
import { CATALOG_VERSION } from '$lib/catalog/version';
import { KDF_ITERATIONS, SALT_BYTES } from '../files/backup/constants';
import { deriveBackupKey, encryptWithKey, randomBytes } from '../files/backup/crypto';
import { buildBundle, serializeBundle, type BackupAssessment } from '../files/backup/format';

export { syntheticAssessments } from './synthetic-assessments';

/** A key derived ahead of time, to time encryption without the key derivation. */
export interface PreparedKey {
	key: CryptoKey;
	salt: Uint8Array<ArrayBuffer>;
}

/** Derives one backup key (PBKDF2-SHA256, 600,000 iterations) from a fresh salt. */
export async function benchDeriveKey(passphrase: string): Promise<PreparedKey> {
	const salt = randomBytes(SALT_BYTES);
	return { key: await deriveBackupKey(passphrase, salt, KDF_ITERATIONS), salt };
}

/**
 * Builds a bundle from `assessments`, serialises and encrypts it: what "Export backup" with a
 * passphrase does. Derives the key unless `prepared` is given. Returns the sizes in characters.
 */
export async function benchExportEncrypt(
	assessments: readonly BackupAssessment[],
	passphrase: string,
	prepared?: PreparedKey
): Promise<{ plainChars: number; encryptedChars: number }> {
	const text = serializeBundle(
		buildBundle({
			assessments,
			templates: [],
			appVersion: 'bench',
			catalogVersion: CATALOG_VERSION,
			exportedAt: new Date(0).toISOString()
		})
	);
	const { key, salt } = prepared ?? (await benchDeriveKey(passphrase));
	const encrypted = await encryptWithKey(text, key, salt, KDF_ITERATIONS);
	return { plainChars: text.length, encryptedChars: encrypted.length };
}
