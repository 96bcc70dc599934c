import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessment } from '$lib/domain/assessments/assessment';
import type { EvidenceFile, EvidenceItem } from '$lib/domain/types';
import type { AppDb } from '../db';
import { freshDb } from '../../testing/db';
import { createAssessmentRow, purgeAssessment, softDeleteAssessment } from './assessments';
import { deleteEvidence, restoreEvidence, saveEvidence } from './controls';
import {
	addEvidenceFiles,
	chainOf,
	getFileBlob,
	listEvidenceFiles,
	removeEvidenceFiles,
	restoreEvidenceFiles
} from './evidence-files';

let db: AppDb;
const A = 'a1';

function file(id: string, ownerId: string, replaces: string | null = null): EvidenceFile {
	return {
		id,
		assessmentId: A,
		ownerKind: 'evidence',
		ownerId,
		name: `${id}.txt`,
		type: '',
		declaredType: 'text/plain',
		size: 3,
		sha256: 'x',
		addedAt: '',
		addedBy: 'Ana',
		replaces,
		replacedBy: null,
		updatedAt: ''
	};
}
const blob = (text: string) => new Blob([text], { type: 'text/plain' });
const item: EvidenceItem = {
	id: 'ev1',
	assessmentId: A,
	controlId: 'GOV-01',
	title: 'Board minutes',
	location: '',
	collectedAt: null,
	reportType: 'both',
	createdAt: '',
	updatedAt: ''
};

beforeEach(async () => {
	db = freshDb();
	await createAssessmentRow(
		createAssessment({ companyName: 'Acme', assessor: '', reportType: 'type2' }, A, new Date(), '1')
	);
	await saveEvidence(item);
});

describe('evidence files repository', () => {
	it('keeps the earlier version when a file is replaced', async () => {
		await addEvidenceFiles([{ file: file('f1', 'ev1'), blob: blob('one') }]);
		await addEvidenceFiles([{ file: file('f2', 'ev1', 'f1'), blob: blob('two') }]);
		const all = await listEvidenceFiles(A);
		expect(all.map((f) => [f.id, f.replacedBy])).toEqual([
			['f1', 'f2'],
			['f2', null]
		]);
		expect(await (await getFileBlob('f1'))?.text()).toBe('one');
		expect(await (await getFileBlob('f2'))?.text()).toBe('two');
		expect(chainOf(all[0] as EvidenceFile, all).map((f) => f.id)).toEqual(['f1', 'f2']);
		expect(all.every((f) => f.addedAt !== '')).toBe(true);
	});

	it('removes a chain and Undo puts back the same bytes', async () => {
		await addEvidenceFiles([
			{ file: file('f1', 'ev1'), blob: blob('one') },
			{ file: file('f3', 'ev1'), blob: blob('three') }
		]);
		const removed = await removeEvidenceFiles(A, ['f1']);
		expect((await listEvidenceFiles(A)).map((f) => f.id)).toEqual(['f3']);
		expect(await getFileBlob('f1')).toBeUndefined();
		await restoreEvidenceFiles(removed);
		expect((await listEvidenceFiles(A)).map((f) => f.id).sort()).toEqual(['f1', 'f3']);
		expect(await (await getFileBlob('f1'))?.text()).toBe('one');
	});

	it('stores nothing when one file of a batch fails', async () => {
		await addEvidenceFiles([{ file: file('f1', 'ev1'), blob: blob('one') }]);
		// The same id again makes the second add fail; the first of the batch must not stay.
		await expect(
			addEvidenceFiles([
				{ file: file('f9', 'ev1'), blob: blob('nine') },
				{ file: file('f1', 'ev1'), blob: blob('dup') }
			])
		).rejects.toThrow();
		expect((await listEvidenceFiles(A)).map((f) => f.id)).toEqual(['f1']);
		expect(await (await getFileBlob('f1'))?.text()).toBe('one');
	});

	it('deleting an evidence item takes its files, Undo brings them back', async () => {
		await addEvidenceFiles([{ file: file('f1', 'ev1'), blob: blob('one') }]);
		const deleted = await deleteEvidence(item);
		expect(await db.evidence.get('ev1')).toBeUndefined();
		expect(await listEvidenceFiles(A)).toEqual([]);
		await restoreEvidence(deleted);
		expect(await db.evidence.get('ev1')).toBeDefined();
		expect(await (await getFileBlob('f1'))?.text()).toBe('one');
	});

	it('purging the assessment removes its files and their bytes', async () => {
		await addEvidenceFiles([{ file: file('f1', 'ev1'), blob: blob('one') }]);
		await softDeleteAssessment(A);
		await purgeAssessment(A);
		expect(await db.evidenceFiles.count()).toBe(0);
		expect(await db.fileBlobs.count()).toBe(0);
	});
});
