/**
 * Writing a format 2 backup: a ZIP with the header, the JSON bundle and one entry per evidence
 * file, named by the file's id. Files are read and written one at a time through the streaming
 * ZipBlobWriter, so memory holds at most one file (25 MB) and one output part, whatever the total.
 * Unencrypted, files are stored and the JSON deflated; encrypted, every entry but the header is
 * sealed on its own (see container-header.ts) and stored, the JSON deflated before it is sealed
 * (format 4: sealed bytes do not compress, and a consultant's 29 MB of JSON deflates to 2). In a browser the archive is written to
 * a file in the origin-private file system (zip-disk.ts): the in-memory Blob store would refuse
 * one of several hundred MB.
 */
import { sizeOverLimit } from '$lib/domain/evidence/files';
import { deflateRaw } from '../deflate';
import { crc32, ZipBlobWriter } from '../zip';
import { diskSink } from '../zip-disk';
import {
	BUNDLE_ENTRY,
	FILE_ENTRY_PREFIX,
	HEADER_ENTRY,
	KDF_ITERATIONS,
	MAX_JSON_BYTES,
	SALT_BYTES
} from './constants';
import { headerText, entryName, sealEntry } from './container-header';
import { deriveBackupKey, randomBytes } from './crypto';
import { BackupError } from './errors';
import { filesOf, serializeBundle, type BackupBundle } from './format';
import type { BackupProgress } from './import-types';

export interface WriteZipOptions {
	/** Encrypts the backup when given (non-empty). */
	passphrase?: string;
	onProgress?: (progress: BackupProgress) => void;
	signal?: AbortSignal;
}

/** Reads a file's bytes by id (from the database), undefined when they are gone. */
export type BlobSource = (fileId: string) => Promise<Blob | undefined>;

function stopIfAborted(signal?: AbortSignal): void {
	if (signal?.aborted) throw signal.reason ?? new DOMException('Cancelled', 'AbortError');
}

/** The bundle's JSON as bytes, refused when an import could not read it back. */
function bundleBytes(bundle: BackupBundle): Uint8Array<ArrayBuffer> {
	const bytes = new TextEncoder().encode(serializeBundle(bundle));
	if (bytes.length > MAX_JSON_BYTES) {
		const sizes = sizeOverLimit(bytes.length, MAX_JSON_BYTES);
		throw new BackupError(
			'too-large',
			`The data of these assessments (without their files) is ${sizes.size}, over the ${sizes.limit} a backup can hold; export fewer assessments at a time.`
		);
	}
	return bytes;
}

/**
 * The backup as a ZIP Blob. `blobOf` gives each file's bytes; a file that is gone or changed size
 * since the bundle was read stops the export (the backup would not import). Cancelled through
 * `signal`, the partial archive is dropped.
 */
export async function writeBackupZip(
	bundle: BackupBundle,
	blobOf: BlobSource,
	options: WriteZipOptions = {}
): Promise<Blob> {
	const { passphrase, signal, onProgress } = options;
	const files = filesOf(bundle);
	const progress: BackupProgress = {
		files: 0,
		totalFiles: files.length,
		bytes: 0,
		totalBytes: files.reduce((n, f) => n + f.size, 0)
	};
	onProgress?.({ ...progress });
	const salt = passphrase ? randomBytes(SALT_BYTES) : null;
	const key = passphrase && salt ? await deriveBackupKey(passphrase, salt, KDF_ITERATIONS) : null;
	stopIfAborted(signal);
	const header = headerText(salt && { salt, iterations: KDF_ITERATIONS });
	const encrypted = key !== null;
	const modified = new Date(bundle.exportedAt);
	// One export file at a time: the next export overwrites it.
	const zip = new ZipBlobWriter(undefined, await diskSink('export.zip'));
	try {
		zip.addBytes(HEADER_ENTRY, header, { modified });
		const json = bundleBytes(bundle);
		const jsonName = entryName(BUNDLE_ENTRY, encrypted);
		if (key)
			zip.addBytes(jsonName, await sealEntry(key, header, jsonName, await deflateRaw(json)), {
				modified,
				compress: false
			});
		else zip.addDeflated(jsonName, await deflateRaw(json), json.length, crc32(json), { modified });
		for (const file of files) {
			stopIfAborted(signal);
			const blob = await blobOf(file.id);
			if (!blob || blob.size !== file.size)
				throw new Error(
					`“${file.name}” was removed or changed while the backup was being made; export again.`
				);
			const name = entryName(`${FILE_ENTRY_PREFIX}${file.id}`, encrypted);
			if (key) {
				const plain = new Uint8Array(await blob.arrayBuffer());
				zip.addBytes(name, await sealEntry(key, header, name, plain), {
					modified,
					compress: false
				});
			} else await zip.addBlob(name, blob, { modified, compress: false, signal });
			progress.files += 1;
			progress.bytes += file.size;
			onProgress?.({ ...progress });
		}
		stopIfAborted(signal);
		return await zip.finish();
	} catch (e) {
		zip.abort();
		throw e;
	}
}
