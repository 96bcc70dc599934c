/**
 * Every backup the app has written imports again: the committed files of formats 1 to 3 (never
 * regenerated), a consultant's 100 full assessments (about 29 MB of JSON, twice the old 15 MB
 * limit) plain and encrypted, and an assessment whose row ids another assessment here uses.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeBackupZip } from '$lib/files/backup/container-write';
import type { BackupAssessment, BackupBundle } from '$lib/files/backup/format';
import { buildBundle } from '$lib/files/backup/format';
import { readBackupFile } from '$lib/files/backup/read';
import { readZipDirectory } from '$lib/files/zip';
import { sampleFiles } from '$lib/testing/evidence-files';
import { sampleBundle } from '$lib/testing/sample-bundle';
import { syntheticAssessments } from '$lib/testing/synthetic-assessments';
import type { AppDb } from '../db';
import { freshDb } from '../../testing/db';
import { canonicalDump, exportAll, exportAssessment, importBundle } from './backup';
import { addEvidenceFiles, getFileBlob } from './evidence-files';

const A1 = '5b0c2b5e-4a43-4bb8-9a57-0d1f7e6f7a11';
const NOW = new Date('2026-05-01T12:00:00.000Z');
/** The passphrase of every committed encrypted fixture. */
const FIXTURE_PASSPHRASE = 'correct horse battery staple 2026';
const FIXTURES = 'tests/fixtures/backups';
let db: AppDb;
let counter = 0;
const newId = () => `new-${++counter}`;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

beforeEach(() => {
	db = freshDb();
	counter = 0;
});

/** Every table but meta (which records copies and backup times), as canonical text. */
async function rowsDump(): Promise<string> {
	const tables: Record<string, unknown> = JSON.parse(await canonicalDump());
	delete tables.meta;
	return JSON.stringify(tables);
}

/** Every stored blob's SHA-256 (node:crypto, not the app's hash), by file id. */
async function blobDigests(): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const row of await db.fileBlobs.toArray())
		out[row.id] = sha(new Uint8Array(await row.blob.arrayBuffer()));
	return out;
}

async function importZip(zip: Blob, passphrase?: string) {
	const { bundle, files } = await readBackupFile(zip, passphrase);
	return importBundle(bundle, {}, newId, { files });
}

describe('committed ZIP backups of formats 2 and 3', { timeout: 60_000 }, () => {
	// Written by the app at formats 2 and 3 (sample bundle with four files on its first
	// assessment). Never regenerated: update the expectations, never the files.
	for (const version of [2, 3])
		for (const encrypted of [false, true]) {
			const name = `sample-v${version}${encrypted ? '.encrypted' : ''}.zip`;
			it(`imports ${name} with every file byte-identical`, async () => {
				const zip = new Blob([readFileSync(`${FIXTURES}/${name}`)]);
				const result = await importZip(zip, encrypted ? FIXTURE_PASSPHRASE : undefined);
				expect(result.added.sort()).toEqual(
					sampleBundle()
						.assessments.map((a) => a.assessment.id)
						.sort()
				);
				const files = await db.evidenceFiles.toArray();
				expect(files.map((f) => f.name).sort()).toEqual([
					'Hosting Co — SOC 2 (2026) ü.pdf',
					'SSO export — Zürich (2).pdf',
					'SSO export — Zürich.pdf',
					'empty.txt'
				]);
				// The bytes as Info-ZIP's unzip reads them from the plain file of the same format.
				const digests = await blobDigests();
				const plain = `${FIXTURES}/sample-v${version}.zip`;
				for (const f of files) {
					const bytes = execFileSync('unzip', ['-p', plain, `files/${f.id}`]);
					expect(digests[f.id]).toBe(sha(bytes));
					expect(digests[f.id]).toBe(f.sha256);
				}
				const companies = (await db.assessments.toArray()).map((a) => a.companyName);
				expect(companies).toContain('Zoë Łukasiewicz — Café Ünal <script>alert(1)</script>');
			});
		}

	it('reads format 2 with empty lists for the records format 3 added', async () => {
		const zip = new Blob([readFileSync(`${FIXTURES}/sample-v2.zip`)]);
		const { bundle } = await readBackupFile(zip);
		for (const a of bundle.assessments)
			expect([a.risks, a.riskReviews, a.description, a.policyTexts]).toEqual([[], [], [], []]);
		const v3 = await readBackupFile(new Blob([readFileSync(`${FIXTURES}/sample-v3.zip`)]));
		expect(bundle.assessments.map((a) => a.controls)).toEqual(
			v3.bundle.assessments.map((a) => a.controls)
		);
	});

	it('imports the format 1 JSON sample into the database', async () => {
		const text = readFileSync(`${FIXTURES}/sample-v1.json`, 'utf8');
		const result = await importZip(new Blob([text]));
		expect(result.added).toHaveLength(2);
		expect(await db.controlStates.count()).toBe(
			(JSON.parse(text) as BackupBundle).assessments.reduce((n, a) => n + a.controls.length, 0)
		);
	});
});

