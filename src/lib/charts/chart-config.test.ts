import { describe, expect, it } from 'vitest';
import { GANTT_LABEL_SHARE, toConfig } from './chart-config';
import { barValues } from './bar-values';
import { ganttMarkers } from './gantt-markers';
import { colors, PRINT_PALETTE, type Palette } from './palette';
import type { BarSpec, ChartSpec, DoughnutSpec, GanttSpec, HeatmapSpec, RadarSpec } from './spec';

/** Every `font` object anywhere in a configuration, with where it is. */
function fontsIn(value: unknown, path = ''): Array<[string, unknown]> {
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([k, v]): Array<[string, unknown]> =>
		/font$/i.test(k) && v && typeof v === 'object'
			? [[`${path}.${k}`, v], ...fontsIn(v, `${path}.${k}`)]
			: fontsIn(v, `${path}.${k}`)
	);
}

const P: Palette = {
	text: '#111111',
	grid: '#222222',
	surface: '#fefefe',
	font: 'Page Font, sans-serif',
	roles: {
		accent: '#a00000',
		ok: '#00a000',
		warn: '#a0a000',
		bad: '#ff0000',
		info: '#0000a0',
		muted: '#808080',
		planned: '#a000a0',
		progress: '#00a0a0'
	}
};

/** The Gantt callbacks, typed as the test calls them (Chart.js types them per chart kind). */
interface GanttCallbacks {
	plugins: { tooltip: { callbacks: { label: (item: { dataIndex: number }) => string } } };
	scales: { x: { ticks: { callback: (v: number) => string } } };
}

describe('colors', () => {
	it('resolves one role, or one colour per entry of a list of roles', () => {
		expect(colors('ok', P)).toBe('#00a000');
		expect(colors(['bad', 'muted'], P)).toEqual(['#ff0000', '#808080']);
		expect(colors('accent', PRINT_PALETTE)).toBe('#0f5257');
	});
});

