/**
 * What team sync reads from and writes to this device's database: an assessment's row and the
 * rows of every owned table, as (table, key, record). Evidence files and their bytes stay on the
 * device they were added on (docs/sync.md). Remote changes are written here in one transaction,
 * each only when the local row is still the one the sync round started from, so an edit made
 * meanwhile is never overwritten (the next round merges it).
 */
import {
	ACTIVITY_TABLE,
	ASSESSMENTS_TABLE,
	OWNED_TABLES,
	newActivity
} from '$lib/domain/assessments/aggregate';
import type { Assessment } from '$lib/domain/types';
import { db } from '../db';
import { write, type TableName } from '../write';
import { jsonEqual } from '$lib/domain/sync/json';
import { owned } from './aggregate';
import { defaultControlState } from './controls';
import { defaultPolicyState } from './policies';

export interface SyncRow {
	table: string;
	key: string;
	record: Readonly<Record<string, unknown>>;
	/**
	 * The row as the app makes it before anyone has edited it, for tables whose rows appear on
	 * first edit (controls, policies): two devices that each created the row have not both
	 * written its untouched fields, so those fields must not conflict.
	 */
	initial?: Readonly<Record<string, unknown>>;
}

const INITIAL_ROW: Readonly<Record<string, (assessmentId: string, key: string) => object>> = {
	controlStates: defaultControlState,
	policyStates: defaultPolicyState
};

export interface IncomingRow {
	table: string;
	key: string;
	/** The record to store, or null to delete it. */
	record: Readonly<Record<string, unknown>> | null;
	/** The local record the change was merged against (null: there was none). */
	base: Readonly<Record<string, unknown>> | null;
}

const SYNCED_TABLES = [ASSESSMENTS_TABLE, ...OWNED_TABLES.map((t) => t.table)] as const;
const KEY_OF = new Map<string, string>([
	[ASSESSMENTS_TABLE, 'id'],
	...OWNED_TABLES.map((t) => [t.table, t.key] as [string, string])
]);

/** Tables team sync carries: the assessment row and every owned table. */
export function syncedTables(): readonly string[] {
	return SYNCED_TABLES;
}

export async function assessmentExists(id: string): Promise<boolean> {
	return (await db().assessments.get(id)) !== undefined;
}

/** Every synced row of one assessment. */
export async function readSyncRows(assessmentId: string): Promise<SyncRow[]> {
	const d = db();
	return d.transaction('r', [...SYNCED_TABLES], async () => {
		const out: SyncRow[] = [];
		const a = await d.assessments.get(assessmentId);
		if (a) out.push({ table: ASSESSMENTS_TABLE, key: a.id, record: { ...a } });
		for (const t of OWNED_TABLES) {
			const rows = await owned(d, t.table).where('assessmentId').equals(assessmentId).toArray();
			for (const r of rows) {
				const rec = r as unknown as Record<string, unknown>;
				const key = String(rec[t.key]);
				const initial = INITIAL_ROW[t.table]?.(assessmentId, key);
				out.push({
					table: t.table,
					key,
					record: rec,
					...(initial ? { initial: initial as Record<string, unknown> } : {})
				});
			}
		}
		return out;
	});
}

/** Equal but for bookkeeping (updatedAt), which applying a record sets afresh. */
export function sameContent(
	a: Readonly<Record<string, unknown>> | null | undefined,
	b: Readonly<Record<string, unknown>> | null | undefined
): boolean {
	const strip = (r: Readonly<Record<string, unknown>> | null | undefined) =>
		r ? { ...r, updatedAt: undefined } : null;
	return sameRecord(strip(a), strip(b));
}

/** Deep equality of two stored records (JSON values; key order ignored). */
export function sameRecord(
	a: Readonly<Record<string, unknown>> | null | undefined,
	b: Readonly<Record<string, unknown>> | null | undefined
): boolean {
	return jsonEqual(a ?? null, b ?? null);
}

/**
 * Writes remote changes of one assessment in one transaction. A change whose local row is no
 * longer its `base` is skipped and reported; rows of another assessment are refused. Creates the
 * activity row when the assessment itself arrives for the first time (a device joining a team).
 */
export function applySyncRows(
	assessmentId: string,
	rows: readonly IncomingRow[]
): Promise<{ applied: number; skipped: string[] }> {
	const d = db();
	const tables = [...SYNCED_TABLES, ACTIVITY_TABLE] as unknown as TableName[];
	return write(
		tables,
		async (ts) => {
			let applied = 0;
			const skipped: string[] = [];
			for (const row of rows) {
				const keyField = KEY_OF.get(row.table);
				if (!keyField)
					throw new Error(`Team sync sent a table this app does not know: ${row.table}`);
				const owner = row.table === ASSESSMENTS_TABLE ? row.key : row.record?.assessmentId;
				if (row.record && owner !== assessmentId)
					throw new Error('Team sync sent a record of another assessment; nothing was applied.');
				const table = d.table(row.table);
				const pk =
					row.table === ASSESSMENTS_TABLE || keyField === 'id' ? row.key : [assessmentId, row.key];
				const current = (await table.get(pk)) as Record<string, unknown> | undefined;
				if (!sameContent(current ?? null, row.base)) {
					skipped.push(`${row.table}/${row.key}`);
					continue;
				}
				if (row.record === null) await table.delete(pk);
				else {
					// A fresh updatedAt: the app tells a changed row by it (drafts, cached rows), and
					// a merged record may carry the time of a write this device already had.
					await table.put({
						...row.record,
						...('updatedAt' in row.record ? { updatedAt: ts } : {})
					});
					if (row.table === ASSESSMENTS_TABLE && !(await d.activity.get(assessmentId)))
						await d.activity.put(
							newActivity(assessmentId, (row.record as unknown as Assessment).updatedAt ?? ts)
						);
				}
				applied += 1;
			}
			return { applied, skipped };
		},
		{ quiet: true }
	);
}
