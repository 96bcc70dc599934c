/**
 * The autosaving forms on screen, so leaving a page can save their edits or warn about them, and
 * the save indicator can say an edit is still waiting. Kept apart from AutosaveDraft so the root
 * layout does not load the draft class on every page.
 */
import { SvelteSet } from 'svelte/reactivity';

export interface OpenDraft {
	readonly pending: object;
	readonly errors: object;
	/** Fields held back because another tab changed them meanwhile. */
	readonly conflicts: object;
	flush(leaving?: boolean): Promise<void>;
}

// Reactive, so the save indicator follows forms as they come and go.
const onScreen = new SvelteSet<OpenDraft>();

/** Registers a form's draft while it is on screen; returns the function that removes it. */
export function trackDraft(draft: OpenDraft): () => void {
	onScreen.add(draft);
	return () => {
		onScreen.delete(draft);
	};
}

/**
 * Starts saving every valid edit still waiting for the typing pause. `leaving` (the page is being
 * hidden or unloaded) first keeps them in the edit journal, synchronously, in case the page goes
 * before the write commits.
 */
export function flushDrafts(leaving = false): void {
	for (const d of onScreen) void d.flush(leaving);
}

function held(d: OpenDraft): boolean {
	return Object.keys(d.errors).length > 0 || Object.keys(d.conflicts).length > 0;
}

/**
 * Whether some form on screen holds edits that are not saved yet. `includeValid` counts edits that
 * are valid but still being written, which only matters when the whole page is about to unload;
 * otherwise only edits that cannot be saved (a field with a problem, a conflict) count.
 */
export function hasUnsavedEdits(includeValid: boolean): boolean {
	for (const d of onScreen) {
		if (Object.keys(d.pending).length === 0) continue;
		if (includeValid || held(d)) return true;
	}
	return false;
}

/**
 * What the forms on screen hold, for the save indicator: 'held' when an edit cannot be saved as
 * it stands (a field with a problem, a conflict with another tab), 'waiting' when an edit waits
 * for the typing pause or its write, 'none' otherwise. Reactive.
 */
export function unsavedEditsState(): 'none' | 'waiting' | 'held' {
	let waiting = false;
	for (const d of onScreen) {
		if (Object.keys(d.pending).length === 0) continue;
		if (held(d)) return 'held';
		waiting = true;
	}
	return waiting ? 'waiting' : 'none';
}

/** Saves every valid edit still waiting for the typing pause; resolves once they committed. */
export async function saveDrafts(): Promise<void> {
	await Promise.all([...onScreen].map((d) => d.flush()));
}
