/**
 * Comparing two states of an assessment (two snapshots, or a snapshot and now): score changes,
 * status changes, gaps closed and opened, tasks completed, and controls that came into or left
 * scope because the catalog or the scoping changed. Each side is evaluated as of its own date.
 */
import type { Catalog } from '$lib/catalog';
import { evaluate, type Evaluation } from '../scoring/evaluate';
import {
	controlChanges,
	prepareSide,
	type ControlChanges,
	type PreparedSide
} from './control-changes';
import {
	categoryChanges,
	criterionChanges,
	overallChange,
	type CategoryChange,
	type CriterionChange,
	type OverallChange
} from './score-changes';
import type { ComparisonSide } from './snapshots';
import type { ReportType, TaskStatus } from '../types';

export type * from './control-changes';
export type * from './score-changes';

export interface TaskCompletion {
	taskId: string;
	title: string;
	/** Status on the earlier side; null when the task was created after it. */
	from: TaskStatus | null;
}

export interface SideInfo {
	label: string;
	date: string;
	catalogVersion: string;
}

export interface Comparison extends ControlChanges {
	before: SideInfo;
	after: SideInfo;
	/** The report type gaps were compared for. */
	reportType: ReportType;
	overall: Record<ReportType, OverallChange>;
	/** Categories in scope on at least one side. */
	byCategory: Record<ReportType, CategoryChange[]>;
	/** Criteria in scope on at least one side. */
	byCriterion: Record<ReportType, CriterionChange[]>;
	tasksCompleted: TaskCompletion[];
	catalogChanged: boolean;
	/** Set when `catalogChanged`: what differs and what the comparison covers. */
	catalogNote: string | null;
}

export interface CompareOptions {
	/** Report type for gaps; defaults to the later side's assessment report type. */
	reportType?: ReportType;
}

/** The side scored on the given controls only, so both sides are measured against one list. */
function restrictedScore(p: PreparedSide, ids: ReadonlySet<string>): Evaluation['score'] {
	const catalog = { ...p.catalog, controls: p.catalog.controls.filter((c) => ids.has(c.id)) };
	return evaluate(catalog, p.side.data, p.side.date, p.side.programmes ?? []).score;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	return a.size === b.size && [...a].every((x) => b.has(x));
}

function catalogNote(b: PreparedSide, a: PreparedSide, shared: Catalog, common: number): string {
	const vb = b.side.catalogVersion;
	const va = a.side.catalogVersion;
	const parts = [
		vb === va
			? `The two sides were scored with different control lists under catalog version ${va}.`
			: `The two sides were made with different catalog versions: "${b.side.label}" with ${vb}, "${a.side.label}" with ${va}.`
	];
	for (const p of [b, a])
		if (!p.side.catalog && p.side.catalogVersion !== shared.version)
			parts.push(
				`This app no longer has version ${p.side.catalogVersion}, so "${p.side.label}" is scored with version ${shared.version}.`
			);
	if (!sameSet(b.known, a.known))
		parts.push(
			`Scores, status changes and gaps cover only the ${common} controls both versions contain; controls in one version only are listed as added or removed.`
		);
	else if (b.orphans.length > 0)
		parts.push('Work saved on controls the catalog no longer has is listed as removed.');
	return parts.join(' ');
}

/**
 * Compares two states of an assessment. Each side is scored as of its own date, with its own
 * catalog when it carries one (`side.catalog`), else with `catalog`. When the sides know
 * different controls, scores, status changes and gaps use only the controls both know, and
 * `catalogNote` says so. Saved work on a control id no catalog knows is listed as removed, never
 * an error. Scores missing on a side keep their reason (`not_covered`, `out_of_scope`).
 */
export function compareSnapshots(
	catalog: Catalog,
	before: ComparisonSide,
	after: ComparisonSide,
	options: CompareOptions = {}
): Comparison {
	const b = prepareSide(before, catalog);
	const a = prepareSide(after, catalog);
	const reportType = options.reportType ?? after.data.assessment.reportType;
	const common = new Set([...a.known].filter((id) => b.known.has(id)));
	const sameControls = sameSet(b.known, a.known);
	const catalogChanged = before.catalogVersion !== after.catalogVersion || !sameControls;
	const scoreB = sameControls ? b.full.score : restrictedScore(b, common);
	const scoreA = sameControls ? a.full.score : restrictedScore(a, common);

	const beforeTasks = new Map(before.data.tasks.map((t) => [t.id, t.status]));
	const tasksCompleted: TaskCompletion[] = after.data.tasks
		.filter((t) => t.status === 'done' && beforeTasks.get(t.id) !== 'done')
		.map((t) => ({ taskId: t.id, title: t.title, from: beforeTasks.get(t.id) ?? null }));

	const catalogs = { before: b.catalog, after: a.catalog };
	const perType = <T>(f: (t: ReportType) => T): Record<ReportType, T> => ({
		type1: f('type1'),
		type2: f('type2')
	});
	return {
		before: { label: before.label, date: before.date, catalogVersion: before.catalogVersion },
		after: { label: after.label, date: after.date, catalogVersion: after.catalogVersion },
		reportType,
		overall: perType((t) => overallChange(scoreB[t], scoreA[t])),
		byCategory: perType((t) => categoryChanges(catalogs, scoreB[t], scoreA[t])),
		byCriterion: perType((t) => criterionChanges(catalogs, scoreB[t], scoreA[t])),
		...controlChanges(b, a, common, reportType),
		tasksCompleted,
		catalogChanged,
		catalogNote: catalogChanged ? catalogNote(b, a, catalog, common.size) : null
	};
}
