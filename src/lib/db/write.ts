/**
 * The one write path. Every write goes through `write`: it runs one IndexedDB transaction, sets
 * the last-edited time of the assessments the write edits (in that same transaction), drives the
 * save indicator ("Saved" only after the commit, "Retry" on failure) and registers the write so a
 * schema upgrade in another tab waits for it. Repositories call it; nothing else opens a
 * read-write transaction (enforced by ESLint).
 */
import { newActivity } from '$lib/domain/assessments/aggregate';
import { db, trackPending, type AppDb } from './db';
import { saveState } from './save-state.svelte';

/** A table of the app's database, by name. */
export type TableName = {
	[K in keyof AppDb]: AppDb[K] extends { name: string; schema: unknown } ? K : never;
}[keyof AppDb];

export interface WriteOptions {
	/**
	 * Assessments whose content this write edits: their last-edited time becomes the write's time.
	 * Leave out for writes that are not edits of an assessment (templates, the backup time, a new
	 * assessment, which records its own time).
	 */
	edits?: string | readonly string[];
	/**
	 * Bookkeeping the app does on its own (the cached summary, where the user was, a catalog
	 * upgrade, purging what was deleted): not shown in the save indicator, since the user did not
	 * ask for it. Failures still reject.
	 */
	quiet?: boolean;
}

type CommitListener = (assessmentIds: readonly string[]) => void;
const commitListeners = new Set<CommitListener>();

/**
 * Calls `listener` after each committed write that edits assessments (not quiet bookkeeping), with
 * their ids: team sync sends the change soon after. Returns the function that stops listening.
 */
export function onEditsCommitted(listener: CommitListener): () => void {
	commitListeners.add(listener);
	return () => commitListeners.delete(listener);
}

function notify(ids: readonly string[]): void {
	for (const l of commitListeners) {
		try {
			l(ids);
		} catch {
			// A listener's failure is its own; the write has committed and stays so.
		}
	}
}

/** Sets an assessment's last-edited time: a get and a put (Dexie's `update` scans first). */
async function touch(d: AppDb, assessmentId: string, ts: string): Promise<void> {
	const row = await d.activity.get(assessmentId);
	await d.activity.put({ ...(row ?? newActivity(assessmentId, ts)), editedAt: ts, updatedAt: ts });
}

/**
 * Runs `body` in one read-write transaction over `tables` (plus the activity table when it edits
 * an assessment). `body` gets the write's timestamp; it runs alongside the last-edited bump, so an
 * autosave waits on its own round trip only. Resolves with `body`'s result once committed.
 */
export function write<T>(
	tables: readonly TableName[],
	body: (ts: string) => PromiseLike<T> | T,
	options: WriteOptions = {}
): Promise<T> {
	const edits = options.edits === undefined ? [] : [options.edits].flat();
	const op = () => {
		const d = db();
		const ts = new Date().toISOString();
		const names = edits.length > 0 ? [...new Set([...tables, 'activity' as const])] : tables;
		return d.transaction('rw', [...names], async () => {
			const [result] = await Promise.all([body(ts), ...edits.map((id) => touch(d, id, ts))]);
			return result;
		});
	};
	const run = options.quiet ? trackPending(op()) : saveState.run(op);
	if (edits.length === 0 || options.quiet) return run;
	return run.then((result) => {
		notify(edits);
		return result;
	});
}
