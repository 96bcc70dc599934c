/**
 * The Svelte attachment for live charts on a page: a Chart.js chart on a canvas that follows its
 * spec and the system's light or dark mode, and is destroyed with the canvas.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { toConfig } from './chart-config';
import { screenPalette } from './palette';
import { Chart } from './register';
import type { ChartSpec } from './spec';

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
