/**
 * Gathers the open assessment's data from the store into the report's input, and builds the
 * optional comparison with a snapshot. Kept beside the Report page: only it needs this.
 */
import type { Catalog } from '$lib/catalog';
import { compareSnapshots, type Comparison } from '$lib/domain/snapshots/comparison';
import { currentSide, snapshotSide } from '$lib/domain/snapshots/snapshots';
import type { Snapshot } from '$lib/domain/types';
import type { ReportInput } from '$lib/report/build-report';
import type { ReportVariant } from '$lib/report/model';
import { projectPlan } from '$lib/report/plan';
import type { AssessmentStore } from '$lib/state/assessment.svelte';

/** The store's data as report input, or null while it is still loading. */
export function reportInput(
	store: AssessmentStore,
	variant: ReportVariant,
	comparison: Comparison | null = null
): ReportInput | null {
	const { data, catalog, evaluation } = store;
	if (!data || !catalog || !evaluation) return null;
	return {
		...data,
		variant,
		progress: store.progress,
		catalog,
		evaluation,
		planGaps: store.planGaps,
		plan: projectPlan({
			tasks: data.tasks,
			projection: store.projection,
			gaps: store.planGaps,
			assessment: data.assessment,
			answers: store.storedAnswers,
			activities: store.activities,
			type2: evaluation.score.type2,
			today: store.today
		}),
		today: store.today,
		comparison
	};
}

/** The assessment now against a snapshot (each side carries its vendor programme). */
export function compareWithSnapshot(
	store: AssessmentStore,
	catalog: Catalog,
	snapshot: Snapshot
): Comparison | null {
	const data = store.data;
	if (!data) return null;
	return compareSnapshots(catalog, snapshotSide(snapshot), currentSide(data, store.today));
}
