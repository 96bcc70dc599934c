import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { BackupError } from '$lib/files/backup/errors';
import { serializeBundle, type BackupBundle } from '$lib/files/backup/format';
import { readBackup, writeBackup } from '$lib/files/backup/read';
import { syntheticAssessments } from '$lib/testing/synthetic-assessments';
import { sampleBundle } from '$lib/testing/sample-bundle';
import { buildBundle } from '$lib/files/backup/format';
import type { AppDb } from '../db';
import { saveState } from '../save-state.svelte';
import { freshDb } from '../../testing/db';
import {
	canonicalDump,
	exportAll,
	exportAssessment,
	getLastBackupAt,
	importBundle,
	previewImport
} from './backup';
import { getCopiedOutside } from './meta';

const A1 = '5b0c2b5e-4a43-4bb8-9a57-0d1f7e6f7a11';
const A2 = '9e7a9f64-2f41-4a4c-8f0b-6d5c1b2a3e44';
const NOW = new Date('2026-05-01T12:00:00.000Z');
let db: AppDb;
let counter = 0;
const newId = () => `new-${++counter}`;

/** Tables other than meta (export records the backup time there). */
function withoutMeta(dump: string): string {
	const tables: Record<string, unknown> = JSON.parse(dump);
	delete tables.meta;
	return JSON.stringify(tables);
}

function bigBundle(): BackupBundle {
	return buildBundle({
		assessments: syntheticAssessments(2, { vendors: 3, snapshots: 1 }),
		// At the app's catalog, so importing changes nothing and the round trip is exact.
		templates: sampleBundle().templates.map((t) => ({ ...t, catalogVersion: '2026.3' })),
		appVersion: '0.1.0',
		catalogVersion: '2026.3',
		exportedAt: NOW.toISOString()
	});
}

beforeEach(() => {
	db = freshDb();
	counter = 0;
});

describe('export', () => {
	it('exports every live assessment with all rows, plus templates, and records the time', async () => {
		expect(await getLastBackupAt()).toBeNull();
		await importBundle(sampleBundle(), {}, newId);
		await db.assessments.update(A2, { deletedAt: '2026-04-30T00:00:00.000Z' });
		const bundle = await exportAll(NOW);
		expect(bundle.assessments.map((a) => a.assessment.id)).toEqual([A1]);
		// The sample was made with catalog 2026.1; importing it brings it to the app's 2026.3.
		const sample = sampleBundle();
		const first = sample.assessments[0];
		expect(bundle.assessments[0]).toEqual(
			first && { ...first, assessment: { ...first.assessment, catalogVersion: '2026.3' } }
		);
		expect(bundle.templates).toEqual(
			sample.templates.map((t) => ({ ...t, catalogVersion: '2026.3' }))
		);
		expect(bundle.exportedAt).toBe(NOW.toISOString());
		expect(await getLastBackupAt()).toBe(NOW.toISOString());
	});

	it('gives identical bytes for identical data, whatever order rows were written in', async () => {
		const data = bigBundle();
		await importBundle(data, {}, newId);
		const first = serializeBundle(await exportAll(NOW));
		const reversed: BackupBundle = {
			...data,
			assessments: [...data.assessments].reverse().map((a) => ({
				...a,
				controls: [...a.controls].reverse(),
				evidence: [...a.evidence].reverse()
			}))
		};
		freshDb();
		await importBundle(reversed, {}, newId);
		expect(serializeBundle(await exportAll(NOW))).toBe(first);
	}, 60_000);

	it('exports one assessment with its snapshots, without templates or a backup time', async () => {
		await importBundle(sampleBundle(), {}, newId);
		const one = await exportAssessment(A1, NOW);
		expect(one.assessments).toHaveLength(1);
		expect(one.assessments[0]?.snapshots.map((s) => s.id)).toEqual(['snap-baseline']);
		expect(one.templates).toEqual([]);
		expect(await getLastBackupAt()).toBeNull();
		await expect(exportAssessment('missing')).rejects.toThrow('This assessment no longer exists.');
	});
});

describe('export then import', () => {
	it('is lossless through a plain and an encrypted file', async () => {
		const data = bigBundle();
		await importBundle(data, {}, newId);
		const dump = withoutMeta(await canonicalDump());
		const exported = await exportAll(NOW);
		expect(exported).toEqual(data);
		for (const passphrase of [undefined, 'round trip passphrase']) {
			const file = await writeBackup(exported, passphrase);
			freshDb();
			await importBundle(await readBackup(file, passphrase), {}, newId);
			expect(withoutMeta(await canonicalDump())).toBe(dump);
			expect(await exportAll(NOW)).toEqual(exported);
		}
	}, 60_000);
});

