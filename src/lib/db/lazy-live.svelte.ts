/**
 * The liveQuery adapter for the first route: as `live` (live.svelte.ts), but the query's module
 * and Dexie load when the component mounts, so the page draws (its skeleton) before the database
 * layer has arrived. Imports nothing from Dexie itself.
 */
import { LiveResult, type Live } from './live-result.svelte';

/**
 * Must be called while a component initialises. `load` resolves with the query, typically
 * `() => import('$lib/db/repositories/x').then((m) => m.listX)`; it and the adapter load once
 * `after` has resolved (the first screen has been drawn, for instance).
 */
export function lazyLive<T>(
	load: () => Promise<() => Promise<T>>,
	after: () => Promise<unknown> = () => Promise.resolve()
): Live<T> {
	const result = new LiveResult<T>();
	$effect(() => {
		let stop: (() => void) | undefined;
		let gone = false;
		after()
			.then(() => Promise.all([load(), import('./live.svelte')]))
			.then(
				([query, adapter]) => {
					if (!gone) stop = adapter.subscribe(result, query);
				},
				(e: unknown) => {
					result.error = e;
					result.loading = false;
				}
			);
		return () => {
			gone = true;
			stop?.();
		};
	});
	return result;
}
