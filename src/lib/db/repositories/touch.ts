/** The last-edited time every user edit bumps on its assessment. */
import type { Table } from 'dexie';
import { db } from '../db';
import { saveState } from '../save-state.svelte';

/**
 * Sets an assessment's `updatedAt` inside the caller's write transaction. A get and a put: Dexie's
 * `Table.update` first scans for the key, one more database round trip on every autosave.
 */
export async function touchAssessment(assessmentId: string, ts: string): Promise<void> {
	const d = db();
	const row = await d.assessments.get(assessmentId);
	if (row) await d.assessments.put({ ...row, updatedAt: ts });
}

/**
 * The autosave of one row: its put and the assessment's get go out together, so the commit waits
 * on two database round trips rather than three. Resolves once the transaction has committed.
 */
export function putRowAndTouch<T extends { assessmentId: string; updatedAt: string }>(
	table: Table<T>,
	row: T
): Promise<void> {
	const d = db();
	const ts = new Date().toISOString();
	return saveState.run(() =>
		d.transaction('rw', table, d.assessments, async () => {
			await Promise.all([
				table.put({ ...row, updatedAt: ts }),
				touchAssessment(row.assessmentId, ts)
			]);
		})
	);
}
