/**
 * Policy text records: the versions of each policy's text. A version is edited while it is a
 * draft; approving it freezes it (the next edit starts a new version), so the approved text an
 * auditor was shown is never overwritten. Re-exported by ../types.ts.
 */

import type { PolicySectionKey } from '$lib/catalog/policy-texts/types';

/** The sections every policy text has (catalog/policy-texts/types.ts lists them in order). */
export type PolicySectionId = PolicySectionKey;

export type PolicyTextBody = Record<PolicySectionId, string>;

export interface PolicyText {
	id: string;
	assessmentId: string;
	/** Catalog policy id ('POL-ACCESS'). */
	policyId: string;
	/** 1 for the first version of the policy's text, then 2, 3, … */
	version: number;
	body: PolicyTextBody;
	/** What changed in this version, in the editor's words. */
	changeNote: string;
	/** Free text: who approved it; empty while a draft. */
	approvedBy: string;
	/** Calendar date of the approval; null while a draft. */
	approvedAt: string | null;
	createdAt: string;
	updatedAt: string;
}
