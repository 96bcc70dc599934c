/** Control states and their evidence items. */
import type {
	ControlState,
	ControlStatus,
	EvidenceFile,
	EvidenceItem,
	FileBlob
} from '$lib/domain/types';
import type { FieldPatch } from '$lib/domain/edits/field-patch';
import { db } from '../db';
import { patchRow, type PatchResult } from '../patch';
import { write } from '../write';

/** A control's state as stored, or the default for a control nobody has touched. */
export function defaultControlState(assessmentId: string, controlId: string): ControlState {
	return {
		assessmentId,
		controlId,
		status: 'not_assessed',
		ownerName: '',
		ownerDepartment: null,
		notes: '',
		dueDate: null,
		lastPerformed: null,
		naRationale: '',
		updatedAt: ''
	};
}

/**
 * Writes one control's state (the whole row) and bumps the assessment's last-edited time. A
 * reviewed Not applicable reason that changes, or a status that leaves Not applicable, loses its
 * review: the stored row is read in the same transaction, so the check sees what is committed.
 */
export function saveControlState(state: ControlState): Promise<string> {
	const d = db();
	return write(
		['controlStates'],
		async (ts) => {
			const stored = await d.controlStates.get([state.assessmentId, state.controlId]);
			await d.controlStates.put({ ...withReview(state, stored), updatedAt: ts });
			return ts;
		},
		{ edits: state.assessmentId }
	);
}

/** Whether a Not applicable review still covers `row`, given the row as it was stored. */
function withReview(row: ControlState, stored: ControlState | undefined): ControlState {
	const keepsReview = row.status === 'not_applicable' && stored?.naRationale === row.naRationale;
	return { ...row, naReviewedAt: keepsReview ? (stored?.naReviewedAt ?? null) : null };
}

/**
 * Changes only the fields in `patch` of one control's state, merged with the row as stored now
 * (another tab may have changed other fields meanwhile). A field another tab changed to something
 * else is left as stored and returned as a conflict. The review rule is as in `saveControlState`.
 */
export function patchControlState(
	assessmentId: string,
	controlId: string,
	patch: FieldPatch<ControlState>
): Promise<PatchResult<ControlState>> {
	const d = db();
	return write(
		['controlStates'],
		(ts) =>
			patchRow(d.controlStates, [assessmentId, controlId] as [string, string], patch, ts, {
				what: 'control',
				fallback: defaultControlState(assessmentId, controlId),
				finish: withReview
			}),
		{ edits: assessmentId }
	);
}

/**
 * Records that someone read and accepted a control's Not applicable reason (`at` is the time,
 * null withdraws it). Does nothing to a control that is no longer Not applicable.
 */
export function setNaReviewed(
	assessmentId: string,
	controlId: string,
	at: string | null
): Promise<void> {
	const d = db();
	return write(
		['controlStates'],
		async (ts) => {
			const stored = await d.controlStates.get([assessmentId, controlId]);
			if (!stored || stored.status !== 'not_applicable') return;
			await d.controlStates.put({ ...stored, naReviewedAt: at, updatedAt: ts });
		},
		{ edits: assessmentId }
	);
}

/**
 * Sets the status of several controls at once. `rationale` supplies the Not applicable rationale
 * for controls that have none yet.
 */
export function setStatuses(
	assessmentId: string,
	controlIds: readonly string[],
	status: ControlStatus,
	rationale: (controlId: string) => string = () => ''
): Promise<void> {
	const d = db();
	return write(
		['controlStates'],
		async (ts) => {
			const keys = controlIds.map((id) => [assessmentId, id] as [string, string]);
			const existing = await d.controlStates.bulkGet(keys);
			const rows = controlIds.map((id, i) => {
				const row = existing[i] ?? defaultControlState(assessmentId, id);
				const naRationale =
					status === 'not_applicable' && !row.naRationale.trim() ? rationale(id) : row.naRationale;
				return { ...row, status, naRationale, updatedAt: ts };
			});
			await d.controlStates.bulkPut(rows);
		},
		{ edits: assessmentId }
	);
}

export function saveEvidence(item: EvidenceItem): Promise<void> {
	const d = db();
	return write(
		['evidence'],
		async (ts) => {
			await d.evidence.put({ ...item, createdAt: item.createdAt || ts, updatedAt: ts });
		},
		{ edits: item.assessmentId }
	);
}

/** What deleting an evidence item took away (its record and files), for Undo. */
export interface DeletedEvidence {
	item: EvidenceItem;
	files: EvidenceFile[];
	blobs: FileBlob[];
}

/** Deletes an evidence item with every file attached to it, in one transaction. */
export function deleteEvidence(item: EvidenceItem): Promise<DeletedEvidence> {
	const d = db();
	return write(
		['evidence', 'evidenceFiles', 'fileBlobs'],
		async () => {
			const files = await d.evidenceFiles.where('ownerId').equals(item.id).toArray();
			const ids = files.map((f) => f.id);
			const blobs = (await d.fileBlobs.bulkGet(ids)).filter((b) => b !== undefined);
			await d.fileBlobs.bulkDelete(ids);
			await d.evidenceFiles.bulkDelete(ids);
			await d.evidence.delete(item.id);
			return { item, files, blobs };
		},
		{ edits: item.assessmentId }
	);
}

/** Puts a deleted evidence item and its files back (Undo). */
export function restoreEvidence(deleted: DeletedEvidence): Promise<void> {
	const d = db();
	return write(
		['evidence', 'evidenceFiles', 'fileBlobs'],
		async () => {
			await d.evidence.put(deleted.item);
			await d.evidenceFiles.bulkPut(deleted.files);
			await d.fileBlobs.bulkPut(deleted.blobs);
		},
		{ edits: deleted.item.assessmentId }
	);
}
