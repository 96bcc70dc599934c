/**
 * Merging two replicas of one record. The server sees only ciphertext, so every client merges,
 * and every client must reach the same result whatever order payloads arrive in: the merge is
 * commutative, idempotent and associative over the fields, and it never drops a value. A write
 * that has seen the other wins; two writes that have not seen each other go to review.
 */
import { capHistory, compareClocks, hasSeen } from './clock';
import { canonicalJson, compareStrings, jsonEqual } from './json';
import {
	fieldValues,
	isBookkeeping,
	RECORD_FIELD,
	type DeleteConflict,
	type EditConflict,
	type FieldClock,
	type FieldConflict,
	type SyncPayload
} from './payload';
import { buildPayload } from './settle';
import { compareVersions } from './versions';

export interface MergeResult {
	merged: SyncPayload;
	/** Reviews the merge raised that neither input had yet: what to tell the person about. */
	conflicts: FieldConflict[];
}

interface Written {
	clock: FieldClock;
	value: unknown;
}

/**
 * Merges two payloads of the same record. Per field: the same write, or the write that has seen
 * the other, wins; concurrent writes of equal values agree; concurrent writes of different values
 * keep the later one in the record and put both in `review`. A delete wins over the writes it had
 * seen; against a write it had not seen the record is kept and the delete waits in `review`.
 * @throws RangeError when the payloads are not of the same table and key.
 */
export function mergePayloads(a: SyncPayload, b: SyncPayload): MergeResult {
	if (a.table !== b.table || a.key !== b.key)
		throw new RangeError(`Cannot merge ${a.table}/${a.key} with ${b.table}/${b.key}`);
	const valuesA = fieldValues(a);
	const valuesB = fieldValues(b);
	const clocks: Record<string, FieldClock> = {};
	const values: Record<string, unknown> = {};
	const raised: FieldConflict[] = [];
	const fields = new Set([...Object.keys(a.clocks), ...Object.keys(b.clocks)]);
	for (const field of fields) {
		const left = written(a, valuesA, field);
		const right = written(b, valuesB, field);
		const { winner, conflicts } = mergeField(field, left, right, [
			...pending(a, field),
			...pending(b, field)
		]);
		clocks[field] = winner.clock;
		values[field] = winner.value;
		raised.push(...conflicts);
	}
	const existence = mergeExistence(a, b);
	if (existence.conflict) raised.push(existence.conflict);
	const merged = buildPayload({
		base: {
			format: Math.max(a.format, b.format),
			table: a.table,
			key: a.key,
			schemaVersion: Math.max(a.schemaVersion, b.schemaVersion),
			catalogVersion: laterVersion(a.catalogVersion, b.catalogVersion)
		},
		clocks,
		values,
		deleted: existence.deleted,
		review: [...a.review, ...b.review, ...raised],
		history: [...a.history, ...b.history]
	});
	const known = new Set([...a.review, ...b.review].map(reviewKey));
	return { merged, conflicts: merged.review.filter((entry) => !known.has(reviewKey(entry))) };
}

function written(
	payload: SyncPayload,
	values: Readonly<Record<string, unknown>>,
	field: string
): Written | undefined {
	const clock = payload.clocks[field];
	return clock ? { clock, value: values[field] } : undefined;
}

/** Writes of `field` waiting in a payload's review: still candidates for what the field holds. */
function pending(payload: SyncPayload, field: string): Written[] {
	return editsOf(payload, field).flatMap((e) => [
		{ clock: stripValue(e.mine), value: e.mine.value },
		{ clock: stripValue(e.theirs), value: e.theirs.value }
	]);
}

function stripValue(side: FieldClock & { value?: unknown }): FieldClock {
	return { id: side.id, at: side.at, by: side.by, history: side.history };
}

/**
 * The field's value after a merge. The candidates are both current writes and every write either
 * side still holds in review; the tips are those no other candidate has seen. One tip wins; several
 * tips keep the latest in the record and the others in review (equal values agree instead).
 */
function mergeField(
	field: string,
	a: Written | undefined,
	b: Written | undefined,
	inReview: readonly Written[]
): { winner: Written; conflicts: EditConflict[] } {
	const byId = new Map<string, Written>();
	for (const w of [a, b, ...inReview]) {
		if (!w) continue;
		const known = byId.get(w.clock.id);
		byId.set(w.clock.id, known ? sameWrite(known, w) : w);
	}
	const all = [...byId.values()];
	if (all.length === 0) throw new RangeError(`No clock for ${field}`);
	const tips = all.filter((w) => !all.some((o) => o !== w && o.clock.history.includes(w.clock.id)));
	const sorted = [...tips].sort((x, y) => concurrentSort(field, x, y));
	const [first, ...rest] = sorted;
	if (!first) throw new RangeError(`No write of ${field}`);
	// A write that has seen others has seen what they had seen: keep the ancestor lists closed;
	// equal values (or bookkeeping times) agree, the kept write absorbing the others.
	const seenBy = all.filter((w) => !tips.includes(w));
	const agreeing = rest.filter((w) => isBookkeeping(field) || jsonEqual(w.value, first.value));
	const winner = absorbAll(first, [
		...seenBy.filter((w) => first.clock.history.includes(w.clock.id)),
		...agreeing
	]);
	const mine = { ...winner.clock, value: winner.value };
	const conflicts = rest
		.filter((w) => !agreeing.includes(w))
		.map((w): EditConflict => ({
			kind: 'edit',
			field,
			mine,
			theirs: { ...w.clock, value: w.value }
		}));
	return { winner, conflicts };
}

