/** Remediation tasks: generated ones (with a gap key) and the user's own. */
import type { RemediationTask } from '$lib/domain/types';
import { db } from '../db';
import { saveState } from '../save-state.svelte';
import { touchAssessment } from './touch';

/** Writes tasks (new or changed) in one transaction and bumps the assessment's last-edited time. */
export function saveTasks(assessmentId: string, tasks: readonly RemediationTask[]): Promise<void> {
	const d = db();
	return saveState.run(() =>
		d.transaction('rw', d.tasks, d.assessments, async () => {
			if (tasks.length) await d.tasks.bulkPut([...tasks]);
			await touchAssessment(assessmentId, new Date().toISOString());
		})
	);
}

export function deleteTask(task: RemediationTask): Promise<void> {
	const d = db();
	return saveState.run(() =>
		d.transaction('rw', d.tasks, d.assessments, async () => {
			await d.tasks.delete(task.id);
			await touchAssessment(task.assessmentId, new Date().toISOString());
		})
	);
}
