/**
 * The task editor's form (pure): text fields in, a checked TaskPatch out. Wraps the domain's
 * validateTask with what only a form can get wrong: a number typed as text and control ids that
 * are not in the catalog.
 */
import { cleanText } from '$lib/domain/assessments/assessment';
import { validateTask, type TaskPatch } from '$lib/domain/planning/tasks';
import type { Department, RemediationTask } from '$lib/domain/types';

export interface TaskForm {
	title: string;
	/** Control ids separated by commas or spaces. */
	controls: string;
	ownerName: string;
	ownerDepartment: Department | '';
	effortDays: string;
	startDate: string;
	dueDate: string;
	notes: string;
}

export type TaskFormErrors = Partial<Record<keyof TaskForm, string>>;

/** The form for a new task of the user's own. */
export function emptyTaskForm(): TaskForm {
	return {
		title: '',
		controls: '',
		ownerName: '',
		ownerDepartment: '',
		effortDays: '1',
		startDate: '',
		dueDate: '',
		notes: ''
	};
}

/** The form filled from a stored task. */
export function taskToForm(t: RemediationTask): TaskForm {
	return {
		title: t.title,
		controls: t.controlIds.join(', '),
		ownerName: t.ownerName,
		ownerDepartment: t.ownerDepartment ?? '',
		effortDays: String(t.effortDays),
		startDate: t.startDate ?? '',
		dueDate: t.dueDate ?? '',
		notes: t.notes
	};
}

/** 'iam-01, IAM-07  IAM-01' -> ['IAM-01', 'IAM-07']: upper case, each once, in order. */
export function parseControlIds(text: string): string[] {
	const ids = text
		.split(/[\s,;]+/)
		.map((s) => s.trim().toUpperCase())
		.filter((s) => s !== '');
	return [...new Set(ids)];
}

/** A decimal typed by a person ('2', '0.5', '1,5'); NaN for anything else, blank included. */
export function parseDecimal(text: string): number {
	const s = text.trim().replace(',', '.');
	return /^-?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

export interface ReadTaskForm {
	patch: TaskPatch;
	errors: TaskFormErrors;
}

/**
 * Turns the form into a patch and checks it; `isControl` says whether an id exists in the
 * catalog. Every field is in the patch, so the start and due dates are checked together.
 */
export function readTaskForm(form: TaskForm, isControl: (id: string) => boolean): ReadTaskForm {
	const controlIds = parseControlIds(form.controls);
	const patch: TaskPatch = {
		title: form.title,
		controlIds,
		ownerName: form.ownerName,
		ownerDepartment: form.ownerDepartment === '' ? null : form.ownerDepartment,
		effortDays: parseDecimal(form.effortDays),
		startDate: form.startDate === '' ? null : form.startDate,
		dueDate: form.dueDate === '' ? null : form.dueDate,
		notes: form.notes
	};
	const domain = validateTask(patch);
	const errors: TaskFormErrors = {
		title: domain.title,
		ownerName: domain.ownerName,
		effortDays: domain.effortDays,
		startDate: domain.startDate,
		dueDate: domain.dueDate,
		notes: domain.notes
	};
	const unknown = controlIds.filter((id) => !isControl(id));
	if (unknown.length > 0)
		errors.controls = `${unknown.length === 1 ? 'There is no control' : 'There are no controls'} ${unknown.join(', ')} in the catalog. Use ids from the Controls page, such as IAM-01, separated by commas.`;
	for (const k of Object.keys(errors) as (keyof TaskForm)[]) if (!errors[k]) delete errors[k];
	return { patch, errors };
}

/** A task of the user's own, built from a patch that passed readTaskForm. */
export function newCustomTask(
	patch: TaskPatch,
	assessmentId: string,
	id: string,
	now: string
): RemediationTask {
	return {
		id,
		assessmentId,
		gapKey: null,
		title: cleanText(patch.title ?? ''),
		controlIds: [...(patch.controlIds ?? [])],
		ownerName: cleanText(patch.ownerName ?? ''),
		ownerDepartment: patch.ownerDepartment ?? null,
		effortDays: patch.effortDays ?? 1,
		startDate: patch.startDate ?? null,
		dueDate: patch.dueDate ?? null,
		status: 'todo',
		notes: patch.notes ?? '',
		edited: [],
		resolved: false,
		createdAt: now,
		updatedAt: now
	};
}