describe("a consultant's 100 assessments", { timeout: 300_000 }, () => {
	for (const passphrase of [undefined, 'a consultant passphrase']) {
		it(`export and import again ${passphrase ? 'encrypted' : 'plain'}, every row equal`, async () => {
			const assessments = syntheticAssessments(100, { snapshots: 1 });
			await importBundle(
				buildBundle({
					assessments,
					templates: sampleBundle().templates.map((t) => ({ ...t, catalogVersion: '2026.3' })),
					appVersion: 'test',
					catalogVersion: '2026.3',
					exportedAt: NOW.toISOString()
				}),
				{},
				newId
			);
			const before = await rowsDump();
			const controls = assessments.reduce((n, a) => n + a.controls.length, 0);
			expect(await db.controlStates.count()).toBe(controls);
			const zip = await writeBackupZip(await exportAll(NOW, { record: false }), getFileBlob, {
				passphrase
			});
			const json = (await readZipDirectory(zip)).find((e) => e.name.startsWith('backup.json'))!;
			// Over the old 15 MB limit unpacked; a few MB as stored, encrypted or not.
			expect(zip.size).toBeLessThan(8 * 1024 * 1024);
			if (!passphrase) expect(json.size).toBeGreaterThan(15 * 1024 * 1024);
			db = freshDb();
			const result = await importZip(zip, passphrase);
			expect(result.added).toHaveLength(100);
			expect(result.reidentified).toEqual([]);
			expect(await rowsDump()).toBe(before);
		});
	}
});

/** The assessment under another id, every row it owns (and its files) moved with it. */
function underNewId(item: BackupAssessment, id: string): BackupAssessment {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(item))
		out[key] = Array.isArray(value)
			? value.map((row: Record<string, unknown>) => ({ ...row, assessmentId: id }))
			: value;
	return { ...(out as unknown as BackupAssessment), assessment: { ...item.assessment, id } };
}

describe('an assessment whose row ids another assessment here uses', { timeout: 60_000 }, () => {
	it('imports under fresh row ids, files and links following, and says how many', async () => {
		const files = await sampleFiles(5000);
		await importBundle(sampleBundle(), {}, newId);
		await addEvidenceFiles(files.map(({ file, blob }) => ({ file, blob })));
		const original = (await exportAssessment(A1, NOW)).assessments[0]!;
		// The same assessment as a new one (say, a copy made on another device): its evidence,
		// task, vendor, snapshot and file ids are all already used by the one here.
		const other = underNewId(original, 'c0ffee00-0000-4000-8000-000000000001');
		const bundle = { ...(await exportAssessment(A1, NOW)), assessments: [other] };
		const zip = await writeBackupZip(bundle, getFileBlob);
		const before = await rowsDump();
		const owned = [
			'evidence',
			'tasks',
			'vendors',
			'risks',
			'riskReviews',
			'policyTexts',
			'snapshots',
			'files'
		] as const;
		const clashing = owned.reduce((n, k) => n + (other[k] as unknown[]).length, 0);
		expect(clashing).toBeGreaterThan(files.length);

		const result = await importZip(zip);
		expect(result.added).toEqual([other.assessment.id]);
		expect(result.reidentified).toEqual([
			{ id: other.assessment.id, companyName: original.assessment.companyName, rows: clashing }
		]);
		// What was here is untouched (its rows are still all there).
		type Row = { id?: string; assessmentId?: string };
		const after: Record<string, Row[]> = JSON.parse(await rowsDump());
		const earlier: Record<string, Row[]> = JSON.parse(before);
		const notNew = (r: Row) => (r.assessmentId ?? r.id) !== other.assessment.id;
		for (const [table, rows] of Object.entries(earlier))
			expect(after[table]?.filter(notNew)).toEqual(rows);
		// The new one: as many rows, none under an id used before, files chained and owned.
		const id = other.assessment.id;
		const evidence = await db.evidence.where('assessmentId').equals(id).toArray();
		expect(evidence.map((e) => e.title).sort()).toEqual(
			original.evidence.map((e) => e.title).sort()
		);
		const oldIds = new Set(
			owned.flatMap((k) => (original[k] as Array<{ id: string }>).map((r) => r.id))
		);
		for (const e of evidence) expect(oldIds.has(e.id)).toBe(false);
		const copied = await db.evidenceFiles.where('assessmentId').equals(id).toArray();
		expect(copied).toHaveLength(4);
		const byName = new Map(copied.map((f) => [f.name, f]));
		const v1 = byName.get('SSO export — Zürich.pdf')!;
		const v2 = byName.get('SSO export — Zürich (2).pdf')!;
		expect([v1.replacedBy, v2.replaces]).toEqual([v2.id, v1.id]);
		expect(evidence.map((e) => e.id)).toContain(v1.ownerId);
		const vendors = await db.vendors.where('assessmentId').equals(id).toArray();
		expect(vendors.map((v) => v.id)).toContain(
			byName.get('Hosting Co — SOC 2 (2026) ü.pdf')?.ownerId
		);
		const digests = await blobDigests();
		for (const f of files) {
			const copy = byName.get(f.file.name)!;
			expect(oldIds.has(copy.id)).toBe(false);
			expect(digests[copy.id]).toBe(sha(f.bytes));
		}
		const tasks = await db.tasks.where('assessmentId').equals(id).toArray();
		for (const t of tasks)
			if (t.gapKey?.startsWith('vendor-review:'))
				expect(vendors.map((v) => `vendor-review:${v.id}`)).toContain(t.gapKey);
	});
});
