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
			const draw = () => {
				instance?.destroy();
				instance = new Chart(
					canvas,
					toConfig(spec, screenPalette(), !reducedMotion()) as ChartConfiguration
				);
			};
			if (instance) return draw();
			// The first draw waits until the page has painted (the next frame, then a task of its
			// own per chart): building a chart costs tens of milliseconds, and the figures around it
			// come first. The canvas sits in a box of fixed size, so nothing moves when it appears.
			let timer: ReturnType<typeof setTimeout> | undefined;
			const frame = requestAnimationFrame(() => (timer = setTimeout(draw, 0)));
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		});
		return () => {
			dark.removeEventListener('change', onScheme);
			instance?.destroy();
		};
	};
}
