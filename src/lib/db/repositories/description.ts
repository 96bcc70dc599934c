/**
 * System description rows: one per section an assessment has written, keyed by
 * [assessmentId+sectionId]. Every save bumps the assessment's last-edited time in the same
 * transaction. Review rules (a review needs a reviewer and a plausible date; an edit returns a
 * reviewed section to draft) live in domain/description and are applied before these are called.
 */
import type { DescriptionSection } from '$lib/domain/types';
import { emptySection } from '$lib/domain/description/sections';
import type { FieldPatch } from '$lib/domain/edits/field-patch';
import { db } from '../db';
import { patchRow, type PatchResult } from '../patch';
import { write } from '../write';

/** Writes one section's row; resolves with the `updatedAt` it committed. */
export function saveDescriptionSection(row: DescriptionSection): Promise<string> {
	const d = db();
	return write(
		['descriptionSections'],
		(ts) => d.descriptionSections.put({ ...row, updatedAt: ts }).then(() => ts),
		{ edits: row.assessmentId }
	);
}

/** Changes only the fields in `patch` of one section (see `patchRow` for conflicts). */
export function patchDescriptionSection(
	assessmentId: string,
	sectionId: string,
	patch: FieldPatch<DescriptionSection>
): Promise<PatchResult<DescriptionSection>> {
	const d = db();
	return write(
		['descriptionSections'],
		(ts) =>
			patchRow(d.descriptionSections, [assessmentId, sectionId] as [string, string], patch, ts, {
				what: 'section',
				fallback: emptySection(assessmentId, sectionId)
			}),
		{ edits: assessmentId }
	);
}

/**
 * Writes several sections at once (the accepted proposals of "Fill from scoping"), all or none.
 */
export function saveDescriptionSections(rows: readonly DescriptionSection[]): Promise<string> {
	const d = db();
	const ids = [...new Set(rows.map((r) => r.assessmentId))];
	return write(
		['descriptionSections'],
		(ts) =>
			d.descriptionSections.bulkPut(rows.map((r) => ({ ...r, updatedAt: ts }))).then(() => ts),
		{ edits: ids }
	);
}

/** The stored sections of one assessment, read afresh (an export reads what is committed). */
export function readDescription(assessmentId: string): Promise<DescriptionSection[]> {
	return db().descriptionSections.where('assessmentId').equals(assessmentId).toArray();
}
