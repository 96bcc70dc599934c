/** Field clocks: who wrote a field when, and which earlier writes that write had seen. */
import { compareStrings } from './json';
import { HISTORY_LIMIT, type FieldClock } from './payload';

/** What a device passes in to make a write: its id, the time, and a fresh id. */
export interface WriteContext {
	device: string;
	now: string;
	newId: () => string;
}

/**
 * A new clock that descends from `parents` (and what they descend from). The parents come first
 * so that, when the history is capped, the writes this one supersedes are the ones remembered.
 */
export function nextClock(
	ctx: WriteContext,
	parents: readonly (FieldClock | string)[]
): FieldClock {
	const direct = parents.map((p) => (typeof p === 'string' ? p : p.id));
	const inherited = parents.flatMap((p) => (typeof p === 'string' ? [] : p.history));
	return {
		id: ctx.newId(),
		at: ctx.now,
		by: ctx.device,
		history: capHistory([...direct, ...inherited])
	};
}

/** First occurrence of each id, at most HISTORY_LIMIT of them. */
export function capHistory(ids: readonly string[]): string[] {
	return [...new Set(ids)].slice(0, HISTORY_LIMIT);
}

/** True when `clock` is the write `id` or was made after seeing it. */
export function hasSeen(clock: FieldClock, id: string): boolean {
	return clock.id === id || clock.history.includes(id);
}

/**
 * A total order on clocks, the same on every device: the later `at`, then the device id, then the
 * clock id. It only picks what a record shows while a conflict waits; it never decides who wins.
 */
export function compareClocks(a: FieldClock, b: FieldClock): number {
	return compareStrings(a.at, b.at) || compareStrings(a.by, b.by) || compareStrings(a.id, b.id);
}
