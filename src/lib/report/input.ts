/**
 * What the report is built from (the open assessment's data and evaluation), plus lookups the
 * section builders share. Plain data: the page gathers it from the store and passes it in.
 */
import type { Catalog } from '$lib/catalog';
import type { Criterion } from '$lib/catalog/types';
import type { Evaluation } from '$lib/domain/scoring/evaluate';
import type { ScheduledTask } from '$lib/domain/planning/schedule';
import type { Breakdown } from '$lib/domain/scoring/scoring';
import type { Comparison } from '$lib/domain/snapshots/comparison';
import type { Preparer } from '$lib/domain/preparer';
import type {
	Assessment,
	AssessmentContent,
	AssessmentProgress,
	EvidenceItem,
	PlanGap,
	RemediationTask,
	ReportType
} from '$lib/domain/types';
import type { ReportVariant } from './model';
import type { PlanProjection } from './plan';

/**
 * The assessment's row, where the user was (to tell "scoped" from "not yet"), and every content
 * table the aggregate declares (answers, controls, evidence, tasks, policies, vendors).
 */
export interface ReportInput extends Readonly<AssessmentContent> {
	variant: ReportVariant;
	assessment: Assessment;
	progress: AssessmentProgress;
	catalog: Catalog;
	evaluation: Evaluation;
	planGaps: readonly PlanGap[];
	plan: PlanProjection;
	/** 'YYYY-MM-DD': the report's date. */
	today: string;
	/** Adds a "Progress since …" section. */
	comparison?: Comparison | null;
	/** Who prepared the report for the client: "Prepared by / for" and the logo on the cover. */
	preparer?: Preparer | null;
}

export interface ReportContext extends ReportInput {
	/** The assessment's own report type: the Overview shows this one first. */
	type: ReportType;
	breakdown: Breakdown;
	criteriaById: ReadonlyMap<string, Criterion>;
	/** Open or done tasks by the gap that produced them. */
	taskByGap: ReadonlyMap<string, RemediationTask>;
	/** Projected dates by task id (when the schedule is ok). */
	scheduled: ReadonlyMap<string, ScheduledTask>;
	evidenceByControl: ReadonlyMap<string, EvidenceItem[]>;
}

/** Precomputes the lookups every section uses. */
export function reportContext(input: ReportInput): ReportContext {
	const type = input.assessment.reportType;
	const taskByGap = new Map<string, RemediationTask>();
	for (const t of input.plan.tasks) if (t.gapKey !== null) taskByGap.set(t.gapKey, t);
	const schedule = input.plan.schedule;
	const scheduled = new Map(schedule?.ok ? schedule.tasks.map((s) => [s.taskId, s]) : []);
	const evidenceByControl = new Map<string, EvidenceItem[]>();
	for (const e of input.evidence) {
		const list = evidenceByControl.get(e.controlId) ?? [];
		list.push(e);
		evidenceByControl.set(e.controlId, list);
	}
	return {
		...input,
		type,
		breakdown: input.evaluation.score[type],
		criteriaById: new Map(input.catalog.criteria.map((c) => [c.id, c])),
		taskByGap,
		scheduled,
		evidenceByControl
	};
}
