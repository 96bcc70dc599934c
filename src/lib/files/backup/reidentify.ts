/**
 * "Keep both" on import: the imported assessment gets a fresh id, every row it owns a fresh id
 * (or the new owner id), and its name the suffix " (imported)". An imported assessment whose row
 * ids clash with another assessment's here keeps its id and name and gets fresh row ids alone. The copy itself is the one
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
	owners: Readonly<Record<EvidenceFile['ownerKind'], ReadonlyMap<string, string>>>,
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

/** The assessment's rows under fresh ids and owner `assessment` (its id, name, times). */
function copyUnder(
	item: BackupAssessment,
	assessment: ReturnType<typeof fromRecord>['assessment'],
	newId: () => string,
	fileIds?: Map<string, string>
): BackupAssessment {
	const source = fromRecord(item.assessment);
	const copy = copyAssessment(
		{ ...item, assessment: source.assessment, activity: source.activity },
		{ assessment, snapshots: true, now: source.activity.editedAt },
		newId
	);
	const { activity: copiedActivity, ...rest } = copy;
	const owners = {
		evidence: idMap(item.evidence, copy.evidence),
		vendor: idMap(item.vendors, copy.vendors),
		check: idMap(item.personChecks, copy.personChecks)
	};
	const files = reidentifyFiles(item.files, assessment.id, owners, newId);
	item.files.forEach((f, i) => fileIds?.set(f.id, files[i]?.id ?? f.id));
	return { ...rest, files, assessment: toRecord(copy.assessment, copiedActivity) };
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
	const { assessment } = fromRecord(item.assessment);
	const renamed = { ...assessment, id: newId(), companyName: importedName(assessment.companyName) };
	return copyUnder(item, renamed, newId, fileIds);
}

/**
 * The same assessment (its id and name kept) with every row that has an id of its own, every
 * snapshot and every file under a fresh id, links following as in `reidentify`: for an imported
 * assessment some of whose row ids another assessment on the device already uses.
 */
export function reidentifyRows(
	item: BackupAssessment,
	newId: () => string,
	fileIds?: Map<string, string>
): BackupAssessment {
	return copyUnder(item, fromRecord(item.assessment).assessment, newId, fileIds);
}
