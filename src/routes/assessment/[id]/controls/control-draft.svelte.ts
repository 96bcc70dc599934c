/** The editable state of one control on the checklist (see AutosaveDraft for how edits save). */
import {
	validateControl,
	type ControlDates,
	type ControlField
} from '$lib/domain/controls/validation';
import type { ControlState } from '$lib/domain/types';
import { AutosaveDraft } from '$lib/state/autosave-draft.svelte';

/** The label of each field a control's form edits, as a conflict message names it. */
export const CONTROL_FIELD_LABEL: Readonly<Record<string, string>> = {
	status: 'Status',
	ownerName: 'Owner',
	ownerDepartment: 'Department',
	notes: 'Notes',
	dueDate: 'Due date',
	lastPerformed: 'Last performed',
	naRationale: 'Why it does not apply',
	inPlaceSince: 'In place since',
	occurrences: 'Earlier performances',
	activityDates: 'Activity dates'
};

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
