/**
 * Projects the remediation plan onto the calendar: when each open task starts and ends given the
 * team's weekly capacity, when the company is audit-ready, and when a report can be in hand.
 * The rules are explained for users in docs/planning.md; keep the two in step.
 */
import { addDays, addMonths, daysBetween, formatDate, isValidDate } from '../dates';
import { PRIORITY_POINTS } from './plan-gaps';
import { DEFAULT_MILESTONES, roadmap, type Milestone } from './roadmap';
import { STAGE_BONUS, stageOf } from './stages';
import type { Priority } from '../scoring/priority';
import type {
	Department,
	MilestoneWeeks,
	ObservationMonths,
	PlanGap,
	PlanSettings,
	RemediationTask,
	ReportType
} from '../types';
import { DEPARTMENTS, REPORT_TYPE_LABEL } from '../types';

/** A projection further out than this is not a plan; we stop and say so. */
export const MAX_PLAN_YEARS = 10;

/** Capacity and effort are counted in thousandths of a person-day so sums stay exact. */
const UNIT = 1000;

export interface ScheduleOptions {
	today: string;
	reportType: ReportType;
	observationMonths: ObservationMonths;
	/**
	 * Gaps of the plan, for the priority and stage of generated tasks (stages.ts); custom tasks
	 * count as medium, by priority.
	 */
	gaps?: readonly (Pick<PlanGap, 'gapKey' | 'priority' | 'priorityPoints'> &
		Partial<Pick<PlanGap, 'controlIds'>>)[];
	/** Durations of the steps around remediation; the report type's defaults when absent. */
	milestones?: MilestoneWeeks;
	/** Type II: the window start the verdict allows, if it allows one yet (roadmap.ts). */
	verdictWindowStart?: string | null;
}

export interface ScheduledTask {
	taskId: string;
	start: string;
	end: string;
	/** Projected to end after its due date. */
	late: boolean;
}

export type ScheduleResult =
	| {
			ok: true;
			/** Open tasks in the order they are worked on. */
			tasks: ScheduledTask[];
			/** The day work starts: the plan's start date, or today if that is later. */
			startDate: string;
			/** The day remediation tasks begin, after the readiness review. */
			remediationStart: string;
			openTasks: number;
			openEffortDays: number;
			/** The day the last open task is projected to end (the start date when none is open). */
			auditReadyDate: string;
			/** Type I: the earliest "as of" date for the audit. Null for Type II. */
			earliestAuditDate: string | null;
			/** Type II: the observation window. Null for Type I. */
			observationStart: string | null;
			observationEnd: string | null;
			earliestReportDate: string;
			/** Every step from today to the report, in order, with what each duration rests on. */
			milestones: Milestone[];
			/** Sentences a founder can repeat. */
			explanation: string[];
			warnings: string[];
	  }
	| { ok: false; message: string };

interface Job {
	task: RemediationTask;
	points: number;
	effort: number;
	/** Earliest day offset from the plan start. */
	notBefore: number;
}

/** Person-days for people: at most one decimal, no trailing zero. */
function days(n: number): string {
	return String(Math.round(n * 10) / 10);
}

/**
 * Date strings for day offsets from the plan start. Pure integer arithmetic (days-from-civil
 * inverted): building a Date per task was the slowest part of scheduling a large plan.
 */
