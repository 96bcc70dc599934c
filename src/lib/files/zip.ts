/**
 * ZIP containers for the auditor's package and the backups with files, the only importer of
 * fflate's ZIP classes. Load it with a dynamic import.
 *
 * Writing streams through fflate's `Zip`: each file's Blob is read chunk by chunk, and the output
 * is gathered into Blob parts of a few MB, so a package of hundreds of MB never sits in the JS
 * heap at once (the browser keeps Blob bytes outside it and pages large ones to disk). Files that
 * are already compressed (images, PDFs) are stored; text is deflated.
 *
 * Reading uses the archive's central directory over `Blob.slice`, not a streaming unzip: fflate's
 * maintainer advises against its streaming `Unzip` (it can mistake data for a header), and a
 * whole-buffer unzip would hold the entire file in memory. With the directory, a stored entry is a
 * zero-copy slice of the File and a deflated one is inflated alone. ZIP64 is not supported: an
 * archive over 4 GB is refused with a message, when written and when read.
 */
import { Inflate, Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';

/** Output is gathered into Blob parts of this size, so the heap holds at most one part. */
const PART_BYTES = 8 * 1024 * 1024;
/** Bytes held in memory are handed to an entry this much at a time. */
const PUSH_SLICE = 64 * 1024;
const ZIP32_LIMIT = 0xffffffff;
/** A regular file, rw-r--r--, in the high half of the external attributes. */
const UNIX_FILE_ATTRS = (0o100644 << 16) >>> 0;

export class ZipTooLargeError extends Error {
	constructor() {
		super('The archive would be larger than 4 GB, which this ZIP format cannot hold.');
		this.name = 'ZipTooLargeError';
	}
}

export interface AddOptions {
	/** Deflate the entry (text); store it as is when false (images, PDFs, other archives). */
	compress?: boolean;
	/** The entry's modification time. */
	modified?: Date;
	signal?: AbortSignal;
}

function aborted(signal?: AbortSignal): void {
	if (signal?.aborted) throw signal.reason ?? new DOMException('Cancelled', 'AbortError');
}

/**
 * Where finished parts of an archive go instead of memory. Chromium keeps Blobs made in a page
 * in memory up to a limit (about 500 MB on the machine the bench ran on) and then fails new ones
 * (ERR_OUT_OF_MEMORY in chrome://blob-internals), so a larger archive has to be written to disk.
 */
export interface ZipSink {
	write(part: Blob): Promise<void>;
	/** Closes the output and returns it as a Blob (a disk-backed File). */
	finish(): Promise<Blob>;
	abort(): Promise<void>;
}

/** Writes a ZIP archive into a Blob, one entry at a time. */
export class ZipBlobWriter {
	readonly #zip: Zip;
	readonly #parts: Blob[] = [];
	#pending: Uint8Array[] = [];
	#pendingBytes = 0;
	#written = 0;
	#error: unknown = null;
	#done: Promise<void>;
	#finish!: () => void;
	readonly #onBytes?: (written: number) => void;
	readonly #sink: ZipSink | null;
	#writing: Promise<void> = Promise.resolve();

	/**
	 * `onBytes` hears how many bytes of the archive are written so far (progress). `sink` takes the
	 * parts instead of memory (a file on disk: see zip-disk.ts).
	 */
	constructor(onBytes?: (written: number) => void, sink: ZipSink | null = null) {
		this.#onBytes = onBytes;
		this.#sink = sink;
		this.#done = new Promise((resolve) => (this.#finish = resolve));
		this.#zip = new Zip((err, chunk, final) => {
			if (err) this.#error = err;
			else this.#take(chunk);
			if (final || err) this.#finish();
		});
	}

	#take(chunk: Uint8Array): void {
		this.#written += chunk.length;
		if (this.#written > ZIP32_LIMIT) this.#error = new ZipTooLargeError();
		this.#pending.push(chunk);
		this.#pendingBytes += chunk.length;
		if (this.#pendingBytes >= PART_BYTES) this.#flush();
		this.#onBytes?.(this.#written);
	}

	#flush(): void {
		if (this.#pending.length === 0) return;
		const part = new Blob(this.#pending as BlobPart[]);
		this.#pending = [];
		this.#pendingBytes = 0;
		const sink = this.#sink;
		if (!sink) this.#parts.push(part);
		else
			this.#writing = this.#writing
				.then(() => sink.write(part))
				.catch((e: unknown) => {
					this.#error ??= e;
				});
	}

	#check(): void {
		if (this.#error) throw this.#error;
	}

	#entry(name: string, options: AddOptions): ZipPassThrough | ZipDeflate {
		const entry = options.compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
		if (options.modified) entry.mtime = options.modified;
		// Made on "Unix" with mode 0644: fflate's default host, MS-DOS, makes Info-ZIP's unzip read
		// UTF-8 names as code page 437 despite the UTF-8 flag, so "Zürich" would extract garbled.
		entry.os = 3;
		entry.attrs = UNIX_FILE_ATTRS;
		this.#zip.add(entry);
		return entry;
	}

	/**
	 * Adds bytes or text held in memory (manifests, the index, a backup's JSON). Pushed in slices:
	 * fflate deflates 40 MB of JSON in about half the time when fed 64 KB at a time than in one go.
	 */
	addBytes(name: string, data: Uint8Array | string, options: AddOptions = {}): void {
		aborted(options.signal);
		const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
		const entry = this.#entry(name, { compress: true, ...options });
		if (bytes.length === 0) entry.push(bytes, true);
		for (let at = 0; at < bytes.length; at += PUSH_SLICE)
			entry.push(bytes.subarray(at, at + PUSH_SLICE), at + PUSH_SLICE >= bytes.length);
		this.#check();
	}

	/**
	 * Adds an entry deflated elsewhere (raw DEFLATE, as CompressionStream('deflate-raw') makes it,
	 * natively and several times faster than fflate): `size` and `crc` are the uncompressed
	 * bytes' length and CRC-32.
	 */
	addDeflated(
		name: string,
		deflated: Uint8Array<ArrayBuffer>,
		size: number,
		crc: number,
		options: AddOptions = {}
	): void {
		aborted(options.signal);
		const file: ZipInputFile = {
			filename: name,
			size,
			crc,
			compression: 8,
			flag: 0,
			mtime: options.modified,
			os: 3,
			attrs: UNIX_FILE_ATTRS,
			terminate: () => {}
		};
		this.#zip.add(file);
		const push = file.ondata;
		if (!push) throw new Error('The ZIP writer did not take the entry: this is a bug.');
		if (deflated.length === 0) push(null, deflated, true);
		for (let at = 0; at < deflated.length; at += PART_BYTES)
			push(null, deflated.subarray(at, at + PART_BYTES), at + PART_BYTES >= deflated.length);
		this.#check();
	}

	/** Adds a Blob, read chunk by chunk (a large file never sits in memory whole). */
	async addBlob(name: string, blob: Blob, options: AddOptions = {}): Promise<void> {
		aborted(options.signal);
		const entry = this.#entry(name, options);
		const reader = blob.stream().getReader();
		try {
			for (;;) {
				const { done, value } = await reader.read();
				aborted(options.signal);
				if (done) break;
				entry.push(value, false);
				await this.drained();
			}
			entry.push(new Uint8Array(0), true);
			this.#check();
		} finally {
			reader.releaseLock();
		}
	}

	/**
	 * Waits until the parts made so far are in the sink (at once without one), so at most a part
	 * or two wait in memory; throws what writing met. Call it after a large `addBytes`.
	 */
	async drained(): Promise<void> {
		await this.#writing;
		this.#check();
	}

	/** Ends the archive and returns it (a File on disk when written to a sink). */
	async finish(type = 'application/zip'): Promise<Blob> {
		this.#zip.end();
		await this.#done;
		this.#check();
		this.#flush();
		await this.drained();
		return this.#sink ? this.#sink.finish() : new Blob(this.#parts, { type });
	}

	/** Drops what was written (on cancel). */
	abort(): void {
		this.#zip.terminate();
		this.#pending = [];
		this.#parts.length = 0;
		void this.#writing.then(() => this.#sink?.abort()).catch(() => {});
	}
}

