/**
 * Evidence files for backup tests: a replaced file (a chain of two versions) and an empty file on
 * the sample's SSO evidence item, and a vendor's report, with deterministic bytes and their
 * SHA-256. Plus a ZIP rewriter that makes damaged copies of a backup entry by entry.
 */
import type { EvidenceFile } from '$lib/domain/types';
import { sha256Hex } from '../files/hash';
import { entryBlob, readZipDirectory, ZipBlobWriter } from '../files/zip';

const A1 = '5b0c2b5e-4a43-4bb8-9a57-0d1f7e6f7a11';
const T = '2026-03-02T10:15:00.000Z';

/** Deterministic bytes that do not compress (like the PDFs and images a locker holds). */
export function noise(n: number, seed: number): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(n);
	let x = seed;
	for (let i = 0; i < n; i += 1) {
		x = (x * 1103515245 + 12345) >>> 0;
		out[i] = x >>> 24;
	}
	return out;
}

export interface SampleFile {
	file: EvidenceFile;
	bytes: Uint8Array<ArrayBuffer>;
	blob: Blob;
}

async function sampleFile(
	id: string,
	bytes: Uint8Array<ArrayBuffer>,
	fields: Partial<EvidenceFile>
): Promise<SampleFile> {
	const file: EvidenceFile = {
		id,
		assessmentId: A1,
		ownerKind: 'evidence',
		ownerId: 'ev-sso-config',
		name: `${id}.pdf`,
		type: 'application/pdf',
		declaredType: 'application/pdf',
		size: bytes.length,
		sha256: await sha256Hex(bytes),
		addedAt: T,
		addedBy: 'Zoë',
		replaces: null,
		replacedBy: null,
		updatedAt: T,
		...fields
	};
	return { file, bytes, blob: new Blob([bytes]) };
}

/** Four files of the sample bundle's first assessment; `bigBytes` sizes the vendor report. */
export async function sampleFiles(bigBytes = 300_000): Promise<SampleFile[]> {
	return Promise.all([
		sampleFile('file-sso-v1', noise(40_000, 1), {
			name: 'SSO export — Zürich.pdf',
			replacedBy: 'file-sso-v2'
		}),
		sampleFile('file-sso-v2', noise(50_000, 2), {
			name: 'SSO export — Zürich (2).pdf',
			replaces: 'file-sso-v1'
		}),
		sampleFile('file-empty', new Uint8Array(0), { name: 'empty.txt', type: '', declaredType: '' }),
		sampleFile('file-vendor-soc2', noise(bigBytes, 3), {
			ownerKind: 'vendor',
			ownerId: 'vendor-cloud',
			name: 'Hosting Co — SOC 2 (2026) ü.pdf'
		})
	]);
}

/**
 * A copy of a ZIP with some entries changed: `edit` returns the bytes to write for an entry, null
 * to leave it out, or the entry's own bytes to keep it. `extra` entries are added at the end.
 */
export async function rewriteZip(
	zip: Blob,
	edit: (name: string, bytes: Uint8Array<ArrayBuffer>) => Uint8Array | null,
	extra: Record<string, Uint8Array> = {}
): Promise<Blob> {
	const out = new ZipBlobWriter();
	for (const entry of await readZipDirectory(zip)) {
		const bytes = new Uint8Array(await (await entryBlob(zip, entry)).arrayBuffer());
		const next = edit(entry.name, bytes);
		if (next) out.addBytes(entry.name, next, { compress: entry.method === 8 });
	}
	for (const [name, bytes] of Object.entries(extra)) out.addBytes(name, bytes, { compress: false });
	return out.finish();
}
