import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeBackupZip } from '$lib/files/backup/container-write';
import { BackupError } from '$lib/files/backup/errors';
import { readBackupFile } from '$lib/files/backup/read';
import type { BackupProgress } from '$lib/files/backup/import-types';
import { readZipDirectory } from '$lib/files/zip';
import { noise, rewriteZip, sampleFiles, type SampleFile } from '$lib/testing/evidence-files';
import { sampleBundle } from '$lib/testing/sample-bundle';
import type { AppDb } from '../db';
import { freshDb } from '../../testing/db';
import { canonicalDump, exportAll, importBundle } from './backup';
import { addEvidenceFiles, getFileBlob } from './evidence-files';

const A1 = '5b0c2b5e-4a43-4bb8-9a57-0d1f7e6f7a11';
const A2 = '9e7a9f64-2f41-4a4c-8f0b-6d5c1b2a3e44';
const NOW = new Date('2026-05-01T12:00:00.000Z');
const PASSPHRASE = 'files travel with the backup';
let db: AppDb;
let files: SampleFile[];
let counter = 0;
const newId = () => `new-${++counter}`;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Every stored blob's SHA-256 (node:crypto, not the app's hash), by file id. */
async function blobDigests(): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const row of await db.fileBlobs.toArray())
		out[row.id] = sha(new Uint8Array(await row.blob.arrayBuffer()));
	return out;
}

/** The whole database: rows (blobs as their digests) and nothing else. */
async function snapshot(): Promise<string> {
	return `${await canonicalDump()}\n${JSON.stringify(await blobDigests())}`;
}

/**
 * What a backup restores: the exported bundle (file records included) and every blob's digest.
 * (A raw dump differs after a round trip: the one-record form merges a row's and its activity's
 * times, as it always has for format 1.)
 */
async function contents() {
	return { bundle: await exportAll(NOW, { record: false }), blobs: await blobDigests() };
}

/** The sample assessments with the sample files in the locker. */
async function seed(): Promise<void> {
	await importBundle(sampleBundle(), {}, newId);
	await addEvidenceFiles(files.map(({ file, blob }) => ({ file, blob })));
}

async function exportZip(passphrase?: string): Promise<Blob> {
	return writeBackupZip(await exportAll(NOW, { record: false }), getFileBlob, { passphrase });
}

/** Reads a backup and imports it as the import screen does. */
async function importZip(zip: Blob, passphrase?: string, decisions = {}) {
	const { bundle, files: blobs } = await readBackupFile(zip, passphrase);
	return importBundle(bundle, decisions, newId, { files: blobs });
}

beforeEach(async () => {
	db = freshDb();
	counter = 0;
	files ??= await sampleFiles();
});

describe('format 2 round trip', { timeout: 60_000 }, () => {
	it('restores every row and byte-identical files from a plain ZIP that unzip reads', async () => {
		await seed();
		const before = await contents();
		const zip = await exportZip();
		const entries = (await readZipDirectory(zip)).map((e) => [e.name, e.method]);
		expect(entries).toEqual([
			['header.json', 8],
			['backup.json', 8],
			...[...files]
				.sort((a, b) => (a.file.id < b.file.id ? -1 : 1))
				.map((f) => [`files/${f.file.id}`, 0])
		]);
		const dir = mkdtempSync(join(tmpdir(), 'backup-'));
		const path = join(dir, 'b.zip');
		writeFileSync(path, new Uint8Array(await zip.arrayBuffer()));
		expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toContain(
			'No errors detected'
		);
		const vendorReport = execFileSync('unzip', ['-p', path, 'files/file-vendor-soc2']);
		expect(sha(vendorReport)).toBe(sha(files[3]!.bytes));

		const progress: BackupProgress[] = [];
		freshDb();
		db = freshDb();
		const { bundle, files: blobs } = await readBackupFile(zip);
		await importBundle(bundle, {}, newId, { files: blobs, onProgress: (p) => progress.push(p) });
		expect(await contents()).toEqual(before);
		const digests = await blobDigests();
		for (const f of files) expect(digests[f.file.id]).toBe(sha(f.bytes));
		expect(progress.at(-1)).toEqual({
			files: 4,
			totalFiles: 4,
			bytes: files.reduce((n, f) => n + f.bytes.length, 0),
			totalBytes: files.reduce((n, f) => n + f.bytes.length, 0)
		});
	});

	it('round-trips encrypted, with every entry but the header unreadable without the key', async () => {
		await seed();
		const before = await contents();
		const progress: BackupProgress[] = [];
		const zip = await writeBackupZip(await exportAll(NOW, { record: false }), getFileBlob, {
			passphrase: PASSPHRASE,
			onProgress: (p) => progress.push(p)
		});
		expect(progress.map((p) => p.files)).toEqual([0, 1, 2, 3, 4]);
		const names = (await readZipDirectory(zip)).map((e) => e.name);
		expect(names.slice(0, 2)).toEqual(['header.json', 'backup.json.enc']);
		expect(names.slice(2).every((n) => /^files\/file-[a-z0-9-]+\.enc$/.test(n))).toBe(true);
		const raw = Buffer.from(await zip.arrayBuffer());
		// Each secret is long enough (7+ bytes) that random ciphertext cannot hold it by chance.
		for (const secret of ['Plain Startup', 'Zürich', 'ev-sso-config', 'SSO export'])
			expect(raw.includes(Buffer.from(secret))).toBe(false);
		// The vendor report's bytes do not appear in the file either.
		expect(raw.includes(Buffer.from(files[3]!.bytes.subarray(1000, 1064)))).toBe(false);

		db = freshDb();
		await importZip(zip, PASSPHRASE);
		expect(await contents()).toEqual(before);
	});

	it('stops when cancelled, after the file under way', async () => {
		await seed();
		const ctl = new AbortController();
		const seen: number[] = [];
		const attempt = writeBackupZip(await exportAll(NOW, { record: false }), getFileBlob, {
			signal: ctl.signal,
			onProgress: (p) => {
				seen.push(p.files);
				if (p.files === 1) ctl.abort();
			}
		});
		await expect(attempt).rejects.toThrow();
		expect(seen).toEqual([0, 1]);
	});

	it('gives the same bytes for the same data and export time when not encrypted', async () => {
		await seed();
		const [a, b] = [await exportZip(), await exportZip()];
		expect(sha(new Uint8Array(await a.arrayBuffer()))).toBe(
			sha(new Uint8Array(await b.arrayBuffer()))
		);
	});

	it('a ZIP far over the JSON size limit still imports: the limit applies to the JSON alone', async () => {
		const big = await sampleFiles(16 * 1024 * 1024);
		await importBundle(sampleBundle(), {}, newId);
		await addEvidenceFiles(big.map(({ file, blob }) => ({ file, blob })));
		const zip = await exportZip();
		expect(zip.size).toBeGreaterThan(16 * 1024 * 1024);
		db = freshDb();
		await importZip(zip);
		expect((await blobDigests())['file-vendor-soc2']).toBe(sha(big[3]!.bytes));
	});
});

