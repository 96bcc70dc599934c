/**
 * The editable state of one stored row: the live row plus the user's pending edits. Valid edits
 * save on their own (choices at once, typing after a short pause); while any field is invalid
 * nothing is saved and the message stays beside the field, so no edit is lost or half-applied.
 * Used by the control checklist, the policy tracker and the vendor editor.
 */

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
	/** Writes the whole row; resolves with the `updatedAt` it committed. */
	save: (row: T) => Promise<string>;
}

export class AutosaveDraft<T extends Saveable, E extends object> {
	#opts: DraftOptions<T, E>;
	// Raw, not deep state: the edits are replaced whole, and IndexedDB cannot store a proxy.
	pending = $state.raw<Partial<T>>({});
	/**
	 * Edits already written, shown (and built on by the next save) until the live row is at least
	 * as new as the last save (`until`, the `updatedAt` it committed). Without this a field would
	 * flick back to its old value before the live query answers, and a save made while the live row
	 * still showed an earlier save would write the older value back.
	 */
	#saved = $state.raw<{ until: string; edits: Partial<T> } | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#inFlight: Promise<void> | null = null;

	/** Must be called while a component initialises (the draft lives as long as its form). */
	constructor(opts: DraftOptions<T, E>) {
		this.#opts = opts;
		$effect(() => trackDraft(this));
	}

	#landed(stored: T): Partial<T> {
		const saved = this.#saved;
		return saved && stored.updatedAt < saved.until ? saved.edits : {};
	}

	readonly view: T = $derived.by(() => {
		const stored = this.#opts.stored();
		return { ...stored, ...this.#landed(stored), ...this.pending };
	});
	readonly errors: E = $derived.by(() => this.#opts.validate(this.view));

	/** Records edits; saves at once (`immediate`) or after a pause while typing. */
	update(patch: Partial<T>, immediate = false): void {
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

	/**
	 * Saves the pending edits if the row is valid with them. One save at a time: a flush while
	 * another is in flight (a date's change, then its blur) waits, then saves only what is left.
	 */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		while (this.#inFlight) await this.#inFlight;
		if (Object.keys(this.pending).length === 0 || Object.keys(this.errors).length > 0) return;
		const run = this.#save();
		this.#inFlight = run;
		try {
			await run;
		} finally {
			this.#inFlight = null;
		}
	}

	async #save(): Promise<void> {
		const saving = this.pending;
		const stored = this.#opts.stored();
		const earlier = this.#landed(stored);
		let until: string;
		try {
			until = await this.#opts.save({ ...stored, ...earlier, ...saving });
		} catch {
			// The header's save indicator reports the failure and offers Retry; the edits stay here.
			return;
		}
		this.#saved = { until, edits: { ...earlier, ...saving } };
		// Drop only the edits that were saved and have not changed since.
		const rest: Partial<T> = {};
		for (const [k, v] of Object.entries(this.pending))
			if (Reflect.get(saving, k) !== v) Reflect.set(rest, k, v);
		this.pending = rest;
	}
}
