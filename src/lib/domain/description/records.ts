/**
 * System description records: one row per section of the description an auditor reads (the
 * description criteria), with its text and whether someone reviewed it. Re-exported by
 * ../types.ts with the other stored records.
 */

export type DescriptionStatus = 'draft' | 'reviewed';

/** How a subservice organisation is presented in the description. */
export type SubserviceMethod = 'carve_out' | 'inclusive';

/**
 * A listed entry of a section: a subservice organisation (with its method and the complementary
 * subservice-organisation controls in `detail`), a complementary user-entity control, a change.
 */
export interface DescriptionItem {
	id: string;
	name: string;
	/** Subservice organisations only; null elsewhere. */
	method: SubserviceMethod | null;
	detail: string;
}

export interface DescriptionSection {
	assessmentId: string;
	/** Catalog section id (catalog/system-description.ts). */
	sectionId: string;
	text: string;
	items: DescriptionItem[];
	status: DescriptionStatus;
	/** Who reviewed it, when status is reviewed. */
	reviewedBy: string;
	/** Calendar date of the review; null while a draft. */
	reviewedAt: string | null;
	updatedAt: string;
}
