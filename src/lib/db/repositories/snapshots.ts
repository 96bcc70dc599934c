/** Snapshots (named copies of an assessment's state) and templates. */
import type {
	Assessment,
	ControlState,
	ScopingAnswer,
	Snapshot,
	Template
} from '$lib/domain/types';
import { db } from '../db';
import { saveState } from '../save-state.svelte';

export function saveSnapshot(snapshot: Snapshot): Promise<void> {
	const d = db();
	return saveState.run(() =>
		d.transaction('rw', d.snapshots, () => d.snapshots.put(snapshot).then(() => undefined))
	);
}

export function deleteSnapshot(id: string): Promise<void> {
	const d = db();
	return saveState.run(() => d.transaction('rw', d.snapshots, () => d.snapshots.delete(id)));
}

export const listTemplates = (): Promise<Template[]> =>
	db().templates.orderBy('updatedAt').reverse().toArray();

export function saveTemplate(template: Template): Promise<void> {
	const d = db();
	return saveState.run(() =>
		d.transaction('rw', d.templates, () => d.templates.put(template).then(() => undefined))
	);
}

export function deleteTemplate(id: string): Promise<void> {
	const d = db();
	return saveState.run(() => d.transaction('rw', d.templates, () => d.templates.delete(id)));
}

/** Writes a new assessment made from a template (assessment, answers, notes) in one transaction. */
export function createAssessmentFromRows(rows: {
	assessment: Assessment;
	answers: ScopingAnswer[];
	controls: ControlState[];
}): Promise<void> {
	const d = db();
	return saveState.run(() =>
		d.transaction('rw', d.assessments, d.scopingAnswers, d.controlStates, async () => {
			await d.assessments.add(rows.assessment);
			await d.scopingAnswers.bulkAdd(rows.answers);
			await d.controlStates.bulkAdd(rows.controls);
		})
	);
}