const CRC_TABLE = (() => {
	const table = new Int32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c;
	}
	return table;
})();

/** The CRC-32 of `bytes`, as a ZIP entry records it. */
export function crc32(bytes: Uint8Array): number {
	let c = -1;
	for (let i = 0; i < bytes.length; i++)
		c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
	return (c ^ -1) >>> 0;
}

export interface ZipEntry {
	name: string;
	/** 0 stored, 8 deflated; anything else cannot be read. */
	method: number;
	compressedSize: number;
	size: number;
	crc32: number;
	/** Where the entry's local header starts. */
	localOffset: number;
}

export class ZipFormatError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ZipFormatError';
	}
}

/** An entry that inflates (or is stored) past the size its reader allows. */
export class ZipEntryTooLargeError extends ZipFormatError {
	constructor(name: string) {
		super(`The archive entry “${name}” is too large.`);
		this.name = 'ZipEntryTooLargeError';
	}
}

/** Input is fed to the inflater in slices this big, so one push inflates to at most ~16 MB. */
const INFLATE_SLICE = 16 * 1024;

async function bytesAt(blob: Blob, start: number, end: number): Promise<DataView> {
	return new DataView(await blob.slice(start, end).arrayBuffer());
}

/** The entries listed in the archive's central directory, in order. */
export async function readZipDirectory(blob: Blob): Promise<ZipEntry[]> {
	// The end record is 22 bytes plus a comment of at most 65,535.
	const tailStart = Math.max(0, blob.size - 22 - 0xffff);
	const tail = await bytesAt(blob, tailStart, blob.size);
	let eocd = -1;
	for (let i = tail.byteLength - 22; i >= 0; i -= 1)
		if (tail.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	if (eocd < 0) throw new ZipFormatError('This is not a ZIP archive (no central directory).');
	const count = tail.getUint16(eocd + 10, true);
	const dirSize = tail.getUint32(eocd + 12, true);
	const dirOffset = tail.getUint32(eocd + 16, true);
	if (count === 0xffff || dirOffset === ZIP32_LIMIT)
		throw new ZipFormatError('This archive uses ZIP64 (over 4 GB), which the app cannot read.');
	if (dirOffset + dirSize > blob.size)
		throw new ZipFormatError('The archive is cut short: its directory points past its end.');
	const dir = await bytesAt(blob, dirOffset, dirOffset + dirSize);
	const decoder = new TextDecoder('utf-8', { fatal: false });
	const out: ZipEntry[] = [];
	let at = 0;
	for (let n = 0; n < count; n += 1) {
		if (at + 46 > dir.byteLength || dir.getUint32(at, true) !== 0x02014b50)
			throw new ZipFormatError('The archive directory is damaged.');
		const nameLen = dir.getUint16(at + 28, true);
		const extraLen = dir.getUint16(at + 30, true);
		const commentLen = dir.getUint16(at + 32, true);
		const name = decoder.decode(
			new Uint8Array(
				dir.buffer,
				dir.byteOffset + at + 46,
				Math.min(nameLen, dir.byteLength - at - 46)
			)
		);
		out.push({
			name,
			method: dir.getUint16(at + 10, true),
			crc32: dir.getUint32(at + 16, true),
			compressedSize: dir.getUint32(at + 20, true),
			size: dir.getUint32(at + 24, true),
			localOffset: dir.getUint32(at + 42, true)
		});
		at += 46 + nameLen + extraLen + commentLen;
	}
	return out;
}

/** Where an entry's data starts, read from its local header (its own name and extra lengths). */
async function dataStart(blob: Blob, entry: ZipEntry): Promise<number> {
	const head = await bytesAt(blob, entry.localOffset, entry.localOffset + 30);
	if (head.byteLength < 30 || head.getUint32(0, true) !== 0x04034b50)
		throw new ZipFormatError(`The archive entry “${entry.name}” is damaged.`);
	const start = entry.localOffset + 30 + head.getUint16(26, true) + head.getUint16(28, true);
	if (start + entry.compressedSize > blob.size)
		throw new ZipFormatError(`The archive entry “${entry.name}” is cut short.`);
	return start;
}

/**
 * An entry's contents as a Blob: a slice of the archive when stored (nothing is copied), inflated
 * chunk by chunk when deflated. `maxBytes` bounds what inflating may produce, since the sizes in
 * a directory are only claims: a small entry must not inflate into gigabytes in memory.
 */
export async function entryBlob(
	blob: Blob,
	entry: ZipEntry,
	type = '',
	maxBytes = Infinity
): Promise<Blob> {
	const start = await dataStart(blob, entry);
	const raw = blob.slice(start, start + entry.compressedSize, type);
	if (entry.method === 0) {
		if (raw.size > maxBytes) throw new ZipEntryTooLargeError(entry.name);
		return raw;
	}
	if (entry.method !== 8)
		throw new ZipFormatError(
			`The archive entry “${entry.name}” uses a compression the app cannot read.`
		);
	const parts: Uint8Array[] = [];
	let failure: unknown = null;
	let inflated = 0;
	// Past the limit, output is counted but no longer kept: memory stays within the limit.
	const inflate = new Inflate((chunk) => {
		inflated += chunk.length;
		if (inflated <= maxBytes) parts.push(chunk);
	});
	const reader = raw.stream().getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			for (let at = 0; at < value.length && inflated <= maxBytes; at += INFLATE_SLICE)
				inflate.push(value.subarray(at, at + INFLATE_SLICE), false);
			if (inflated > maxBytes) {
				await reader.cancel();
				throw new ZipEntryTooLargeError(entry.name);
			}
		}
		inflate.push(new Uint8Array(0), true);
	} catch (e) {
		failure = e;
	} finally {
		reader.releaseLock();
	}
	if (failure instanceof ZipFormatError) throw failure;
	if (inflated > maxBytes) throw new ZipEntryTooLargeError(entry.name);
	if (failure) throw new ZipFormatError(`The archive entry “${entry.name}” is damaged.`);
	return new Blob(parts as BlobPart[], { type });
}

/** An entry as UTF-8 text (strict: invalid bytes are an error, not replacement characters). */
export async function entryText(blob: Blob, entry: ZipEntry, maxBytes = Infinity): Promise<string> {
	const bytes = await (await entryBlob(blob, entry, '', maxBytes)).arrayBuffer();
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ZipFormatError(`The archive entry “${entry.name}” is not valid UTF-8 text.`);
	}
}