describe('preview', () => {
	it('lists what is added and what conflicts, with names and row counts', async () => {
		const sample = sampleBundle();
		await importBundle(
			{ ...sample, assessments: [sample.assessments[1]!], templates: [] },
			{},
			newId
		);
		await db.assessments.update(A2, { companyName: 'Renamed here' });
		const preview = await previewImport(sample);
		expect(preview.added.map((a) => [a.id, a.companyName, a.rows.controls, a.existing])).toEqual([
			[A1, sample.assessments[0]?.assessment.companyName, 3, null]
		]);
		expect(preview.added[0]?.rows).toEqual({
			answers: 4,
			controls: 3,
			evidence: 1,
			tasks: 2,
			policies: 1,
			vendors: 1,
			risks: 0,
			riskReviews: 0,
			description: 0,
			policyTexts: 0,
			people: 0,
			personChecks: 0,
			accessReviews: 0,
			peopleSamples: 0,
			snapshots: 1
		});
		expect(preview.conflicts).toHaveLength(1);
		expect(preview.conflicts[0]?.existing?.companyName).toBe('Renamed here');
		expect(preview.conflicts[0]?.companyName).toBe('Plain Startup Ltd');
		expect(preview.templates).toEqual({ added: ['SaaS startup, remote'], alreadyHere: [] });
	});
});

describe('import decisions', () => {
	beforeEach(async () => {
		await importBundle(sampleBundle(), {}, newId);
		await db.controlStates.put({
			...sampleBundle().assessments[0]!.controls[0]!,
			controlId: 'GOV-01',
			notes: 'added here after the backup'
		});
	});

	it('refuses a conflict without a decision and changes nothing', async () => {
		const before = await canonicalDump();
		await expect(importBundle(sampleBundle(), {}, newId)).rejects.toThrow(
			/is already on this device: choose whether to keep both, replace it or skip it\.$/
		);
		expect(await canonicalDump()).toBe(before);
	});

	it('replace removes the rows here and writes the backup rows', async () => {
		const result = await importBundle(sampleBundle(), { [A1]: 'replace', [A2]: 'skip' }, newId);
		expect(result).toMatchObject({ replaced: [A1], skipped: [A2], added: [], templatesAdded: 0 });
		// The sample's templates were imported by beforeEach: this import leaves them and says so.
		expect(result.templatesAlreadyHere).toEqual(sampleBundle().templates.map((t) => t.name));
		expect(result.templatesAlreadyHere.length).toBeGreaterThan(0);
		const controls = await db.controlStates.where('assessmentId').equals(A1).toArray();
		expect(controls.map((c) => c.controlId)).toEqual(['IAM-01', 'IAM-02', 'PHY-01']);
		expect(saveState.status).toBe('saved');
	});

	it('keep both copies every row under fresh ids, with " (imported)" on the name', async () => {
		const before = await exportAll(NOW);
		const result = await importBundle(sampleBundle(), { [A1]: 'keep-both', [A2]: 'skip' }, newId);
		const copyId = result.added[0] ?? '';
		expect(copyId).toMatch(/^new-/);
		const after = await exportAll(NOW);
		// The original is untouched.
		expect(after.assessments.find((a) => a.assessment.id === A1)).toEqual(before.assessments[0]);
		const copy = after.assessments.find((a) => a.assessment.id === copyId);
		const source = sampleBundle().assessments[0]!;
		expect(copy?.assessment.companyName).toBe(`${source.assessment.companyName} (imported)`);
		expect(copy?.controls.map((c) => [c.controlId, c.status])).toEqual(
			source.controls.map((c) => [c.controlId, c.status])
		);
		const ownIds = copy
			? [...copy.evidence, ...copy.tasks, ...copy.vendors, ...copy.snapshots]
			: [];
		expect(ownIds).toHaveLength(5);
		for (const row of ownIds) expect(row.id).toMatch(/^new-/);
		// The task that reviews a vendor follows the vendor's new id.
		const vendorId = copy?.vendors[0]?.id;
		expect(copy?.tasks.map((t) => t.gapKey)).toContain(`vendor-review:${vendorId}`);
		expect(copy?.snapshots[0]?.data.assessment.id).toBe(copyId);
	});

	it('marks each imported assessment as copied outside, at the last edit the file holds', async () => {
		const result = await importBundle(sampleBundle(), { [A1]: 'keep-both', [A2]: 'skip' }, newId);
		const copyId = result.added[0] ?? '';
		const edited = sampleBundle().assessments[0]!.assessment.updatedAt;
		// The first import (beforeEach) marked both; this one adds the copy and leaves the rest.
		expect(await getCopiedOutside()).toEqual({
			[A1]: edited,
			[A2]: sampleBundle().assessments[1]!.assessment.updatedAt,
			[copyId]: edited
		});
	});

	it('gives fresh ids to rows whose id another assessment here uses, and says so', async () => {
		const sample = sampleBundle();
		const source = sample.assessments[0]!;
		const moved = {
			...source,
			assessment: { ...source.assessment, id: 'other-id' },
			snapshots: [],
			answers: [],
			controls: [],
			policies: [],
			tasks: [],
			vendors: [],
			evidence: source.evidence.map((e) => ({ ...e, assessmentId: 'other-id' }))
		};
		const here = await db.evidence.where('assessmentId').equals(A1).toArray();
		expect(here.map((e) => e.id).sort()).toEqual(source.evidence.map((e) => e.id).sort());
		const result = await importBundle({ ...sample, assessments: [moved] }, {}, newId);
		expect(result.added).toEqual(['other-id']);
		expect(result.reidentified).toEqual([
			{ id: 'other-id', companyName: source.assessment.companyName, rows: source.evidence.length }
		]);
		// The assessment here keeps its rows; the imported one has its own, under fresh ids.
		expect(await db.evidence.where('assessmentId').equals(A1).toArray()).toEqual(here);
		const imported = await db.evidence.where('assessmentId').equals('other-id').toArray();
		expect(imported.map((e) => e.title).sort()).toEqual(source.evidence.map((e) => e.title).sort());
		for (const e of imported) expect(e.id).toMatch(/^new-\d+$/);
		expect((await db.assessments.get('other-id'))?.companyName).toBe(source.assessment.companyName);
	});

	it('refuses keep both, changing nothing, when its fresh ids are taken', async () => {
		const before = await canonicalDump();
		const taken = sampleBundle().assessments[0]!.evidence[0]!.id;
		const error = await importBundle(
			sampleBundle(),
			{ [A1]: 'keep-both', [A2]: 'skip' },
			() => taken
		).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'id-conflict' });
		expect(await canonicalDump()).toBe(before);
	});

	it('refuses, changing nothing, when even the fresh ids are taken (a broken id source)', async () => {
		const sample = sampleBundle();
		const source = sample.assessments[0]!;
		const moved = {
			...source,
			assessment: { ...source.assessment, id: 'other-id' },
			snapshots: [],
			answers: [],
			controls: [],
			policies: [],
			tasks: [],
			vendors: [],
			evidence: source.evidence.map((e) => ({ ...e, assessmentId: 'other-id' }))
		};
		const taken = source.evidence[0]!.id;
		const before = await canonicalDump();
		const error = await importBundle({ ...sample, assessments: [moved] }, {}, () => taken).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(BackupError);
		expect(error).toMatchObject({ code: 'id-conflict' });
		expect(await canonicalDump()).toBe(before);
	});

	it('adds an assessment that was deleted in the backup as a live one', async () => {
		const sample = sampleBundle();
		const gone = {
			...sample.assessments[1]!,
			assessment: {
				...sample.assessments[1]!.assessment,
				id: 'other-id',
				deletedAt: '2026-04-01T00:00:00.000Z'
			}
		};
		await importBundle({ ...sample, assessments: [gone] }, {}, newId);
		expect((await db.assessments.get('other-id'))?.deletedAt).toBeNull();
	});
});

