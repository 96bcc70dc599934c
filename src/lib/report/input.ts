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
import type {
	Assessment,
	EvidenceItem,
	PlanGap,
	PolicyState,
	RemediationTask,
	ReportType,
	ScopingAnswer,
	Vendor
} from '$lib/domain/types';
import type { ReportVariant } from './model';
import type { PlanProjection } from './plan';

export interface ReportInput {
	variant: ReportVariant;
	assessment: Assessment;
	catalog: Catalog;
	evaluation: Evaluation;
	/** Stored scoping answers (to tell "not scoped yet" from "scoped"). */
	answers: readonly ScopingAnswer[];
	evidence: readonly EvidenceItem[];
	policies: readonly PolicyState[];
	vendors: readonly Vendor[];
	planGaps: readonly PlanGap[];
	plan: PlanProjection;
	/** 'YYYY-MM-DD': the report's date. */
	today: string;
	/** Adds a "Progress since …" section. */
	comparison?: Comparison | null;
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
