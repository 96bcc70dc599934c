/**
 * The one adapter from Dexie's liveQuery to Svelte runes. Components read data through it and
 * re-render whenever the rows change, in this tab or another.
 */
import { liveQuery } from 'dexie';
import { LiveResult, type Live } from './live-result.svelte';

export type { Live };

/** Feeds `result` from a live query until the returned function is called. */
export function subscribe<T>(result: LiveResult<T>, query: () => Promise<T>): () => void {
	const sub = liveQuery(query).subscribe({
		next: (value) => {
			result.current = value;
			result.error = undefined;
			result.loading = false;
		},
		error: (e: unknown) => {
			result.error = e;
			result.loading = false;
		}
	});
	return () => sub.unsubscribe();
}

/**
 * Must be called while a component initialises. `deps` reads the reactive values the query
 * depends on (such as a route parameter), so the query restarts when they change.
 */
export function live<T>(query: () => Promise<T>, deps?: () => unknown): Live<T> {
	const result = new LiveResult<T>();
	$effect(() => {
		deps?.();
		// Another record now (a new route parameter): never show the previous one's rows meanwhile.
		result.current = undefined;
		result.loading = true;
		return subscribe(result, query);
	});
	return result;
}
