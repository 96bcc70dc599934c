/** Remediation tasks: generated ones (with a gap key) and the user's own. */
import type { RemediationTask } from '$lib/domain/types';
import { db } from '../db';
import { saveState } from '../save-state.svelte';

/** Writes tasks (new or changed) in one transaction and bumps the assessment's last-edited time. */
export function saveTasks(assessmentId: string, tasks: readonly RemediationTask[]): Promise<void> {
	const d = db();
	return saveState.run(() =>
		d.transaction('rw', d.tasks, d.assessments, async () => {
			if (tasks.length) await d.tasks.bulkPut([...tasks]);
			await d.assessments.update(assessmentId, { updatedAt: new Date().toISOString() });
		})
	);
}

export function deleteTask(task: RemediationTask): Promise<void> {
	const d = db();
	return saveState.run(() =>
		d.transaction('rw', d.tasks, d.assessments, async () => {
			await d.tasks.delete(task.id);
			await d.assessments.update(task.assessmentId, { updatedAt: new Date().toISOString() });
		})
	);
}
