/**
 * The editable state of one stored row: the live row plus the user's pending edits. Valid edits
 * save on their own (choices at once, typing after a short pause); while any field is invalid
 * nothing is saved and the message stays beside the field, so no edit is lost or half-applied.
 *
 * A save sends only the fields the user changed, each with the value it was based on (the field
 * as this form showed it when the user started changing it), and the repository merges it with
 * the row as stored now. A field another tab or window changed meanwhile is not overwritten: it
 * stays here with the user's text as a conflict until they keep theirs or take the other value.
 * Used by the control checklist, the policy tracker, the vendor and risk editors, the policy text
 * editor and the system description.
 */

import { applyEdits, type AnyPatch, type EditTarget } from '$lib/db/repositories/edits';
import type { PatchResult } from '$lib/db/patch';
import type { FieldPatch } from '$lib/domain/edits/field-patch';
import { dropEdits, keepEdits } from './edit-journal';
import { saveState } from '$lib/db/save-state.svelte';
import { trackDraft } from './unsaved-edits';

export const TEXT_DELAY_MS = 500;

/** What a draft needs from its row: the time of its last save, which every save changes. */
export interface Saveable {
	updatedAt: string;
}

export interface DraftOptions<T extends Saveable, E extends object> {
	/** The row as the live query delivers it (or its default before the first save). */
	stored: () => T;
	/** Messages by field; an empty object when the row may be saved. */
	validate: (view: T) => E;
	/** The row the edits go to (plain data, so a closing page can keep them for later). */
	target: () => EditTarget;
	/** Tidies the values about to be written (trimming a name); the form keeps what was typed. */
	clean?: (patch: FieldPatch<T>) => FieldPatch<T>;
	/** Writes a patch; resolves with the `updatedAt` it committed and any conflicts. */
	save?: (target: EditTarget, patch: FieldPatch<T>) => Promise<PatchResult<T>>;
}

export class AutosaveDraft<T extends Saveable, E extends object> {
	#opts: DraftOptions<T, E>;
	#id = crypto.randomUUID();
	// Raw, not deep state: the edits are replaced whole, and IndexedDB cannot store a proxy.
	pending = $state.raw<Partial<T>>({});
	/**
	 * Fields another tab changed while this form edited them, with the value stored there. Their
	 * edits stay in `pending` (the user's text stays in the field) and are not saved until the user
	 * keeps theirs or uses the other value.
	 */
	conflicts = $state.raw<Partial<T>>({});
	/** For each pending field, the value the edit is based on (what the form showed before it). */
	#bases: Partial<T> = {};
	/**
	 * Edits already written, shown (and built on by the next save) until the live row is at least
	 * as new as the last save (`until`, the `updatedAt` it committed). Without this a field would
	 * flick back to its old value before the live query answers.
	 */
	#saved = $state.raw<{ until: string; edits: Partial<T> } | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#inFlight: Promise<void> | null = null;
	/** Whether the edit journal holds this form's edits (the page was hidden with edits pending). */
	#kept = false;

	/** Must be called while a component initialises (the draft lives as long as its form). */
	constructor(opts: DraftOptions<T, E>) {
		this.#opts = opts;
		$effect(() => trackDraft(this));
	}

