/** Snapshots (named copies of an assessment's state) and templates. */
import type { Snapshot, Template } from '$lib/domain/types';
import { db } from '../db';
import { write } from '../write';

export function saveSnapshot(snapshot: Snapshot): Promise<void> {
	const d = db();
	return write(['snapshots'], async () => {
		await d.snapshots.put(snapshot);
	});
}

export function deleteSnapshot(id: string): Promise<void> {
	const d = db();
	return write(['snapshots'], () => d.snapshots.delete(id));
}

export const listTemplates = (): Promise<Template[]> =>
	db().templates.orderBy('updatedAt').reverse().toArray();

export function saveTemplate(template: Template): Promise<void> {
	const d = db();
	return write(['templates'], async () => {
		await d.templates.put(template);
	});
}

export function deleteTemplate(id: string): Promise<void> {
	const d = db();
	return write(['templates'], () => d.templates.delete(id));
}

/** Ids of the assessments that have at least one snapshot, read from the index (no snapshot data). */
export async function snapshotOwners(): Promise<Set<string>> {
	const keys = await db().snapshots.orderBy('assessmentId').uniqueKeys();
	return new Set(keys.filter((k): k is string => typeof k === 'string'));
}