describe('a failure half-way through an import', () => {
	it('leaves the old data exactly as it was, wherever it happens', async () => {
		const incoming = bigBundle();
		const withConflicts: BackupBundle = {
			...incoming,
			assessments: [...incoming.assessments, ...sampleBundle().assessments]
		};
		// How many rows the whole import writes, measured on a scratch database.
		await importBundle(sampleBundle(), {}, newId);
		const { rows: total } = await importBundle(
			withConflicts,
			{ [A1]: 'replace', [A2]: 'replace' },
			newId
		);
		expect(total).toBeGreaterThan(1000);

		freshDb();
		await importBundle(sampleBundle(), {}, newId);
		const before = await canonicalDump();
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: total - 1 }),
				fc.constantFrom('replace' as const, 'keep-both' as const),
				async (faultAfterRows, decision) => {
					const attempt = importBundle(withConflicts, { [A1]: decision, [A2]: decision }, newId, {
						faultAfterRows
					});
					await expect(attempt).rejects.toThrow(`Injected fault after ${faultAfterRows} rows.`);
					expect(await canonicalDump()).toBe(before);
				}
			),
			{
				numRuns: 15,
				seed: 8,
				examples: [
					[0, 'replace'],
					[total - 1, 'replace']
				]
			}
		);
		expect(saveState.status).toBe('error');
		// The same import without a fault then succeeds.
		await importBundle(withConflicts, { [A1]: 'replace', [A2]: 'replace' }, newId);
		expect(await canonicalDump()).not.toBe(before);
	}, 60_000);
});
