// Full scoring in Node: 61 criteria x 200 controls (the domain code bundled with Vite).
import { loadTs } from './node-bundle.mjs';
import { median, ms, percentile } from './stats.mjs';

export async function measureScoring() {
	const mod = await loadTs('bench/scoring-entry.ts', 'scoring');
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
