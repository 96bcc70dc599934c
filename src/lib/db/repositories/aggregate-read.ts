/**
 * Reading an assessment with everything it owns, table by table from the one declaration in
 * $lib/domain/assessments/aggregate: for backups, Duplicate, snapshots and catalog upgrades. Runs
 * inside the caller's transaction (over `AGGREGATE_TABLES`).
 */
import {
	buildContent,
	CONTENT_TABLES,
	newActivity,
	OWNED_TABLES,
	type AnyContentRow,
	type AssessmentAggregate,
	type OwnedTableName,
	type RowCounts
} from '$lib/domain/assessments/aggregate';
import type { Table } from 'dexie';
import type { Assessment, Snapshot } from '$lib/domain/types';
import type { AppDb } from '../db';
import { owned, type OwnedRow } from './aggregate';

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

/**
 * The rows of `table` owned by the assessments `ids`, grouped by assessment. One assessment is a
 * range of the index; several are one read of the whole table, kept to those ids. Not
 * `anyOf(ids)`: Dexie walks it as one cursor jump per id, which fake-indexeddb (and, less so,
 * browsers) pay for with a scan each, so export time grew with the square of the assessments.
 */
export async function rowsByAssessment<T extends { assessmentId: string }, K, I>(
	table: Table<T, K, I>,
	ids: readonly string[]
): Promise<Map<string, T[]>> {
	const [only] = ids;
	if (ids.length === 1 && only !== undefined)
		return new Map([[only, await table.where('assessmentId').equals(only).toArray()]]);
	const wanted = new Set(ids);
	const rows = ids.length === 0 ? [] : await table.toArray();
	return byAssessment(rows.filter((r) => wanted.has(r.assessmentId)));
}

/** Several assessments with everything they own (snapshots included), in the order given. */
export async function readAggregates(
	d: AppDb,
	assessments: readonly Assessment[]
): Promise<AssessmentAggregate[]> {
	const ids = assessments.map((a) => a.id);
	const [activity, ...lists] = await Promise.all([
		d.activity.bulkGet(ids),
		...OWNED_TABLES.map((t) => rowsByAssessment(owned(d, t.table), ids))
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
