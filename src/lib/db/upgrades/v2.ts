/**
 * Version 1 -> 2. Assessments gain the fields later features rely on. Safe to run twice: a field
 * already present is left as it is. Released; never edit.
 */
import type { Transaction } from 'dexie';

const DEFAULTS = {
	deletedAt: null,
	includedCategories: [],
	declinedCategories: [],
	progress: {},
	plan: { startDate: null, capacityPerWeek: 1, departmentCapacity: {} },
	summary: null,
	observationMonths: 6
} as const;

export async function upgradeToV2(tx: Transaction): Promise<void> {
	await tx
		.table('assessments')
		.toCollection()
		.modify((row: Record<string, unknown>) => {
			for (const [key, value] of Object.entries(DEFAULTS)) {
				if (!(key in row)) row[key] = structuredClone(value);
			}
		});
	await tx.table('meta').put({ key: 'dataVersion', value: 2 });
}
