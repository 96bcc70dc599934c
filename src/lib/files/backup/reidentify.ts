/**
 * "Keep both" on import: the imported assessment gets a fresh id, every row it owns a fresh id
 * (or the new owner id), and its name the suffix " (imported)". The copy itself is the one
 * Duplicate makes ($lib/domain/assessments/copy); the evidence files, which Duplicate leaves
 * out, get fresh ids here with their owner and version links following. Pure: ids come from `newId`.
 */
import { fromRecord, toRecord } from '$lib/domain/assessments/aggregate';
import { copyAssessment } from '$lib/domain/assessments/copy';
import type { EvidenceFile } from '$lib/domain/types';
import type { BackupAssessment } from './format';
import { COMPANY_NAME_MAX } from './schema-records';

export const IMPORTED_SUFFIX = ' (imported)';

/** "Acme" -> "Acme (imported)", shortened so the result still passes the name limit. */
export function importedName(name: string): string {
	return `${name.slice(0, COMPANY_NAME_MAX - IMPORTED_SUFFIX.length)}${IMPORTED_SUFFIX}`;
}

/** Old id -> new id of rows copied in order (a copy keeps its source's row order). */
function idMap(before: readonly { id: string }[], after: readonly { id: string }[]) {
	return new Map(before.map((row, i) => [row.id, after[i]?.id ?? row.id]));
}

/**
 * File records moved to `owner` under fresh ids; each one's owner (evidence item or vendor) and
 * its `replaces`/`replacedBy` links follow to the new ids, so a chain stays a chain.
 */
export function reidentifyFiles(
	files: readonly EvidenceFile[],
	owner: string,
	owners: { evidence: ReadonlyMap<string, string>; vendor: ReadonlyMap<string, string> },
	newId: () => string
): EvidenceFile[] {
	const ids = new Map(files.map((f) => [f.id, newId()]));
	const link = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));
	return files.map((f) => ({
		...f,
		id: ids.get(f.id) ?? f.id,
		assessmentId: owner,
		ownerId: owners[f.ownerKind].get(f.ownerId) ?? f.ownerId,
		replaces: link(f.replaces),
		replacedBy: link(f.replacedBy)
	}));
}

/**
 * The assessment as a new, separate copy, its snapshots, files and last-edited time included.
 * `fileIds` hears each file's old and new id (the bytes are stored under the new one).
 */
export function reidentify(
	item: BackupAssessment,
	newId: () => string,
	fileIds?: Map<string, string>
): BackupAssessment {
	const { assessment, activity } = fromRecord(item.assessment);
	const renamed = { ...assessment, id: newId(), companyName: importedName(assessment.companyName) };
	const copy = copyAssessment(
		{ ...item, assessment, activity },
		{ assessment: renamed, snapshots: true, now: activity.editedAt },
		newId
	);
	const { activity: copiedActivity, ...rest } = copy;
	const owners = {
		evidence: idMap(item.evidence, copy.evidence),
		vendor: idMap(item.vendors, copy.vendors)
	};
	const files = reidentifyFiles(item.files, renamed.id, owners, newId);
	item.files.forEach((f, i) => fileIds?.set(f.id, files[i]?.id ?? f.id));
	return { ...rest, files, assessment: toRecord(copy.assessment, copiedActivity) };
}
