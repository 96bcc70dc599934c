/**
 * What the app does with its database when it starts. The root layout loads this module (and
 * with it Dexie and the schema) after the shell has drawn, so the database layer is not on the
 * first route's critical path: opening the connection, applying the edits a closing page kept,
 * purging what a tab that closed early had deleted.
 */
import { DbProblem, onConnectionEvent, openDb, type DbProblemKind } from '$lib/db/db';
import { purgeDeletedBefore } from '$lib/db/repositories/assessments';
import { saveState } from '$lib/db/save-state.svelte';
import { hasJournal } from './edit-journal';

export { DbProblem, onConnectionEvent, saveState, type DbProblemKind };

/** Opens the database and applies kept edits; rejects with a DbProblem when it cannot open. */
export async function startDatabase(): Promise<void> {
	await openDb();
	// Edits kept as a page closed before their write committed (rarely any).
	if (hasJournal())
		await import('./replay-edits').then((m) => m.replayEdits()).catch(() => undefined);
}

/** Assessments deleted in a tab that closed before its Undo window ended. */
export function purgeExpiredDeletes(): Promise<unknown> {
	return purgeDeletedBefore(60_000).catch(() => undefined);
}

/** Turns what opening rejected with into a problem the layout can show. */
export function asProblem(e: unknown): { kind: DbProblemKind; detail: string } {
	const p = e instanceof DbProblem ? e : new DbProblem('unknown', String(e));
	return { kind: p.kind, detail: p.cause ? String(p.cause) : p.message };
}
