/**
 * The remediation plan's tasks: keeping generated tasks in step with the gaps while user edits
 * survive, editing and validating a task, and what finishing a task means for its control.
 * Pure: ids and timestamps are passed in. Gap generation lives in plan-gaps.ts and the date
 * projection in schedule.ts; both are re-exported here as the plan's single entry point.
 */
import { cleanText } from '../assessments/assessment';
import { isValidDate } from '../dates';
import { LIMITS } from '../limits';
import type { ControlStatus, PlanGap, RemediationTask } from '../types';

export { planGaps, PRIORITY_POINTS, type PlanGapsInput } from './plan-gaps';
export {
	schedulePlan,
	type ScheduledTask,
	type ScheduleOptions,
	type ScheduleResult
} from './schedule';

/** Task fields a gap supplies; regeneration overwrites them unless listed in `edited`. */
export const GAP_FIELDS = [
	'title',
	'controlIds',
	'ownerName',
	'ownerDepartment',
	'effortDays',
	'dueDate'
] as const satisfies readonly (keyof RemediationTask)[];
type GapField = (typeof GAP_FIELDS)[number];

/** Fields a user may change on a task. */
export type TaskPatch = Partial<Pick<RemediationTask, GapField | 'startDate' | 'status' | 'notes'>>;

/** Longest effort accepted for one task, in person-days. */
export const MAX_TASK_EFFORT_DAYS = 365;

function sameValue(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((v, i) => v === b[i]);
	return a === b;
}

function gapValue(gap: PlanGap, field: GapField): RemediationTask[GapField] {
	return field === 'controlIds' ? [...gap.controlIds] : gap[field];
}

function newTask(gap: PlanGap, assessmentId: string, now: string, id: string): RemediationTask {
	return {
		id,
		assessmentId,
		gapKey: gap.gapKey,
		title: gap.title,
		controlIds: [...gap.controlIds],
		ownerName: gap.ownerName,
		ownerDepartment: gap.ownerDepartment,
		effortDays: gap.effortDays,
		startDate: null,
		dueDate: gap.dueDate,
		status: 'todo',
		notes: '',
		edited: [],
		resolved: false,
		createdAt: now,
		updatedAt: now
	};
}

/** The task updated from its gap (or null when nothing changes). */
function refresh(task: RemediationTask, gap: PlanGap, now: string): RemediationTask | null {
	const next: RemediationTask = { ...task, resolved: false };
	let changed = task.resolved;
	for (const field of GAP_FIELDS) {
		if (task.edited.includes(field)) continue;
		const value = gapValue(gap, field);
		if (sameValue(task[field], value)) continue;
		Object.assign(next, { [field]: value });
		changed = true;
	}
	return changed ? { ...next, updatedAt: now } : null;
}

/**
 * Brings the plan in step with the gaps and returns ONLY the tasks to write (new or changed).
 * A new gap gets a new task; a generated task takes its gap's fields except those the user
 * edited; a generated task whose gap has gone is marked resolved (its status is left alone) and
 * un-resolved if the gap returns. Custom tasks (no gapKey) and other assessments' tasks are
 * never touched. The first gap with a given key wins.
 */
export function reconcileTasks(
	existing: readonly RemediationTask[],
	gaps: readonly PlanGap[],
	assessmentId: string,
	now: string,
	newId: () => string
): RemediationTask[] {
	const gapsByKey = new Map<string, PlanGap>();
	for (const g of gaps) if (!gapsByKey.has(g.gapKey)) gapsByKey.set(g.gapKey, g);
	const out: RemediationTask[] = [];
	const covered = new Set<string>();
	for (const task of existing) {
		if (task.assessmentId !== assessmentId || task.gapKey === null) continue;
		covered.add(task.gapKey);
		const gap = gapsByKey.get(task.gapKey);
		if (gap) {
			const updated = refresh(task, gap, now);
			if (updated) out.push(updated);
		} else if (!task.resolved) {
			out.push({ ...task, resolved: true, updatedAt: now });
		}
	}
	for (const gap of gapsByKey.values())
		if (!covered.has(gap.gapKey)) out.push(newTask(gap, assessmentId, now, newId()));
	return out;
}

