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
	/**
	 * The record as the app creates it before any edit, for rows that appear on first edit. A
	 * field still at that value is nobody's write: it gets INITIAL_CLOCK, the same on every
	 * device, and every other write of the field descends from it, so it never conflicts.
	 */
	initial?: Readonly<Record<string, unknown>>;
}

/** The clock of a field still at its initial value: one write every device shares. */
export const INITIAL_CLOCK: FieldClock = Object.freeze({
	id: 'initial',
	at: '',
	by: '',
	history: Object.freeze([]) as readonly string[]
});

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
	const initial = previous === null ? ctx.initial : undefined;
	for (const field of changed) {
		const old = clocks[field];
		if (initial && field in initial && jsonEqual(record[field], initial[field])) {
			next[field] = INITIAL_CLOCK;
			continue;
		}
		const parents = [
			...(recreated ? [recreated.id] : []),
			...(old ? [old] : []),
			...(initial && field in initial ? [INITIAL_CLOCK.id] : [])
		];
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
