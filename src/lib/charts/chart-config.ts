/**
 * Turns a ChartSpec into a Chart.js configuration in a palette's colours. Pure: it imports only
 * Chart.js types, so it runs (and is tested) in Node without a canvas.
 */
import type { ChartConfiguration } from 'chart.js';
import { addDays, formatDate } from '$lib/domain/dates';
import { barValues } from './bar-values';
import { fitLabel } from './fit-label';
import { ganttMarkers } from './gantt-markers';
import { heatmapConfig } from './heatmap-config';
import { colors, type Palette } from './palette';
import type { ChartSpec } from './spec';

/** Share of a Gantt chart's width given to its task names; longer names end in an ellipsis. */
export const GANTT_LABEL_SHARE = 0.4;
const GANTT_LABEL_PX = 11;

/** The part of a Chart.js scale the Gantt's label callbacks use. */
interface LabelScale {
	ctx: CanvasRenderingContext2D;
	chart: { width: number };
	width: number;
}

/** A configuration for any chart kind the app draws. */
export type ChartConfig = ChartConfiguration<'bar' | 'radar' | 'doughnut', unknown[], string>;

/** Builds the Chart.js configuration for a spec; `animate` is off for print and reduced motion. */
export function toConfig(spec: ChartSpec, p: Palette, animate: boolean): ChartConfig {
	const font = { family: p.font };
	const legendLabels = { color: p.text, font };
	const base = {
		responsive: true,
		maintainAspectRatio: false,
		animation: animate ? { duration: 250 } : (false as const),
		plugins: {
			legend: { labels: legendLabels },
			tooltip: { enabled: true, titleFont: font, bodyFont: font }
		}
	};
	const axis = { ticks: { color: p.text, font }, grid: { color: p.grid } };
	if (spec.kind === 'heatmap') return heatmapConfig(spec, p, base) as ChartConfig;
	if (spec.kind === 'bar') {
		const valueAxis = { ...axis, beginAtZero: true, max: spec.max, stacked: spec.stacked };
		return {
			type: 'bar',
			data: {
				labels: spec.labels,
				datasets: spec.series.map((s) => ({
					label: s.label,
					data: s.data,
					backgroundColor: colors(s.color, p)
				}))
			},
			options: {
				...base,
				indexAxis: spec.horizontal ? 'y' : 'x',
				plugins: {
					...base.plugins,
					legend: { display: spec.series.length > 1, labels: legendLabels },
					barValues: { unit: spec.unit, color: p.text, inside: p.surface, family: p.font }
				},
				// Room at the value end for the last bar's label.
				layout: { padding: spec.horizontal ? { right: 8 } : { top: 16 } },
				scales: spec.horizontal
					? { x: valueAxis, y: { ...axis, stacked: spec.stacked } }
					: { y: valueAxis, x: { ...axis, stacked: spec.stacked } }
			},
			plugins: [barValues]
		} as ChartConfig;
	}
	if (spec.kind === 'radar') {
		return {
			type: 'radar',
			data: {
				labels: spec.labels,
				datasets: spec.series.map((s) => {
					const c = colors(s.color, p) as string;
					return {
						label: s.label,
						data: s.data,
						borderColor: c,
						backgroundColor: `${c}33`,
						pointBackgroundColor: c,
						fill: true
					};
				})
			},
			options: {
				...base,
				plugins: {
					...base.plugins,
					// One outline needs no key: the chart's title says what it is.
					legend: { display: spec.series.length > 1, labels: legendLabels }
				},
				scales: {
					r: {
						min: 0,
						max: spec.max,
						ticks: { color: p.text, font, backdropColor: 'transparent', stepSize: 25 },
						grid: { color: p.grid },
						angleLines: { color: p.grid },
						pointLabels: { color: p.text, font: { ...font, size: 12, weight: 'bold' } }
					}
				}
			}
		} as ChartConfig;
	}
	if (spec.kind === 'doughnut') {
		const s = spec.series[0];
		return {
			type: 'doughnut',
			data: {
				labels: spec.labels,
				datasets: [
					{ label: s.label, data: s.data, backgroundColor: colors(s.color, p), borderColor: p.grid }
				]
			},
			options: {
				...base,
				plugins: { ...base.plugins, legend: { position: 'right', labels: legendLabels } }
			}
		} as ChartConfig;
	}
	const g = spec;
	const column = (width: number) => Math.round(width * GANTT_LABEL_SHARE);
	const lastDay = Math.max(0, ...g.rows.map((r) => r.end), ...g.markers.map((m) => m.day));
	return {
		type: 'bar',
		data: {
			labels: g.rows.map((r) => r.label),
			datasets: [
				{
					label: 'Scheduled work',
					data: g.rows.map((r) => [r.start, Math.max(r.end, r.start + 0.5)]),
					backgroundColor: g.rows.map((r) => p.roles[r.color]),
					borderSkipped: false,
					barThickness: 12
				}
			]
		},
		options: {
			...base,
			indexAxis: 'y',
			plugins: {
				legend: { display: false },
				tooltip: {
					titleFont: font,
					bodyFont: font,
					callbacks: {
						// The whole task name, which the axis may have shortened.
						title: (items: Array<{ dataIndex: number }>) =>
							g.rows[items[0]?.dataIndex ?? -1]?.label ?? '',
						label: (item: { dataIndex: number }) => {
							const r = g.rows[item.dataIndex];
							return r
								? `${formatDate(addDays(g.origin, Math.floor(r.start)))} to ${formatDate(addDays(g.origin, Math.ceil(r.end)))}`
								: '';
						}
					}
				},
				ganttMarkers: { markers: g.markers, palette: p }
			},
			scales: {
				x: {
					...axis,
					min: 0,
					// Far enough right for the last bar and every marker.
					max: Math.ceil(lastDay),
					ticks: {
						color: p.text,
						font,
						maxTicksLimit: 8,
						callback: (v: number | string) => formatDate(addDays(g.origin, Number(v)))
					}
				},
				y: {
					...axis,
					// A fixed column for the names, so a long one never pushes the bars aside or runs
					// past the chart's edge; each name is fitted into it, whole words and an ellipsis.
					afterFit: (scale: LabelScale) => {
						scale.width = column(scale.chart.width);
					},
					ticks: {
						color: p.text,
						autoSkip: false,
						font: { ...font, size: GANTT_LABEL_PX },
						callback(this: LabelScale, _v: number | string, i: number) {
							const label = g.rows[i]?.label ?? '';
							const ctx = this.ctx;
							ctx.save();
							ctx.font = `${GANTT_LABEL_PX}px ${p.font}`;
							// The tick padding and a little air either side of the name.
							const fitted = fitLabel(
								label,
								column(this.chart.width) - 14,
								(t) => ctx.measureText(t).width
							);
							ctx.restore();
							return fitted;
						}
					}
				}
			}
		},
		plugins: [ganttMarkers]
	} as ChartConfig;
}
