/**
 * Catalog upgrades of stored work when an assessment is opened, by the same pure rules an import
 * uses ($lib/domain/assessments/catalog-migration). Kept apart from the assessments list so the
 * home page does not load the migration code.
 */
import {
	migrateWork,
	type CatalogChanges,
	type MigrationCatalog
} from '$lib/domain/assessments/catalog-migration';
import { db } from '../db';
import { write } from '../write';
import { AGGREGATE_TABLES } from './aggregate';
import { readAggregate } from './aggregate-read';

/**
 * Moves an assessment's work to the current catalog in one transaction and records the new
 * catalog version. Null when it was already current (or made with a newer catalog).
 */
export function migrateAssessmentCatalog(
	id: string,
	catalog: MigrationCatalog
): Promise<CatalogChanges | null> {
	const d = db();
	return write(
		AGGREGATE_TABLES,
		async (ts) => {
			const agg = await readAggregate(d, id, { snapshots: false });
			if (!agg) return null;
			const progress = agg.activity.progress;
			const out = migrateWork(
				{ ...agg, interviewControlId: progress.interviewControlId },
				agg.assessment.catalogVersion,
				catalog
			);
			if (!out) return null;
			const { interviewControlId, controls, evidence, tasks, vendors } = out.work;
			await d.controlStates.where('assessmentId').equals(id).delete();
			await d.controlStates.bulkPut(controls);
			await d.evidence.bulkPut(evidence);
			await d.tasks.bulkPut(tasks);
			await d.vendors.bulkPut(vendors);
			const nextProgress = { ...progress };
			if (interviewControlId === undefined) delete nextProgress.interviewControlId;
			else nextProgress.interviewControlId = interviewControlId;
			await d.activity.put({ ...agg.activity, progress: nextProgress, updatedAt: ts });
			await d.assessments.put({ ...agg.assessment, catalogVersion: catalog.version });
			return out.changes;
		},
		{ quiet: true }
	);
}