/**
 * Applies a user's edit. Title and owner name are cleaned of stray whitespace; fields a gap
 * supplies that actually change are added to `edited`, so regeneration keeps them. Call with a
 * patch that passed validateTask.
 */
export function editTask(task: RemediationTask, patch: TaskPatch, now: string): RemediationTask {
	// Drop keys present but undefined, so a partial form never blanks a field.
	const clean: TaskPatch = Object.fromEntries(
		Object.entries(patch).filter(([, v]) => v !== undefined)
	) satisfies TaskPatch;
	if (clean.title !== undefined) clean.title = cleanText(clean.title);
	if (clean.ownerName !== undefined) clean.ownerName = cleanText(clean.ownerName);
	if (clean.controlIds !== undefined) clean.controlIds = [...clean.controlIds];
	const edited = new Set(task.edited);
	for (const field of GAP_FIELDS) {
		const value = clean[field];
		if (value !== undefined && !sameValue(task[field], value)) edited.add(field);
	}
	return { ...task, ...clean, edited: [...edited], updatedAt: now };
}

export type TaskErrors = Partial<Record<keyof TaskPatch, string>>;

/**
 * Checks an edit (only the fields present). `current` supplies the other date so a lone start
 * or due date is still checked against it. Returns one plain message per bad field.
 */
export function validateTask(
	patch: TaskPatch,
	current?: Pick<RemediationTask, 'startDate' | 'dueDate'>
): TaskErrors {
	const errors: TaskErrors = {};
	if (patch.title !== undefined) {
		const title = cleanText(patch.title);
		if (title.length === 0) errors.title = 'Enter a title for the task.';
		else if (title.length > LIMITS.title)
			errors.title = `Keep the title to ${LIMITS.title} characters (this one has ${title.length}).`;
	}
	if (patch.ownerName !== undefined) {
		const name = cleanText(patch.ownerName);
		if (name.length > LIMITS.personName)
			errors.ownerName = `Keep the owner's name to ${LIMITS.personName} characters (this one has ${name.length}).`;
	}
	if (patch.notes !== undefined && patch.notes.length > LIMITS.note)
		errors.notes = `Keep the notes to ${LIMITS.note} characters (these have ${patch.notes.length}).`;
	if (patch.effortDays !== undefined) {
		const e = patch.effortDays;
		if (!Number.isFinite(e) || e <= 0)
			errors.effortDays = 'Enter the effort as a number of person-days above 0, such as 0.5 or 3.';
		else if (e > MAX_TASK_EFFORT_DAYS)
			errors.effortDays = `Keep one task to ${MAX_TASK_EFFORT_DAYS} person-days or less; split bigger work into several tasks.`;
	}
	const badDate = (d: string | null | undefined) =>
		d !== undefined && d !== null && !isValidDate(d);
	if (badDate(patch.startDate)) errors.startDate = 'Enter a real start date, such as 2027-03-15.';
	if (badDate(patch.dueDate)) errors.dueDate = 'Enter a real due date, such as 2027-03-15.';
	const start = patch.startDate !== undefined ? patch.startDate : (current?.startDate ?? null);
	const due = patch.dueDate !== undefined ? patch.dueDate : (current?.dueDate ?? null);
	if (
		!errors.startDate &&
		!errors.dueDate &&
		start !== null &&
		due !== null &&
		isValidDate(start) &&
		isValidDate(due) &&
		due < start
	)
		errors.dueDate = 'The due date is before the start date: move one of them.';
	return errors;
}

/**
 * When a generated 'control:' task is done, the control it implements could now be marked
 * Implemented: returns that control, or null when there is nothing to offer (other kinds of
 * task, not done, or the control is already Implemented or Not applicable).
 */
export function controlStatusAfterDone(
	task: Pick<RemediationTask, 'gapKey' | 'status'>,
	currentStatus?: ControlStatus
): { controlId: string; status: 'implemented' } | null {
	if (task.status !== 'done' || !task.gapKey?.startsWith('control:')) return null;
	if (currentStatus === 'implemented' || currentStatus === 'not_applicable') return null;
	const controlId = task.gapKey.slice('control:'.length);
	return controlId ? { controlId, status: 'implemented' } : null;
}
