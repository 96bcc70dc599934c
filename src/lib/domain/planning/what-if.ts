/**
 * "What would it take": the weekly capacity that brings the report in by a chosen date, and the
 * schedule at that capacity (which tasks would have to start when). Pure; it runs the same
 * projection as the plan, so the answer and the plan cannot disagree.
 */
import { formatDate, isValidDate } from '../dates';
import { schedulePlan, type ScheduleOptions, type ScheduleResult } from './schedule';
import type { PlanSettings, RemediationTask } from '../types';
import { MAX_CAPACITY_PER_WEEK } from './roadmap';

/** Capacity is searched to this precision, in person-days a week. */
const STEP = 0.1;

export type WhatIf =
	| { kind: 'invalid'; message: string }
	| { kind: 'already'; capacity: number; schedule: Extract<ScheduleResult, { ok: true }> }
	| { kind: 'needs'; capacity: number; schedule: Extract<ScheduleResult, { ok: true }> }
	| { kind: 'unreachable'; earliest: string; message: string };

function reportBy(
	tasks: readonly RemediationTask[],
	settings: PlanSettings,
	capacity: number,
	opts: ScheduleOptions
): Extract<ScheduleResult, { ok: true }> | null {
	const r = schedulePlan(tasks, { ...settings, capacityPerWeek: capacity }, opts);
	return r.ok ? r : null;
}

/**
 * The least capacity (to 0.1 person-day a week) whose projected report date is on or before
 * `target`, or why there is none. Department limits stay as they are: if one of them is what
 * holds the date back, no overall capacity helps, and the answer says so.
 */
export function capacityFor(
	target: string,
	tasks: readonly RemediationTask[],
	settings: PlanSettings,
	opts: ScheduleOptions
): WhatIf {
	if (!isValidDate(target))
		return { kind: 'invalid', message: 'Enter a real date, such as 2027-06-30.' };
	if (target <= opts.today)
		return {
			kind: 'invalid',
			message: 'Choose a date after today: the report cannot be in hand in the past.'
		};
	const current = reportBy(tasks, settings, settings.capacityPerWeek, opts);
	if (current && current.earliestReportDate <= target)
		return { kind: 'already', capacity: settings.capacityPerWeek, schedule: current };
	const most = reportBy(tasks, settings, MAX_CAPACITY_PER_WEEK, opts);
	if (!most || most.earliestReportDate > target) {
		const earliest = most?.earliestReportDate ?? target;
		return {
			kind: 'unreachable',
			earliest,
			message: most
				? `Not by ${formatDate(target)} at any capacity: even with every task done at once, the steps that take fixed time (the readiness review, engaging the auditor${opts.reportType === 'type2' ? `, the ${opts.observationMonths}-month observation window` : ''}, fieldwork and the report) end on ${formatDate(earliest)}${hasDepartmentLimits(settings) ? ', or a department limit holds the work back' : ''}.`
				: `Not by ${formatDate(target)}: the work cannot be projected (check the department limits).`
		};
	}
	// Report dates only move earlier as capacity grows, so a binary search finds the least.
	let lo = Math.max(STEP, settings.capacityPerWeek) / STEP;
	let hi = MAX_CAPACITY_PER_WEEK / STEP;
	lo = Math.floor(lo);
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		const r = reportBy(tasks, settings, mid * STEP, opts);
		if (r && r.earliestReportDate <= target) hi = mid;
		else lo = mid;
	}
	const capacity = Math.round(hi * STEP * 10) / 10;
	const schedule = reportBy(tasks, settings, capacity, opts);
	if (!schedule)
		return { kind: 'invalid', message: 'The plan cannot be projected at that capacity.' };
	return { kind: 'needs', capacity, schedule };
}

function hasDepartmentLimits(settings: PlanSettings): boolean {
	return Object.values(settings.departmentCapacity).some((c) => c !== undefined);
}
