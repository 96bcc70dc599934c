import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipEntries } from '$lib/testing/xlsx-read';
import { deflateRaw } from './deflate';
import {
	crc32,
	entryBlob,
	entryText,
	readZipDirectory,
	ZipBlobWriter,
	ZipFormatError
} from './zip';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function noise(n: number, seed: number): Uint8Array {
	const out = new Uint8Array(n);
	let x = seed;
	for (let i = 0; i < n; i += 1) {
		x = (x * 1103515245 + 12345) >>> 0;
		out[i] = x >>> 24;
	}
	return out;
}

async function sample(): Promise<{ zip: Blob; big: Uint8Array; progress: number[] }> {
	const progress: number[] = [];
	const w = new ZipBlobWriter((n) => progress.push(n));
	const big = noise(3 * 1024 * 1024 + 17, 7);
	w.addBytes('manifest.json', '{"files":["CC1.1/GOV-01/Zürich board.pdf"]}');
	await w.addBlob('CC1.1/GOV-01/Zürich board.pdf', new Blob([big as BlobPart]));
	await w.addBlob('empty.txt', new Blob([]));
	return { zip: await w.finish(), big, progress };
}

describe('ZipBlobWriter and the directory reader', () => {
	it('round-trips entries, stored and deflated, through our reader', async () => {
		const { zip, big, progress } = await sample();
		const entries = await readZipDirectory(zip);
		expect(entries.map((e) => [e.name, e.method])).toEqual([
			['manifest.json', 8],
			['CC1.1/GOV-01/Zürich board.pdf', 0],
			['empty.txt', 0]
		]);
		const file = new Uint8Array(await (await entryBlob(zip, entries[1]!)).arrayBuffer());
		expect(sha(file)).toBe(sha(big));
		expect(await entryText(zip, entries[0]!)).toContain('Zürich');
		expect(progress.at(-1)).toBe(zip.size);
	});

	it('writes an archive another reader opens (Node zlib reader and unzip -t)', async () => {
		const { zip, big } = await sample();
		const bytes = new Uint8Array(await zip.arrayBuffer());
		const other = unzipEntries(bytes);
		expect(sha(new Uint8Array(other.get('CC1.1/GOV-01/Zürich board.pdf')!))).toBe(sha(big));
		const dir = mkdtempSync(join(tmpdir(), 'zip-'));
		const path = join(dir, 'a.zip');
		writeFileSync(path, bytes);
		const listing = execFileSync('unzip', ['-t', path], { encoding: 'utf8' });
		expect(listing).toContain('No errors detected');
		// unzip reads the UTF-8 name as UTF-8 (not code page 437) and extracts a readable file.
		expect(execFileSync('unzip', ['-l', path], { encoding: 'utf8' })).toContain(
			'CC1.1/GOV-01/Zürich board.pdf'
		);
		execFileSync('unzip', ['-q', '-d', join(dir, 'out'), path]);
		expect(sha(readFileSync(join(dir, 'out', 'CC1.1/GOV-01/Zürich board.pdf')))).toBe(sha(big));
		expect(readFileSync(path).length).toBe(zip.size);
	});

	it('refuses what is not a ZIP or is cut short', async () => {
		await expect(readZipDirectory(new Blob(['hello']))).rejects.toBeInstanceOf(ZipFormatError);
		const { zip } = await sample();
		const cut = zip.slice(0, zip.size - 30);
		await expect(readZipDirectory(cut)).rejects.toBeInstanceOf(ZipFormatError);
	});

	it('refuses to inflate an entry past the bound it is read with', async () => {
		const w = new ZipBlobWriter();
		w.addBytes('zeros.txt', new Uint8Array(2 * 1024 * 1024));
		const zip = await w.finish();
		const [entry] = await readZipDirectory(zip);
		expect(entry!.compressedSize).toBeLessThan(10_000);
		await expect(entryBlob(zip, entry!, '', 1024 * 1024)).rejects.toThrow(
			'The archive entry “zeros.txt” is too large.'
		);
		expect((await entryBlob(zip, entry!, '', 2 * 1024 * 1024)).size).toBe(2 * 1024 * 1024);
	});

	it('stops when cancelled', async () => {
		const w = new ZipBlobWriter();
		const ctl = new AbortController();
		ctl.abort();
		await expect(w.addBlob('a', new Blob(['x']), { signal: ctl.signal })).rejects.toThrow();
		w.abort();
	});
});

describe('entries deflated elsewhere', () => {
	it('writes an archive unzip checks and extracts byte for byte', async () => {
		const text = new TextEncoder().encode('Zürich '.repeat(20_000));
		const deflated = await deflateRaw(text);
		const w = new ZipBlobWriter();
		w.addDeflated('data.json', deflated, text.length, crc32(text));
		w.addBytes('after.txt', 'next entry');
		const zip = await w.finish();
		const dir = mkdtempSync(join(tmpdir(), 'zip-'));
		const path = join(dir, 'a.zip');
		writeFileSync(path, new Uint8Array(await zip.arrayBuffer()));
		expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toContain(
			'No errors detected'
		);
		const out = execFileSync('unzip', ['-p', path, 'data.json']);
		expect(createHash('sha256').update(out).digest('hex')).toBe(
			createHash('sha256').update(text).digest('hex')
		);
		// The CRC-32 of "123456789", the check value every CRC-32 (ISO-HDLC) gives.
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});
});
