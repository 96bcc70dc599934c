/** Loads the catalog module once, on the first page that needs it (it is large: see the bench). */
import type { Catalog } from '$lib/catalog';

let catalogPromise: Promise<Catalog> | null = null;

export function loadCatalog(): Promise<Catalog> {
	catalogPromise ??= import('$lib/catalog').then((m) => m.catalog);
	return catalogPromise;
}
