/**
 * The department view: for each department, the controls it owns and the remediation work it
 * carries, so a founder can see where the load sits and who is falling behind.
 */
import { daysBetween, isValidDate } from '../dates';
import type { Evaluation } from '../scoring/evaluate';
import { DEPARTMENTS, type Department, type RemediationTask } from '../types';

/** Tasks due within this many days (today included) count as due soon. */
export const DUE_SOON_DAYS = 14;

export interface TaskLoad {
	openTasks: number;
	/** Open tasks due between today and DUE_SOON_DAYS from now. */
	dueSoon: number;
	/** Open tasks whose due date has passed. */
	overdue: number;
	/** Effort of the open tasks, in person-days. */
	openEffortDays: number;
}

export interface DepartmentRow extends TaskLoad {
	department: Department;
	/** Applicable controls owned (the owner set on the control, else the catalog's department). */
	controls: number;
	implemented: number;
}

export interface DepartmentView {
	/** All nine departments, in DEPARTMENTS order, including those with nothing to do. */
	rows: DepartmentRow[];
	/** Open tasks with no owner department: counted here so no work goes missing from the view. */
	unassigned: TaskLoad;
}

function emptyLoad(): TaskLoad {
	return { openTasks: 0, dueSoon: 0, overdue: 0, openEffortDays: 0 };
}

type ControlsOf = Pick<Evaluation, 'score' | 'controlsById' | 'statesById'>;

/**
 * The scored controls (applicable, not marked Not applicable) with the department that owns each:
 * the one set on the control, else the catalog's.
 */
function* ownedControls(evaluation: ControlsOf) {
	for (const s of evaluation.score.controls) {
		const control = evaluation.controlsById.get(s.controlId);
		if (!control) continue;
		const state = evaluation.statesById.get(s.controlId);
		yield { control, state, department: state?.ownerDepartment ?? control.department };
	}
}

/**
 * One row per department with its controls and open task load (open = not done and not
 * resolved). `today` decides what is overdue or due soon.
 */
export function departmentView(
	evaluation: ControlsOf,
	tasks: readonly RemediationTask[],
	today: string
): DepartmentView {
	const rows = new Map<Department, DepartmentRow>(
		DEPARTMENTS.map((d) => [d, { department: d, controls: 0, implemented: 0, ...emptyLoad() }])
	);
	for (const { state, department } of ownedControls(evaluation)) {
		const row = rows.get(department);
		if (!row) continue;
		row.controls++;
		if (state?.status === 'implemented') row.implemented++;
	}
	const unassigned = emptyLoad();
	for (const t of tasks) {
		if (t.status === 'done' || t.resolved) continue;
		const load: TaskLoad =
			(t.ownerDepartment !== null ? rows.get(t.ownerDepartment) : undefined) ?? unassigned;
		load.openTasks++;
		load.openEffortDays += Number.isFinite(t.effortDays) ? t.effortDays : 0;
		if (t.dueDate === null || !isValidDate(t.dueDate)) continue;
		const until = daysBetween(today, t.dueDate);
		if (until < 0) load.overdue++;
		else if (until <= DUE_SOON_DAYS) load.dueSoon++;
	}
	// Efforts are decimals (0.5 days); round the sums so 0.1 + 0.2 never shows as 0.30000000000000004.
	for (const load of [...rows.values(), unassigned])
		load.openEffortDays = Math.round(load.openEffortDays * 100) / 100;
	return { rows: [...rows.values()], unassigned };
}

/**
 * Person-days of work left per department from the catalog's effort estimates: every applicable
 * control not yet implemented (Not applicable ones carry none), under the department that owns it.
 * All nine departments, in DEPARTMENTS order, with 0 where nothing is left.
 */
export function openControlWork(
	evaluation: ControlsOf
): Array<{ department: Department; days: number }> {
	const days = new Map<Department, number>(DEPARTMENTS.map((d) => [d, 0]));
	for (const { control, state, department } of ownedControls(evaluation)) {
		if (state?.status === 'implemented') continue;
		days.set(department, (days.get(department) ?? 0) + control.effortDays);
	}
	return DEPARTMENTS.map((d) => ({ department: d, days: days.get(d) ?? 0 }));
}
