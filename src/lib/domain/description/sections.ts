/**
 * Changes to one description section as pure functions of the stored row: edits, review and back
 * to draft. Editing a reviewed section returns it to draft, since the review covered other words.
 */
import type { DescriptionItem, DescriptionSection, SubserviceMethod } from './records';

export const METHOD_LABEL: Record<SubserviceMethod, string> = {
	carve_out: 'Carve-out',
	inclusive: 'Inclusive'
};

/** The row a section has before anything is written (not stored until the first edit). */
export function emptySection(assessmentId: string, sectionId: string): DescriptionSection {
	return {
		assessmentId,
		sectionId,
		text: '',
		items: [],
		status: 'draft',
		reviewedBy: '',
		reviewedAt: null,
		updatedAt: ''
	};
}

const DRAFT = { status: 'draft', reviewedBy: '', reviewedAt: null } as const;

/** Applies an edit of the text or the items; a reviewed section becomes a draft again. */
export function editSection(
	row: DescriptionSection,
	patch: { text?: string; items?: DescriptionItem[] }
): DescriptionSection {
	return { ...row, ...patch, ...DRAFT };
}

/** Records a review that passed `reviewErrors`. */
export function markReviewed(
	row: DescriptionSection,
	reviewedBy: string,
	reviewedAt: string
): DescriptionSection {
	return { ...row, status: 'reviewed', reviewedBy: reviewedBy.trim(), reviewedAt };
}

export function backToDraft(row: DescriptionSection): DescriptionSection {
	return { ...row, ...DRAFT };
}

/** A new, empty entry for a list section; subservice organisations start as carve-outs. */
export function newItem(id: string, subservice: boolean): DescriptionItem {
	return { id, name: '', method: subservice ? 'carve_out' : null, detail: '' };
}
