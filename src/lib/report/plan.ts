/**
 * The remediation plan as the report shows it. When the user has a saved plan, it is used as it
 * is (with the store's projection). When no task was ever saved, the open gaps are turned into
 * tasks in memory, exactly as the Plan page would, and projected the same way, so the report can
 * still give dates; it then says the dates come from the gaps. Nothing is written.
 */
import type { ScopingAnswers } from '$lib/catalog/types';
import { reconcileTasks } from '$lib/domain/planning/tasks';
import { projectTimeline, type Projection } from '$lib/domain/planning/projection';
import type { ScheduleResult } from '$lib/domain/planning/schedule';
import type { Breakdown } from '$lib/domain/scoring/scoring';
import { budget, type Budget } from '$lib/domain/planning/budget';
import type { Assessment, CalendarActivity, PlanGap, RemediationTask } from '$lib/domain/types';

export interface PlanProjection {
	tasks: RemediationTask[];
	schedule: ScheduleResult | null;
	/** Capacity and its source, milestones and the target compared; null while loading. */
	timeline: Projection | null;
	/** 'plan': the saved plan; 'gaps': projected from the open gaps because none was saved. */
	source: 'plan' | 'gaps';
	/** The budget on the same assumptions as the Plan page's Budget tab. */
	budget: Budget;
}

export interface PlanProjectionInput {
	/** The compliance calendar's recurring activities, for the yearly upkeep. */
	activities: readonly Pick<CalendarActivity, 'interval'>[];
	tasks: readonly RemediationTask[];
	/** The store's projection of `tasks`. */
	projection: Projection | null;
	gaps: readonly PlanGap[];
	assessment: Pick<Assessment, 'id' | 'plan' | 'reportType' | 'observationMonths'>;
	/** The scoping answers as stored. */
	answers: ScopingAnswers;
	type2: Pick<Breakdown, 'level' | 'window'>;
	today: string;
}

/**
 * The saved tasks and their projection when any task exists; otherwise tasks generated from the
 * gaps (ids 'preview-1', 'preview-2', …) projected with the same settings.
 */
export function projectPlan(input: PlanProjectionInput): PlanProjection {
	const { tasks, projection, gaps, assessment, today } = input;
	const priced = (p: Projection | null) =>
		budget({
			settings: assessment.plan.budget,
			reportType: assessment.reportType,
			answers: input.answers,
			openEffortDays: p?.schedule.ok ? p.schedule.openEffortDays : 0,
			activities: input.activities
		});
	if (tasks.length > 0 || gaps.length === 0)
		return {
			tasks: [...tasks],
			schedule: projection?.schedule ?? null,
			timeline: projection,
			source: 'plan',
			budget: priced(projection)
		};
	let n = 0;
	const generated = reconcileTasks(
		[],
		gaps,
		assessment.id,
		`${today}T00:00:00.000Z`,
		() => `preview-${++n}`
	);
	const timeline = projectTimeline({
		tasks: generated,
		assessment,
		answers: input.answers,
		type2: input.type2,
		gaps,
		today
	});
	return {
		tasks: generated,
		schedule: timeline.schedule,
		timeline,
		source: 'gaps',
		budget: priced(timeline)
	};
}
