/**
 * The remediation plan as the report shows it. When the user has a saved plan, it is used as it
 * is (with the store's schedule). When no task was ever saved, the open gaps are turned into
 * tasks in memory, exactly as the Plan page would, and scheduled, so the report can still give
 * projected dates; it then says the dates come from the gaps. Nothing is written.
 */
import { reconcileTasks } from '$lib/domain/planning/tasks';
import { schedulePlan, type ScheduleResult } from '$lib/domain/planning/schedule';
import type { Assessment, PlanGap, RemediationTask } from '$lib/domain/types';

export interface PlanProjection {
	tasks: RemediationTask[];
	schedule: ScheduleResult | null;
	/** 'plan': the saved plan; 'gaps': projected from the open gaps because none was saved. */
	source: 'plan' | 'gaps';
}

/**
 * The saved tasks and their schedule when any task exists; otherwise tasks generated from `gaps`
 * (ids 'preview-1', 'preview-2', …) scheduled with the assessment's plan settings.
 */
export function projectPlan(
	tasks: readonly RemediationTask[],
	schedule: ScheduleResult | null,
	gaps: readonly PlanGap[],
	assessment: Pick<Assessment, 'id' | 'plan' | 'reportType' | 'observationMonths'>,
	today: string
): PlanProjection {
	if (tasks.length > 0 || gaps.length === 0) return { tasks: [...tasks], schedule, source: 'plan' };
	let n = 0;
	const generated = reconcileTasks(
		[],
		gaps,
		assessment.id,
		`${today}T00:00:00.000Z`,
		() => `preview-${++n}`
	);
	return {
		tasks: generated,
		schedule: schedulePlan(generated, assessment.plan, {
			today,
			reportType: assessment.reportType,
			observationMonths: assessment.observationMonths,
			gaps
		}),
		source: 'gaps'
	};
}
