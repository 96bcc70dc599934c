/**
 * The Tasks tab's view of the plan (pure): each task with the priority and reason of its gap,
 * the criteria it touches and its projected dates, then filtered, sorted and cut into pages so a
 * plan of a thousand tasks renders only what is on screen.
 */
import { PRIORITY_POINTS } from '$lib/domain/planning/plan-gaps';
import type { Priority } from '$lib/domain/scoring/priority';
import type { ScheduledTask } from '$lib/domain/planning/schedule';
import type { Department, PlanGap, RemediationTask, TaskStatus } from '$lib/domain/types';

export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
	todo: 'To do',
	doing: 'Doing',
	done: 'Done'
};
export const TASK_STATUSES = ['todo', 'doing', 'done'] as const satisfies readonly TaskStatus[];

/** Tasks shown per page: enough to scan, few enough to stay quick on a cheap laptop. */
export const PAGE_SIZE = 50;

export const CUSTOM_REASON = 'Tasks you add yourself count as medium priority';
export const RESOLVED_REASON = 'Its gap has closed, so nothing is left to do for it';

export interface TaskView {
	task: RemediationTask;
	/** Null for a resolved generated task: its gap, and so its priority, has gone. */
	priority: Priority | null;
	points: number;
	reason: string;
	criteria: string[];
	/** Projected dates when the task is open and the schedule could be computed. */
	scheduled: ScheduledTask | undefined;
}

export interface TaskViewInput {
	tasks: readonly RemediationTask[];
	gaps: readonly PlanGap[];
	/** Criteria a control supports (empty for an unknown id). */
	criteriaOf: (controlId: string) => readonly string[];
	scheduled: readonly ScheduledTask[];
}

/** Joins each task to its gap and its projected dates. */
export function taskViews(input: TaskViewInput): TaskView[] {
	const gaps = new Map<string, PlanGap>();
	for (const g of input.gaps) if (!gaps.has(g.gapKey)) gaps.set(g.gapKey, g);
	const when = new Map(input.scheduled.map((s) => [s.taskId, s]));
	return input.tasks.map((task) => {
		const gap = task.gapKey !== null ? gaps.get(task.gapKey) : undefined;
		const fromControls = [...new Set(task.controlIds.flatMap((id) => input.criteriaOf(id)))];
		const criteria = fromControls.length > 0 ? fromControls : [...(gap?.criteria ?? [])];
		const base = { task, criteria, scheduled: when.get(task.id) };
		if (task.gapKey === null)
			return { ...base, priority: 'medium', points: PRIORITY_POINTS.medium, reason: CUSTOM_REASON };
		if (!gap || task.resolved)
			return { ...base, priority: null, points: -1, reason: RESOLVED_REASON };
		return {
			...base,
			priority: gap.priority,
			points: gap.priorityPoints,
			reason: gap.priorityReason
		};
	});
}

export interface TaskFilters {
	query: string;
	/** 'open' means To do or Doing. */
	status: TaskStatus | 'open' | '';
	/** 'none' means no owner department. */
	department: Department | 'none' | '';
	priority: Priority | '';
	hideResolved: boolean;
	sort: 'priority' | 'due' | 'title';
}

export const DEFAULT_TASK_FILTERS: TaskFilters = {
	query: '',
	status: '',
	department: '',
	priority: '',
	hideResolved: false,
	sort: 'priority'
};

/** True when any filter narrows the list (the sort does not count). */
export function isFiltered(f: TaskFilters): boolean {
	return (
		f.query.trim() !== '' ||
		f.status !== '' ||
		f.department !== '' ||
		f.priority !== '' ||
		f.hideResolved
	);
}

function matches(v: TaskView, f: TaskFilters, q: string): boolean {
	const t = v.task;
	if (f.hideResolved && t.resolved) return false;
	if (f.status === 'open' && (t.status === 'done' || t.resolved)) return false;
	if (f.status !== '' && f.status !== 'open' && t.status !== f.status) return false;
	if (f.department === 'none' && t.ownerDepartment !== null) return false;
	if (f.department !== '' && f.department !== 'none' && t.ownerDepartment !== f.department)
		return false;
	if (f.priority !== '' && v.priority !== f.priority) return false;
	if (q === '') return true;
	const hay = `${t.title} ${t.ownerName} ${t.ownerDepartment ?? ''} ${t.controlIds.join(' ')} ${v.criteria.join(' ')} ${t.notes}`;
	return hay.toLowerCase().includes(q);
}

/** Open work first, then done, then resolved: the list reads as a to-do list. */
function group(t: RemediationTask): number {
	if (t.resolved) return 2;
	return t.status === 'done' ? 1 : 0;
}

const NO_DATE = '\uffff';

// The same order as String#localeCompare, without its per-call lookup of the locale's rules.
const COLLATOR = new Intl.Collator();
const byPoints = (a: TaskView, b: TaskView) => b.points - a.points;
const byDue = (a: TaskView, b: TaskView) =>
	COLLATOR.compare(a.task.dueDate ?? NO_DATE, b.task.dueDate ?? NO_DATE);
const byTitle = (a: TaskView, b: TaskView) => COLLATOR.compare(a.task.title, b.task.title);
const ORDER: Record<TaskFilters['sort'], ((a: TaskView, b: TaskView) => number)[]> = {
	priority: [byPoints, byDue, byTitle],
	due: [byDue, byPoints, byTitle],
	title: [byTitle, byPoints, byDue]
};

/** Each key is only compared when the ones before it tie: sorting a thousand tasks stays quick. */
function compare(a: TaskView, b: TaskView, sort: TaskFilters['sort']): number {
	if (sort !== 'title') {
		const g = group(a.task) - group(b.task);
		if (g !== 0) return g;
	}
	for (const key of ORDER[sort]) {
		const c = key(a, b);
		if (c !== 0) return c;
	}
	return a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0;
}

/** The tasks that pass the filters, in the chosen order. Never changes its input. */
export function filterTasks(views: readonly TaskView[], f: TaskFilters): TaskView[] {
	const q = f.query.trim().toLowerCase();
	return views.filter((v) => matches(v, f, q)).sort((a, b) => compare(a, b, f.sort));
}

export interface PageOf<T> {
	items: T[];
	/** The page shown, clamped to the pages that exist (0-based). */
	page: number;
	pages: number;
	/** 1-based positions of the first and last item shown; 0 and 0 when empty. */
	from: number;
	to: number;
	total: number;
}

/** One page of a list; an out-of-range page shows the nearest page that exists. */
export function paginate<T>(items: readonly T[], page: number, size = PAGE_SIZE): PageOf<T> {
	const pages = Math.max(1, Math.ceil(items.length / size));
	const p = Math.min(Math.max(0, Math.floor(Number.isFinite(page) ? page : 0)), pages - 1);
	const slice = items.slice(p * size, p * size + size);
	return {
		items: slice,
		page: p,
		pages,
		from: slice.length ? p * size + 1 : 0,
		to: p * size + slice.length,
		total: items.length
	};
}
