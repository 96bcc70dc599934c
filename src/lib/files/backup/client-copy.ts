/**
 * A backup handed to a client: the same bundle with the team's internal notes emptied (on
 * controls, tasks and vendors, in the assessment and in every snapshot, and the notes templates
 * carry). Pure; everything else, evidence and its files included, is kept as it is.
 */
import type { AssessmentContent } from '$lib/domain/types';
import type { BackupBundle } from './format';

function strip<T extends Pick<AssessmentContent, 'controls' | 'tasks' | 'vendors'>>(c: T): T {
	return {
		...c,
		controls: c.controls.map((x) => ({ ...x, notes: '' })),
		tasks: c.tasks.map((x) => ({ ...x, notes: '' })),
		vendors: c.vendors.map((x) => ({ ...x, notes: '' }))
	};
}

export function withoutInternalNotes(bundle: BackupBundle): BackupBundle {
	return {
		...bundle,
		assessments: bundle.assessments.map((a) => ({
			...strip(a),
			snapshots: a.snapshots.map((s) => ({ ...s, data: strip(s.data) }))
		})),
		templates: bundle.templates.map((t) => ({ ...t, notes: {} }))
	};
}
