/**
 * Puts a payload into its one canonical form. Stamp, merge and resolve all end here, which is
 * what makes merging commutative and idempotent: the review and the history are rebuilt from the
 * clocks and values, never carried over in whatever order an input happened to hold them.
 */
import { capHistory, compareClocks, hasSeen } from './clock';
import { canonicalJson, compareStrings, jsonEqual } from './json';
import {
	isBookkeeping,
	RECORD_FIELD,
	type ConflictSide,
	type DeleteConflict,
	type EditConflict,
	type FieldClock,
	type FieldConflict,
	type LostValue,
	type SyncPayload
} from './payload';

/** What a payload is made of before it is put in canonical form. */
export interface PayloadParts {
	base: Pick<SyncPayload, 'table' | 'key' | 'format' | 'schemaVersion' | 'catalogVersion'>;
	clocks: Readonly<Record<string, FieldClock>>;
	/** The field values: the record's, or a deleted record's last ones. */
	values: Readonly<Record<string, unknown>>;
	/** null: the record is live. */
	deleted: FieldClock | null;
	review: readonly FieldConflict[];
	history: readonly LostValue[];
}

/** The identity and versions of a payload, without its contents. */
export function baseOf(payload: SyncPayload): PayloadParts['base'] {
	const { format, table, key, schemaVersion, catalogVersion } = payload;
	return { format, table, key, schemaVersion, catalogVersion };
}

export function buildPayload(parts: PayloadParts): SyncPayload {
	const { base, clocks, values, deleted } = parts;
	const live = deleted === null;
	return {
		...base,
		record: live ? sortedDefined(values) : null,
		clocks: sortedDefined(clocks),
		deleted,
		history: settleHistory(parts.history, live ? null : { clocks, values }),
		review: settleReview(parts.review, clocks, values, live)
	};
}

function sortedDefined<T>(object: Readonly<Record<string, T>>): Record<string, T> {
	const out: Record<string, T> = {};
	for (const key of Object.keys(object).sort(compareStrings)) {
		const value = object[key];
		if (value !== undefined) out[key] = value;
	}
	return out;
}

/**
 * The pending reviews of a record. For each field, every write still in review that the current
 * write has not seen, that no other such write supersedes and whose value differs from the current
 * one becomes one entry: mine = the current value, theirs = that write. So three devices writing one
 * field at once give two entries whatever order they merge in, and a write that descends from them
 * all (a resolution) clears them. At most one 'edit vs delete' entry: the latest unseen delete.
 */
export function settleReview(
	entries: readonly FieldConflict[],
	clocks: Readonly<Record<string, FieldClock>>,
	values: Readonly<Record<string, unknown>>,
	live: boolean
): FieldConflict[] {
	const sides = new Map<string, Map<string, ConflictSide>>();
	const deletes: FieldClock[] = [];
	for (const entry of entries) {
		if (entry.kind === 'delete') {
			deletes.push(entry.deleted);
			continue;
		}
		const bucket = sides.get(entry.field) ?? new Map<string, ConflictSide>();
		for (const side of [entry.mine, entry.theirs])
			bucket.set(side.id, sameWrite(bucket.get(side.id), side));
		sides.set(entry.field, bucket);
	}
	const out: FieldConflict[] = [];
	const pending = deletes.filter(
		(d) => live && !Object.values(clocks).some((c) => hasSeen(c, d.id))
	);
	const latestDelete = pending.sort(compareClocks).at(-1);
	if (latestDelete)
		out.push({
			kind: 'delete',
			field: RECORD_FIELD,
			deleted: latestDelete
		} satisfies DeleteConflict);
	for (const field of [...sides.keys()].sort(compareStrings)) {
		const current = clocks[field];
		const bucket = sides.get(field);
		if (!current || !bucket || isBookkeeping(field)) continue;
		out.push(...fieldEntries(field, current, values[field], [...bucket.values()]));
	}
	return out;
}

function fieldEntries(
	field: string,
	current: FieldClock,
	value: unknown,
	sides: readonly ConflictSide[]
): EditConflict[] {
	const unseen = sides.filter((s) => !hasSeen(current, s.id));
	const mine: ConflictSide = { ...current, value };
	const open = unseen
		.filter((s) => !unseen.some((t) => t.id !== s.id && t.history.includes(s.id)))
		.filter((s) => !jsonEqual(s.value, value));
	return collapseEqual(open)
		.sort((a, b) => compareClocks(b, a))
		.map((theirs) => ({ kind: 'edit', field, mine, theirs }));
}

/** Sorted, capped union of ancestor lists: the same whatever order replicas arrive in. */
function unionHistory(...lists: readonly (readonly string[])[]): string[] {
	return capHistory([...new Set(lists.flat())].sort(compareStrings));
}

/** One write seen by two replicas: its ancestor lists may differ (one absorbed an equal write). */
function sameWrite(known: ConflictSide | undefined, side: ConflictSide): ConflictSide {
	if (!known) return side;
	const a = new Set(known.history);
	if (a.size === side.history.length && side.history.every((id) => a.has(id)))
		return canonicalJson(known) >= canonicalJson(side) ? known : side;
	return { ...side, history: unionHistory(known.history, side.history) };
}

/**
 * Concurrent writes of one equal value are one review entry, not several: the latest of them,
 * having absorbed the others (as a merge of two such replicas does), whatever order they came in.
 */
function collapseEqual(sides: readonly ConflictSide[]): ConflictSide[] {
	const groups = new Map<string, ConflictSide[]>();
	for (const s of sides) {
		const key = canonicalJson(s.value);
		groups.set(key, [...(groups.get(key) ?? []), s]);
	}
	return [...groups.values()].map((group) => {
		const [latest, ...rest] = [...group].sort((a, b) => compareClocks(b, a));
		if (!latest || rest.length === 0) return latest ?? group[0]!;
		return {
			...latest,
			history: unionHistory(latest.history, ...rest.map((r) => [r.id, ...r.history]))
		};
	});
}

/**
 * The kept values: every value a person decided against, once each, and for a deleted record its
 * last values (rebuilt from the clocks, so they always match what the clocks say).
 */
export function settleHistory(
	entries: readonly LostValue[],
	tombstone: {
		clocks: Readonly<Record<string, FieldClock>>;
		values: Readonly<Record<string, unknown>>;
	} | null
): LostValue[] {
	const reviewed = new Map<string, LostValue>();
	for (const lost of entries) {
		if (lost.reason === 'review') reviewed.set(`${lost.field}\u0000${lost.clock}`, lost);
	}
	const out = [...reviewed.values()].sort(
		(a, b) => compareStrings(a.field, b.field) || compareStrings(a.clock, b.clock)
	);
	if (!tombstone) return out;
	for (const field of Object.keys(tombstone.clocks).sort(compareStrings)) {
		const clock = tombstone.clocks[field];
		const value = tombstone.values[field];
		if (clock && value !== undefined)
			out.push({ reason: 'deleted', field, value, clock: clock.id, at: clock.at, by: clock.by });
	}
	return out;
}
