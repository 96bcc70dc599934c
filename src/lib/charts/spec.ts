/**
 * A small, library-free description of a chart. Pages and the report build these with the pure
 * builders in datasets.ts; chart-config.ts turns them into Chart.js configurations.
 */

/** Colour roles, resolved from the app's CSS variables (or fixed print colours for the PDF). */
export type ColorRole =
	'accent' | 'ok' | 'warn' | 'bad' | 'info' | 'muted' | 'planned' | 'progress';

export interface SeriesSpec {
	label: string;
	/** Values in display units (percent 0..100, counts, person-days). */
	data: number[];
	color: ColorRole | ColorRole[];
}

export interface BarSpec {
	kind: 'bar';
	labels: string[];
	series: SeriesSpec[];
	horizontal?: boolean;
	stacked?: boolean;
	/** Upper bound of the value axis (100 for percentages). */
	max?: number;
	unit: string;
}

export interface RadarSpec {
	kind: 'radar';
	labels: string[];
	series: SeriesSpec[];
	max: number;
	unit: string;
}

export interface DoughnutSpec {
	kind: 'doughnut';
	labels: string[];
	series: [SeriesSpec];
	unit: string;
}

/** A Gantt-style timeline: one bar per row from start to end, in days since `origin`. */
export interface GanttSpec {
	kind: 'gantt';
	/** 'YYYY-MM-DD' of day 0. */
	origin: string;
	rows: Array<{ label: string; start: number; end: number; color: ColorRole }>;
	/** Vertical marker lines, such as the audit-ready date. */
	markers: Array<{ label: string; day: number; color: ColorRole }>;
}

/** A matrix of counts, such as risks by likelihood (rows, bottom up) and impact (columns). */
export interface HeatmapSpec {
	kind: 'heatmap';
	/** Column labels, left to right. */
	xLabels: string[];
	/** Row labels, bottom to top. */
	yLabels: string[];
	xTitle: string;
	yTitle: string;
	/** counts[row][column]. */
	counts: number[][];
	/** Colour of each cell, same shape as counts. */
	cells: ColorRole[][];
	/** Tooltip noun: '2 risks'. */
	unit: string;
}

export type ChartSpec = BarSpec | RadarSpec | DoughnutSpec | GanttSpec | HeatmapSpec;