describe('a damaged or changed format 2 backup', { timeout: 60_000 }, () => {
	/** Imports `zip` into a database holding the second sample only; nothing may change. */
	async function refused(zip: Blob, passphrase?: string): Promise<BackupError> {
		db = freshDb();
		const sample = sampleBundle();
		await importBundle({ ...sample, assessments: [sample.assessments[1]!] }, {}, newId);
		await addEvidenceFiles([]);
		const before = await snapshot();
		const error = await importZip(zip, passphrase).catch((e: unknown) => e);
		expect(await snapshot()).toBe(before);
		expect(error).toBeInstanceOf(BackupError);
		return error as BackupError;
	}

	const flip = (bytes: Uint8Array) => {
		const out = new Uint8Array(bytes);
		const at = Math.floor(out.length / 2);
		out[at] = (out[at] ?? 0) ^ 0x01;
		return out;
	};

	it('refuses a changed file, naming it, and writes nothing', async () => {
		await seed();
		const zip = await exportZip();
		const tampered = await rewriteZip(zip, (name, b) =>
			name === 'files/file-sso-v2' ? flip(b) : b
		);
		const e = await refused(tampered);
		expect(e.code).toBe('file-mismatch');
		expect(e.message).toBe(
			'“SSO export — Zürich (2).pdf” (in “Zoë Łukasiewicz — Café Ünal <script>alert(1)</script>”) does not match the size and SHA-256 fingerprint recorded when it was added: the backup is damaged or was changed. Nothing was imported.'
		);
	});

	it('refuses a changed encrypted file, a file cut short and a file moved to another name', async () => {
		await seed();
		const zip = await exportZip(PASSPHRASE);
		const changed = await rewriteZip(zip, (name, b) =>
			name === 'files/file-sso-v1.enc' ? flip(b) : b
		);
		expect((await refused(changed, PASSPHRASE)).message).toMatch(/^“SSO export — Zürich\.pdf” /);
		const cut = await rewriteZip(zip, (name, b) =>
			name === 'files/file-vendor-soc2.enc' ? b.subarray(0, b.length - 1) : b
		);
		expect((await refused(cut, PASSPHRASE)).code).toBe('file-mismatch');
		// Same size, valid ciphertext, but sealed for another entry: the name is authenticated.
		const entries = new Map<string, Uint8Array>();
		await rewriteZip(zip, (name, b) => (entries.set(name, b), b));
		const swapped = await rewriteZip(zip, (name, b) =>
			name === 'files/file-sso-v1.enc' ? (entries.get('files/file-sso-v2.enc') ?? b) : b
		);
		expect((await refused(swapped, PASSPHRASE)).code).toBe('file-mismatch');
	});

	it('refuses a missing file entry and an entry no record accounts for', async () => {
		await seed();
		const zip = await exportZip();
		const missing = await rewriteZip(zip, (name, b) => (name === 'files/file-empty' ? null : b));
		const e = await refused(missing);
		expect(e.code).toBe('file-missing');
		expect(e.message).toMatch(
			/^“empty\.txt” \(in “Zoë .*\) is listed in this backup but its contents are missing/
		);
		const extra = await rewriteZip(zip, (_, b) => b, { 'files/../../evil.sh': noise(10, 1) });
		expect((await refused(extra)).message).toMatch(/holds an entry no record accounts for/);
	});

	it('refuses a wrong passphrase with the usual message', async () => {
		await seed();
		const e = await refused(await exportZip(PASSPHRASE), 'not the passphrase at all');
		expect(e.code).toBe('wrong-passphrase-or-damaged');
		expect(e.message).toBe('Wrong passphrase or damaged file.');
		const none = await refused(await exportZip(PASSPHRASE));
		expect(none.code).toBe('passphrase-required');
	});

	it('refuses a file record whose bytes are not what the record says (size)', async () => {
		await seed();
		const zip = await exportZip();
		// The JSON changed to claim another size: the record no longer matches its entry.
		const { unzipSync, strToU8, strFromU8 } = await import('fflate');
		const json = strFromU8(unzipSync(new Uint8Array(await zip.arrayBuffer()))['backup.json']!);
		const edited = json.replace('"size": 40000', '"size": 40001');
		expect(edited).not.toBe(json);
		const changed = await rewriteZip(zip, (name, b) =>
			name === 'backup.json' ? strToU8(edited) : b
		);
		expect((await refused(changed)).message).toMatch(/^“SSO export — Zürich\.pdf” /);
	});
});

