/**
 * The people pages' writes: the roster (imported all-or-nothing, added, edited by field patch,
 * removed with Undo), the dated checks, access reviews and Type II samples. Every write is one
 * transaction through `write()`, so "Saved" is only ever shown after IndexedDB has committed.
 */
import type { FieldPatch } from '$lib/domain/edits/field-patch';
import type {
	AccessReviewRecord,
	EvidenceFile,
	FileBlob,
	PeopleSampleRecord,
	PersonCheckRecord,
	PersonRecord
} from '$lib/domain/types';
import { db } from '../db';
import { patchRow, type PatchResult } from '../patch';
import { write } from '../write';

/**
 * Adds the imported people (and any checks the file dated) in one transaction: either every row
 * is stored or, on failure, none is.
 */
export function addPeople(
	assessmentId: string,
	people: readonly PersonRecord[],
	checks: readonly PersonCheckRecord[] = []
): Promise<string> {
	const d = db();
	return write(
		['people', 'personChecks'],
		async (ts) => {
			await d.people.bulkAdd(people.map((p) => ({ ...p, createdAt: ts, updatedAt: ts })));
			if (checks.length > 0)
				await d.personChecks.bulkAdd(checks.map((c) => ({ ...c, updatedAt: ts })));
			return ts;
		},
		{ edits: assessmentId }
	);
}

/** Changes only the fields in `patch` of one person, merged with the row as stored now. */
export function patchPerson(
	assessmentId: string,
	id: string,
	patch: FieldPatch<PersonRecord>
): Promise<PatchResult<PersonRecord>> {
	const d = db();
	return write(['people'], (ts) => patchRow(d.people, id, patch, ts, { what: 'person' }), {
		edits: assessmentId
	});
}

/** What removing people took away, to put back exactly on Undo. */
export interface RemovedPeople {
	assessmentId: string;
	people: PersonRecord[];
	checks: PersonCheckRecord[];
	files: EvidenceFile[];
	blobs: FileBlob[];
}

/** Removes people with their checks and the checks' files; resolves with what it removed. */
export function removePeople(assessmentId: string, ids: readonly string[]): Promise<RemovedPeople> {
	const d = db();
	return write(
		['people', 'personChecks', 'evidenceFiles', 'fileBlobs'],
		async () => {
			const people = (await d.people.bulkGet([...ids])).filter((p) => p !== undefined);
			const checks = await d.personChecks
				.where('personId')
				.anyOf([...ids])
				.toArray();
			const checkIds = checks.map((c) => c.id);
			const files =
				checkIds.length === 0
					? []
					: await d.evidenceFiles.where('ownerId').anyOf(checkIds).toArray();
			const fileIds = files.map((f) => f.id);
			const blobs = (await d.fileBlobs.bulkGet(fileIds)).filter((b) => b !== undefined);
			await d.fileBlobs.bulkDelete(fileIds);
			await d.evidenceFiles.bulkDelete(fileIds);
			await d.personChecks.bulkDelete(checkIds);
			await d.people.bulkDelete([...ids]);
			return { assessmentId, people, checks, files, blobs };
		},
		{ edits: assessmentId }
	);
}

/** Puts removed people back as they were (Undo). */
export function restorePeople(removed: RemovedPeople): Promise<void> {
	const d = db();
	return write(
		['people', 'personChecks', 'evidenceFiles', 'fileBlobs'],
		async () => {
			await d.people.bulkPut(removed.people);
			await d.personChecks.bulkPut(removed.checks);
			await d.evidenceFiles.bulkPut(removed.files);
			await d.fileBlobs.bulkPut(removed.blobs);
		},
		{ edits: removed.assessmentId }
	);
}

/** Records (or re-dates) one check. */
export function saveCheck(check: PersonCheckRecord): Promise<string> {
	const d = db();
	return write(
		['personChecks'],
		async (ts) => {
			await d.personChecks.put({ ...check, updatedAt: ts });
			return ts;
		},
		{ edits: check.assessmentId }
	);
}

/** Changes only the fields in `patch` of one check (date, note), merged with the stored row. */
export function patchCheck(
	assessmentId: string,
	id: string,
	patch: FieldPatch<PersonCheckRecord>
): Promise<PatchResult<PersonCheckRecord>> {
	const d = db();
	return write(
		['personChecks'],
		(ts) => patchRow(d.personChecks, id, patch, ts, { what: 'check' }),
		{
			edits: assessmentId
		}
	);
}

export interface RemovedCheck {
	check: PersonCheckRecord;
	files: EvidenceFile[];
	blobs: FileBlob[];
}

