/**
 * Catalog versions in backups. A bundle or assessment made with a newer catalog than this app's
 * is refused (its controls may mean things this app does not know). One made with an older
 * catalog is brought up to date on import by the same rules as opening an assessment in place
 * ($lib/domain/assessments/catalog-migration): nothing is dropped. Snapshots stay as they were:
 * they are history and record their own catalog version.
 */
import {
	compareCatalogVersions,
	migrateTemplate,
	migrateWork,
	type CatalogChanges,
	type MigrationCatalog
} from '$lib/domain/assessments/catalog-migration';
import { BackupError } from './errors';
import type { BackupAssessment, BackupBundle } from './format';

export { compareCatalogVersions };
export { migratedControlIds } from '$lib/domain/assessments/catalog-migration';

function newer(path: string, version: string, appVersion: string): BackupError {
	return new BackupError(
		'newer-catalog',
		`${path}: made with control catalog ${version}, newer than this app's (${appVersion}). Update the app, then import the file again.`
	);
}

/** Refuses a bundle, assessment or template whose catalog is newer than the app's. */
export function checkCatalogVersions(bundle: BackupBundle, appCatalogVersion: string): void {
	if (compareCatalogVersions(bundle.catalogVersion, appCatalogVersion) > 0)
		throw newer('catalogVersion', bundle.catalogVersion, appCatalogVersion);
	bundle.assessments.forEach((a, i) => {
		const version = a.assessment.catalogVersion;
		if (compareCatalogVersions(version, appCatalogVersion) > 0)
			throw newer(`assessments[${i}].assessment.catalogVersion`, version, appCatalogVersion);
	});
	bundle.templates.forEach((t, i) => {
		if (compareCatalogVersions(t.catalogVersion, appCatalogVersion) > 0)
			throw newer(`templates[${i}].catalogVersion`, t.catalogVersion, appCatalogVersion);
	});
}

/** One backed-up assessment under the app's catalog, with what the migration changed. */
export function migrateBackupAssessment(
	item: BackupAssessment,
	catalog: MigrationCatalog
): { item: BackupAssessment; changes: CatalogChanges | null } {
	const { progress } = item.assessment;
	const out = migrateWork(
		{ ...item, interviewControlId: progress.interviewControlId },
		item.assessment.catalogVersion,
		catalog
	);
	if (!out) return { item, changes: null };
	const { interviewControlId, ...rest } = out.work;
	const nextProgress = { ...progress };
	if (interviewControlId === undefined) delete nextProgress.interviewControlId;
	else nextProgress.interviewControlId = interviewControlId;
	return {
		item: {
			...rest,
			assessment: { ...item.assessment, catalogVersion: catalog.version, progress: nextProgress }
		},
		changes: out.changes
	};
}

/**
 * Brings every assessment and template made with an older catalog to the app's catalog, and says
 * per assessment id what moved.
 */
export function migrateBundle(
	bundle: BackupBundle,
	catalog: MigrationCatalog
): { bundle: BackupBundle; changes: Map<string, CatalogChanges> } {
	const changes = new Map<string, CatalogChanges>();
	const assessments = bundle.assessments.map((a) => {
		const out = migrateBackupAssessment(a, catalog);
		if (out.changes) changes.set(a.assessment.id, out.changes);
		return out.item;
	});
	return {
		bundle: {
			...bundle,
			assessments,
			templates: bundle.templates.map((t) => migrateTemplate(t, catalog))
		},
		changes
	};
}
