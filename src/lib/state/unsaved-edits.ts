/**
 * The autosaving forms on screen, so leaving a page can save their edits or warn about them. Kept
 * apart from AutosaveDraft so the root layout does not load the draft class on every page.
 */

export interface OpenDraft {
	readonly pending: object;
	readonly errors: object;
	flush(): Promise<void>;
}

const onScreen = new Set<OpenDraft>();

/** Registers a form's draft while it is on screen; returns the function that removes it. */
export function trackDraft(draft: OpenDraft): () => void {
	onScreen.add(draft);
	return () => {
		onScreen.delete(draft);
	};
}

/** Starts saving every valid edit still waiting for the typing pause (the user is leaving). */
export function flushDrafts(): void {
	for (const d of onScreen) void d.flush();
}

/**
 * Whether some form on screen holds edits that are not saved yet. `includeValid` counts edits that
 * are valid but still being written, which only matters when the whole page is about to unload.
 */
export function hasUnsavedEdits(includeValid: boolean): boolean {
	for (const d of onScreen) {
		if (Object.keys(d.pending).length === 0) continue;
		if (includeValid || Object.keys(d.errors).length > 0) return true;
	}
	return false;
}

/** Saves every valid edit still waiting for the typing pause; resolves once they committed. */
export async function saveDrafts(): Promise<void> {
	await Promise.all([...onScreen].map((d) => d.flush()));
}
