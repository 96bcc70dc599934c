/**
 * The one adapter from Dexie's liveQuery to Svelte runes. Components read data through it and
 * re-render whenever the rows change, in this tab or another.
 */
import { liveQuery } from 'dexie';

class LiveResult<T> {
	/** The latest result; undefined until the first result arrives. Replaced, never mutated. */
	current = $state.raw<T | undefined>(undefined);
	error = $state.raw<unknown>(undefined);
	loading = $state(true);
}

export type Live<T> = Readonly<LiveResult<T>>;

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
	});
	return result;
}
