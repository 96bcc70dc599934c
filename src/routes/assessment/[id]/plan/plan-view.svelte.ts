/**
 * What the Plan page is showing: the open tab and the task list's filters and page. Kept in one
 * small runes class so the Departments tab can open the task list filtered to a department.
 */
import type { Department } from '$lib/domain/types';
import { DEFAULT_TASK_FILTERS, type TaskFilters } from './task-list';

export const PLAN_TABS = [
	'tasks',
	'timeline',
	'budget',
	'departments',
	'policies',
	'calendar'
] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

export const TAB_LABEL: Record<PlanTab, string> = {
	tasks: 'Tasks',
	timeline: 'Timeline',
	budget: 'Budget',
	departments: 'Departments',
	policies: 'Policies',
	calendar: 'Calendar'
};

/** The tab named in a URL's ?tab=, or the task list. */
export function tabFrom(value: string | null): PlanTab {
	return PLAN_TABS.find((t) => t === value) ?? 'tasks';
}

export class PlanView {
	tab = $state<PlanTab>('tasks');
	filters = $state<TaskFilters>({ ...DEFAULT_TASK_FILTERS });
	/** 0-based page of the task list. */
	taskPage = $state(0);
	schedulePage = $state(0);

	constructor(tab: PlanTab) {
		this.tab = tab;
	}

	/** Opens the task list showing a department's open work. */
	showDepartment(department: Department | 'none'): void {
		this.filters = { ...DEFAULT_TASK_FILTERS, department, status: 'open' };
		this.taskPage = 0;
		this.tab = 'tasks';
	}
}
