/**
 * A Chart.js plugin that writes each bar's value beside the bar ("44.0%"), so a reader needs no
 * axis to read a bar, on screen and in the PDF. It imports only Chart.js types, so the
 * configuration can be built (and tested) without loading Chart.js.
 */
import type { Chart, Plugin } from 'chart.js';

/** Options under `plugins.barValues` of a bar chart's configuration. */
export interface BarValueOptions {
	/** The spec's unit: '%' values are written with one decimal and a percent sign. */
	unit?: string;
	/** Colour of a label beside its bar (the page's text), of one inside a bar (the page's
	 * background, so it reads on the bar in light and dark mode), and the labels' font family. */
	color?: string;
	inside?: string;
	family?: string;
}

/** A bar's value as written beside it: '44.0%' for percentages, '12.5' for person-days. */
export function barValueLabel(value: number, unit = ''): string {
	if (!Number.isFinite(value)) return '';
	if (unit === '%') return `${value.toFixed(1)}%`;
	return String(Math.round(value * 10) / 10);
}

/** Gap between a bar and its label, and padding inside a bar, in CSS pixels. */
const GAP = 4;

/**
 * Where a horizontal bar's label goes: after the bar's end when it fits before the chart's
 * right edge, else inside the bar's end. Null when it fits nowhere.
 */
export function placeBarValue(
	base: number,
	end: number,
	textWidth: number,
	right: number
): { x: number; align: 'left' | 'right'; inside: boolean } | null {
	if (end + GAP + textWidth <= right) return { x: end + GAP, align: 'left', inside: false };
	if (end - base >= textWidth + 2 * GAP) return { x: end - GAP, align: 'right', inside: true };
	return null;
}

export const barValues: Plugin<'bar', BarValueOptions> = {
	id: 'barValues',
	afterDatasetsDraw(chart: Chart<'bar'>, _args, opts) {
		const { ctx, chartArea } = chart;
		const horizontal = chart.options.indexAxis === 'y';
		ctx.save();
		ctx.font = `600 11px ${opts.family ?? 'sans-serif'}`;
		chart.data.datasets.forEach((ds, i) => {
			if (!chart.isDatasetVisible(i)) return;
			chart.getDatasetMeta(i).data.forEach((el, j) => {
				const text = barValueLabel(Number(ds.data[j]), opts.unit);
				if (!text) return;
				const { x, y, base } = el.getProps(['x', 'y', 'base'], true) as Record<string, number>;
				const width = ctx.measureText(text).width;
				ctx.textBaseline = horizontal ? 'middle' : 'bottom';
				if (horizontal) {
					const at = placeBarValue(base ?? 0, x ?? 0, width, chartArea.right);
					if (!at) return;
					ctx.fillStyle = at.inside ? (opts.inside ?? '#ffffff') : (opts.color ?? '#000000');
					ctx.textAlign = at.align;
					ctx.fillText(text, at.x, y ?? 0);
				} else {
					// Above the bar, or just inside its top when the bar reaches the top of the area.
					const inside = (y ?? 0) - GAP - 12 < chartArea.top;
					ctx.fillStyle = inside ? (opts.inside ?? '#ffffff') : (opts.color ?? '#000000');
					ctx.textAlign = 'center';
					ctx.textBaseline = inside ? 'top' : 'bottom';
					ctx.fillText(text, x ?? 0, (y ?? 0) + (inside ? GAP : -GAP));
				}
			});
		});
		ctx.restore();
	}
};
