/**
 * Catalog upgrades of stored work. Kept apart from the assessments list so the home page does
 * not load the migration code.
 */
import type { CatalogMigration } from '$lib/catalog/types';
import { migrateToCatalog } from '$lib/domain/assessments/catalog-migration';
import { db } from '../db';

/**
 * Moves an assessment's work to the current catalog (renamed controls keep their state,
 * evidence and tasks) in one transaction, and records the new catalog version.
 */
export async function migrateAssessmentCatalog(
	id: string,
	catalog: { version: string; migrations: readonly CatalogMigration[] }
): Promise<{ renamed: number; removed: string[] } | null> {
	const d = db();
	return d.transaction('rw', [d.assessments, d.controlStates, d.evidence, d.tasks], async () => {
		const a = await d.assessments.get(id);
		if (!a || a.catalogVersion === catalog.version) return null;
		const [controls, evidence, tasks] = await Promise.all([
			d.controlStates.where('assessmentId').equals(id).toArray(),
			d.evidence.where('assessmentId').equals(id).toArray(),
			d.tasks.where('assessmentId').equals(id).toArray()
		]);
		const out = migrateToCatalog({ controls, evidence, tasks }, a.catalogVersion, catalog);
		if (out.version === a.catalogVersion) return null;
		await d.controlStates.where('assessmentId').equals(id).delete();
		await d.controlStates.bulkPut(out.data.controls);
		await d.evidence.bulkPut(out.data.evidence);
		await d.tasks.bulkPut(out.data.tasks);
		await d.assessments.update(id, { catalogVersion: out.version });
		return { renamed: out.renamed.length, removed: out.removed };
	});
}
