/**
 * "Keep both" on import: the imported assessment gets a fresh id, every row it owns a fresh id
 * (or the new owner id), and its name the suffix " (imported)". Pure: ids come from `newId`.
 */
import type { AssessmentData } from '$lib/domain/types';
import type { BackupAssessment } from './format';
import { COMPANY_NAME_MAX } from './schema-records';

export const IMPORTED_SUFFIX = ' (imported)';

/** "Acme" -> "Acme (imported)", shortened so the result still passes the name limit. */
export function importedName(name: string): string {
	return `${name.slice(0, COMPANY_NAME_MAX - IMPORTED_SUFFIX.length)}${IMPORTED_SUFFIX}`;
}

/** A frozen copy of the data moved to a new owner id (its own row ids are history: kept). */
function moveData(data: AssessmentData, owner: string): AssessmentData {
	const own = <T extends { assessmentId: string }>(rows: readonly T[]) =>
		rows.map((r) => ({ ...r, assessmentId: owner }));
	return {
		assessment: { ...data.assessment, id: owner },
		answers: own(data.answers),
		controls: own(data.controls),
		evidence: own(data.evidence),
		tasks: own(data.tasks),
		policies: own(data.policies),
		vendors: own(data.vendors)
	};
}

/**
 * The assessment as a new, separate copy. Task gap keys that name one of its own rows
 * ('vendor-review:<vendorId>') follow that row's new id.
 */
export function reidentify(item: BackupAssessment, newId: () => string): BackupAssessment {
	const owner = newId();
	const ids = new Map<string, string>();
	const fresh = (old: string) => {
		const next = newId();
		ids.set(old, next);
		return next;
	};
	const evidence = item.evidence.map((r) => ({ ...r, id: fresh(r.id), assessmentId: owner }));
	const vendors = item.vendors.map((r) => ({ ...r, id: fresh(r.id), assessmentId: owner }));
	const tasks = item.tasks.map((r) => ({ ...r, id: fresh(r.id), assessmentId: owner }));
	for (const task of tasks) {
		const colon = task.gapKey?.indexOf(':') ?? -1;
		const target = colon >= 0 ? ids.get(task.gapKey?.slice(colon + 1) ?? '') : undefined;
		if (task.gapKey !== null && target !== undefined)
			task.gapKey = `${task.gapKey.slice(0, colon + 1)}${target}`;
	}
	return {
		assessment: {
			...item.assessment,
			id: owner,
			companyName: importedName(item.assessment.companyName)
		},
		answers: item.answers.map((r) => ({ ...r, assessmentId: owner })),
		controls: item.controls.map((r) => ({ ...r, assessmentId: owner })),
		evidence,
		tasks,
		policies: item.policies.map((r) => ({ ...r, assessmentId: owner })),
		vendors,
		snapshots: item.snapshots.map((s) => ({
			...s,
			id: newId(),
			assessmentId: owner,
			data: moveData(s.data, owner)
		}))
	};
}
