/**
 * Reading a ZIP backup (formats 2 to 4). Only the central directory, the header and the JSON
 * entry are read into memory (the JSON within the same limit as a format 1 file, checked on its
 * inflated size as it inflates); the container itself may be of any size. Before anything can be
 * imported, every file entry is read, checked against its record (size and SHA-256) and
 * dropped, one at a time; the first one missing, changed or extra refuses
 * the whole backup with its name. A stored entry is a slice of the File (nothing is copied), so
 * the checked bytes an import writes are that slice; an encrypted one is kept decrypted as a Blob,
 * which the browser holds outside the JS heap (its Blob store has a limit: see docs/backups.md).
 */
import { catalog as appCatalog } from '$lib/catalog';
import type { EvidenceFile } from '$lib/domain/types';
import { sha256Hex } from '../hash';
import { inflateRaw, InflateError } from '../deflate';
import {
	entryBlob,
	entryText,
	readZipDirectory,
	ZipEntryTooLargeError,
	ZipFormatError,
	type ZipEntry
} from '../zip';
import {
	BUNDLE_ENTRY,
	FILE_ENTRY_PREFIX,
	HEADER_ENTRY,
	MAX_JSON_BYTES,
	SEALED_JSON_DEFLATED_FROM
} from './constants';
import {
	entryName,
	headerKey,
	MAX_HEADER_BYTES,
	openEntry,
	openHeader,
	SEAL_OVERHEAD,
	type OpenedHeader
} from './container-header';
import { passphraseKeys, type KeyProvider } from './crypto';
import { BackupError, wrongPassphrase } from './errors';
import type { BackupBundle } from './format';
import type { BackupProgress } from './import-types';
import { bundleFromJson, type BackupCatalog } from './read-json';
import { dataTooLarge, safeParseJson } from './safe-json';

/** A ZIP backup whose directory and header have been read. */
export interface ZipBackup {
	blob: Blob;
	entries: ReadonlyMap<string, ZipEntry>;
	header: OpenedHeader;
	encrypted: boolean;
}

/** A checked backup ready to import: the bundle and, for a ZIP, every file's checked bytes. */
export interface LoadedBackup {
	bundle: BackupBundle;
	/** By file id; null for a format 1 file (which carries no files). */
	files: ReadonlyMap<string, Blob> | null;
}

export interface ReadZipOptions {
	catalog?: BackupCatalog;
	onProgress?: (progress: BackupProgress) => void;
	signal?: AbortSignal;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** True when the file starts like a ZIP archive ("PK\x03\x04"). */
export async function looksLikeZip(input: Blob): Promise<boolean> {
	const head = new Uint8Array(await input.slice(0, 4).arrayBuffer());
	return ZIP_SIGNATURE.every((b, i) => head[i] === b);
}

function damaged(message: string): BackupError {
	return new BackupError('damaged-archive', message);
}

/** Runs a ZIP read, turning the reader's errors into backup errors with the same message. */
async function zipRead<T>(read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (e) {
		if (e instanceof ZipFormatError) throw damaged(`This backup is damaged: ${e.message}`);
		throw e;
	}
}

/** Reads the directory and the header of a ZIP backup. */
export async function openZipBackup(blob: Blob): Promise<ZipBackup> {
	const list = await zipRead(() => readZipDirectory(blob));
	const entries = new Map<string, ZipEntry>();
	for (const entry of list) {
		if (entries.has(entry.name))
			throw damaged(`This backup is damaged: it holds “${entry.name}” twice.`);
		entries.set(entry.name, entry);
	}
	const head = entries.get(HEADER_ENTRY);
	if (!head)
		throw new BackupError(
			'not-backup',
			'This ZIP file is not a backup from this app (it has no header.json).'
		);
	const text = await zipRead(() => entryText(blob, head, MAX_HEADER_BYTES));
	const header = openHeader(text);
	return { blob, entries, header, encrypted: header.salt !== null };
}

/** Strict UTF-8, or the failure every damaged sealed entry gets. */
function sealedText(bytes: Uint8Array<ArrayBuffer>): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw wrongPassphrase();
	}
}

/**
 * The JSON entry's text, decrypted (and from format 4, inflated) when the backup is encrypted.
 * What is held in memory is what is limited: the entry as stored (refused before reading when
 * its size is over), then its inflated bytes, refused as soon as they pass the limit.
 */
async function bundleText(zip: ZipBackup, key: CryptoKey | null): Promise<string> {
	const name = entryName(BUNDLE_ENTRY, key !== null);
	const entry = zip.entries.get(name);
	if (!entry) throw damaged(`This backup is damaged: its data (${name}) is missing.`);
	const limit = MAX_JSON_BYTES + (key ? SEAL_OVERHEAD : 0);
	if (entry.compressedSize > limit) throw dataTooLarge(null);
	if (!key) {
		// The directory's size is a claim: a true one refuses before inflating, a false one while.
		if (entry.size > MAX_JSON_BYTES) throw dataTooLarge(entry.size);
		try {
			return await entryText(zip.blob, entry, MAX_JSON_BYTES);
		} catch (e) {
			if (e instanceof ZipEntryTooLargeError) throw dataTooLarge(null);
			if (e instanceof ZipFormatError) throw damaged(`This backup is damaged: ${e.message}`);
			throw e;
		}
	}
	const sealed = await zipRead(() => entryBlob(zip.blob, entry, '', limit));
	const plain = await openEntry(
		key,
		zip.header.text,
		name,
		new Uint8Array(await sealed.arrayBuffer())
	);
	if (!plain) throw wrongPassphrase();
	if (zip.header.header.formatVersion < SEALED_JSON_DEFLATED_FROM) return sealedText(plain);
	try {
		return sealedText(await inflateRaw(plain, MAX_JSON_BYTES));
	} catch (e) {
		if (e instanceof InflateError && e.reason === 'too-large') throw dataTooLarge(null);
		if (e instanceof InflateError) throw wrongPassphrase();
		throw e;
	}
}

