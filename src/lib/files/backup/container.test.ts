import { describe, expect, it } from 'vitest';
import { rewriteZip, sampleFiles } from '$lib/testing/evidence-files';
import { sampleBundle } from '$lib/testing/sample-bundle';
import { ZipBlobWriter, type ZipSink } from '../zip';
import { writeBackupZip } from './container-write';
import { BackupError } from './errors';
import type { BackupBundle } from './format';
import { readBackupFile } from './read';

const PASSPHRASE = 'container test passphrase';

/** The sample bundle with the sample files on its first assessment, and where their bytes are. */
async function withFiles(): Promise<{
	bundle: BackupBundle;
	blobOf: (id: string) => Promise<Blob>;
}> {
	const files = await sampleFiles(5000);
	const sample = sampleBundle();
	const [first, ...rest] = sample.assessments;
	const bundle = {
		...sample,
		assessments: [{ ...first!, files: files.map((f) => f.file) }, ...rest]
	};
	const blobs = new Map(files.map((f) => [f.file.id, f.blob]));
	return { bundle, blobOf: async (id) => blobs.get(id)! };
}

async function refusal(input: Blob, passphrase?: string): Promise<BackupError> {
	const e = await readBackupFile(input, passphrase).catch((x: unknown) => x);
	expect(e).toBeInstanceOf(BackupError);
	return e as BackupError;
}

const text = (s: string) => new TextEncoder().encode(s);

describe('the format 2 header', { timeout: 30_000 }, () => {
	it('is cleartext without user data, and a changed one is refused', async () => {
		const { bundle, blobOf } = await withFiles();
		const zip = await writeBackupZip(bundle, blobOf, { passphrase: PASSPHRASE });
		let header = '';
		await rewriteZip(zip, (name, b) => {
			if (name === 'header.json') header = new TextDecoder().decode(b);
			return b;
		});
		expect(Object.keys(JSON.parse(header))).toEqual(['encryption', 'format', 'formatVersion']);
		expect(header).toMatch(/"iterations":600000/);

		const edit = (to: string) =>
			rewriteZip(zip, (name, b) => (name === 'header.json' ? text(to) : b));
		// Fewer rounds than the app accepts (a downgrade), and text that is not canonical.
		expect((await refusal(await edit(header.replace('600000', '1000')), PASSPHRASE)).code).toBe(
			'damaged-archive'
		);
		expect((await refusal(await edit(` ${header}`), PASSPHRASE)).code).toBe('damaged-archive');
		// More rounds, still valid: the key differs and the header is authenticated anyway.
		const more = await edit(header.replace('600000', '600001'));
		expect((await refusal(more, PASSPHRASE)).code).toBe('wrong-passphrase-or-damaged');
		const newer = await edit(header.replace('"formatVersion":3', '"formatVersion":99'));
		expect((await refusal(newer, PASSPHRASE)).message).toMatch(
			/^This backup was made by a newer version of the app \(backup format 99;/
		);
		const none = await rewriteZip(zip, (name, b) => (name === 'header.json' ? null : b));
		expect((await refusal(none)).code).toBe('not-backup');
	});

	it('refuses a JSON entry over the size limit before reading it', async () => {
		const { bundle, blobOf } = await withFiles();
		const zip = await writeBackupZip(bundle, blobOf);
		const big = await rewriteZip(zip, (name, b) =>
			name === 'backup.json' ? text(' '.repeat(16 * 1024 * 1024)) : b
		);
		const e = await refusal(big);
		expect(e.code).toBe('too-large');
		expect(e.message).toMatch(/a backup can be at most 15\.0 MB/);
	});

	it('refuses a JSON backup that lists files it cannot hold', async () => {
		const { bundle } = await withFiles();
		const { serializeBundle } = await import('./format');
		const e = await refusal(new Blob([serializeBundle(bundle)]));
		expect(e.code).toBe('file-missing');
		expect(e.message).toMatch(/^This backup lists 4 evidence files but holds none of them/);
	});
});

describe('ZipBlobWriter with a sink', () => {
	it('hands every part to the sink and returns what it makes', async () => {
		const parts: Blob[] = [];
		let aborted = false;
		const sink: ZipSink = {
			write: async (part) => void parts.push(part),
			finish: async () => new Blob(parts),
			abort: async () => void (aborted = true)
		};
		const w = new ZipBlobWriter(undefined, sink);
		await w.addBlob('a.bin', new Blob([new Uint8Array(9 * 1024 * 1024)]));
		const zip = await w.finish();
		expect(parts.length).toBeGreaterThan(1);
		const plain = new ZipBlobWriter();
		await plain.addBlob('a.bin', new Blob([new Uint8Array(9 * 1024 * 1024)]));
		expect(zip.size).toBe((await plain.finish()).size);

		const failing = new ZipBlobWriter(undefined, {
			...sink,
			write: async () => {
				throw new Error('disk full');
			}
		});
		await expect(
			failing.addBlob('b.bin', new Blob([new Uint8Array(9 * 1024 * 1024)]))
		).rejects.toThrow('disk full');
		failing.abort();
		await new Promise((r) => setTimeout(r, 0));
		expect(aborted).toBe(true);
	});
});
