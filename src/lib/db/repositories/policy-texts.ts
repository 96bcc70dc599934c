/**
 * Policy text versions. A draft version is saved as it is edited; approving it freezes it and,
 * in the same transaction, marks the policy approved on the tracker (which the verdict reads).
 * An approved version is never written again: the editor starts a new version instead.
 */
import type { Policy } from '$lib/catalog/types';
import { approvedState, type Approval } from '$lib/domain/policies/versions';
import type { PolicyText, PolicyTextBody } from '$lib/domain/types';
import type { FieldPatch } from '$lib/domain/edits/field-patch';
import { db } from '../db';
import { patchRow, type PatchResult } from '../patch';
import { write } from '../write';
import { defaultPolicyState } from './policies';

/** Thrown when a write would change a version that has been approved meanwhile. */
export class ApprovedVersionError extends Error {
	constructor(version: number) {
		super(
			`Version ${version} was approved (perhaps in another tab) and can no longer change. Start a new version to edit it.`
		);
	}
}

async function draftRow(id: string): Promise<PolicyText> {
	const row = await db().policyTexts.get(id);
	if (!row) throw new Error('This policy text is no longer stored here (deleted in another tab?).');
	if (row.approvedAt !== null) throw new ApprovedVersionError(row.version);
	return row;
}

/**
 * Adds a new draft version of a policy's text: version 1 from the filled template, or the next
 * version as a copy of `body` (the approved text being revised).
 */
export function addPolicyVersion(
	assessmentId: string,
	policyId: string,
	body: PolicyTextBody,
	id: string
): Promise<PolicyText> {
	const d = db();
	return write(
		['policyTexts'],
		async (ts) => {
			const existing = await d.policyTexts
				.where('[assessmentId+policyId]')
				.equals([assessmentId, policyId])
				.toArray();
			const version = existing.reduce((n, t) => Math.max(n, t.version), 0) + 1;
			const draft = existing.find((t) => t.approvedAt === null);
			// Two tabs pressing "Start" at once must not make two drafts: the second gets the first.
			if (draft) return draft;
			const row: PolicyText = {
				id,
				assessmentId,
				policyId,
				version,
				body: { ...body },
				changeNote: '',
				approvedBy: '',
				approvedAt: null,
				createdAt: ts,
				updatedAt: ts
			};
			await d.policyTexts.add(row);
			return row;
		},
		{ edits: assessmentId }
	);
}

/**
 * Starts version 1 of every listed policy that has no text yet, in one transaction (all or none);
 * a policy started meanwhile (another tab) is left as it is. Resolves with how many were added.
 */
export function startPolicyTexts(
	assessmentId: string,
	starts: ReadonlyArray<{ policyId: string; body: PolicyTextBody; id: string }>
): Promise<number> {
	const d = db();
	return write(
		['policyTexts'],
		async (ts) => {
			const have = new Set(
				(await d.policyTexts.where('assessmentId').equals(assessmentId).toArray()).map(
					(t) => t.policyId
				)
			);
			const rows: PolicyText[] = starts
				.filter((s) => !have.has(s.policyId))
				.map((s) => ({
					id: s.id,
					assessmentId,
					policyId: s.policyId,
					version: 1,
					body: { ...s.body },
					changeNote: '',
					approvedBy: '',
					approvedAt: null,
					createdAt: ts,
					updatedAt: ts
				}));
			await d.policyTexts.bulkAdd(rows);
			return rows.length;
		},
		{ edits: assessmentId }
	);
}

/** Saves a draft's body and change note; resolves with the time it committed. */
export function savePolicyDraft(
	text: Pick<PolicyText, 'id' | 'assessmentId' | 'body' | 'changeNote'>
): Promise<string> {
	const d = db();
	return write(
		['policyTexts'],
		async (ts) => {
			const row = await draftRow(text.id);
			await d.policyTexts.put({
				...row,
				body: { ...text.body },
				changeNote: text.changeNote,
				updatedAt: ts
			});
			return ts;
		},
		{ edits: text.assessmentId }
	);
}

/**
 * Changes a draft's body and change note by patch: sections merge one by one with the draft as
 * stored now, so two tabs editing different sections both keep theirs (see `patchRow`).
 */
export function patchPolicyDraft(
	assessmentId: string,
	id: string,
	patch: FieldPatch<PolicyText>
): Promise<PatchResult<PolicyText>> {
	const d = db();
	const allowed: FieldPatch<PolicyText> = {};
	if (patch.body) allowed.body = patch.body;
	if (patch.changeNote) allowed.changeNote = patch.changeNote;
	return write(
		['policyTexts'],
		async (ts) => {
			await draftRow(id);
			return patchRow(d.policyTexts, id, allowed, ts, { what: 'policy text' });
		},
		{ edits: assessmentId }
	);
}

/**
 * Approves a draft version as it stands (its latest body included) and marks the policy approved
 * on the tracker with the approval date and the next review, in one transaction.
 */
export function approvePolicyText(
	text: Pick<PolicyText, 'id' | 'assessmentId' | 'policyId' | 'body' | 'changeNote'>,
	policy: Pick<Policy, 'reviewFrequency'>,
	approval: Approval
): Promise<string> {
	const d = db();
	return write(
		['policyTexts', 'policyStates'],
		async (ts) => {
			const row = await draftRow(text.id);
			await d.policyTexts.put({
				...row,
				body: { ...text.body },
				changeNote: text.changeNote,
				approvedBy: approval.approvedBy.trim(),
				approvedAt: approval.approvedAt,
				updatedAt: ts
			});
			const state =
				(await d.policyStates.get([text.assessmentId, text.policyId])) ??
				defaultPolicyState(text.assessmentId, text.policyId);
			await d.policyStates.put({
				...approvedState(state, policy, approval.approvedAt),
				updatedAt: ts
			});
			return ts;
		},
		{ edits: text.assessmentId }
	);
}

/** Removes a draft version that was never approved (approved versions are history and stay). */
export function discardPolicyDraft(text: Pick<PolicyText, 'id' | 'assessmentId'>): Promise<void> {
	const d = db();
	return write(
		['policyTexts'],
		async () => {
			await draftRow(text.id);
			await d.policyTexts.delete(text.id);
		},
		{ edits: text.assessmentId }
	);
}
