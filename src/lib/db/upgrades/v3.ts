/**
 * Version 2 -> 3. An assessment's bookkeeping (the last-edited time, the summary cached for the
 * home list, where the user was) moves off its row into the new `activity` table, so rewriting it
 * after every change no longer rewrites the assessment row. Safe to run twice: an activity row
 * already there is kept, and a row without the fields is left as it is. Released; never edit.
 */
import type { Transaction } from 'dexie';

export async function upgradeToV3(tx: Transaction): Promise<void> {
	const activity = tx.table('activity');
	const rows: Array<Record<string, unknown>> = await tx.table('assessments').toArray();
	const here = new Set(await activity.toCollection().primaryKeys());
	await activity.bulkAdd(
		rows
			.filter((row) => !here.has(row.id as string))
			.map((row) => ({
				assessmentId: row.id,
				editedAt: row.updatedAt,
				summary: row.summary ?? null,
				progress: row.progress ?? {},
				updatedAt: row.updatedAt
			}))
	);
	await tx
		.table('assessments')
		.toCollection()
		.modify((row: Record<string, unknown>) => {
			delete row.summary;
			delete row.progress;
		});
	await tx.table('meta').put({ key: 'dataVersion', value: 3 });
}
