/**
 * A person's answer to a review. The chosen value is written with a clock that descends from
 * every write in the review, so every device sees the answer as newer than all of them and the
 * review cannot come back; the values not chosen move to `history`.
 */
import { nextClock, type WriteContext } from './clock';
import { jsonEqual } from './json';
import {
	fieldValues,
	RECORD_FIELD,
	type ConflictSide,
	type EditConflict,
	type FieldClock,
	type LostValue,
	type SyncPayload
} from './payload';
import { baseOf, buildPayload } from './settle';

/** 'mine': the value the record holds; 'theirs': the other one; or a value the person typed. */
export type ConflictChoice = 'mine' | 'theirs' | { value: unknown };

/**
 * Resolves the review of `field`. For an 'edit vs delete' review (field RECORD_FIELD) 'mine'
 * keeps the record and 'theirs' deletes it. Several writes of one field in review are resolved
 * together: 'theirs' then takes the latest of them. A field with nothing in review is returned as is.
 * @throws RangeError for a typed value on an 'edit vs delete' review.
 */
export function resolveConflict(
	payload: SyncPayload,
	field: string,
	choice: ConflictChoice,
	ctx: WriteContext
): SyncPayload {
	const parts = {
		base: baseOf(payload),
		clocks: payload.clocks,
		values: fieldValues(payload),
		deleted: payload.deleted,
		review: payload.review,
		history: payload.history
	};
	if (field === RECORD_FIELD) {
		const entry = payload.review.find((e) => e.kind === 'delete');
		if (!entry) return payload;
		if (typeof choice !== 'string')
			throw new RangeError("An 'edit vs delete' review is resolved by keeping or deleting");
		if (choice === 'theirs')
			return buildPayload({ ...parts, deleted: nextClock(ctx, [entry.deleted]) });
		return buildPayload({ ...parts, clocks: keptAfter(payload.clocks, entry.deleted, ctx) });
	}
	const entries = payload.review.filter(
		(e): e is EditConflict => e.kind === 'edit' && e.field === field
	);
	const current = payload.clocks[field];
	const first = entries[0];
	if (!current || !first) return payload;
	const mine: ConflictSide = { ...current, value: parts.values[field] };
	const value =
		choice === 'mine' ? mine.value : choice === 'theirs' ? first.theirs.value : choice.value;
	const theirs = entries.map((e) => e.theirs);
	const clock = nextClock(ctx, [current, ...theirs]);
	const lost = [mine, ...theirs]
		.filter((side) => !jsonEqual(side.value, value))
		.map((side) => lostValue(field, side));
	return buildPayload({
		...parts,
		clocks: { ...payload.clocks, [field]: clock },
		values: { ...parts.values, [field]: value },
		history: [...payload.history, ...lost]
	});
}

/** Keeping a record deleted elsewhere rewrites every field after the delete: a write that saw it. */
function keptAfter(
	clocks: Readonly<Record<string, FieldClock>>,
	deleted: FieldClock,
	ctx: WriteContext
): Record<string, FieldClock> {
	const out: Record<string, FieldClock> = {};
	for (const [field, clock] of Object.entries(clocks))
		out[field] = nextClock(ctx, [deleted, clock]);
	return out;
}

function lostValue(field: string, side: ConflictSide): LostValue {
	return { reason: 'review', field, value: side.value, clock: side.id, at: side.at, by: side.by };
}
