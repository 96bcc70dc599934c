/** The last-edited time every user edit bumps on its assessment. */
import { db } from '../db';

/**
 * Sets an assessment's `updatedAt` inside the caller's write transaction. A get and a put: Dexie's
 * `Table.update` first scans for the key, one more database round trip on every autosave.
 */
export async function touchAssessment(assessmentId: string, ts: string): Promise<void> {
	const d = db();
	const row = await d.assessments.get(assessmentId);
	if (row) await d.assessments.put({ ...row, updatedAt: ts });
}
