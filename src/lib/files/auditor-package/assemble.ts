/**
 * Streams the auditor's package into a ZIP, one file's bytes at a time: the caller hands the
 * bytes over through `readBlob`, so the whole locker never sits in the JS heap (Blobs stay in the
 * browser's blob store; the writer gathers its output into Blob parts). Each file's bytes are
 * hashed again as they are packed; a file whose bytes are gone or changed stops the package with
 * a message naming it, rather than shipping a manifest that does not match. Load it lazily.
 */
import { sha256Hex } from '../hash';
import { ZipBlobWriter, ZipTooLargeError } from '../zip';
import { indexHtml } from './index-html';
import type { PackageLayout, PackedFile } from './layout';
import {
	INDEX_HTML,
	MANIFEST_CSV,
	MANIFEST_JSON,
	SHA256SUMS,
	manifestCsv,
	manifestJson,
	manifestRow,
	sha256Sums,
	type PackageHeader
} from './manifest';

/** Types that are already compressed: deflating them again costs time and saves nothing. */
const STORED = new Set([
	'image/png',
	'image/jpeg',
	'image/gif',
	'image/webp',
	'application/pdf',
	'application/zip'
]);

/** The bytes of the files alone, less room for headers and the directory. */
const ZIP_LIMIT = 0xffffffff - 64 * 1024 * 1024;

export interface PackageProgress {
	filesDone: number;
	filesTotal: number;
	bytesDone: number;
	bytesTotal: number;
}

export interface PackageSource {
	header: Omit<PackageHeader, 'report'>;
	layout: PackageLayout;
	/** The full gap report, packed at the top level; null to leave it out. */
	report: { name: string; blob: Blob } | null;
	/** The stored bytes of a file, or undefined when they are missing. */
	readBlob: (fileId: string) => Promise<Blob | undefined>;
	onProgress?: (p: PackageProgress) => void;
	signal?: AbortSignal;
}

/** A file that could not be packed; the message names it and says why. */
export class PackageFileError extends Error {
	constructor(
		message: string,
		readonly path: string
	) {
		super(message);
		this.name = 'PackageFileError';
	}
}

/** A ZIP entry's time; a damaged date falls back to the package's own. */
function timeOf(iso: string, fallback: Date): Date {
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) || d.getFullYear() < 1980 ? fallback : d;
}

function describe(p: PackedFile): string {
	const owner = p.controlId ? `${p.controlId}, “${p.ownerTitle}”` : `vendor “${p.ownerTitle}”`;
	return `“${p.file.name}” (${owner})`;
}

async function checkedBlob(src: PackageSource, p: PackedFile): Promise<Blob> {
	let blob: Blob | undefined;
	try {
		blob = await src.readBlob(p.file.id);
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		throw new PackageFileError(`The bytes of ${describe(p)} could not be read: ${why}`, p.path);
	}
	if (!blob)
		throw new PackageFileError(`The bytes of ${describe(p)} are missing from this device.`, p.path);
	// One file at a time (at most the locker's 25 MB): WebCrypto has no streaming digest.
	const hash = await sha256Hex(blob);
	if (hash !== p.file.sha256 || blob.size !== p.file.size)
		throw new PackageFileError(
			`The bytes of ${describe(p)} no longer match the SHA-256 recorded when it was added.`,
			p.path
		);
	return blob;
}

/** Builds the package. Rejects with an AbortError when `signal` aborts; nothing is kept. */
export async function buildAuditorPackage(src: PackageSource): Promise<Blob> {
	const { layout, signal } = src;
	const progress: PackageProgress = {
		filesDone: 0,
		filesTotal: layout.files.length,
		bytesDone: 0,
		bytesTotal: layout.files.reduce((n, p) => n + p.file.size, 0) + (src.report?.blob.size ?? 0)
	};
	// Refused before any work: the ZIP format without ZIP64 cannot hold 4 GB.
	if (progress.bytesTotal >= ZIP_LIMIT) throw new ZipTooLargeError();
	const tell = () => src.onProgress?.({ ...progress });
	const zip = new ZipBlobWriter();
	try {
		tell();
		const report = src.report
			? {
					path: src.report.name,
					sha256: await sha256Hex(src.report.blob),
					size: src.report.blob.size
				}
			: null;
		const header: PackageHeader = { ...src.header, report };
		const texts: Array<[string, string]> = [
			[INDEX_HTML, indexHtml(header, layout, report?.path ?? null)],
			[MANIFEST_CSV, manifestCsv(layout.files.map(manifestRow))],
			[MANIFEST_JSON, manifestJson(header, layout)]
		];
		const bytes = texts.map(([name, text]) => [name, new TextEncoder().encode(text)] as const);
		const sums = await Promise.all(
			bytes.map(async ([path, data]) => ({ path, sha256: await sha256Hex(data) }))
		);
		const modified = timeOf(header.generatedAt, new Date());
		for (const [name, data] of bytes) zip.addBytes(name, data, { modified, signal });
		zip.addBytes(SHA256SUMS, sha256Sums(layout, report, sums), { modified, signal });
		if (src.report && report) {
			await zip.addBlob(report.path, src.report.blob, { modified, signal });
			progress.bytesDone += report.size;
			tell();
		}
		for (const p of layout.files) {
			if (signal?.aborted) throw signal.reason;
			const blob = await checkedBlob(src, p);
			await zip.addBlob(p.path, blob, {
				compress: !STORED.has(p.file.type),
				modified: timeOf(p.file.addedAt, modified),
				signal
			});
			progress.filesDone += 1;
			progress.bytesDone += p.file.size;
			tell();
		}
		return await zip.finish();
	} catch (e) {
		zip.abort();
		throw e;
	}
}