describe('toConfig', () => {
	const bar: BarSpec = {
		kind: 'bar',
		labels: ['Security', 'Privacy'],
		series: [{ label: 'Score', data: [80, 40], color: ['ok', 'bad'] }],
		horizontal: true,
		max: 100,
		unit: '%'
	};

	it('puts a horizontal bar chart value axis on x, and hides the legend of one series', () => {
		const c = toConfig(bar, P, false);
		expect(c.type).toBe('bar');
		expect(c.data.labels).toEqual(['Security', 'Privacy']);
		expect(c.data.datasets[0]?.backgroundColor).toEqual(['#00a000', '#ff0000']);
		expect(c.options).toMatchObject({
			indexAxis: 'y',
			animation: false,
			plugins: { legend: { display: false } },
			scales: { x: { beginAtZero: true, max: 100, grid: { color: '#222222' } } }
		});
		expect(c.options?.scales?.y).not.toHaveProperty('beginAtZero');
	});

	it("writes each bar's value with the spec's unit, in the page's text and surface colours", () => {
		const c = toConfig(bar, P, false);
		expect(c.plugins).toEqual([barValues]);
		expect(c.options).toMatchObject({
			plugins: {
				barValues: {
					unit: '%',
					color: '#111111',
					inside: '#fefefe',
					family: 'Page Font, sans-serif'
				}
			}
		});
	});

	it('animates briefly on screen and puts a vertical bar chart value axis on y', () => {
		const c = toConfig({ ...bar, horizontal: false, stacked: true }, P, true);
		expect(c.options).toMatchObject({
			animation: { duration: 250 },
			indexAxis: 'x',
			scales: { y: { beginAtZero: true, max: 100, stacked: true }, x: { stacked: true } }
		});
	});

	it('fills a radar series with its colour at 20% opacity', () => {
		const radar: RadarSpec = {
			kind: 'radar',
			labels: ['CC1', 'CC2', 'CC3'],
			series: [{ label: 'Now', data: [10, 20, 30], color: 'accent' }],
			max: 100,
			unit: '%'
		};
		const c = toConfig(radar, P, false);
		expect(c.type).toBe('radar');
		expect(c.data.datasets[0]).toMatchObject({
			borderColor: '#a00000',
			backgroundColor: '#a0000033',
			fill: true
		});
		expect(c.options).toMatchObject({
			scales: { r: { min: 0, max: 100, ticks: { stepSize: 25 } } }
		});
	});

	it('shows no radar legend for one outline, and a key when two are compared', () => {
		const radar: RadarSpec = {
			kind: 'radar',
			labels: ['CC1', 'CC2', 'CC3'],
			series: [{ label: 'Readiness', data: [10, 20, 30], color: 'accent' }],
			max: 100,
			unit: '%'
		};
		expect(toConfig(radar, P, false).options).toMatchObject({
			plugins: { legend: { display: false } }
		});
		const two = {
			...radar,
			series: [...radar.series, { label: 'Type I', data: [1, 2, 3], color: 'info' as const }]
		};
		expect(toConfig(two, P, false).options).toMatchObject({
			plugins: { legend: { display: true } }
		});
	});

	it("writes every chart's text in the palette's font", () => {
		const specs: ChartSpec[] = [
			bar,
			{
				kind: 'radar',
				labels: ['A'],
				series: [{ label: 'R', data: [1], color: 'ok' }],
				max: 100,
				unit: '%'
			},
			{
				kind: 'doughnut',
				labels: ['A'],
				series: [{ label: 'D', data: [1], color: 'ok' }],
				unit: 'x'
			},
			{
				kind: 'gantt',
				origin: '2027-01-01',
				rows: [{ label: 'T', start: 0, end: 1, color: 'ok' }],
				markers: []
			},
			{
				kind: 'heatmap',
				xLabels: ['1'],
				yLabels: ['1'],
				xTitle: 'Impact',
				yTitle: 'Likelihood',
				counts: [[1]],
				cells: [['ok']],
				unit: 'risks'
			} satisfies HeatmapSpec
		];
		for (const spec of specs) {
			const fonts = fontsIn(toConfig(spec, P, false).options);
			expect(fonts.length, spec.kind).toBeGreaterThan(1);
			for (const [where, f] of fonts)
				expect(f, `${spec.kind} ${where}`).toMatchObject({ family: 'Page Font, sans-serif' });
		}
		expect(PRINT_PALETTE.font).toContain('Report Noto Sans');
	});

	it('puts a doughnut legend on the right', () => {
		const doughnut: DoughnutSpec = {
			kind: 'doughnut',
			labels: ['Done', 'Open'],
			series: [{ label: 'Controls', data: [3, 5], color: ['ok', 'muted'] }],
			unit: 'controls'
		};
		const c = toConfig(doughnut, P, false);
		expect(c.type).toBe('doughnut');
		expect(c.data.datasets[0]).toMatchObject({ borderColor: '#222222', data: [3, 5] });
		expect(c.options).toMatchObject({ plugins: { legend: { position: 'right' } } });
	});

	it('draws a Gantt row from start to end, at least half a day wide, with dated ticks', () => {
		const gantt: GanttSpec = {
			kind: 'gantt',
			origin: '2027-03-01',
			rows: [
				{ label: 'MFA', start: 0, end: 9.5, color: 'planned' },
				{ label: 'Kick-off', start: 4, end: 4, color: 'progress' }
			],
			markers: [{ label: 'Audit-ready', day: 30, color: 'ok' }]
		};
		const c = toConfig(gantt, P, false);
		expect(c.type).toBe('bar');
		expect(c.data.labels).toEqual(['MFA', 'Kick-off']);
		expect(c.data.datasets[0]?.data).toEqual([
			[0, 9.5],
			[4, 4.5]
		]);
		expect(c.data.datasets[0]?.backgroundColor).toEqual(['#a000a0', '#00a0a0']);
		expect(c.plugins).toEqual([ganttMarkers]);
		expect(c.options).toMatchObject({
			indexAxis: 'y',
			plugins: { ganttMarkers: { markers: gantt.markers, palette: P } }
		});
		const o = c.options as unknown as GanttCallbacks;
		expect(o.scales.x.ticks.callback(14)).toBe('15 Mar 2027');
		expect(o.plugins.tooltip.callbacks.label({ dataIndex: 0 })).toBe('1 Mar 2027 to 11 Mar 2027');
		expect(o.plugins.tooltip.callbacks.label({ dataIndex: 5 })).toBe('');
	});

	it('fits long Gantt task names into a fixed column, whole in the tooltip', () => {
		const long = 'Implement: Segregation-of-duties matrix for incompatible activities';
		const gantt: GanttSpec = {
			kind: 'gantt',
			origin: '2027-03-01',
			rows: [
				{ label: long, start: 0, end: 5, color: 'accent' },
				{ label: 'MFA', start: 5, end: 9, color: 'bad' }
			],
			markers: [{ label: 'Audit-ready', day: 40, color: 'ok' }]
		};
		const o = toConfig(gantt, P, false).options as unknown as {
			plugins: { tooltip: { callbacks: { title: (i: Array<{ dataIndex: number }>) => string } } };
			scales: {
				x: { max: number };
				y: {
					afterFit: (s: { chart: { width: number }; width: number }) => void;
					ticks: { callback: (this: unknown, v: number, i: number) => string };
				};
			};
		};
		// A stand-in canvas: every character 6 px wide.
		const fake = {
			ctx: {
				save() {},
				restore() {},
				font: '',
				measureText: (t: string) => ({ width: [...t].length * 6 })
			},
			chart: { width: 500 },
			width: 0
		};
		o.scales.y.afterFit(fake);
		expect(fake.width).toBe(500 * GANTT_LABEL_SHARE);
		const first = o.scales.y.ticks.callback.call(fake, 0, 0);
		expect(first.endsWith('…')).toBe(true);
		expect([...first].length * 6).toBeLessThanOrEqual(500 * GANTT_LABEL_SHARE - 14);
		expect(long.startsWith(first.slice(0, -1))).toBe(true);
		expect(o.scales.y.ticks.callback.call(fake, 1, 1)).toBe('MFA');
		expect(o.plugins.tooltip.callbacks.title([{ dataIndex: 0 }])).toBe(long);
		// The axis reaches the audit-ready marker even after the last bar.
		expect(o.scales.x.max).toBe(40);
	});
});