/** Where a file record is, in words: "“board.pdf” (in Acme)". */
function describeFile(file: EvidenceFile, bundle: BackupBundle): string {
	const owner = bundle.assessments.find((a) => a.assessment.id === file.assessmentId);
	return `“${file.name}”${owner ? ` (in “${owner.assessment.companyName}”)` : ''}`;
}

function mismatch(file: EvidenceFile, bundle: BackupBundle): BackupError {
	return new BackupError(
		'file-mismatch',
		`${describeFile(file, bundle)} does not match the size and SHA-256 fingerprint recorded when it was added: the backup is damaged or was changed. Nothing was imported.`
	);
}

/** Refuses entries that no record accounts for: a backup the app wrote has none. */
function checkNoExtraEntries(zip: ZipBackup, bundle: BackupBundle): void {
	const expected = new Set([HEADER_ENTRY, entryName(BUNDLE_ENTRY, zip.encrypted)]);
	for (const a of bundle.assessments)
		for (const f of a.files) expected.add(entryName(`${FILE_ENTRY_PREFIX}${f.id}`, zip.encrypted));
	for (const name of zip.entries.keys())
		if (!expected.has(name))
			throw damaged(
				`This backup holds an entry no record accounts for (“${name.slice(0, 80)}”): it was changed after it was made. Nothing was imported.`
			);
}

/** One file's checked bytes, or a refusal naming it. */
async function checkedFile(
	zip: ZipBackup,
	key: CryptoKey | null,
	file: EvidenceFile,
	bundle: BackupBundle
): Promise<Blob> {
	const name = entryName(`${FILE_ENTRY_PREFIX}${file.id}`, key !== null);
	const entry = zip.entries.get(name);
	if (!entry)
		throw new BackupError(
			'file-missing',
			`${describeFile(file, bundle)} is listed in this backup but its contents are missing: the backup is damaged or incomplete. Nothing was imported.`
		);
	const expected = file.size + (key ? SEAL_OVERHEAD : 0);
	let blob: Blob;
	try {
		blob = await entryBlob(zip.blob, entry, '', expected);
	} catch (e) {
		if (e instanceof ZipFormatError) throw mismatch(file, bundle);
		throw e;
	}
	if (blob.size !== expected) throw mismatch(file, bundle);
	if (key) {
		const plain = await openEntry(
			key,
			zip.header.text,
			name,
			new Uint8Array(await blob.arrayBuffer())
		);
		if (!plain || (await sha256Hex(plain)) !== file.sha256) throw mismatch(file, bundle);
		// Kept as a Blob, outside the JS heap. Not in an OPFS file: IndexedDB in a private window
		// keeps a reference to such a file instead of copying it, so removing it later would
		// break the imported file.
		return new Blob([plain]);
	}
	if ((await sha256Hex(blob)) !== file.sha256) throw mismatch(file, bundle);
	return blob;
}

/**
 * Reads and checks a ZIP backup: the JSON (decrypted with the passphrase when encrypted) as any
 * backup, then every file against its record. Returns nothing until all of it has been checked.
 */
export async function readZipBackup(
	zip: ZipBackup,
	passphrase: string | KeyProvider | undefined,
	options: ReadZipOptions = {}
): Promise<LoadedBackup> {
	let key: CryptoKey | null = null;
	if (zip.encrypted) {
		if (!passphrase)
			throw new BackupError(
				'passphrase-required',
				'This backup is encrypted: enter the passphrase it was saved with.'
			);
		const keys = typeof passphrase === 'string' ? passphraseKeys(passphrase) : passphrase;
		key = await headerKey(zip.header, keys);
	}
	const text = await bundleText(zip, key);
	const bundle = bundleFromJson(safeParseJson(text), options.catalog ?? appCatalog);
	checkNoExtraEntries(zip, bundle);
	const records = bundle.assessments.flatMap((a) => a.files);
	const progress: BackupProgress = {
		files: 0,
		totalFiles: records.length,
		bytes: 0,
		totalBytes: records.reduce((n, f) => n + f.size, 0)
	};
	options.onProgress?.({ ...progress });
	const files = new Map<string, Blob>();
	for (const file of records) {
		if (options.signal?.aborted)
			throw options.signal.reason ?? new DOMException('Cancelled', 'AbortError');
		files.set(file.id, await checkedFile(zip, key, file, bundle));
		progress.files += 1;
		progress.bytes += file.size;
		options.onProgress?.({ ...progress });
	}
	return { bundle, files };
}
