/**
 * A heat map drawn with the bar controller the app already registers: one stacked bar per column,
 * one equal block per row, each block coloured by its cell and labelled with its count by a small
 * plugin. No matrix plugin is loaded. Pure apart from the drawing callback.
 */
import type { Chart, Plugin } from 'chart.js';
import type { Palette } from './palette';
import type { HeatmapSpec } from './spec';

interface CellsOptions {
	counts: number[][];
	/** Row labels, drawn beside each row's middle (axis ticks would sit on the boundaries). */
	rows: string[];
	text: string;
	family: string;
}

const heatCells: Plugin<'bar', CellsOptions> = {
	id: 'heatCells',
	afterDatasetsDraw(chart: Chart<'bar'>, _args, opts) {
		const { ctx } = chart;
		ctx.save();
		ctx.textAlign = 'center';
		ctx.textBaseline = 'middle';
		ctx.font = `bold 14px ${opts.family}`;
		chart.data.datasets.forEach((_, row) => {
			const first = chart.getDatasetMeta(row).data[0];
			if (first) {
				const { y, base } = first.getProps(['y', 'base'], true) as Record<string, number>;
				ctx.fillStyle = opts.text;
				ctx.textAlign = 'right';
				ctx.font = `12px ${opts.family}`;
				ctx.fillText(opts.rows[row] ?? '', chart.chartArea.left - 6, ((y ?? 0) + (base ?? 0)) / 2);
				ctx.textAlign = 'center';
				ctx.font = `bold 14px ${opts.family}`;
			}
			chart.getDatasetMeta(row).data.forEach((el, col) => {
				const n = opts.counts[row]?.[col] ?? 0;
				if (n === 0) return;
				const { x, y, base } = el.getProps(['x', 'y', 'base'], true) as Record<string, number>;
				ctx.fillStyle = '#ffffff';
				ctx.fillText(String(n), x ?? 0, ((y ?? 0) + (base ?? 0)) / 2);
			});
		});
		ctx.restore();
	}
};

/** Empty cells keep their band's colour, faint, so the bands read even with no risk in them. */
function fill(color: string, count: number): string {
	return count > 0 ? color : `${color}40`;
}

export function heatmapConfig(spec: HeatmapSpec, p: Palette, base: Record<string, unknown>) {
	const font = { family: p.font };
	const axis = { ticks: { color: p.text, font }, grid: { display: false } };
	return {
		type: 'bar',
		data: {
			labels: spec.xLabels,
			datasets: spec.yLabels.map((label, row) => ({
				label,
				data: spec.xLabels.map(() => 1),
				backgroundColor: spec.xLabels.map((_, col) =>
					fill(p.roles[spec.cells[row]?.[col] ?? 'muted'], spec.counts[row]?.[col] ?? 0)
				),
				borderColor: p.grid,
				borderWidth: 1,
				barPercentage: 1,
				categoryPercentage: 1
			}))
		},
		options: {
			...base,
			layout: { padding: { left: 18 } },
			plugins: {
				legend: { display: false },
				tooltip: {
					titleFont: font,
					bodyFont: font,
					callbacks: {
						title: () => '',
						label: (item: { datasetIndex: number; dataIndex: number }) => {
							const n = spec.counts[item.datasetIndex]?.[item.dataIndex] ?? 0;
							return `${spec.yTitle} ${spec.yLabels[item.datasetIndex]} × ${spec.xTitle} ${spec.xLabels[item.dataIndex]}: ${n} ${spec.unit}`;
						}
					}
				},
				heatCells: { counts: spec.counts, rows: spec.yLabels, text: p.text, family: p.font }
			},
			scales: {
				x: {
					...axis,
					stacked: true,
					title: { display: true, text: spec.xTitle, color: p.text, font }
				},
				y: {
					...axis,
					stacked: true,
					min: 0,
					max: spec.yLabels.length,
					ticks: { display: false },
					title: { display: true, text: spec.yTitle, color: p.text, font }
				}
			}
		},
		plugins: [heatCells]
	};
}
