/**
 * The only module that imports Chart.js. Registers just the controllers the app draws, turns a
 * ChartSpec into a Chart.js configuration with the app's colours, and exposes a Svelte
 * attachment for live charts plus an off-screen renderer for the PDF.
 */
import {
	ArcElement,
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	DoughnutController,
	Filler,
	Legend,
	LinearScale,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale,
	Tooltip,
	type ChartConfiguration,
	type Plugin
} from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { addDays, formatDate } from '$lib/domain/dates';
import type { ChartSpec, ColorRole, GanttSpec } from './spec';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	LinearScale,
	RadarController,
	RadialLinearScale,
	PointElement,
	LineElement,
	Filler,
	DoughnutController,
	ArcElement,
	Tooltip,
	Legend
);

export interface Palette {
	text: string;
	grid: string;
	roles: Record<ColorRole, string>;
}

const ROLE_VARS: Record<ColorRole, string> = {
	accent: '--accent',
	ok: '--status-implemented',
	warn: '--status-in-progress',
	bad: '--bad',
	info: '--info',
	muted: '--status-na',
	planned: '--status-planned',
	progress: '--status-in-progress'
};

/** Colours for print: fixed, so the PDF looks the same whatever the screen's theme. */
export const PRINT_PALETTE: Palette = {
	text: '#1f2a33',
	grid: '#d5dbe0',
	roles: {
		accent: '#0f5257',
		ok: '#1f7a45',
		warn: '#b06d00',
		bad: '#b3261e',
		info: '#1b63a8',
		muted: '#8a96a0',
		planned: '#6a4fb3',
		progress: '#b06d00'
	}
};

export function screenPalette(): Palette {
	const css = getComputedStyle(document.documentElement);
	const get = (v: string) => css.getPropertyValue(v).trim();
	const roles = Object.fromEntries(
		Object.entries(ROLE_VARS).map(([role, v]) => [role, get(v)])
	) as Record<ColorRole, string>;
	return { text: get('--text'), grid: get('--border'), roles };
}

const colors = (c: ColorRole | ColorRole[], p: Palette) =>
	Array.isArray(c) ? c.map((r) => p.roles[r]) : p.roles[c];

/** Draws labelled vertical lines (audit-ready date, report date) on a Gantt chart. */
const markerPlugin: Plugin<'bar'> = {
	id: 'ganttMarkers',
	afterDatasetsDraw(chart, _args, opts: { markers?: GanttSpec['markers']; palette?: Palette }) {
		const { ctx, chartArea, scales } = chart;
		const x = scales.x;
		if (!opts.markers || !opts.palette || !x) return;
		ctx.save();
		for (const m of opts.markers) {
			const px = x.getPixelForValue(m.day);
			ctx.strokeStyle = opts.palette.roles[m.color];
			ctx.setLineDash([5, 4]);
			ctx.lineWidth = 2;
			ctx.beginPath();
			ctx.moveTo(px, chartArea.top);
			ctx.lineTo(px, chartArea.bottom);
			ctx.stroke();
			ctx.fillStyle = opts.palette.roles[m.color];
			ctx.font = '600 12px system-ui, sans-serif';
			ctx.textAlign = px > chartArea.right - 80 ? 'right' : 'left';
			ctx.fillText(m.label, px + (ctx.textAlign === 'right' ? -4 : 4), chartArea.top + 12);
		}
		ctx.restore();
	}
};

type AnyConfig = ChartConfiguration<'bar' | 'radar' | 'doughnut', unknown[], string>;

/** Builds the Chart.js configuration for a spec. */
export function toConfig(spec: ChartSpec, p: Palette, animate: boolean): AnyConfig {
	const base = {
		responsive: true,
		maintainAspectRatio: false,
		animation: animate ? { duration: 250 } : (false as const),
		plugins: { legend: { labels: { color: p.text } }, tooltip: { enabled: true } }
	};
	const axis = { ticks: { color: p.text }, grid: { color: p.grid } };
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
					legend: { display: spec.series.length > 1, labels: { color: p.text } }
				},
				scales: spec.horizontal
					? { x: valueAxis, y: { ...axis, stacked: spec.stacked } }
					: { y: valueAxis, x: { ...axis, stacked: spec.stacked } }
			}
		} as AnyConfig;
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
				scales: {
					r: {
						min: 0,
						max: spec.max,
						ticks: { color: p.text, backdropColor: 'transparent', stepSize: 25 },
						grid: { color: p.grid },
						angleLines: { color: p.grid },
						pointLabels: { color: p.text, font: { size: 12, weight: 'bold' } }
					}
				}
			}
		} as AnyConfig;
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
				plugins: { ...base.plugins, legend: { position: 'right', labels: { color: p.text } } }
			}
		} as AnyConfig;
	}
	const g = spec;
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
					callbacks: {
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
					ticks: {
						color: p.text,
						maxTicksLimit: 8,
						callback: (v: number | string) => formatDate(addDays(g.origin, Number(v)))
					}
				},
				y: { ...axis, ticks: { color: p.text, autoSkip: false, font: { size: 11 } } }
			}
		},
		plugins: [markerPlugin]
	} as AnyConfig;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * `{@attach chart(() => spec)}` on a canvas inside a fixed-size box. The chart follows the spec and
 * the system's light or dark mode.
 */
export function chart(getSpec: () => ChartSpec): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let instance: Chart | null = null;
		let scheme = $state(0);
		const dark = matchMedia('(prefers-color-scheme: dark)');
		const onScheme = () => (scheme += 1);
		dark.addEventListener('change', onScheme);
		$effect(() => {
			const spec = getSpec();
			void scheme;
			instance?.destroy();
			instance = new Chart(
				canvas,
				toConfig(spec, screenPalette(), !reducedMotion()) as ChartConfiguration
			);
		});
		return () => {
			dark.removeEventListener('change', onScheme);
			instance?.destroy();
		};
	};
}

/** Renders a chart off-screen at the given pixel size and returns a PNG data URL (for the PDF). */
export function renderChartPng(spec: ChartSpec, width: number, height: number, scale = 1): string {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const config = toConfig(spec, PRINT_PALETTE, false);
	config.options = {
		...config.options,
		responsive: false,
		devicePixelRatio: scale
	} as typeof config.options;
	const c = new Chart(canvas, config as ChartConfiguration);
	const url = canvas.toDataURL('image/png');
	c.destroy();
	return url;
}
