/**
 * Reading and writing an assessment with everything it owns, table by table from the one
 * declaration in $lib/domain/assessments/aggregate. These run inside the caller's transaction
 * (`write` or a read transaction over `AGGREGATE_TABLES`), awaiting only Dexie's own promises.
 */
import type { Table } from 'dexie';
import {
	ACTIVITY_TABLE,
	ASSESSMENTS_TABLE,
	buildContent,
	CONTENT_TABLES,
	newActivity,
	OWNED_TABLES,
	type AnyContentRow,
	type AssessmentAggregate,
	type OwnedTableName,
	type RowCounts
} from '$lib/domain/assessments/aggregate';
import type { Assessment, Snapshot } from '$lib/domain/types';
import type { AppDb } from '../db';
import type { TableName } from '../write';

/** The assessments table, their activity and every owned table: what an aggregate spans. */
export const AGGREGATE_TABLES = [
	ASSESSMENTS_TABLE,
	ACTIVITY_TABLE,
	...OWNED_TABLES.map((t) => t.table)
] as const satisfies readonly TableName[];

type OwnedRow = AnyContentRow | Snapshot;

/** An owned table of the database, typed by the union of owned rows. */
function owned(d: AppDb, table: OwnedTableName): Table<OwnedRow> {
	return d.table(table);
}

/** Rows of one owned table for one assessment. */
function rowsOf(d: AppDb, table: OwnedTableName, id: string): Promise<OwnedRow[]> {
	return owned(d, table).where('assessmentId').equals(id).toArray();
}

/**
 * One assessment with its activity and every owned row (snapshots only when asked: they are
 * large and only backups need them). Undefined when the assessment is not here.
 */
export async function readAggregate(
	d: AppDb,
	id: string,
	options: { snapshots: boolean }
): Promise<AssessmentAggregate | undefined> {
	const [assessment, activity, ...lists] = await Promise.all([
		d.assessments.get(id),
		d.activity.get(id),
		...CONTENT_TABLES.map((t) => rowsOf(d, t.table, id))
	]);
	if (!assessment) return undefined;
	const byTable = new Map(CONTENT_TABLES.map((t, i) => [t.table, lists[i] ?? []]));
	const snapshots = options.snapshots
		? await d.snapshots.where('assessmentId').equals(id).toArray()
		: [];
	return {
		assessment,
		activity: activity ?? newActivity(id, assessment.updatedAt),
		...buildContent((t) => (byTable.get(t.table) ?? []) as AnyContentRow[]),
		snapshots
	};
}

/** Groups rows by assessment id. */
function byAssessment<T extends { assessmentId: string }>(rows: readonly T[]): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const row of rows) {
		const list = map.get(row.assessmentId);
		if (list) list.push(row);
		else map.set(row.assessmentId, [row]);
	}
	return map;
}

/** Several assessments with everything they own (snapshots included), in the order given. */
export async function readAggregates(
	d: AppDb,
	assessments: readonly Assessment[]
): Promise<AssessmentAggregate[]> {
	const ids = assessments.map((a) => a.id);
	const [activity, ...lists] = await Promise.all([
		d.activity.bulkGet(ids),
		...OWNED_TABLES.map((t) =>
			owned(d, t.table).where('assessmentId').anyOf(ids).toArray().then(byAssessment)
		)
	]);
	const byTable = new Map(OWNED_TABLES.map((t, i) => [t.table, lists[i] ?? new Map()]));
	const rowsFor = (table: OwnedTableName, id: string) => byTable.get(table)?.get(id) ?? [];
	return assessments.map((assessment, i) => ({
		assessment,
		activity: activity[i] ?? newActivity(assessment.id, assessment.updatedAt),
		...buildContent((t) => rowsFor(t.table, assessment.id) as AnyContentRow[]),
		snapshots: rowsFor('snapshots', assessment.id) as Snapshot[]
	}));
}

/** How many rows of each owned table one assessment has. */
export async function countOwned(d: AppDb, id: string): Promise<RowCounts> {
	const counts = await Promise.all(
		OWNED_TABLES.map((t) => owned(d, t.table).where('assessmentId').equals(id).count())
	);
	const out: Partial<RowCounts> = {};
	OWNED_TABLES.forEach((t, i) => (out[t.field] = counts[i] ?? 0));
	return out as RowCounts;
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

/** Removes an assessment's row, its activity and every row it owns. */
export async function deleteAggregate(d: AppDb, id: string): Promise<void> {
	for (const t of OWNED_TABLES) await owned(d, t.table).where('assessmentId').equals(id).delete();
	await d.activity.delete(id);
	await d.assessments.delete(id);
}
