/** The editable state of one control on the checklist (see AutosaveDraft for how edits save). */
import {
	validateControl,
	type ControlDates,
	type ControlField
} from '$lib/domain/controls/validation';
import type { ControlState } from '$lib/domain/types';
import { AutosaveDraft } from '$lib/state/autosave-draft.svelte';

export class ControlDraft extends AutosaveDraft<
	ControlState,
	Partial<Record<ControlField, string>>
> {
	constructor(stored: () => ControlState, ctx: () => ControlDates) {
		super({
			stored,
			validate: (view) => validateControl(view, ctx()),
			target: () => {
				const s = stored();
				return { kind: 'control', assessmentId: s.assessmentId, controlId: s.controlId };
			}
		});
	}
}
