/**
 * Applies a field patch to one stored row inside a write's transaction: the row is re-read there,
 * so a field another tab changed since this tab last saw it is never overwritten blindly (see
 * domain/edits/field-patch). Only the fields in the patch change; the rest stay as stored.
 */
import type { Table } from 'dexie';
import { mergePatch, type FieldPatch } from '$lib/domain/edits/field-patch';

/** What a patch did: the row's `updatedAt` after it, and the fields left for the user to settle. */
export interface PatchResult<T> {
	updatedAt: string;
	/** Fields another tab changed to something else: their stored value (the patch kept out). */
	conflicts: Partial<T>;
}

/** Thrown when the row an edit was made to is no longer stored (deleted in another tab). */
export class RowGoneError extends Error {
	constructor(what: string) {
		super(`This ${what} is no longer stored here (deleted in another tab?). Reload the page.`);
	}
}

export interface PatchRowOptions<T> {
	/** The row to start from when none is stored yet; without it a missing row is an error. */
	fallback?: T;
	/** Names the row in the error when it is gone. */
	what: string;
	/** Final touches on the merged row (derived fields), given the row as it was stored. */
	finish?: (merged: T, stored: T | undefined) => T;
}

/** Must run inside `write(...)` over `table`; `ts` is the write's time. */
export async function patchRow<T extends I & { updatedAt: string }, K, I = T>(
	table: Table<T, K, I>,
	key: K,
	patch: FieldPatch<T>,
	ts: string,
	options: PatchRowOptions<T>
): Promise<PatchResult<T>> {
	const stored = await table.get(key);
	const current = stored ?? options.fallback;
	if (!current) throw new RowGoneError(options.what);
	const { row, conflicts, changed } = mergePatch(current, patch);
	if (!changed && stored) return { updatedAt: stored.updatedAt, conflicts };
	const next = options.finish ? options.finish(row, stored) : row;
	await table.put({ ...next, updatedAt: ts });
	return { updatedAt: ts, conflicts };
}
