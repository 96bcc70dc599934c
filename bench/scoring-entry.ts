// Bundled by bench/scoring.mjs and run in Node: full scoring of 61 criteria x 200 controls.
import { catalog } from '$lib/catalog';
import type { Control } from '$lib/catalog/types';
import {
	scoreAssessment,
	type ControlInput,
	type EvidenceCoverage
} from '$lib/domain/scoring/scoring';
import type { ControlStatus } from '$lib/domain/types';

/** A small deterministic generator so every run scores the same synthetic assessment. */
function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

export function run(iterations: number): number[] {
	const r = rng(42);
	const ids = catalog.criteria.map((c) => c.id);
	const statuses: ControlStatus[] = [
		'not_started',
		'planned',
		'in_progress',
		'implemented',
		'not_applicable'
	];
	const freqs: Control['frequency'][] = [
		'continuous',
		'monthly',
		'quarterly',
		'annually',
		'per_event'
	];
	const controls: Control[] = Array.from({ length: 200 }, (_, i) => ({
		id: `SYN-${String(i).padStart(3, '0')}`,
		title: `Synthetic control ${i}`,
		question: '?',
		guidance: '',
		evidenceTypeI: [],
		evidenceTypeII: [],
		department: 'Engineering',
		frequency: freqs[i % freqs.length] ?? 'continuous',
		effortDays: 1,
		key: r() < 0.35,
		criteria: [
			...new Set(
				Array.from(
					{ length: 1 + Math.floor(r() * 3) },
					() => ids[Math.floor(r() * ids.length)] ?? 'CC1.1'
				)
			)
		],
		policies: r() < 0.5 ? ['POL-ISP'] : []
	}));
	const states = new Map<string, ControlInput>(
		controls.map((c) => [
			c.id,
			{
				status: statuses[Math.floor(r() * statuses.length)] ?? 'not_started',
				lastPerformed: r() < 0.5 ? '2026-10-01' : null
			}
		])
	);
	const evidence = new Map<string, EvidenceCoverage>(
		controls.map((c) => [
			c.id,
			{ type1: r() < 0.6, type2: r() < 0.4, type2Dates: r() < 0.5 ? ['2026-11-01'] : [] }
		])
	);
	const input = {
		criteria: catalog.criteria,
		controls,
		applicable: new Set(controls.map((c) => c.id)),
		inScopeCriteria: new Set(ids),
		states,
		evidence,
		policies: new Map([['POL-ISP', 'approved' as const]]),
		today: '2026-11-22'
	};
	for (let i = 0; i < 50; i++) scoreAssessment(input); // warm up the JIT
	const times: number[] = [];
	for (let i = 0; i < iterations; i++) {
		const t = performance.now();
		scoreAssessment(input);
		times.push(performance.now() - t);
	}
	return times;
}
