/**
 * Assessments and everything they own. Deletion is soft first (so Undo can restore every row),
 * then purged once the Undo window has passed.
 */
import type { Assessment, AssessmentData } from '$lib/domain/types';
import { db } from '../db';
import { saveState } from '../save-state.svelte';
import { ASSESSMENT_TABLES } from '../schema';

const now = () => new Date().toISOString();

/** Assessments not deleted, most recently edited first. */
export async function listAssessments(): Promise<Assessment[]> {
	const rows = await db().assessments.orderBy('updatedAt').reverse().toArray();
	return rows.filter((a) => !a.deletedAt);
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
	const a = await db().assessments.get(id);
	return a && !a.deletedAt ? a : undefined;
}

export function createAssessmentRow(a: Assessment): Promise<string> {
	return saveState.run(() =>
		db().transaction('rw', db().assessments, () => db().assessments.add(a))
	);
}

/** Updates fields of an assessment and its last-edited time. */
export function updateAssessment(
	id: string,
	patch: Partial<Omit<Assessment, 'id' | 'createdAt'>>
): Promise<void> {
	return saveState.run(() =>
		db().transaction('rw', db().assessments, async () => {
			const n = await db()
				.assessments.where('id')
				.equals(id)
				.modify({ ...patch, updatedAt: now() });
			if (n === 0) throw new Error('This assessment no longer exists.');
		})
	);
}

/** Reads every row an assessment owns, in one read transaction. */
export async function readAssessmentData(id: string): Promise<AssessmentData | undefined> {
	const d = db();
	return d.transaction(
		'r',
		[
			d.assessments,
			d.scopingAnswers,
			d.controlStates,
			d.evidence,
			d.tasks,
			d.policyStates,
			d.vendors
		],
		async () => {
			const assessment = await d.assessments.get(id);
			if (!assessment) return undefined;
			const [answers, controls, evidence, tasks, policies, vendors] = await Promise.all([
				d.scopingAnswers.where('assessmentId').equals(id).toArray(),
				d.controlStates.where('assessmentId').equals(id).toArray(),
				d.evidence.where('assessmentId').equals(id).toArray(),
				d.tasks.where('assessmentId').equals(id).toArray(),
				d.policyStates.where('assessmentId').equals(id).toArray(),
				d.vendors.where('assessmentId').equals(id).toArray()
			]);
			return { assessment, answers, controls, evidence, tasks, policies, vendors };
		}
	);
}

/**
 * Copies an assessment with all its rows under a new id. `newId` makes ids for copied rows
 * that have their own (evidence, tasks, vendors); snapshots are not copied.
 */
export function duplicateAssessment(
	id: string,
	copy: { id: string; companyName: string },
	newId: () => string
): Promise<string> {
	const d = db();
	return saveState.run(() =>
		d.transaction(
			'rw',
			[
				d.assessments,
				d.scopingAnswers,
				d.controlStates,
				d.evidence,
				d.tasks,
				d.policyStates,
				d.vendors
			],
			async () => {
				const data = await readAssessmentData(id);
				if (!data) throw new Error('This assessment no longer exists.');
				const ts = now();
				const to = copy.id;
				await d.assessments.add({
					...data.assessment,
					id: to,
					companyName: copy.companyName,
					createdAt: ts,
					updatedAt: ts,
					deletedAt: null
				});
				await d.scopingAnswers.bulkAdd(data.answers.map((r) => ({ ...r, assessmentId: to })));
				await d.controlStates.bulkAdd(data.controls.map((r) => ({ ...r, assessmentId: to })));
				await d.evidence.bulkAdd(
					data.evidence.map((r) => ({ ...r, id: newId(), assessmentId: to }))
				);
				await d.tasks.bulkAdd(data.tasks.map((r) => ({ ...r, id: newId(), assessmentId: to })));
				await d.policyStates.bulkAdd(data.policies.map((r) => ({ ...r, assessmentId: to })));
				await d.vendors.bulkAdd(data.vendors.map((r) => ({ ...r, id: newId(), assessmentId: to })));
				return to;
			}
		)
	);
}

export function softDeleteAssessment(id: string): Promise<void> {
	return saveState.run(() =>
		db().transaction('rw', db().assessments, async () => {
			await db().assessments.update(id, { deletedAt: now() });
		})
	);
}

export function restoreAssessment(id: string): Promise<void> {
	return saveState.run(() =>
		db().transaction('rw', db().assessments, async () => {
			await db().assessments.update(id, { deletedAt: null });
		})
	);
}

/** Removes a soft-deleted assessment and every row it owns, in one transaction. */
export async function purgeAssessment(id: string): Promise<void> {
	const d = db();
	const tables = [d.assessments, ...ASSESSMENT_TABLES.map((t) => d.table(t))];
	await d.transaction('rw', tables, async () => {
		const a = await d.assessments.get(id);
		if (!a?.deletedAt) return; // restored meanwhile: keep it
		for (const t of ASSESSMENT_TABLES) await d.table(t).where('assessmentId').equals(id).delete();
		await d.assessments.delete(id);
	});
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
 * Stores the cached score summary shown on the home list. Derived data: it does not change the
 * last-edited time or the save indicator.
 */
export async function saveSummary(id: string, summary: Assessment['summary']): Promise<void> {
	await db().transaction('rw', db().assessments, async () => {
		await db().assessments.update(id, { summary });
	});
}

/** Remembers where the user was (scoping question, interview position): not an edit of the work. */
export async function saveProgress(id: string, progress: Assessment['progress']): Promise<void> {
	await db().transaction('rw', db().assessments, async () => {
		await db().assessments.update(id, { progress });
	});
}
