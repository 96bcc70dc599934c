import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { layoutInput, packFile } from '$lib/testing/auditor-package';
import { unzipEntries } from '$lib/testing/xlsx-read';
import type { EvidenceFile } from '$lib/domain/types';
import { buildAuditorPackage, PackageFileError, type PackageProgress } from './assemble';
import { packageLayout } from './layout';
import { readZipDirectory, ZipTooLargeError } from '../zip';

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const HEADER = {
	companyName: 'Zoë & Co',
	reportType: 'SOC 2 Type II',
	generatedAt: '2027-01-10T09:00:00.000Z',
	appVersion: '0.1.0',
	catalogVersion: '2026.3'
};

/** Fake stored files: bytes, and the record with the bytes' real hash and size. */
function stored(id: string, bytes: Uint8Array, extra: Partial<EvidenceFile> = {}) {
	return { file: packFile(id, { size: bytes.length, sha256: sha(bytes), ...extra }), bytes };
}
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const big = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
const FILES = [
	stored('f1', new TextEncoder().encode('first'), { name: 'notes.txt', replacedBy: 'f2' }),
	stored('f2', new TextEncoder().encode('second, longer'), { name: 'notes.txt', replaces: 'f1' }),
	stored('f3', png, { name: 'mfa.png', type: 'image/png', ownerId: 'ev2' }),
	stored('f4', big, { name: 'big.bin', ownerId: 'ev3' }),
	stored('f5', new TextEncoder().encode('%PDF-1.7 vendor'), {
		name: 'soc2 ünal.pdf',
		type: 'application/pdf',
		ownerKind: 'vendor',
		ownerId: 'v1'
	})
];
const REPORT = { name: 'gap-report.pdf', blob: new Blob(['%PDF-1.7 report']) };

function source(files = FILES, readBlob?: (id: string) => Promise<Blob | undefined>) {
	const bytes = new Map(files.map((f) => [f.file.id, f.bytes]));
	return {
		header: HEADER,
		layout: packageLayout(layoutInput(files.map((f) => f.file))),
		report: REPORT,
		readBlob:
			readBlob ??
			(async (id: string) => {
				const b = bytes.get(id);
				return b ? new Blob([b as BlobPart]) : undefined;
			})
	};
}

describe('buildAuditorPackage', () => {
	it('packs every version, the report, manifests and index, all hashes matching the bytes', async () => {
		const progress: PackageProgress[] = [];
		const zip = await buildAuditorPackage({ ...source(), onProgress: (p) => progress.push(p) });
		const entries = unzipEntries(new Uint8Array(await zip.arrayBuffer()));
		expect([...entries.keys()].slice(0, 5)).toEqual([
			'index.html',
			'manifest.csv',
			'manifest.json',
			'SHA256SUMS',
			'gap-report.pdf'
		]);
		expect(entries.size).toBe(5 + FILES.length);
		const json = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '');
		expect(json.files).toHaveLength(FILES.length);
		for (const row of json.files) expect(sha(entries.get(row.path) ?? '')).toBe(row.sha256);
		const csv = Papa.parse<string[]>(
			entries.get('manifest.csv')?.toString('utf8').slice(1).trim() ?? ''
		).data;
		expect(csv).toHaveLength(FILES.length + 1);
		for (const row of csv.slice(1)) expect(sha(entries.get(row[0] ?? '') ?? '')).toBe(row[6]);
		// SHA256SUMS covers everything but itself, as sha256sum -c would check it.
		const sums = entries.get('SHA256SUMS')?.toString('utf8').trim().split('\n') ?? [];
		expect(sums).toHaveLength(entries.size - 1);
		for (const line of sums) {
			const [hash, path] = [line.slice(0, 64), line.slice(66)];
			expect(sha(entries.get(path) ?? ''), path).toBe(hash);
		}
		// Images and PDFs are stored as they are; text and unknown bytes are deflated.
		const methods = new Map(
			(await readZipDirectory(zip)).map((e) => [e.name.split('/').at(-1), e.method])
		);
		expect([methods.get('mfa.png'), methods.get('soc2 ünal.pdf'), methods.get('big.bin')]).toEqual([
			0, 0, 8
		]);
		expect(json.report).toEqual({
			path: 'gap-report.pdf',
			sha256: sha('%PDF-1.7 report'),
			size: 15
		});
		expect(progress.at(-1)).toEqual({
			filesDone: 5,
			filesTotal: 5,
			bytesDone: FILES.reduce((n, f) => n + f.bytes.length, 0) + 15,
			bytesTotal: FILES.reduce((n, f) => n + f.bytes.length, 0) + 15
		});
	});

	it('stops with a message naming a file whose bytes are missing or changed', async () => {
		const missing = buildAuditorPackage(source(FILES, async () => undefined));
		await expect(missing).rejects.toBeInstanceOf(PackageFileError);
		await expect(missing).rejects.toThrow(
			'The bytes of “notes.txt” (IAM-01, “SSO/IdP export”) are missing'
		);
		const changed = buildAuditorPackage(source(FILES, async () => new Blob(['tampered'])));
		await expect(changed).rejects.toThrow('no longer match the SHA-256');
	});

	it('refuses a package over 4 GB before reading any file', async () => {
		let reads = 0;
		const huge = [stored('h1', png, {}), stored('h2', png, { ownerId: 'ev2' })];
		huge.forEach((f) => (f.file.size = 2.5 * 1024 ** 3));
		const run = buildAuditorPackage(source(huge, async () => (reads++, undefined)));
		await expect(run).rejects.toBeInstanceOf(ZipTooLargeError);
		expect(reads).toBe(0);
	});

	it('stops when cancelled', async () => {
		const ctl = new AbortController();
		const src = source();
		const run = buildAuditorPackage({
			...src,
			signal: ctl.signal,
			onProgress: (p) => {
				if (p.filesDone === 2) ctl.abort(new DOMException('Cancelled', 'AbortError'));
			}
		});
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
	});
});
