/**
 * Charts for the PDF: drawn off-screen in the fixed print palette, without animation, and
 * returned as PNG data URLs for jsPDF to place.
 */
import type { ChartConfiguration } from 'chart.js';
import { toConfig } from './chart-config';
import { PRINT_PALETTE } from './palette';
import { Chart } from './register';
import type { ChartSpec } from './spec';

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
