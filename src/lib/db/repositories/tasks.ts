/** Remediation tasks: generated ones (with a gap key) and the user's own. */
import { mergePatch, patchOf, type FieldPatch } from '$lib/domain/edits/field-patch';
import { editTask, type TaskPatch } from '$lib/domain/planning/tasks';
import type { RemediationTask } from '$lib/domain/types';
import { db } from '../db';
import { patchRow, type PatchResult } from '../patch';
import { write } from '../write';

/** The fields a user may change on a task (see TaskPatch). */
const EDITABLE = [
	'title',
	'controlIds',
	'ownerName',
	'ownerDepartment',
	'effortDays',
	'startDate',
	'dueDate',
	'status',
	'notes'
] as const satisfies ReadonlyArray<keyof TaskPatch>;

/**
 * Writes tasks (new or changed) in one transaction and bumps the assessment's last-edited time.
 * With `before` (the tasks the changes were computed from, as the plan's update does), a task
 * stored meanwhile gets only the fields that changed from `before`, merged with it as stored now:
 * an edit made in another tab in the meantime stays (the stored value wins a clash).
 */
export function saveTasks(
	assessmentId: string,
	tasks: readonly RemediationTask[],
	before?: readonly RemediationTask[]
): Promise<void> {
	const d = db();
	return write(
		['tasks'],
		async () => {
			if (!tasks.length) return;
			if (!before) return void (await d.tasks.bulkPut([...tasks]));
			const was = new Map(before.map((t) => [t.id, t]));
			const stored = await d.tasks.bulkGet(tasks.map((t) => t.id));
			const rows = tasks.map((t, i) => {
				const from = was.get(t.id);
				const now = stored[i];
				if (!from || !now) return t;
				const { row } = mergePatch(now, patchOf(from, t));
				return { ...row, updatedAt: t.updatedAt };
			});
			await d.tasks.bulkPut(rows);
		},
		{ edits: assessmentId }
	);
}

export function deleteTask(task: RemediationTask): Promise<void> {
	const d = db();
	return write(['tasks'], () => d.tasks.delete(task.id), { edits: task.assessmentId });
}

/**
 * Changes only the user-editable fields in `patch` of one task, merged with the task as stored
 * now (see `patchRow` for conflicts); the fields that changed are recorded as edited by hand, so
 * the plan's regeneration keeps them.
 */
export function patchTask(
	assessmentId: string,
	id: string,
	patch: FieldPatch<RemediationTask>
): Promise<PatchResult<RemediationTask>> {
	const d = db();
	const allowed: FieldPatch<RemediationTask> = {};
	for (const k of EDITABLE) if (patch[k]) Reflect.set(allowed, k, patch[k]);
	return write(
		['tasks'],
		(ts) =>
			patchRow(d.tasks, id, allowed, ts, {
				what: 'task',
				finish: (merged, stored) => {
					if (!stored) return merged;
					const values: TaskPatch = {};
					for (const k of EDITABLE) Reflect.set(values, k, merged[k]);
					return editTask(stored, values, ts);
				}
			}),
		{ edits: assessmentId }
	);
}
