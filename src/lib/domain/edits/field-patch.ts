/**
 * Field patches: what an edit changes in a stored row, and how it lands on the row as it is now.
 * A form sends only the fields the user changed, each with the value the edit was based on (the
 * field as the form showed it when the user started). Applied to the row re-read inside the write,
 * a field another tab did not touch takes the new value, and a field that another tab changed to
 * something else is not overwritten: it comes back as a conflict for the user to settle.
 */

/** One field's edit: the new value and the value it replaced on this screen. */
export interface FieldEdit<V> {
	value: V;
	base: V;
}

/** The fields an edit changes, by name. */
export type FieldPatch<T> = { [K in keyof T]?: FieldEdit<T[K]> };

/** The outcome of applying a patch to the stored row. */
export interface Merged<T> {
	/** The row with every field that merged cleanly. */
	row: T;
	/** Fields left as stored because another tab changed them meanwhile: their stored value. */
	conflicts: Partial<T>;
	/** Whether `row` differs from the stored row (nothing needs writing otherwise). */
	changed: boolean;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Structural equality of stored values (strings, numbers, booleans, null, arrays, plain objects).
 * A missing key and an `undefined` one are the same: IndexedDB drops neither, but a spread may.
 */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
	if (isPlainObject(a) && isPlainObject(b)) {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		for (const k of keys) if (!sameValue(a[k], b[k])) return false;
		return true;
	}
	return false;
}

type Merge3 = { ok: true; value: unknown } | { ok: false };

/**
 * Three-way merge of one value: `base` is what the edit started from, `mine` the edit, `theirs`
 * what is stored now. Plain objects (a vendor's assurance, a policy's sections) merge key by key,
 * so two tabs editing different parts of one object both keep theirs; anything else conflicts
 * when both sides changed it to different values.
 */
export function merge3(base: unknown, mine: unknown, theirs: unknown): Merge3 {
	if (sameValue(theirs, base) || sameValue(theirs, mine)) return { ok: true, value: mine };
	if (sameValue(mine, base)) return { ok: true, value: theirs };
	if (isPlainObject(base) && isPlainObject(mine) && isPlainObject(theirs)) {
		const out: Record<string, unknown> = {};
		const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
		for (const k of keys) {
			const m = merge3(base[k], mine[k], theirs[k]);
			if (!m.ok) return m;
			if (m.value !== undefined) out[k] = m.value;
		}
		return { ok: true, value: out };
	}
	return { ok: false };
}

/**
 * Applies `patch` to `current` (the row as stored now). Each field merges on its own; a field
 * that conflicts keeps its stored value and is reported in `conflicts`.
 */
export function mergePatch<T extends object>(current: T, patch: FieldPatch<T>): Merged<T> {
	const row: T = { ...current };
	const conflicts: Partial<T> = {};
	let changed = false;
	for (const key of Object.keys(patch) as Array<keyof T>) {
		const edit = patch[key];
		if (!edit) continue;
		const m = merge3(edit.base, edit.value, current[key]);
		if (!m.ok) {
			conflicts[key] = current[key];
			continue;
		}
		if (!sameValue(m.value, current[key])) {
			row[key] = m.value as T[typeof key];
			changed = true;
		}
	}
	return { row, conflicts, changed };
}

/** A patch that sets every listed field of `next`, based on the same field of `base`. */
export function patchOf<T extends object>(
	base: T,
	next: Partial<T>,
	fields: ReadonlyArray<keyof T> = Object.keys(next) as Array<keyof T>
): FieldPatch<T> {
	const patch: FieldPatch<T> = {};
	for (const k of fields) {
		if (next[k] === undefined || sameValue(next[k], base[k])) continue;
		patch[k] = { value: next[k] as T[typeof k], base: base[k] };
	}
	return patch;
}