describe('decisions with files', { timeout: 60_000 }, () => {
	it('keep both copies the files under new ids, owners and version links following', async () => {
		await seed();
		const zip = await exportZip();
		const result = await importZip(zip, undefined, { [A1]: 'keep-both', [A2]: 'skip' });
		const copyId = result.added[0]!;
		const copy = await db.evidenceFiles.where('assessmentId').equals(copyId).toArray();
		expect(copy).toHaveLength(4);
		const evidence = await db.evidence.where('assessmentId').equals(copyId).toArray();
		const vendors = await db.vendors.where('assessmentId').equals(copyId).toArray();
		const byName = new Map(copy.map((f) => [f.name, f]));
		const v1 = byName.get('SSO export — Zürich.pdf')!;
		const v2 = byName.get('SSO export — Zürich (2).pdf')!;
		expect(v1.id).toMatch(/^new-/);
		expect([v1.replacedBy, v2.replaces]).toEqual([v2.id, v1.id]);
		expect(v1.ownerId).toBe(evidence[0]?.id);
		expect(byName.get('Hosting Co — SOC 2 (2026) ü.pdf')?.ownerId).toBe(vendors[0]?.id);
		const digests = await blobDigests();
		for (const f of copy) expect(digests[f.id]).toBe(f.sha256);
		// The originals are still there, untouched.
		expect(await db.evidenceFiles.where('assessmentId').equals(A1).count()).toBe(4);
	});

	it('replace removes the files here for a format 2 backup and keeps them for format 1', async () => {
		await seed();
		const zip = await exportZip();
		const [later] = await sampleFiles(10);
		const here = { ...later!.file, id: 'file-added-later', replacedBy: null };
		await addEvidenceFiles([{ file: here, blob: later!.blob }]);
		await importZip(zip, undefined, { [A1]: 'replace', [A2]: 'replace' });
		const ids = (await db.evidenceFiles.where('assessmentId').equals(A1).toArray()).map(
			(f) => f.id
		);
		expect(ids.sort()).toEqual(files.map((f) => f.file.id).sort());

		// A format 1 file (no files in it) leaves the locker as it is.
		const v1 = readFileSync('tests/fixtures/backups/sample-v1.json', 'utf8');
		const loaded = await readBackupFile(v1);
		expect(loaded.files).toBeNull();
		await importBundle(loaded.bundle, { [A1]: 'replace', [A2]: 'replace' }, newId);
		expect(await db.evidenceFiles.where('assessmentId').equals(A1).count()).toBe(4);
	});

	it('makes a hand-edited file name safe again on import', async () => {
		await seed();
		const zip = await exportZip();
		const { unzipSync, strToU8, strFromU8 } = await import('fflate');
		const json = strFromU8(unzipSync(new Uint8Array(await zip.arrayBuffer()))['backup.json']!);
		const edited = json.replace('"name": "empty.txt"', '"name": "../../.bashrc\\u202e<x>"');
		expect(edited).not.toBe(json);
		const changed = await rewriteZip(zip, (name, b) =>
			name === 'backup.json' ? strToU8(edited) : b
		);
		db = freshDb();
		await importZip(changed);
		expect((await db.evidenceFiles.get('file-empty'))?.name).toBe('bashrc_x_');
	});

	it('a format 1 file still imports, plain and encrypted', async () => {
		const plain = await readBackupFile(
			readFileSync('tests/fixtures/backups/sample-v1.json', 'utf8')
		);
		const encrypted = await readBackupFile(
			readFileSync('tests/fixtures/backups/sample-v1.encrypted.json', 'utf8'),
			'correct horse battery staple 2026'
		);
		expect(encrypted).toEqual(plain);
		await importBundle(plain.bundle, {}, newId, { files: plain.files });
		expect(await db.assessments.count()).toBe(2);
	});
});
