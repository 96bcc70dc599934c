/**
 * The one projection every screen and export shows: the plan's tasks scheduled with the capacity
 * in force (the scoping answers unless the user set one), the milestones around them, the window
 * the Type II verdict allows, and the target date compared. The Plan, the Overview, the home list
 * and both PDFs call this, so they cannot disagree.
 */
import type { ScopingAnswers } from '$lib/catalog/types';
import { addMonths } from '../dates';
import type { Breakdown } from '../scoring/scoring';
import type { Assessment, PlanGap, RemediationTask } from '../types';
import {
	compareTarget,
	describeCapacitySource,
	effectivePlan,
	milestoneWeeks,
	targetDate,
	type CapacitySource,
	type TargetCheck
} from './roadmap';
import { schedulePlan, type ScheduleOptions, type ScheduleResult } from './schedule';
import { capacityFor } from './what-if';
import { EFFORT_RANGE } from './budget';

export interface Projection {
	schedule: ScheduleResult;
	/** The options the schedule was made with, for "what would it take". */
	options: ScheduleOptions;
	settings: Assessment['plan'];
	capacity: { perWeek: number; source: CapacitySource; text: string };
	target: string | null;
	/**
	 * The report date if every task took the low or the high end of its effort range (see
	 * budget.ts EFFORT_RANGE); null without a schedule or a task.
	 */
	spread: { low: string; high: string } | null;
	/**
	 * The projected report date against the target, with the capacity that would make it when
	 * late ('none' without a target, a schedule or any task).
	 */
	targetCheck: TargetCheck;
}

/**
 * The Type II window start the verdict allows: its own date at "Ready to start the observation
 * window", the start of a window already covered at Audit-ready, otherwise none yet.
 */
export function verdictWindowStart(
	type2: Pick<Breakdown, 'level' | 'window'>,
	today: string,
	months: number
): string | null {
	if (type2.level === 'window_ready' && type2.window) return type2.window.start;
	if (type2.level === 'audit_ready') return addMonths(today, -months);
	return null;
}

export function projectTimeline(input: {
	tasks: readonly RemediationTask[];
	assessment: Pick<Assessment, 'plan' | 'reportType' | 'observationMonths'>;
	/** The answers as stored (not with defaults filled in): an unanswered question sets nothing. */
	answers: ScopingAnswers;
	type2: Pick<Breakdown, 'level' | 'window'>;
	gaps: readonly PlanGap[];
	today: string;
}): Projection {
	const { assessment: a, today } = input;
	const { settings, source } = effectivePlan(a.plan, input.answers);
	const options: ScheduleOptions = {
		today,
		reportType: a.reportType,
		observationMonths: a.observationMonths,
		gaps: input.gaps,
		milestones: milestoneWeeks(a.plan, a.reportType),
		verdictWindowStart:
			a.reportType === 'type2' ? verdictWindowStart(input.type2, today, a.observationMonths) : null
	};
	const schedule = schedulePlan(input.tasks, settings, options);
	const target = targetDate(input.answers);
	const scaled = (factor: number) => {
		const r = schedulePlan(
			input.tasks.map((t) => ({ ...t, effortDays: t.effortDays * factor })),
			settings,
			options
		);
		return r.ok ? r.earliestReportDate : null;
	};
	const low = schedule.ok && input.tasks.length > 0 ? scaled(EFFORT_RANGE.low) : null;
	const high = low ? scaled(EFFORT_RANGE.high) : null;
	let targetCheck: TargetCheck =
		schedule.ok && input.tasks.length > 0
			? compareTarget(target, schedule.earliestReportDate)
			: { kind: 'none' };
	// Late: say what would make it, in the same sentence.
	if (targetCheck.kind === 'late' && target) {
		const needed = capacityFor(target, input.tasks, settings, options);
		const fix =
			needed.kind === 'needs'
				? ` ${needed.capacity} person-days a week would make it.`
				: needed.kind === 'unreachable'
					? ` ${needed.message}`
					: '';
		targetCheck = { ...targetCheck, text: targetCheck.text + fix };
	}
	return {
		schedule,
		options,
		settings,
		capacity: {
			perWeek: settings.capacityPerWeek,
			source,
			text: describeCapacitySource(source, settings.capacityPerWeek)
		},
		target,
		spread: low && high ? { low, high } : null,
		targetCheck
	};
}
