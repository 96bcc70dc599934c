/**
 * Controls likely in place because the company holds another framework (the scoping question
 * `existing_frameworks`, lists in catalog/likely-in-place.ts). A hint for the user to confirm,
 * never a status: scoring does not read it, and a likely control counts as Not assessed until
 * someone sets its status.
 */
import {
	FRAMEWORKS,
	FRAMEWORK_LABEL,
	LIKELY_IN_PLACE,
	type FrameworkId
} from '$lib/catalog/likely-in-place';
import type { ScopingAnswers } from '$lib/catalog/types';
import type { ControlState } from '../types';

/** The frameworks answered in scoping, in the question's order ('none' and unknown values left out). */
export function heldFrameworks(answers: ScopingAnswers): FrameworkId[] {
	const v = answers.existing_frameworks;
	const held = Array.isArray(v) ? v : [];
	return FRAMEWORKS.filter((f) => held.includes(f));
}

/**
 * For each of `controlIds` that a held framework lists, the frameworks that list it (in the
 * question's order). Controls no framework lists are absent.
 */
export function likelyInPlace(
	answers: ScopingAnswers,
	controlIds: readonly string[]
): Map<string, FrameworkId[]> {
	const out = new Map<string, FrameworkId[]>();
	for (const f of heldFrameworks(answers)) {
		const listed = LIKELY_IN_PLACE[f];
		for (const id of controlIds)
			if (listed === 'every control' || listed.includes(id))
				out.set(id, [...(out.get(id) ?? []), f]);
	}
	return out;
}

/**
 * The likely controls still waiting for confirmation: nobody has given them a status yet. Once a
 * control has any status (Implemented or otherwise) the user has judged it and the hint goes.
 */
export function likelyToConfirm(
	likely: ReadonlyMap<string, readonly FrameworkId[]>,
	states: ReadonlyMap<string, Pick<ControlState, 'status'>>
): Map<string, readonly FrameworkId[]> {
	const out = new Map<string, readonly FrameworkId[]>();
	for (const [id, frameworks] of likely)
		if ((states.get(id)?.status ?? 'not_assessed') === 'not_assessed') out.set(id, frameworks);
	return out;
}

/** The badge text: 'Likely in place (ISO 27001)', 'Likely in place (ISO 27001, PCI DSS)'. */
export function likelyLabel(frameworks: readonly FrameworkId[]): string {
	return `Likely in place (${frameworks.map((f) => FRAMEWORK_LABEL[f]).join(', ')})`;
}
