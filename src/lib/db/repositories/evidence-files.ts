/**
 * The evidence locker's storage: file records and their bytes, in two tables so that listing
 * never reads the bytes. Adding is one transaction for every file and blob (a quota error aborts
 * it whole: nothing half-stored, the other files and the evidence record untouched). Replacing
 * adds a version and marks the earlier one, never overwriting it.
 */
import type { EvidenceFile, FileBlob, FileOwnerKind, NewFile } from '$lib/domain/types';

export type { NewFile };
import { db } from '../db';
import { write } from '../write';

/** File records of an assessment (every version), oldest first. */
export async function listEvidenceFiles(assessmentId: string): Promise<EvidenceFile[]> {
	const rows = await db().evidenceFiles.where('assessmentId').equals(assessmentId).toArray();
	return rows.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
}

/** The bytes of one file, or undefined when they are gone. */
export async function getFileBlob(id: string): Promise<Blob | undefined> {
	return (await db().fileBlobs.get(id))?.blob;
}

/**
 * Stores new files with their bytes, in one transaction. A file whose `replaces` names a stored
 * version marks that version as replaced (the chain); its record and bytes stay.
 */
export function addEvidenceFiles(files: readonly NewFile[]): Promise<void> {
	const d = db();
	const assessmentIds = [...new Set(files.map((f) => f.file.assessmentId))];
	return write(
		['evidenceFiles', 'fileBlobs'],
		async (ts) => {
			for (const { file, blob } of files) {
				if (file.replaces) {
					const prior = await d.evidenceFiles.get(file.replaces);
					if (prior) await d.evidenceFiles.put({ ...prior, replacedBy: file.id, updatedAt: ts });
				}
				await d.evidenceFiles.add({ ...file, addedAt: file.addedAt || ts, updatedAt: ts });
				await d.fileBlobs.add({ id: file.id, assessmentId: file.assessmentId, blob });
			}
		},
		{ edits: assessmentIds }
	);
}

/** Every version in the chain that `file` belongs to, oldest first. */
export function chainOf(file: EvidenceFile, all: readonly EvidenceFile[]): EvidenceFile[] {
	const byId = new Map(all.map((f) => [f.id, f]));
	const out: EvidenceFile[] = [];
	const seen = new Set<string>();
	let at: EvidenceFile | undefined = file;
	while (at && !seen.has(at.id)) {
		seen.add(at.id);
		out.unshift(at);
		at = at.replaces ? byId.get(at.replaces) : undefined;
	}
	at = file.replacedBy ? byId.get(file.replacedBy) : undefined;
	while (at && !seen.has(at.id)) {
		seen.add(at.id);
		out.push(at);
		at = at.replacedBy ? byId.get(at.replacedBy) : undefined;
	}
	return out;
}

/** What a removal took away, to put back on Undo. */
export interface RemovedFiles {
	files: EvidenceFile[];
	blobs: FileBlob[];
}

/**
 * Removes files with their bytes (the caller passes the whole chain). Returns what it removed,
 * read in the same transaction, so Undo restores exactly that.
 */
export function removeEvidenceFiles(
	assessmentId: string,
	ids: readonly string[]
): Promise<RemovedFiles> {
	const d = db();
	return write(
		['evidenceFiles', 'fileBlobs'],
		async () => {
			const files = (await d.evidenceFiles.bulkGet([...ids])).filter((f) => f !== undefined);
			const blobs = (await d.fileBlobs.bulkGet([...ids])).filter((b) => b !== undefined);
			await d.evidenceFiles.bulkDelete([...ids]);
			await d.fileBlobs.bulkDelete([...ids]);
			return { files, blobs };
		},
		{ edits: assessmentId }
	);
}

/** Puts removed files back (Undo). */
export function restoreEvidenceFiles(removed: RemovedFiles): Promise<void> {
	const d = db();
	const ids = [...new Set(removed.files.map((f) => f.assessmentId))];
	return write(
		['evidenceFiles', 'fileBlobs'],
		async () => {
			await d.evidenceFiles.bulkPut(removed.files);
			await d.fileBlobs.bulkPut(removed.blobs);
		},
		{ edits: ids }
	);
}

/** Bytes held by an owner's files, every version counted (for the storage line). */
export function bytesOf(files: readonly EvidenceFile[], kind?: FileOwnerKind): number {
	return files.filter((f) => !kind || f.ownerKind === kind).reduce((n, f) => n + f.size, 0);
}
