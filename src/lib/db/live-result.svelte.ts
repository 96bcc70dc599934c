/**
 * The reactive result of a live query, shared by the liveQuery adapter (live.svelte.ts) and its
 * lazy form (lazy-live.svelte.ts). Imports nothing from Dexie, so a page can hold one before the
 * database layer has loaded.
 */
export class LiveResult<T> {
	/** The latest result; undefined until the first result arrives. Replaced, never mutated. */
	current = $state.raw<T | undefined>(undefined);
	error = $state.raw<unknown>(undefined);
	loading = $state(true);
}

export type Live<T> = Readonly<LiveResult<T>>;
