/**
 * The decrypted body of one replicated record: the record itself plus the per-field clocks and
 * the pending reviews the clients need to merge it, since the server only ever sees ciphertext.
 * Pure data; the rules live in stamp.ts, merge.ts and resolve.ts.
 */

/** Bumped when the shape below changes; a device refuses payloads of a format it does not know. */
export const SYNC_PAYLOAD_FORMAT = 1;

/**
 * How many ancestor ids a clock carries. Past this many writes of one field on one device between
 * syncs, an old clock no longer looks like an ancestor and the edits go to review: a false
 * conflict, never a lost write. Kept small because every field of every record carries one.
 */
export const HISTORY_LIMIT = 16;

/** The pseudo-field of an 'edit vs delete' review: the whole record is at stake, not one field. */
export const RECORD_FIELD = '*';

/**
 * Fields that record when, not what. They replicate like any field, but two devices changing them
 * concurrently is not a conflict (the later time wins), and a change to them alone is not a change
 * worth syncing: otherwise every pair of edits to different fields would collide on `updatedAt`.
 */
export const BOOKKEEPING_FIELDS: readonly string[] = ['updatedAt'];

export interface FieldClock {
	id: string;
	at: string;
	by: string;
	/** ids of earlier clocks of this field, newest first, at most HISTORY_LIMIT */
	history: readonly string[];
}

/** One side of a same-field conflict: the value and the write that made it. */
export interface ConflictSide extends FieldClock {
	value: unknown;
}

/** Two concurrent writes of one field with different values. */
export interface EditConflict {
	kind: 'edit';
	field: string;
	/** The value the record holds meanwhile (the later write; ties by device, then clock id). */
	mine: ConflictSide;
	/** The other value, waiting for a person. */
	theirs: ConflictSide;
}

/** A device deleted the record while another edited it: the record is kept, deleted elsewhere. */
export interface DeleteConflict {
	kind: 'delete';
	field: typeof RECORD_FIELD;
	deleted: FieldClock;
}

export type FieldConflict = EditConflict | DeleteConflict;

/**
 * A value kept so nothing is silently gone: 'review' for a value a person decided against,
 * 'deleted' for the last values of a deleted record (so a concurrent edit can bring it back whole).
 */
export interface LostValue {
	reason: 'review' | 'deleted';
	field: string;
	value: unknown;
	/** The write that made the value. */
	clock: string;
	at: string;
	by: string;
}

export interface SyncPayload {
	format: number;
	/** Table name and the record's primary key as a string. */
	table: string;
	key: string;
	/** null: deleted. */
	record: Readonly<Record<string, unknown>> | null;
	/** One per field ever written. */
	clocks: Readonly<Record<string, FieldClock>>;
	/** Set when record is null. */
	deleted: FieldClock | null;
	schemaVersion: number;
	catalogVersion: string;
	/** Values that lost a review, kept so nothing is silently gone. */
	history: readonly LostValue[];
	/** Same-field conflicts waiting for a person: both values, who and when. */
	review: readonly FieldConflict[];
}

/**
 * The field values a payload stands for: the record's, or for a deleted record the last values
 * it had (kept in `history`), so merging a delete with an edit can keep the record whole.
 */
export function fieldValues(payload: SyncPayload): Readonly<Record<string, unknown>> {
	if (payload.record) return payload.record;
	const values: Record<string, unknown> = {};
	for (const lost of payload.history) {
		if (lost.reason === 'deleted' && payload.clocks[lost.field]?.id === lost.clock)
			values[lost.field] = lost.value;
	}
	return values;
}

export function isBookkeeping(field: string): boolean {
	return BOOKKEEPING_FIELDS.includes(field);
}
