/**
 * Where a form's edits go, as plain data: the autosaving forms name their row by an EditTarget,
 * so a patch can also be kept in the edit journal when the page closes and applied on the next
 * start (state/edit-journal). Every kind applies a field patch to the row as stored now.
 */
import type { FieldEdit, FieldPatch } from '$lib/domain/edits/field-patch';
import type { PatchResult } from '../patch';
import { patchControlState } from './controls';
import { patchDescriptionSection } from './description';
import { patchPolicyState } from './policies';
import { patchPolicyDraft } from './policy-texts';
import { patchRisk } from './risks';
import { patchTask } from './tasks';
import { patchVendor } from './vendors';

export type EditTarget =
	| { kind: 'control'; assessmentId: string; controlId: string }
	| { kind: 'policy'; assessmentId: string; policyId: string }
	| { kind: 'policyText'; assessmentId: string; id: string }
	| { kind: 'vendor'; assessmentId: string; id: string }
	| { kind: 'risk'; assessmentId: string; id: string; by: string }
	| { kind: 'section'; assessmentId: string; sectionId: string }
	| { kind: 'task'; assessmentId: string; id: string };

/** A patch of any row, as it crosses this boundary (each kind checks its own fields). */
export type AnyPatch = Record<string, FieldEdit<unknown> | undefined>;

/** Applies `patch` to the row `target` names; resolves with the committed time and conflicts. */
export function applyEdits<T>(target: EditTarget, patch: AnyPatch): Promise<PatchResult<T>> {
	const run = (): Promise<PatchResult<unknown>> => {
		const a = target.assessmentId;
		switch (target.kind) {
			case 'control':
				return patchControlState(a, target.controlId, patch as FieldPatch<never>);
			case 'policy':
				return patchPolicyState(a, target.policyId, patch as FieldPatch<never>);
			case 'policyText':
				return patchPolicyDraft(a, target.id, patch as FieldPatch<never>);
			case 'vendor':
				return patchVendor(a, target.id, patch as FieldPatch<never>);
			case 'risk':
				return patchRisk(a, target.id, patch as FieldPatch<never>, target.by);
			case 'section':
				return patchDescriptionSection(a, target.sectionId, patch as FieldPatch<never>);
			case 'task':
				return patchTask(a, target.id, patch as FieldPatch<never>);
		}
	};
	return run() as Promise<PatchResult<T>>;
}