function dayNamer(start: string): (offset: number) => string {
	const base = daysBetween('1970-01-01', start);
	const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
	return (offset) => {
		const z = base + offset + 719_468;
		const era = Math.floor(z / 146_097);
		const doe = z - era * 146_097;
		const yoe = Math.floor(
			(doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365
		);
		const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
		const mp = Math.floor((5 * doy + 2) / 153);
		const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
		const m = mp < 10 ? mp + 3 : mp - 9;
		const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
		return `${y}-${pad(m)}-${pad(d)}`;
	};
}

function personDays(n: number): string {
	return `${days(n)} person-day${days(n) === '1' ? '' : 's'}`;
}

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

function isOpen(t: RemediationTask): boolean {
	return t.status !== 'done' && !t.resolved;
}

function checkCapacity(settings: PlanSettings, open: readonly RemediationTask[]): string | null {
	const c = settings.capacityPerWeek;
	if (!Number.isFinite(c) || c <= 0)
		return 'Set the team capacity to more than 0 person-days a week to project dates.';
	const used = new Set(open.map((t) => t.ownerDepartment));
	for (const dept of DEPARTMENTS) {
		const cap = settings.departmentCapacity[dept];
		if (cap === undefined) continue;
		if (!Number.isFinite(cap) || cap < 0)
			return `The weekly capacity for ${dept} must be 0 or more person-days.`;
		if (cap === 0 && used.has(dept))
			return `${dept} has open tasks but a capacity of 0 person-days a week, so they would never finish. Give ${dept} some capacity or move its tasks to another department.`;
	}
	return null;
}

function order(a: Job, b: Job): number {
	if (a.points !== b.points) return b.points - a.points;
	const da = a.task.dueDate ?? '\uffff';
	const db = b.task.dueDate ?? '\uffff';
	if (da !== db) return da < db ? -1 : 1;
	if (a.task.title !== b.task.title) return a.task.title < b.task.title ? -1 : 1;
	return a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0;
}

/**
 * Schedules the open tasks (not done, not resolved) greedily in priority order: priority points
 * (highest first), then due date, then title. Each week offers `capacityPerWeek` person-days
 * overall and, where set, a cap per department; a task uses both its department's cap and the
 * overall one, may span weeks, and starts no earlier than its own start date. Dates within a week
 * are proportional to the capacity used. Returns `ok: false` with a message for a capacity that
 * can never finish the work or a projection beyond MAX_PLAN_YEARS.
 */
export function schedulePlan(
	tasks: readonly RemediationTask[],
	settings: PlanSettings,
	opts: ScheduleOptions
): ScheduleResult {
	const open = tasks.filter(isOpen);
	const problem = checkCapacity(settings, open);
	if (problem) return { ok: false, message: problem };

	// Open work cannot happen in the past, so a start date already gone means today.
	const planned = settings.startDate;
	const begin = planned && isValidDate(planned) && planned > opts.today ? planned : opts.today;
	const steps = opts.milestones ?? DEFAULT_MILESTONES[opts.reportType];
	// Remediation follows the readiness review; with nothing open there is nothing to wait for.
	const start = open.length > 0 ? addDays(begin, steps.readinessWeeks * 7) : begin;
	const weeks = Math.ceil(daysBetween(start, addMonths(start, MAX_PLAN_YEARS * 12)) / 7);
	// At least one unit, so a tiny capacity ends in the 10-year message, never a division by 0.
	const cap = Math.max(1, Math.round(settings.capacityPerWeek * UNIT));
	const tooLong = `At this capacity the open work would take more than ${MAX_PLAN_YEARS} years. Raise the weekly capacity, or split or drop tasks.`;

	// Priority and stage together: the foundation and work that needs history move earlier.
	const pointsByGap = new Map<string, number>();
	for (const g of opts.gaps ?? [])
		pointsByGap.set(
			g.gapKey,
			(Number.isFinite(g.priorityPoints) ? g.priorityPoints : PRIORITY_POINTS[g.priority]) +
				STAGE_BONUS[stageOf(g)]
		);
	const medium = PRIORITY_POINTS['medium' satisfies Priority];
	const jobs: Job[] = open.map((task) => ({
		task,
		points: (task.gapKey !== null ? pointsByGap.get(task.gapKey) : undefined) ?? medium,
		effort:
			Number.isFinite(task.effortDays) && task.effortDays > 0
				? Math.round(task.effortDays * UNIT)
				: 0,
		notBefore:
			task.startDate && isValidDate(task.startDate) && task.startDate > start
				? daysBetween(start, task.startDate)
				: 0
	}));
	jobs.sort(order);

	let total = 0;
	for (const j of jobs) total += j.effort;
	if (total / cap > weeks) return { ok: false, message: tooLong };

	// Capacity used so far, per week: overall and per capped department.
	const used = new Float64Array(weeks);
	const deptUsed = new Map<Department, Float64Array>();
	const deptCap = (d: Department | null): number => {
		const c = d === null ? undefined : settings.departmentCapacity[d];
		return c === undefined ? Infinity : Math.round(c * UNIT);
	};
	let firstFree = 0;
	const dateAt = dayNamer(start);
	const scheduled: ScheduledTask[] = [];
	let lastEnd = 0;
	for (const job of jobs) {
		const dept = job.task.ownerDepartment;
		const dCap = deptCap(dept);
		let dUsed: Float64Array | undefined;
		if (dept !== null && dCap !== Infinity) {
			dUsed = deptUsed.get(dept) ?? new Float64Array(weeks);
			deptUsed.set(dept, dUsed);
		}
		let left = job.effort;
		let first = -1;
		let endDay = -1;
		const w0 = Math.floor(job.notBefore / 7);
		for (let w = Math.max(w0, firstFree); w < weeks; w++) {
			const u = used[w] ?? 0;
			// In the week it may start, a task only gets the capacity after its start day; what is
			// before stays free for other tasks.
			const pos = w === w0 ? Math.max(u, Math.round((cap * (job.notBefore % 7)) / 7)) : u;
			const room = Math.min(cap - pos, dUsed ? dCap - (dUsed[w] ?? 0) : Infinity);
			if (room <= 0 && left > 0) continue;
			const take = Math.min(left, Math.max(room, 0));
			if (first < 0) first = Math.max(w * 7 + Math.floor((pos * 7) / cap), job.notBefore);
			used[w] = u + take;
			if (dUsed) dUsed[w] = (dUsed[w] ?? 0) + take;
			left -= take;
			if (left <= 0) {
				endDay = Math.max(first, w * 7 + Math.ceil(((pos + take) * 7) / cap) - 1);
				break;
			}
		}
		if (endDay < 0) return { ok: false, message: tooLong };
		while (firstFree < weeks && (used[firstFree] ?? 0) >= cap) firstFree++;
		lastEnd = Math.max(lastEnd, endDay);
		const end = dateAt(endDay);
		scheduled.push({
			taskId: job.task.id,
			start: dateAt(first),
			end,
			late: job.task.dueDate !== null && job.task.dueDate < end
		});
	}
	return finish(begin, start, jobs, scheduled, lastEnd, total / UNIT, settings, {
		...opts,
		milestones: steps
	});
}

function finish(
	begin: string,
	start: string,
	jobs: readonly Job[],
	scheduled: ScheduledTask[],
	lastEnd: number,
	effortDays: number,
	settings: PlanSettings,
	opts: ScheduleOptions
): ScheduleResult {
	const auditReadyDate = jobs.length > 0 ? addDays(start, lastEnd) : start;
	const steps = opts.milestones ?? DEFAULT_MILESTONES[opts.reportType];
	const road = roadmap({
		start: begin,
		remediationStart: start,
		remediationEnd: auditReadyDate,
		openTasks: jobs.length,
		reportType: opts.reportType,
		observationMonths: opts.observationMonths,
		weeks: steps,
		verdictWindowStart: opts.verdictWindowStart
	});

	const explanation: string[] = [];
	if (begin !== opts.today) explanation.push(`Work starts on ${formatDate(begin)}.`);
	if (jobs.length === 0) {
		explanation.push(`No open tasks: audit-ready now, on ${formatDate(auditReadyDate)}.`);
	} else {
		if (start !== begin)
			explanation.push(
				`After a ${steps.readinessWeeks}-week readiness review, remediation starts on ${formatDate(start)}.`
			);
		explanation.push(
			`${plural(jobs.length, 'open task', 'open tasks')}, ${personDays(effortDays)} of work at ${personDays(settings.capacityPerWeek)} a week: audit-ready on ${formatDate(auditReadyDate)}.`
		);
	}
	const caps = DEPARTMENTS.flatMap((d) => {
		const c = settings.departmentCapacity[d];
		return c === undefined ? [] : [`${d} ${days(c)}`];
	});
	if (caps.length > 0 && jobs.length > 0)
		explanation.push(`Department limits, in person-days a week: ${caps.join(', ')}.`);
	const label = REPORT_TYPE_LABEL[opts.reportType];
	const after = `after ${plural(steps.fieldworkWeeks, 'week', 'weeks')} of fieldwork and ${plural(steps.reportWeeks, 'week', 'weeks')} for the auditor to write it, the ${label} report can be in hand by ${formatDate(road.reportDate)}`;
	if (road.observationStart && road.observationEnd) {
		explanation.push(
			`The ${opts.observationMonths}-month observation window runs from ${formatDate(road.observationStart)} to ${formatDate(road.observationEnd)}; ${after}.`
		);
	} else if (road.asOf) {
		const engaged =
			road.asOf > auditReadyDate ? ' (the day the auditor is engaged, after remediation ends)' : '';
		explanation.push(
			`The ${label} audit can look at your controls as of ${formatDate(road.asOf)}${engaged}; ${after}.`
		);
	}

	const warnings: string[] = [];
	const noDept = jobs.filter((j) => j.task.ownerDepartment === null).length;
	if (noDept > 0)
		warnings.push(
			`${plural(noDept, 'open task has', 'open tasks have')} no owner department, so only the overall capacity limits ${noDept === 1 ? 'it' : 'them'}. Assign a department to plan them properly.`
		);
	const noEffort = jobs.filter((j) => j.effort === 0).length;
	if (noEffort > 0)
		warnings.push(
			`${plural(noEffort, 'open task has', 'open tasks have')} no effort estimate and ${noEffort === 1 ? 'takes' : 'take'} no time in this projection.`
		);
	const late = scheduled.filter((s) => s.late).length;
	if (late > 0)
		warnings.push(
			`${plural(late, 'task is', 'tasks are')} projected to finish after ${late === 1 ? 'its' : 'their'} due date.`
		);
	return {
		ok: true,
		tasks: scheduled,
		startDate: begin,
		remediationStart: start,
		openTasks: jobs.length,
		openEffortDays: effortDays,
		auditReadyDate,
		earliestAuditDate: road.asOf,
		observationStart: road.observationStart,
		observationEnd: road.observationEnd,
		earliestReportDate: road.reportDate,
		milestones: road.milestones,
		explanation,
		warnings
	};
}
