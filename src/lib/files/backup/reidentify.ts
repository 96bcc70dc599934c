/**
 * "Keep both" on import: the imported assessment gets a fresh id, every row it owns a fresh id
 * (or the new owner id), and its name the suffix " (imported)". The copy itself is the one
 * Duplicate makes ($lib/domain/assessments/copy). Pure: ids come from `newId`.
 */
import { fromRecord, toRecord } from '$lib/domain/assessments/aggregate';
import { copyAssessment } from '$lib/domain/assessments/copy';
import type { BackupAssessment } from './format';
import { COMPANY_NAME_MAX } from './schema-records';

export const IMPORTED_SUFFIX = ' (imported)';

/** "Acme" -> "Acme (imported)", shortened so the result still passes the name limit. */
export function importedName(name: string): string {
	return `${name.slice(0, COMPANY_NAME_MAX - IMPORTED_SUFFIX.length)}${IMPORTED_SUFFIX}`;
}

/** The assessment as a new, separate copy, its snapshots and last-edited time included. */
export function reidentify(item: BackupAssessment, newId: () => string): BackupAssessment {
	const { assessment, activity } = fromRecord(item.assessment);
	const renamed = { ...assessment, id: newId(), companyName: importedName(assessment.companyName) };
	const copy = copyAssessment(
		{ ...item, assessment, activity },
		{ assessment: renamed, snapshots: true, now: activity.editedAt },
		newId
	);
	const { activity: copiedActivity, ...rest } = copy;
	return { ...rest, assessment: toRecord(copy.assessment, copiedActivity) };
}
