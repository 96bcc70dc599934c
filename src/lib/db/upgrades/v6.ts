/**
 * Version 5 -> 6. The roster, its checks, access reviews and samples become part of an
 * assessment's content; snapshots taken before then get empty lists for them, so comparing with
 * an old snapshot reads "no people then", never a missing field. Safe to run twice.
 * Released; never edit.
 */
import type { Transaction } from 'dexie';
import { withAllContentFields } from '$lib/domain/assessments/content-fields';

export async function upgradeToV6(tx: Transaction): Promise<void> {
	await tx
		.table('snapshots')
		.toCollection()
		.modify((row: { data?: unknown }) => {
			row.data = withAllContentFields(row.data);
		});
	await tx.table('meta').put({ key: 'dataVersion', value: 6 });
}
