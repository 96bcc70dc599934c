/**
 * Turning a local change into a replicated write: the fields that differ from the last synced
 * payload get a new clock that descends from the one they replace, so other devices can tell an
 * edit made after seeing theirs from one made at the same time.
 */
import { nextClock, type WriteContext } from './clock';
import { jsonEqual } from './json';
import {
	fieldValues,
	isBookkeeping,
	SYNC_PAYLOAD_FORMAT,
	type FieldClock,
	type SyncPayload
} from './payload';
import { buildPayload } from './settle';

export interface StampContext extends WriteContext {
	schemaVersion: number;
	catalogVersion: string;
	table: string;
	key: string;
}

export interface StampResult {
	/** `previous` itself when nothing changed. */
	payload: SyncPayload;
	changed: boolean;
}

/**
 * Compares the local record (null: deleted) with the last synced payload and stamps what changed.
 * Values compare as JSON. A change to bookkeeping fields alone (`updatedAt`) is no change: it
 * would only make other devices download an identical record. A delete keeps the field clocks, so
 * a merge can tell which edits it had seen, and the last values, so a concurrent edit keeps the
 * record whole. Re-creating a deleted record writes every field after the delete.
 * @throws RangeError when `previous` belongs to another table or key.
 */
export function stampChanges(
	previous: SyncPayload | null,
	record: Readonly<Record<string, unknown>> | null,
	ctx: StampContext
): StampResult {
	if (previous && (previous.table !== ctx.table || previous.key !== ctx.key))
		throw new RangeError(
			`Payload ${previous.table}/${previous.key} is not ${ctx.table}/${ctx.key}`
		);
	const base = {
		format: SYNC_PAYLOAD_FORMAT,
		table: ctx.table,
		key: ctx.key,
		schemaVersion: ctx.schemaVersion,
		catalogVersion: ctx.catalogVersion
	};
	const clocks = previous?.clocks ?? {};
	const before = previous ? fieldValues(previous) : {};
	const review = previous?.review ?? [];
	const history = previous?.history ?? [];
	if (record === null) {
		if (previous && previous.record === null) return { payload: previous, changed: false };
		const deleted = nextClock(ctx, []);
		const payload = buildPayload({ base, clocks, values: before, deleted, review, history });
		return { payload, changed: true };
	}
	const recreated = previous?.deleted ?? null;
	const fields = new Set([...Object.keys(clocks), ...Object.keys(before), ...Object.keys(record)]);
	const changed = [...fields].filter((f) => recreated || !jsonEqual(record[f], before[f]));
	if (previous && changed.every(isBookkeeping)) return { payload: previous, changed: false };
	const next: Record<string, FieldClock> = { ...clocks };
	for (const field of changed) {
		const old = clocks[field];
		const parents = [...(recreated ? [recreated.id] : []), ...(old ? [old] : [])];
		next[field] = nextClock(ctx, parents);
	}
	const payload = buildPayload({
		base,
		clocks: next,
		values: record,
		deleted: null,
		review,
		history
	});
	return { payload, changed: true };
}
