/**
 * Reading and writing backup files: the entry points the import and export screens call.
 * Reading runs every check in order (size, UTF-8, JSON safety, format version, every field,
 * catalog version, cross-record consistency). Catalog migrations are applied when the checked
 * bundle is imported (see catalog-migrate.ts), so the preview can say what they change.
 */
import { catalog as appCatalog, type Catalog } from '$lib/catalog';
import { checkCatalogVersions, migratedControlIds } from './catalog-migrate';
import {
	decryptText,
	encryptText,
	looksEncrypted,
	passphraseKeys,
	type KeyProvider
} from './crypto';
import { BackupError } from './errors';
import { serializeBundle, type BackupBundle } from './format';
import { checkIntegrity } from './integrity';
import { readBackupText, safeParseJson } from './safe-json';
import { validateBundle } from './schema';
import { upgradeFormat } from './upgrade';

/** The parts of the catalog a backup is checked against (a parameter so tests can vary it). */
export type BackupCatalog = Pick<Catalog, 'version' | 'controls' | 'policies' | 'migrations'>;

/** A file that has been read: a checked bundle, or an encrypted one waiting for its passphrase. */
export type OpenedBackup =
	{ kind: 'plain'; bundle: BackupBundle } | { kind: 'encrypted'; text: string };

/**
 * Checks parsed JSON as a backup and returns the bundle as the file holds it (ids of an older
 * catalog included, when a catalog migration knows them). Throws a BackupError with a specific
 * message for the first problem.
 */
export function bundleFromJson(raw: unknown, catalog: BackupCatalog = appCatalog): BackupBundle {
	const bundle = validateBundle(upgradeFormat(raw));
	checkCatalogVersions(bundle, catalog.version);
	const controls = new Set(catalog.controls.map((c) => c.id));
	for (const id of migratedControlIds(catalog.migrations)) controls.add(id);
	checkIntegrity(bundle, { controls, policies: new Set(catalog.policies.map((p) => p.id)) });
	return bundle;
}

/**
 * Reads a backup file (a File/Blob, or its text). A plain backup is fully checked here; an
 * encrypted one is returned for `decryptBackup` once the user has typed the passphrase.
 */
export async function openBackup(
	input: Blob | string,
	catalog: BackupCatalog = appCatalog
): Promise<OpenedBackup> {
	const text = await readBackupText(input);
	const raw = safeParseJson(text, { longStringKeys: ['ciphertext'] });
	if (looksEncrypted(raw)) return { kind: 'encrypted', text };
	return { kind: 'plain', bundle: bundleFromJson(raw, catalog) };
}

/** Decrypts an encrypted backup with a passphrase (or a key provider) and checks the content. */
export async function decryptBackup(
	opened: { text: string },
	passphrase: string | KeyProvider,
	catalog: BackupCatalog = appCatalog
): Promise<BackupBundle> {
	const keys = typeof passphrase === 'string' ? passphraseKeys(passphrase) : passphrase;
	const plain = await readBackupText(await decryptText(opened.text, keys));
	return bundleFromJson(safeParseJson(plain), catalog);
}

/**
 * Reads a backup in one call. An encrypted file without a passphrase is refused with code
 * 'passphrase-required' so the screen can ask for one.
 */
export async function readBackup(
	input: Blob | string,
	passphrase?: string,
	catalog: BackupCatalog = appCatalog
): Promise<BackupBundle> {
	const opened = await openBackup(input, catalog);
	if (opened.kind === 'plain') return opened.bundle;
	if (!passphrase)
		throw new BackupError(
			'passphrase-required',
			'This backup is encrypted: enter the passphrase it was saved with.'
		);
	return decryptBackup(opened, passphrase, catalog);
}

/** The file text for a bundle: plain JSON, or encrypted when a passphrase is given. */
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