	#landed(stored: T): Partial<T> {
		const saved = this.#saved;
		return saved && stored.updatedAt < saved.until ? saved.edits : {};
	}

	/** The row as this form last knew it committed: the live row plus its own landed saves. */
	#committed(): T {
		const stored = this.#opts.stored();
		return { ...stored, ...this.#landed(stored) };
	}

	readonly view: T = $derived.by(() => ({ ...this.#committed(), ...this.pending }));
	readonly errors: E = $derived.by(() => this.#opts.validate(this.view));

	/** Records edits; saves at once (`immediate`) or after a pause while typing. */
	update(patch: Partial<T>, immediate = false): void {
		const committed = this.#committed();
		for (const k of Object.keys(patch) as Array<keyof T>)
			if (!(k in this.pending)) this.#bases[k] = committed[k];
		this.pending = { ...this.pending, ...patch };
		clearTimeout(this.#timer);
		if (immediate) void this.flush();
		else this.#timer = setTimeout(() => void this.flush(), TEXT_DELAY_MS);
	}

	set<K extends keyof T>(field: K, value: T[K], immediate = false): void {
		const patch: Partial<T> = {};
		patch[field] = value;
		this.update(patch, immediate);
	}

	/** The patch for what is pending and not in conflict, tidied for writing. */
	#patch(): FieldPatch<T> {
		const patch: FieldPatch<T> = {};
		for (const k of Object.keys(this.pending) as Array<keyof T>) {
			if (k in this.conflicts) continue;
			patch[k] = { value: this.pending[k] as T[keyof T], base: this.#bases[k] as T[keyof T] };
		}
		return this.#opts.clean ? this.#opts.clean(patch) : patch;
	}

	/**
	 * Saves the pending edits if the row is valid with them. One save at a time: a flush while
	 * another is in flight (a date's change, then its blur) waits, then saves only what is left.
	 * `leaving` (the page is hidden or unloading) also keeps the edits in the edit journal first,
	 * synchronously, since the page may be gone before the write can read its row.
	 */
	async flush(leaving = false): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (leaving) this.#keep();
		while (this.#inFlight) await this.#inFlight;
		if (Object.keys(this.#patch()).length === 0 || Object.keys(this.errors).length > 0) return;
		const run = this.#save();
		this.#inFlight = run;
		try {
			await run;
		} finally {
			this.#inFlight = null;
		}
	}

	#keep(): void {
		const patch = this.#patch();
		if (Object.keys(patch).length === 0 || Object.keys(this.errors).length > 0) return;
		keepEdits(this.#id, this.#opts.target(), patch as AnyPatch);
		this.#kept = true;
	}

	async #save(): Promise<void> {
		const saving = this.pending;
		const patch = this.#patch();
		const earlier = this.#landed(this.#opts.stored());
		const save = this.#opts.save ?? ((t, p) => applyEdits<T>(t, p as AnyPatch));
		let result: PatchResult<T>;
		try {
			result = await save(this.#opts.target(), patch);
		} catch {
			// The header's save indicator reports the failure and offers Retry; the edits stay here.
			// Once a write commits again (Retry writes this very patch), this form saves what it
			// still holds: a patch already written merges to no change, and its edits are dropped.
			const off = saveState.onSaved(() => {
				off();
				void this.flush();
			});
			return;
		}
		const written: Partial<T> = {};
		for (const k of Object.keys(patch) as Array<keyof T>)
			if (!(k in result.conflicts)) written[k] = saving[k];
		this.#saved = { until: result.updatedAt, edits: { ...earlier, ...written } };
		if (Object.keys(result.conflicts).length > 0)
			this.conflicts = { ...this.conflicts, ...result.conflicts };
		// Drop only the edits that were saved and have not changed since; one typed meanwhile is now
		// based on what was just written.
		const rest: Partial<T> = {};
		for (const k of Object.keys(this.pending) as Array<keyof T>) {
			const v = this.pending[k];
			if (!(k in written)) rest[k] = v;
			else if (saving[k] !== v) {
				rest[k] = v;
				this.#bases[k] = written[k];
			} else delete this.#bases[k];
		}
		this.pending = rest;
		// A kept entry now holds what is still unwritten (based on what was just written), or goes.
		if (this.#kept) {
			this.#kept = false;
			dropEdits(this.#id);
			this.#keep();
		}
	}

	/** Settles a conflict by saving the user's value over the one from the other tab. */
	keepMine(field: keyof T): Promise<void> {
		if (!(field in this.conflicts)) return Promise.resolve();
		this.#bases[field] = this.conflicts[field];
		this.conflicts = without(this.conflicts, field);
		return this.flush();
	}

	/** Settles a conflict by dropping the user's edit and showing the stored value. */
	useTheirs(field: keyof T): void {
		if (!(field in this.conflicts)) return;
		this.conflicts = without(this.conflicts, field);
		this.pending = without(this.pending, field);
		delete this.#bases[field];
		const saved = this.#saved;
		if (saved && field in saved.edits)
			this.#saved = { until: saved.until, edits: without(saved.edits, field) };
	}
}

/** A copy of `record` without `key`. */
function without<T>(record: Partial<T>, key: keyof T): Partial<T> {
	const copy = { ...record };
	delete copy[key];
	return copy;
}