/** Removes one check record and its files; resolves with them for Undo. */
export function removeCheck(check: PersonCheckRecord): Promise<RemovedCheck> {
	const d = db();
	return write(
		['personChecks', 'evidenceFiles', 'fileBlobs'],
		async () => {
			const stored = (await d.personChecks.get(check.id)) ?? check;
			const files = await d.evidenceFiles.where('ownerId').equals(check.id).toArray();
			const ids = files.map((f) => f.id);
			const blobs = (await d.fileBlobs.bulkGet(ids)).filter((b) => b !== undefined);
			await d.fileBlobs.bulkDelete(ids);
			await d.evidenceFiles.bulkDelete(ids);
			await d.personChecks.delete(check.id);
			return { check: stored, files, blobs };
		},
		{ edits: check.assessmentId }
	);
}

export function restoreCheck(removed: RemovedCheck): Promise<void> {
	const d = db();
	return write(
		['personChecks', 'evidenceFiles', 'fileBlobs'],
		async () => {
			await d.personChecks.put(removed.check);
			await d.evidenceFiles.bulkPut(removed.files);
			await d.fileBlobs.bulkPut(removed.blobs);
		},
		{ edits: removed.check.assessmentId }
	);
}

/** Stores an access review as given (a new one, or the reviewer's decisions and sign-off). */
export function saveAccessReview(review: AccessReviewRecord): Promise<string> {
	const d = db();
	return write(
		['accessReviews'],
		async (ts) => {
			await d.accessReviews.put({ ...review, updatedAt: ts });
			return ts;
		},
		{ edits: review.assessmentId }
	);
}

/** Changes only the fields in `patch` of one access review, merged with the stored row. */
export function patchAccessReview(
	assessmentId: string,
	id: string,
	patch: FieldPatch<AccessReviewRecord>
): Promise<PatchResult<AccessReviewRecord>> {
	const d = db();
	return write(
		['accessReviews'],
		(ts) => patchRow(d.accessReviews, id, patch, ts, { what: 'access review' }),
		{ edits: assessmentId }
	);
}

/** Deletes an access review; resolves with the row as stored, for Undo. */
export function deleteAccessReview(review: AccessReviewRecord): Promise<AccessReviewRecord> {
	const d = db();
	return write(
		['accessReviews'],
		async () => {
			const stored = (await d.accessReviews.get(review.id)) ?? review;
			await d.accessReviews.delete(review.id);
			return stored;
		},
		{ edits: review.assessmentId }
	);
}

/** Stores a drawn sample. */
export function saveSample(sample: PeopleSampleRecord): Promise<void> {
	const d = db();
	return write(
		['peopleSamples'],
		async () => {
			await d.peopleSamples.put(sample);
		},
		{ edits: sample.assessmentId }
	);
}

/** Deletes a drawn sample; resolves with it, for Undo. */
export function deleteSample(sample: PeopleSampleRecord): Promise<PeopleSampleRecord> {
	const d = db();
	return write(
		['peopleSamples'],
		async () => {
			const stored = (await d.peopleSamples.get(sample.id)) ?? sample;
			await d.peopleSamples.delete(sample.id);
			return stored;
		},
		{ edits: sample.assessmentId }
	);
}

/**
 * Puts back what a delete took (Undo) or stores given rows as they are: any mix of access reviews
 * and samples.
 */
export function restorePeopleRows(
	assessmentId: string,
	rows: { reviews?: readonly AccessReviewRecord[]; samples?: readonly PeopleSampleRecord[] }
): Promise<void> {
	const d = db();
	return write(
		['accessReviews', 'peopleSamples'],
		async () => {
			if (rows.reviews?.length) await d.accessReviews.bulkPut([...rows.reviews]);
			if (rows.samples?.length) await d.peopleSamples.bulkPut([...rows.samples]);
		},
		{ edits: assessmentId }
	);
}

/**
 * Replaces an assessment's drawn samples with a new draw in one transaction, so the request list
 * is never half old and half new; resolves with the samples it removed, for Undo.
 */
export function replaceSamples(
	assessmentId: string,
	samples: readonly PeopleSampleRecord[]
): Promise<PeopleSampleRecord[]> {
	const d = db();
	return write(
		['peopleSamples'],
		async () => {
			const old = await d.peopleSamples.where('assessmentId').equals(assessmentId).toArray();
			await d.peopleSamples.bulkDelete(old.map((s) => s.id));
			await d.peopleSamples.bulkPut([...samples]);
			return old;
		},
		{ edits: assessmentId }
	);
}

/** Undoes `replaceSamples`: the new draw goes, the samples it replaced come back. */
export function undoReplaceSamples(
	assessmentId: string,
	drawn: readonly PeopleSampleRecord[],
	previous: readonly PeopleSampleRecord[]
): Promise<void> {
	const d = db();
	return write(
		['peopleSamples'],
		async () => {
			await d.peopleSamples.bulkDelete(drawn.map((s) => s.id));
			await d.peopleSamples.bulkPut([...previous]);
		},
		{ edits: assessmentId }
	);
}
