/**
 * Reading and writing backup files: the entry points the import and export screens call.
 * Reading runs every check in order (size, UTF-8, JSON safety, format version, every field,
 * catalog version, cross-record consistency). Catalog migrations are applied when the checked
 * bundle is imported (see catalog-migrate.ts), so the preview can say what they change.
 */
import { catalog as appCatalog } from '$lib/catalog';
import {
	looksLikeZip,
	openZipBackup,
	readZipBackup,
	type LoadedBackup,
	type ReadZipOptions,
	type ZipBackup
} from './container-read';
import {
	decryptText,
	encryptText,
	looksEncrypted,
	passphraseKeys,
	type KeyProvider
} from './crypto';
import { BackupError } from './errors';
import { filesOf, serializeBundle, type BackupBundle } from './format';
import { bundleFromJson, type BackupCatalog } from './read-json';
import { readBackupText, safeParseJson } from './safe-json';

export { bundleFromJson, type BackupCatalog };

/**
 * A file that has been opened: a checked format 1 bundle, an encrypted format 1 file waiting for
 * its passphrase, or a format 2 ZIP (its directory and header read; see `loadBackup`).
 */
export type OpenedBackup =
	| { kind: 'plain'; bundle: BackupBundle }
	| { kind: 'encrypted'; text: string }
	| { kind: 'zip'; zip: ZipBackup };

/** A JSON bundle (no container) cannot carry files: one listing some is refused. */
function withoutFiles(bundle: BackupBundle): BackupBundle {
	const n = filesOf(bundle).length;
	if (n > 0)
		throw new BackupError(
			'file-missing',
			`This backup lists ${n} evidence file${n === 1 ? '' : 's'} but holds none of them: a backup with files is a .zip file. Import that file instead.`
		);
	return bundle;
}

/**
 * Reads a backup file (a File/Blob, or its text), telling the format by its first bytes: a ZIP
 * ("PK\x03\x04") is format 2, anything else is read as format 1 JSON. A plain JSON backup is
 * fully checked here; an encrypted one is returned for `decryptBackup` once the user has typed
 * the passphrase; a ZIP is returned for `loadBackup` (which checks its files, with progress).
 */
export async function openBackup(
	input: Blob | string,
	catalog: BackupCatalog = appCatalog
): Promise<OpenedBackup> {
	// Before the size limit: that limit is for JSON held in memory, a ZIP may be of any size.
	if (typeof input !== 'string' && (await looksLikeZip(input)))
		return { kind: 'zip', zip: await openZipBackup(input) };
	const text = await readBackupText(input);
	const raw = safeParseJson(text, { longStringKeys: ['ciphertext'] });
	if (looksEncrypted(raw)) return { kind: 'encrypted', text };
	return { kind: 'plain', bundle: withoutFiles(bundleFromJson(raw, catalog)) };
}

/** True when the opened backup needs a passphrase before `loadBackup`. */
export function needsPassphrase(opened: OpenedBackup): boolean {
	return opened.kind === 'encrypted' || (opened.kind === 'zip' && opened.zip.encrypted);
}

/**
 * A checked backup from an opened one, ready to preview and import: every file of a ZIP read and
 * checked against its record first. `passphrase` is needed when `needsPassphrase(opened)`.
 */
export async function loadBackup(
	opened: OpenedBackup,
	passphrase?: string | KeyProvider,
	options: ReadZipOptions = {}
): Promise<LoadedBackup> {
	const catalog = options.catalog ?? appCatalog;
	if (opened.kind === 'zip') return readZipBackup(opened.zip, passphrase, options);
	if (opened.kind === 'plain') return { bundle: opened.bundle, files: null };
	if (!passphrase)
		throw new BackupError(
			'passphrase-required',
			'This backup is encrypted: enter the passphrase it was saved with.'
		);
	return { bundle: await decryptBackup(opened, passphrase, catalog), files: null };
}

/** Decrypts an encrypted backup with a passphrase (or a key provider) and checks the content. */
export async function decryptBackup(
	opened: { text: string },
	passphrase: string | KeyProvider,
	catalog: BackupCatalog = appCatalog
): Promise<BackupBundle> {
	const keys = typeof passphrase === 'string' ? passphraseKeys(passphrase) : passphrase;
	const plain = await readBackupText(await decryptText(opened.text, keys));
	return withoutFiles(bundleFromJson(safeParseJson(plain), catalog));
}

/**
 * Reads a backup in one call, files checked (tests and scripts; the screen goes step by step). An
 * encrypted file without a passphrase is refused with code 'passphrase-required'.
 */
export async function readBackupFile(
	input: Blob | string,
	passphrase?: string,
	catalog: BackupCatalog = appCatalog
): Promise<LoadedBackup> {
	return loadBackup(await openBackup(input, catalog), passphrase, { catalog });
}

/** Like `readBackupFile`, for the bundle alone. */
export async function readBackup(
	input: Blob | string,
	passphrase?: string,
	catalog: BackupCatalog = appCatalog
): Promise<BackupBundle> {
	return (await readBackupFile(input, passphrase, catalog)).bundle;
}

/**
 * A bundle as format 1 style JSON text (plain, or in the encrypted envelope): the inner JSON of a
 * backup, kept for tests and tools; the app writes ZIPs (`writeBackupZip`).
 */
export async function writeBackup(bundle: BackupBundle, passphrase?: string): Promise<string> {
	const text = serializeBundle(bundle);
	return passphrase ? encryptText(text, passphrase) : text;
}

/**
 * Problems that would stop this bundle from being imported again (empty when none), so an
 * export screen can warn before the user relies on a backup that cannot be restored.
 */
export function findBundleProblems(
	bundle: BackupBundle,
	catalog: BackupCatalog = appCatalog
): string[] {
	try {
		bundleFromJson(JSON.parse(serializeBundle(bundle)), catalog);
		return [];
	} catch (e) {
		if (e instanceof BackupError) return e.details.length > 0 ? [...e.details] : [e.message];
		throw e;
	}
}
