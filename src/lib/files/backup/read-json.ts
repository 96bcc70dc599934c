/**
 * Checking a backup's parsed JSON, whichever container it came in (a format 1 file, its encrypted
 * envelope or the JSON entry of a format 2 ZIP): format upgrade, every field, catalog versions
 * and cross-record consistency.
 */
import { catalog as appCatalog, type Catalog } from '$lib/catalog';
import { checkCatalogVersions, migratedControlIds } from './catalog-migrate';
import type { BackupBundle } from './format';
import { checkIntegrity } from './integrity';
import { validateBundle } from './schema';
import { upgradeFormat } from './upgrade';

/** The parts of the catalog a backup is checked against (a parameter so tests can vary it). */
export type BackupCatalog = Pick<Catalog, 'version' | 'controls' | 'policies' | 'migrations'>;

/**
 * Checks parsed JSON as a backup and returns the bundle as the file holds it (ids of an older
 * catalog included, when a catalog migration knows them). Throws a BackupError with a specific
 * message for the first problem.
 */
export function bundleFromJson(raw: unknown, catalog: BackupCatalog = appCatalog): BackupBundle {
	const bundle = validateBundle(upgradeFormat(raw));
	checkCatalogVersions(bundle, catalog.version);
	const controls = new Set(catalog.controls.map((c) => c.id));
	for (const id of migratedControlIds(catalog.migrations)) controls.add(id);
	checkIntegrity(bundle, { controls, policies: new Set(catalog.policies.map((p) => p.id)) });
	return bundle;
}
