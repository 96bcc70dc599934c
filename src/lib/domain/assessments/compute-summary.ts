/**
 * The home-list figures of a whole assessment, computed from its stored rows the way the
 * assessment store computes them for the Overview (same evaluation, vendor programme, plan gaps
 * and projection), so the home page can fill in a summary that was never cached: an imported
 * assessment, or one last opened before the cache had a figure. Pure: the date is passed in.
 */
import type { Catalog } from '$lib/catalog';
import { planGaps } from '../planning/plan-gaps';
import { projectTimeline, type Projection } from '../planning/projection';
import { evaluate, type Evaluation } from '../scoring/evaluate';
import { compareSnapshots } from '../snapshots/comparison';
import { currentSide, snapshotSide } from '../snapshots/snapshots';
import type { AssessmentData, AssessmentSummary, ReportType, Snapshot } from '../types';
import { vendorProgramme } from '../vendors';
import { extraPlanGaps } from '../planning/extra-gaps';
import { assessmentSummary } from './summary';

/**
 * The summary of an evaluation and its projection. A projected date only with a plan behind it:
 * before any task exists there is nothing to project. Shared with the assessment store.
 */
export function summaryOf(
	e: Evaluation,
	projection: Projection | null,
	taskCount: number
): AssessmentSummary {
	const reportDate =
		projection?.schedule.ok && taskCount > 0 ? projection.schedule.earliestReportDate : null;
	return assessmentSummary(e, { reportDate, targetDate: projection?.target ?? null });
}

/** The vendor programme scored with the criteria, asked for every category (see the store). */
function programmesOf(data: AssessmentData, today: string) {
	return vendorProgramme(data.vendors, today, {
		privacyInScope: true,
		confidentialityInScope: true
	});
}

/**
 * The home-list summary of an assessment as of `today` (`computedAt` is left empty: the caller
 * stamps it when storing), the same figures its Overview shows.
 */
export function computeSummary(
	catalog: Catalog,
	data: AssessmentData,
	today: string
): AssessmentSummary {
	const e = evaluate(catalog, data, today, programmesOf(data, today));
	const gaps = planGaps({
		evaluation: e,
		catalog,
		reportType: data.assessment.reportType,
		policyStates: data.policies,
		extraGaps: extraPlanGaps(data, e, today)
	});
	const projection = projectTimeline({
		tasks: data.tasks,
		assessment: data.assessment,
		answers: Object.fromEntries(data.answers.map((a) => [a.questionId, a.value])),
		type2: e.score.type2,
		gaps,
		today
	});
	return summaryOf(e, projection, data.tasks.length);
}

/** The newest snapshot of an assessment and how its score moved since, for one report type. */
export interface SnapshotTrend {
	name: string;
	/** When the snapshot was taken (ISO timestamp). */
	createdAt: string;
	/** Score change in basis points since the snapshot; null when either side has no score. */
	delta: number | null;
}

/**
 * The change since the newest snapshot, as the Overview's snapshot comparison measures it (when
 * the control list changed in between, on the controls both sides share). Null without snapshots.
 */
export function trendSinceLastSnapshot(
	catalog: Catalog,
	data: AssessmentData,
	snapshots: readonly Snapshot[],
	today: string,
	reportType: ReportType = data.assessment.reportType
): SnapshotTrend | null {
	const last = snapshots.reduce<Snapshot | null>(
		(newest, s) => (newest === null || s.createdAt > newest.createdAt ? s : newest),
		null
	);
	if (!last) return null;
	const c = compareSnapshots(catalog, snapshotSide(last, catalog), currentSide(data, today), {
		reportType
	});
	return { name: last.name, createdAt: last.createdAt, delta: c.overall[reportType].delta };
}
