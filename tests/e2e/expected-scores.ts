/**
 * Expected Type I scores computed in the test with the documented rules (docs/scoring.md),
 * independently of the app's domain code: key controls weigh 2; implemented with evidence earns
 * 100%, capped at 90% while a governing policy is missing; implemented without evidence 75%; in
 * progress 40%; planned 10%.
 *
 * Which criteria are in scope and which controls apply is not asked of the app's scoping code
 * either: it comes from the lists written out in ./expected/scoping.ts. Only catalog data (a
 * control's criteria, key flag and policies) is read from src/lib/catalog.
 */
import { catalog } from '../../src/lib/catalog/index';
import type { ExpectedScope } from './expected/scoping';

export type Done = Record<
	string,
	'implemented+evidence' | 'implemented' | 'in_progress' | 'planned'
>;

/** Criteria where docs/scoring.md counts the vendor programme too; only CC9.2 is modelled here. */
const VENDOR_CRITERIA_NOT_MODELLED = ['P6.4', 'P6.5', 'C1.1'];

/**
 * Refuses an expected scope that no longer matches the catalog: every catalog control must be
 * listed exactly once, as applicable or not, and every criterion must exist. A catalog change
 * then stops the test with this message instead of a puzzling score mismatch.
 */
function checkAgainstCatalog(expected: ExpectedScope): void {
	const problems: string[] = [];
	const listed = [...expected.applicable, ...expected.notApplicable];
	const counts = new Map<string, number>();
	for (const id of listed) counts.set(id, (counts.get(id) ?? 0) + 1);
	for (const [id, n] of counts) if (n > 1) problems.push(`${id} listed ${n} times`);
	const known = new Set(catalog.controls.map((c) => c.id));
	for (const id of counts.keys()) if (!known.has(id)) problems.push(`${id} is not in the catalog`);
	for (const id of known) if (!counts.has(id)) problems.push(`${id} is not listed`);
	const criteria = new Set(catalog.criteria.map((c) => c.id));
	for (const id of expected.criteria)
		if (!criteria.has(id)) problems.push(`criterion ${id} is not in the catalog`);
	for (const id of VENDOR_CRITERIA_NOT_MODELLED)
		if (expected.criteria.includes(id))
			problems.push(`criterion ${id} in scope: its vendor programme item is not modelled here`);
	if (problems.length > 0)
		throw new Error(
			`tests/e2e/expected/scoping.ts is out of date with the catalog (re-derive it as its header says): ${problems.join('; ')}`
		);
}

function credit(controlId: string, done: Done): number {
	const c = catalog.controls.find((x) => x.id === controlId);
	const s = done[controlId];
	if (!c || !s) return 0;
	if (s === 'in_progress') return 4000;
	if (s === 'planned') return 1000;
	if (s === 'implemented') return 7500;
	return c.policies.length > 0 ? 9000 : 10000;
}

export function expectedTypeI(expected: ExpectedScope, done: Done) {
	checkAgainstCatalog(expected);
	const applicable = new Set(expected.applicable);
	const byCriterion = new Map<string, number>();
	for (const id of expected.criteria) {
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
	return { byCriterion, overall, applicable: expected.applicable };
}

/**
 * The weight of CC9.2's applicable catalog controls in an expected scope (key 2, others 1),
 * without the vendor programme item.
 */
export function cc92ControlWeight(expected: ExpectedScope): number {
	checkAgainstCatalog(expected);
	const applicable = new Set(expected.applicable);
	let weight = 0;
	for (const c of catalog.controls)
		if (applicable.has(c.id) && c.criteria.includes('CC9.2')) weight += c.key ? 2 : 1;
	return weight;
}

/** '73.5%' for 7350 basis points: the same rounding the app promises. */
export const pct = (bp: number) => `${(bp / 100).toFixed(1)}%`;
