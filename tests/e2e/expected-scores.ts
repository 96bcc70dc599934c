/**
 * Expected Type I scores computed in the test from the catalog with the documented rules
 * (docs/scoring.md), independently of the app's scoring code: key controls weigh 2; implemented
 * with evidence earns 100%, capped at 90% while a governing policy is missing; implemented
 * without evidence 75%; in progress 40%; planned 10%.
 */
import { catalog } from '../../src/lib/catalog/index';
import { scope } from '../../src/lib/domain/scoring/scoping';

export type Done = Record<
	string,
	'implemented+evidence' | 'implemented' | 'in_progress' | 'planned'
>;

function credit(controlId: string, done: Done): number {
	const c = catalog.controls.find((x) => x.id === controlId);
	const s = done[controlId];
	if (!c || !s) return 0;
	if (s === 'in_progress') return 4000;
	if (s === 'planned') return 1000;
	if (s === 'implemented') return 7500;
	return c.policies.length > 0 ? 9000 : 10000;
}

export function expectedTypeI(answers: Record<string, unknown>, done: Done) {
	const r = scope(catalog, answers as never);
	const applicable = new Set(r.applicableControlIds);
	const byCriterion = new Map<string, number>();
	for (const id of r.criteria) {
		let num = 0;
		let den = 0;
		for (const c of catalog.controls) {
			if (!applicable.has(c.id) || !c.criteria.includes(id)) continue;
			const w = c.key ? 2 : 1;
			num += credit(c.id, done) * w;
			den += w;
		}
		// The vendor programme counts in CC9.2 with weight 2 (credit 0 while no vendor is recorded).
		if (id === 'CC9.2') den += 2;
		if (den > 0) byCriterion.set(id, Math.floor((2 * num + den) / (2 * den)));
	}
	const values = [...byCriterion.values()];
	const overall = Math.floor(
		(2 * values.reduce((a, b) => a + b, 0) + values.length) / (2 * values.length)
	);
	return { byCriterion, overall, applicable: r.applicableControlIds };
}

/** '73.5%' for 7350 basis points: the same rounding the app promises. */
export const pct = (bp: number) => `${(bp / 100).toFixed(1)}%`;