/** Two records of the same write: the union of what each knows it had seen. */
function sameWrite(x: Written, y: Written): Written {
	if (canonicalJson(x) === canonicalJson(y)) return x;
	const [w, o] = canonicalJson(x) >= canonicalJson(y) ? [x, y] : [y, x];
	return {
		...w,
		clock: { ...w.clock, history: capHistory([...w.clock.history, ...o.clock.history]) }
	};
}

/** Latest first: bookkeeping times by value, other fields by clock (see compareClocks). */
function concurrentSort(field: string, x: Written, y: Written): number {
	const byValue = isBookkeeping(field)
		? compareStrings(canonicalJson(y.value), canonicalJson(x.value))
		: 0;
	return byValue || compareClocks(y.clock, x.clock);
}

function absorbAll(winner: Written, others: readonly Written[]): Written {
	return others.reduce((w, o) => absorb(w, o), winner);
}

function absorb(winner: Written, loser: Written): Written {
	const history = capHistory([...winner.clock.history, loser.clock.id, ...loser.clock.history]);
	return { ...winner, clock: { ...winner.clock, history } };
}

/**
 * Whether the merged record exists. Live against deleted: the record stays if it was written
 * after seeing the delete (kept or re-created), is deleted if the delete had seen every write of
 * it, and otherwise stays with the delete in review. Deleted against deleted: deleted.
 */
function mergeExistence(
	a: SyncPayload,
	b: SyncPayload
): { deleted: FieldClock | null; conflict?: DeleteConflict } {
	if (a.record && b.record) return { deleted: null };
	if (!a.record && !b.record) return { deleted: laterClock(a.deleted, b.deleted) };
	const [live, gone] = a.record ? [a, b] : [b, a];
	const deleted = gone.deleted;
	if (!deleted || Object.values(live.clocks).some((c) => hasSeen(c, deleted.id)))
		return { deleted: null };
	// The live side already holds this very delete in review, knowing at least as much as it does:
	// it was weighed and kept pending. (A copy that has since absorbed more is weighed again.)
	if (
		live.review.some(
			(r) =>
				r.kind === 'delete' &&
				r.deleted.id === deleted.id &&
				deleted.history.every((id) => r.deleted.history.includes(id))
		)
	)
		return { deleted: null };
	if (deleteCovers(gone, live)) return { deleted };
	return { deleted: null, conflict: { kind: 'delete', field: RECORD_FIELD, deleted } };
}

/** Every write of the live record, including ones waiting in its review, was known to the delete. */
function deleteCovers(gone: SyncPayload, live: SyncPayload): boolean {
	return Object.entries(live.clocks).every(([field, clock]) => {
		const known = knownWrites(gone, field);
		const tips = [clock.id, ...editsOf(live, field).flatMap((e) => [e.mine.id, e.theirs.id])];
		return tips.every((id) => known.has(id));
	});
}

function knownWrites(payload: SyncPayload, field: string): Set<string> {
	const clocks = [
		payload.clocks[field],
		...editsOf(payload, field).flatMap((e) => [e.mine, e.theirs])
	];
	return new Set(clocks.flatMap((c) => (c ? [c.id, ...c.history] : [])));
}

function editsOf(payload: SyncPayload, field: string): EditConflict[] {
	return payload.review.filter((e): e is EditConflict => e.kind === 'edit' && e.field === field);
}

/** Two deletes: the later one, having absorbed what the other had seen (so no knowledge is lost). */
function laterClock(a: FieldClock | null, b: FieldClock | null): FieldClock | null {
	if (!a || !b) return a ?? b;
	if (a.id === b.id) return sameWrite({ clock: a, value: null }, { clock: b, value: null }).clock;
	const [w, o] = a.history.includes(b.id)
		? [a, b]
		: b.history.includes(a.id)
			? [b, a]
			: compareClocks(a, b) >= 0
				? [a, b]
				: [b, a];
	return { ...w, history: capHistory([...w.history, o.id, ...o.history]) };
}

function laterVersion(a: string, b: string): string {
	// '2026' and '2026.0' are the same version; the text order still picks one on every device.
	const order = compareVersions(a, b) || compareStrings(a, b);
	return order >= 0 ? a : b;
}

function reviewKey(entry: FieldConflict): string {
	return entry.kind === 'delete'
		? `delete\u0000${entry.deleted.id}`
		: `edit\u0000${entry.field}\u0000${entry.mine.id}\u0000${entry.theirs.id}`;
}
