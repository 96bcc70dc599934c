/** Remediation tasks: generated ones (with a gap key) and the user's own. */
import type { RemediationTask } from '$lib/domain/types';
import { db } from '../db';
import { write } from '../write';

/** Writes tasks (new or changed) in one transaction and bumps the assessment's last-edited time. */
export function saveTasks(assessmentId: string, tasks: readonly RemediationTask[]): Promise<void> {
	const d = db();
	return write(
		['tasks'],
		async () => {
			if (tasks.length) await d.tasks.bulkPut([...tasks]);
		},
		{ edits: assessmentId }
	);
}

export function deleteTask(task: RemediationTask): Promise<void> {
	const d = db();
	return write(['tasks'], () => d.tasks.delete(task.id), { edits: task.assessmentId });
}
