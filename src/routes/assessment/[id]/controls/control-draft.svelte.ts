/**
 * The editable state of one control: the stored row plus the user's pending edits. Valid edits
 * save on their own (selects at once, text after a short pause); invalid ones stay in the field
 * with their message and are never lost or saved.
 */
import { saveControlState } from '$lib/db/repositories/controls';
import { validateControl, type ControlField } from '$lib/domain/control-validation';
import type { ControlState } from '$lib/domain/types';

const TEXT_DELAY_MS = 500;

export class ControlDraft {
	#stored: () => ControlState;
	#ctx: () => { today: string; assessmentStart: string };
	pending = $state<Partial<ControlState>>({});
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(stored: () => ControlState, ctx: () => { today: string; assessmentStart: string }) {
		this.#stored = stored;
		this.#ctx = ctx;
	}

	readonly view: ControlState = $derived.by(() => ({ ...this.#stored(), ...this.pending }));
	readonly errors: Partial<Record<ControlField, string>> = $derived.by(() =>
		validateControl(this.view, this.#ctx())
	);

	/** Records an edit; saves at once (`immediate`) or after a pause while typing. */
	set<K extends keyof ControlState>(field: K, value: ControlState[K], immediate = false): void {
		this.pending = { ...this.pending, [field]: value };
		clearTimeout(this.#timer);
		if (immediate) void this.flush();
		else this.#timer = setTimeout(() => void this.flush(), TEXT_DELAY_MS);
	}

	/** Saves the pending edits if they are all valid. */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		if (Object.keys(this.pending).length === 0 || Object.keys(this.errors).length > 0) return;
		const saving = this.pending;
		const row = { ...this.#stored(), ...saving };
		try {
			await saveControlState(row);
		} catch {
			// The save indicator says what went wrong and offers Retry; the edit stays in the field.
			return;
		}
		// Drop only the edits that were saved and have not changed since.
		const rest: Partial<ControlState> = {};
		for (const [k, v] of Object.entries(this.pending) as Array<[keyof ControlState, unknown]>) {
			if (saving[k] !== v) Object.assign(rest, { [k]: v });
		}
		this.pending = rest;
	}
}
