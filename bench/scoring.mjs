// Full scoring in Node: the domain code is bundled with Vite (so $lib aliases resolve), then run.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { median, ms, percentile } from './stats.mjs';

export async function measureScoring() {
	await build({
		configFile: false,
		logLevel: 'silent',
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: {
			outDir: 'bench/out',
			emptyOutDir: true,
			minify: false,
			lib: { entry: resolve('bench/scoring-entry.ts'), formats: ['es'], fileName: 'scoring' }
		}
	});
	const mod = await import(
		pathToFileURL(resolve('bench/out/scoring.js')).href + `?t=${Date.now()}`
	);
	const times = mod.run(500);
	const med = median(times);
	return {
		rows: [
			{
				what: 'full scoring, 61 criteria x 200 controls (median, Node)',
				value: ms(med),
				target: '<= 2 ms',
				ok: med <= 2
			},
			{ what: 'full scoring (p95, Node)', value: ms(percentile(times, 95)) }
		],
		medianMs: med,
		p95Ms: percentile(times, 95)
	};
}
