/**
 * Writing and removing an assessment with everything it owns, table by table from the one
 * declaration in $lib/domain/assessments/aggregate (reading it whole is aggregate-read.ts, which
 * the home page does not load). These run inside the caller's transaction, awaiting only Dexie's
 * own promises.
 */
import type { Table } from 'dexie';
import {
	ACTIVITY_TABLE,
	ASSESSMENTS_TABLE,
	FILE_TABLES,
	newActivity,
	OWNED_TABLES,
	type AnyContentRow,
	type AssessmentAggregate,
	type OwnedTableName
} from '$lib/domain/assessments/aggregate';
import type { Snapshot } from '$lib/domain/types';
import type { AppDb } from '../db';
import type { TableName } from '../write';

/** The assessments table, their activity and every owned table: what an aggregate spans. */
export const AGGREGATE_TABLES = [
	ASSESSMENTS_TABLE,
	ACTIVITY_TABLE,
	...OWNED_TABLES.map((t) => t.table),
	...FILE_TABLES
] as const satisfies readonly TableName[];

export type OwnedRow = AnyContentRow | Snapshot;

/** An owned table of the database, typed by the union of owned rows. */
export function owned(d: AppDb, table: OwnedTableName): Table<OwnedRow> {
	return d.table(table);
}

/** The rows of `agg` in each owned table, as they are to be written. */
export function ownedRows(agg: Partial<AssessmentAggregate>): Array<[OwnedTableName, OwnedRow[]]> {
	return OWNED_TABLES.map((t) => [t.table, (agg[t.field] ?? []) as OwnedRow[]]);
}

/**
 * Adds an assessment, its activity and the owned rows given (missing fields add nothing). A chain
 * of Dexie promises: empty lists are skipped rather than awaited.
 */
export async function addAggregate(
	d: AppDb,
	agg: Pick<AssessmentAggregate, 'assessment'> & Partial<AssessmentAggregate>
): Promise<void> {
	await d.assessments.add(agg.assessment);
	await d.activity.put(agg.activity ?? newActivity(agg.assessment.id, agg.assessment.updatedAt));
	for (const [table, rows] of ownedRows(agg)) if (rows.length) await owned(d, table).bulkAdd(rows);
}

/**
 * Removes an assessment's row, its activity and every row it owns. `keepFiles` leaves the
 * evidence locker in place: a backup without files that replaces the assessment keeps them.
 */
export async function deleteAggregate(
	d: AppDb,
	id: string,
	{ keepFiles = false }: { keepFiles?: boolean } = {}
): Promise<void> {
	for (const t of OWNED_TABLES) await owned(d, t.table).where('assessmentId').equals(id).delete();
	if (!keepFiles)
		for (const t of FILE_TABLES) await d.table(t).where('assessmentId').equals(id).delete();
	await d.activity.delete(id);
	await d.assessments.delete(id);
}
