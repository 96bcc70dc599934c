/**
 * A Chart.js plugin that draws labelled vertical lines (audit-ready date, report date) on a Gantt
 * chart. It imports only Chart.js types, so the configuration can be built without loading Chart.js.
 */
import type { Plugin } from 'chart.js';
import type { Palette } from './palette';
import type { GanttSpec } from './spec';

/** Options under `plugins.ganttMarkers` of a Gantt chart's configuration. */
export interface GanttMarkerOptions {
	markers?: GanttSpec['markers'];
	palette?: Palette;
}

export const ganttMarkers: Plugin<'bar'> = {
	id: 'ganttMarkers',
	afterDatasetsDraw(chart, _args, opts: GanttMarkerOptions) {
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
			ctx.font = `600 12px ${opts.palette.font}`;
			ctx.textAlign = px > chartArea.right - 80 ? 'right' : 'left';
			ctx.fillText(m.label, px + (ctx.textAlign === 'right' ? -4 : 4), chartArea.top + 12);
		}
		ctx.restore();
	}
};
