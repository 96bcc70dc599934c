/**
 * Reads of the rows an assessment owns, for live queries. Writes live in each table's module.
 */
import { OWNED_TABLES, type ContentField, type OwnedRows } from '$lib/domain/assessments/aggregate';
import type { Snapshot } from '$lib/domain/types';
import { db } from '../db';

const TABLE_OF = new Map(OWNED_TABLES.map((t) => [t.field, t.table]));

/** The rows of one content table for one assessment (any order). */
export function listRows<F extends ContentField>(
	field: F,
	assessmentId: string
): Promise<Array<OwnedRows[F]>> {
	const table = TABLE_OF.get(field) ?? field;
	return db().table<OwnedRows[F]>(table).where('assessmentId').equals(assessmentId).toArray();
}

/** Snapshots without their (large) data, newest first. */
export async function listSnapshots(assessmentId: string): Promise<Snapshot[]> {
	const rows = await db().snapshots.where('assessmentId').equals(assessmentId).toArray();
	return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
