/**
 * Assessments and everything they own. Deletion is soft first (so Undo can restore every row),
 * then purged once the Undo window has passed. Every write goes through `write`.
 */
import { newActivity, toRecord, type AssessmentAggregate } from '$lib/domain/assessments/aggregate';
import type {
	Assessment,
	AssessmentActivity,
	AssessmentProgress,
	AssessmentRecord
} from '$lib/domain/types';
import { db, type AppDb } from '../db';
import { write } from '../write';
import { addAggregate, AGGREGATE_TABLES, deleteAggregate } from './aggregate';

/**
 * Assessments not deleted, most recently edited first, each as one record with its activity
 * folded in (what the home list shows: name, last edit, cached score).
 */
export async function listAssessments(): Promise<AssessmentRecord[]> {
	const d = db();
	return d.transaction('r', d.assessments, d.activity, async () => {
		const [rows, activity] = await Promise.all([d.assessments.toArray(), d.activity.toArray()]);
		const byId = new Map(activity.map((a) => [a.assessmentId, a]));
		return rows
			.filter((a) => !a.deletedAt)
			.map((a) => toRecord(a, byId.get(a.id) ?? newActivity(a.id, a.updatedAt)))
			.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
	});
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
	const a = await db().assessments.get(id);
	return a && !a.deletedAt ? a : undefined;
}

/**
 * The assessment's bookkeeping (last edit, cached summary, where the user was); an empty one when
 * none is stored yet, so a live query of it is undefined only while it loads.
 */
export async function getActivity(id: string): Promise<AssessmentActivity> {
	return (await db().activity.get(id)) ?? newActivity(id, '');
}

/** Writes a new assessment with whatever rows it starts with (a template's answers and notes). */
export function addAssessment(
	data: Pick<AssessmentAggregate, 'assessment'> & Partial<AssessmentAggregate>
): Promise<string> {
	return write(AGGREGATE_TABLES, async () => {
		await addAggregate(db(), data);
		return data.assessment.id;
	});
}

/** Writes a new, empty assessment. */
export function createAssessmentRow(assessment: Assessment): Promise<string> {
	return addAssessment({ assessment });
}

/** Reads a row inside a write, refusing one that is gone. */
async function existing(d: AppDb, id: string): Promise<Assessment> {
	const row = await d.assessments.get(id);
	if (!row) throw new Error('This assessment no longer exists.');
	return row;
}

/** Updates fields of an assessment; an edit, so its last-edited time moves too. */
export function updateAssessment(
	id: string,
	patch: Partial<Omit<Assessment, 'id' | 'createdAt' | 'updatedAt'>>
): Promise<void> {
	const d = db();
	return write(
		['assessments'],
		async (ts) => {
			await d.assessments.put({ ...(await existing(d, id)), ...patch, updatedAt: ts });
		},
		{ edits: id }
	);
}

function setDeleted(id: string, deletedAt: string | null): Promise<void> {
	const d = db();
	return write(['assessments'], async () => {
		const row = await d.assessments.get(id);
		if (row) await d.assessments.put({ ...row, deletedAt });
	});
}

export function softDeleteAssessment(id: string): Promise<void> {
	return setDeleted(id, new Date().toISOString());
}

export function restoreAssessment(id: string): Promise<void> {
	return setDeleted(id, null);
}

/** Removes a soft-deleted assessment and every row it owns, in one transaction. */
export function purgeAssessment(id: string): Promise<void> {
	const d = db();
	return write(
		AGGREGATE_TABLES,
		async () => {
			const a = await d.assessments.get(id);
			if (a?.deletedAt) await deleteAggregate(d, id); // restored meanwhile: keep it
		},
		{ quiet: true }
	);
}

/** Purges assessments deleted longer ago than `graceMs` (left over when a tab closed early). */
export async function purgeDeletedBefore(graceMs: number): Promise<number> {
	const cutoff = new Date(Date.now() - graceMs).toISOString();
	const stale = await db()
		.assessments.filter((a) => !!a.deletedAt && a.deletedAt < cutoff)
		.primaryKeys();
	for (const id of stale) await purgeAssessment(id);
	return stale.length;
}

/**
 * Changes the activity row of an assessment that is here. Not an edit of the work; quiet unless
 * the user asked for the change (`quiet` false shows it in the save indicator).
 */
function changeActivity(
	id: string,
	change: (row: AssessmentActivity) => Partial<AssessmentActivity>,
	quiet = true
): Promise<void> {
	const d = db();
	return write(
		['activity', 'assessments'],
		async (ts) => {
			const [row, assessment] = await Promise.all([d.activity.get(id), d.assessments.get(id)]);
			if (!assessment) return;
			const current = row ?? newActivity(id, assessment.updatedAt);
			await d.activity.put({ ...current, ...change(current), updatedAt: ts });
		},
		{ quiet }
	);
}

/** Stores the score summary cached for the home list. Derived data: not an edit. */
export function saveSummary(id: string, summary: AssessmentActivity['summary']): Promise<void> {
	return changeActivity(id, () => ({ summary }));
}

/** Remembers where the user was (scoping question, interview position): not an edit of the work. */
export function saveProgress(id: string, patch: Partial<AssessmentProgress>): Promise<void> {
	return changeActivity(id, (row) => ({ progress: { ...row.progress, ...patch } }));
}

/**
 * Dismisses suggestions made from the scoping answers (a proposed vendor), or with `dismissed`
 * false brings them back. Read and written in one transaction, so two tabs dismissing different
 * suggestions keep both. The user's choice, so the save indicator shows it.
 */
export function setSuggestionsDismissed(
	id: string,
	suggestionIds: readonly string[],
	dismissed: boolean
): Promise<void> {
	return changeActivity(
		id,
		(row) => {
			const kept = (row.progress.dismissedSuggestions ?? []).filter(
				(s) => !suggestionIds.includes(s)
			);
			const next = dismissed ? [...kept, ...suggestionIds] : kept;
			return { progress: { ...row.progress, dismissedSuggestions: next } };
		},
		false
	);
}
