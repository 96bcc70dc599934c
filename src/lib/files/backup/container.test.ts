import { describe, expect, it } from 'vitest';
import { rewriteZip, sampleFiles } from '$lib/testing/evidence-files';
import { sampleBundle } from '$lib/testing/sample-bundle';
import { deflateRaw } from '../deflate';
import { readZipDirectory, ZipBlobWriter, type ZipSink } from '../zip';
import { MAX_JSON_BYTES } from './constants';
import { sealEntry } from './container-header';
import { decodeBase64Strict, deriveBackupKey } from './crypto';
import { writeBackupZip } from './container-write';
import { BackupError } from './errors';
import { serializeBundle, type BackupBundle } from './format';
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

/** A copy of a ZIP whose central directory claims `size` bytes for entry `name`. */
async function claimSize(zip: Blob, name: string, size: number): Promise<Blob> {
	const bytes = new Uint8Array(await zip.arrayBuffer());
	const view = new DataView(bytes.buffer);
	const wanted = new TextEncoder().encode(name);
	for (let at = 0; at + 46 < bytes.length; at++) {
		if (view.getUint32(at, true) !== 0x02014b50) continue;
		const nameLen = view.getUint16(at + 28, true);
		const here = bytes.subarray(at + 46, at + 46 + nameLen);
		if (nameLen === wanted.length && here.every((c, i) => c === wanted[i])) {
			view.setUint32(at + 24, size, true);
			return new Blob([bytes]);
		}
	}
	throw new Error(`no directory entry named ${name}`);
}

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
		const newer = await edit(header.replace('"formatVersion":5', '"formatVersion":99'));
		expect((await refusal(newer, PASSPHRASE)).message).toMatch(
			/^This backup was made by a newer version of the app \(backup format 99;/
		);
		const none = await rewriteZip(zip, (name, b) => (name === 'header.json' ? null : b));
		expect((await refusal(none)).code).toBe('not-backup');
	});

	it('refuses a JSON entry that unpacks past the limit, before or while inflating', async () => {
		const { bundle, blobOf } = await withFiles();
		const zip = await writeBackupZip(bundle, blobOf);
		// 160 MB + 1 of zeros deflates to about 160 KB.
		const zeros = new Uint8Array(MAX_JSON_BYTES + 1);
		const big = await rewriteZip(zip, (name, b) => (name === 'backup.json' ? zeros : b));
		expect(big.size).toBeLessThan(2 * 1024 * 1024);
		const stated = await refusal(big);
		expect(stated.code).toBe('too-large');
		expect(stated.message).toBe(
			"This backup's data (without its files) is 167,772,161 bytes once unpacked; a backup can hold at most 167,772,160 bytes (160 MB)."
		);
		// A directory that claims 2 bytes: refused as soon as inflating passes the limit.
		const lying = await claimSize(big, 'backup.json', 2);
		expect((await readZipDirectory(lying)).find((e) => e.name === 'backup.json')?.size).toBe(2);
		const inflating = await refusal(lying);
		expect(inflating.code).toBe('too-large');
		expect(inflating.message).toBe(
			"This backup's data (without its files) unpacks to more than the 160 MB a backup can hold."
		);
	});

	it('refuses an encrypted JSON entry that unpacks past the limit', async () => {
		const { bundle, blobOf } = await withFiles();
		const zip = await writeBackupZip(bundle, blobOf, { passphrase: PASSPHRASE });
		let header = '';
		await rewriteZip(zip, (name, b) => {
			if (name === 'header.json') header = new TextDecoder().decode(b);
			return b;
		});
		const { salt, iterations } = JSON.parse(header).encryption.kdf;
		const key = await deriveBackupKey(PASSPHRASE, decodeBase64Strict(salt)!, iterations);
		const bomb = await deflateRaw(new Uint8Array(MAX_JSON_BYTES + 1));
		const sealed = await sealEntry(key, header, 'backup.json.enc', bomb);
		const big = await rewriteZip(zip, (name, b) => (name === 'backup.json.enc' ? sealed : b));
		const e = await refusal(big, PASSPHRASE);
		expect(e.code).toBe('too-large');
		expect(e.message).toBe(
			"This backup's data (without its files) unpacks to more than the 160 MB a backup can hold."
		);
	});

	it('deflates the JSON before sealing it (format 4), and reads it back', async () => {
		const { bundle, blobOf } = await withFiles();
		const zip = await writeBackupZip(bundle, blobOf, { passphrase: PASSPHRASE });
		const json = new TextEncoder().encode(serializeBundle(bundle));
		const entry = (await readZipDirectory(zip)).find((x) => x.name === 'backup.json.enc');
		// Stored (sealed bytes do not compress), and far smaller than the JSON it holds.
		expect(entry?.method).toBe(0);
		expect(entry!.size).toBeLessThan(json.length / 4);
		expect((await readBackupFile(zip, PASSPHRASE)).bundle).toEqual(bundle);
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
