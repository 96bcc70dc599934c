/**
 * Pure builders from domain results to chart specs. Values are converted from basis points to
 * percentages with one decimal, the same rounding as formatScore, so charts match the numbers.
 */
import type { Category, Series } from '$lib/catalog/types';
import type { Breakdown } from '$lib/domain/scoring/scoring';
import { CONTROL_STATUSES, CONTROL_STATUS_LABEL, type ControlStatus } from '$lib/domain/types';
import { heatBands } from '$lib/domain/risks/heat';
import { scoreTone } from '$lib/domain/scoring/score-tone';
import type { RiskBand } from '$lib/domain/risks/scale';
import type { BarSpec, ColorRole, DoughnutSpec, HeatmapSpec, RadarSpec } from './spec';

/** 7350 -> 73.5 */
export function toPercent(bp: number | null | undefined): number {
	return bp === null || bp === undefined ? 0 : Math.round(bp / 10) / 10;
}

/** One bar per in-scope category. */
export function categoryBars(b: Breakdown, categories: readonly Category[]): BarSpec {
	const cats = categories.filter((c) => c.id in b.byCategory);
	return {
		kind: 'bar',
		horizontal: true,
		max: 100,
		unit: '%',
		labels: cats.map((c) => c.title),
		series: [
			{
				label: 'Readiness',
				data: cats.map((c) => toPercent(b.byCategory[c.id])),
				color: cats.map((c) => scoreTone(b.byCategory[c.id]))
			}
		]
	};
}

/** One axis per in-scope series; `compare` adds a second outline (for Type I vs Type II). */
export function seriesRadar(
	b: Breakdown,
	series: readonly Series[],
	compare?: { label: string; breakdown: Breakdown }
): RadarSpec {
	const ids = series.filter((s) => s.id in b.bySeries);
	const out: RadarSpec = {
		kind: 'radar',
		max: 100,
		unit: '%',
		labels: ids.map((s) => s.id),
		series: [
			{ label: 'Readiness', data: ids.map((s) => toPercent(b.bySeries[s.id])), color: 'accent' }
		]
	};
	if (compare)
		out.series.push({
			label: compare.label,
			data: ids.map((s) => toPercent(compare.breakdown.bySeries[s.id])),
			color: 'info'
		});
	return out;
}

const STATUS_COLOR: Record<ControlStatus, ColorRole> = {
	not_assessed: 'muted',
	not_started: 'bad',
	planned: 'planned',
	in_progress: 'progress',
	implemented: 'ok',
	not_applicable: 'muted'
};

/** Controls per status. */
export function statusDistribution(counts: Readonly<Record<ControlStatus, number>>): DoughnutSpec {
	return {
		kind: 'doughnut',
		unit: 'controls',
		labels: CONTROL_STATUSES.map((s) => CONTROL_STATUS_LABEL[s]),
		series: [
			{
				label: 'Controls',
				data: CONTROL_STATUSES.map((s) => counts[s]),
				color: CONTROL_STATUSES.map((s) => STATUS_COLOR[s])
			}
		]
	};
}

/** Person-days of open work per department. */
export function departmentWorkload(
	rows: ReadonlyArray<{ department: string; days: number }>
): BarSpec {
	const shown = rows.filter((r) => r.days > 0);
	return {
		kind: 'bar',
		horizontal: true,
		unit: 'person-days',
		labels: shown.map((r) => r.department),
		series: [
			{ label: 'Open work', data: shown.map((r) => Math.round(r.days * 10) / 10), color: 'info' }
		]
	};
}

const BAND_COLOR: Record<RiskBand, ColorRole> = {
	low: 'ok',
	medium: 'info',
	high: 'warn',
	critical: 'bad'
};

/** Risks by residual (or inherent) likelihood × impact, cells coloured by band. */
export function riskHeatmap(counts: number[][]): HeatmapSpec {
	return {
		kind: 'heatmap',
		xLabels: ['1', '2', '3', '4', '5'],
		yLabels: ['1', '2', '3', '4', '5'],
		xTitle: 'Impact',
		yTitle: 'Likelihood',
		counts,
		cells: heatBands().map((row) => row.map((b) => BAND_COLOR[b])),
		unit: 'risks'
	};
}
