// Bench, not a test (run by bench/backup-scale.mjs): export and import of 1, 10 and 100 full
// assessments with the app's own code in Node (fake-indexeddb stands in for the browser's
// IndexedDB, which is faster, so only the growth factor carries over). Writes the figures as JSON
// to BENCH_OUT.
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { exportAll, importBundle } from '$lib/db/repositories/backup';
import { getFileBlob } from '$lib/db/repositories/evidence-files';
import { writeBackupZip } from '$lib/files/backup/container-write';
import { buildBundle, serializeBundle } from '$lib/files/backup/format';
import { readBackupFile } from '$lib/files/backup/read';
import { freshDb } from '$lib/testing/db';
import { syntheticAssessments } from '$lib/testing/synthetic-assessments';

const SIZES = [1, 10, 100];
const PASSPHRASE = 'bench passphrase for the scale run';

interface Run {
	assessments: number;
	jsonBytes: number;
	plainBytes: number;
	encryptedBytes: number;
	/** Reading the rows out of the database and writing the ZIP (plain), ms. */
	exportMs: number;
	exportEncryptedMs: number;
	/** Reading and checking the ZIP and writing it into an empty database, ms. */
	importMs: number;
	importEncryptedMs: number;
}

async function time<T>(f: () => Promise<T>): Promise<[T, number]> {
	const t = performance.now();
	const out = await f();
	return [out, performance.now() - t];
}

async function importInto(zip: Blob, passphrase?: string): Promise<number> {
	freshDb();
	const [result, ms] = await time(async () => {
		const { bundle, files } = await readBackupFile(zip, passphrase);
		return importBundle(bundle, {}, () => crypto.randomUUID(), { files });
	});
	return result.added.length === 0 ? NaN : ms;
}

/** Each size is measured this many times, interleaved; the median is reported (shared CPUs). */
const REPEATS = Number(process.env.BENCH_SCALE_REPEATS ?? 3);
const EXPORTED_AT = new Date('2026-05-01T12:00:00.000Z');

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.floor((s.length - 1) / 2)] ?? NaN;
}

/** One measurement of export and import at `n` assessments. */
async function measure(n: number): Promise<Run> {
	const assessments = syntheticAssessments(n, { snapshots: 0 });
	const bundle = buildBundle({
		assessments,
		templates: [],
		appVersion: 'bench',
		catalogVersion: assessments[0]!.assessment.catalogVersion,
		exportedAt: EXPORTED_AT.toISOString()
	});
	freshDb();
	await importBundle(bundle, {}, () => crypto.randomUUID());
	const exportZip = (passphrase?: string) =>
		time(async () =>
			writeBackupZip(await exportAll(EXPORTED_AT, { record: false }), getFileBlob, { passphrase })
		);
	const [plain, exportMs] = await exportZip();
	const [encrypted, exportEncryptedMs] = await exportZip(PASSPHRASE);
	return {
		assessments: n,
		jsonBytes: new TextEncoder().encode(serializeBundle(bundle)).length,
		plainBytes: plain.size,
		encryptedBytes: encrypted.size,
		exportMs,
		exportEncryptedMs,
		importMs: await importInto(plain),
		importEncryptedMs: await importInto(encrypted, PASSPHRASE)
	};
}

it(
	'measures backup export and import at 1, 10 and 100 assessments',
	{ timeout: 1_800_000 },
	async () => {
		const all: Run[] = [];
		for (let rep = 0; rep < REPEATS; rep++) for (const n of SIZES) all.push(await measure(n));
		const keys = ['exportMs', 'exportEncryptedMs', 'importMs', 'importEncryptedMs'] as const;
		const runs = SIZES.map((n) => {
			const mine = all.filter((r) => r.assessments === n);
			const first = mine[0]!;
			const out: Run = { ...first };
			for (const k of keys) out[k] = median(mine.map((r) => r[k]));
			return out;
		});
		expect(runs.every((r) => Number.isFinite(r.importMs))).toBe(true);
		writeFileSync(process.env.BENCH_OUT ?? 'bench/out/backup-scale.json', JSON.stringify(runs));
	}
);
