import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataAccess, Dependency, SystemAccess } from '../types';
import { TIER_RANK, computeTier, effectiveTier, tierOverrideError } from './tier';

const DATA: DataAccess[] = ['none', 'internal', 'confidential', 'customer_personal'];
const SYSTEM: SystemAccess[] = ['none', 'read', 'write', 'admin'];
const DEP: Dependency[] = ['low', 'medium', 'high'];
const inputArb = fc.record({
	dataAccess: fc.constantFrom(...DATA),
	systemAccess: fc.constantFrom(...SYSTEM),
	dependency: fc.constantFrom(...DEP)
});

describe('computeTier', () => {
	it.each([
		['customer_personal', 'none', 'low', 'critical'],
		['none', 'admin', 'low', 'critical'],
		['confidential', 'none', 'low', 'high'],
		['none', 'write', 'low', 'high'],
		['none', 'none', 'high', 'high'],
		['internal', 'none', 'low', 'medium'],
		['none', 'read', 'low', 'medium'],
		['none', 'none', 'medium', 'medium'],
		['none', 'none', 'low', 'low'],
		['confidential', 'read', 'medium', 'high']
	] as const)(
		'%s data, %s access, %s dependency -> %s',
		(dataAccess, systemAccess, dependency, tier) => {
			expect(computeTier({ dataAccess, systemAccess, dependency }).tier).toBe(tier);
		}
	);

	it('gives every rule that reached the tier as a reason', () => {
		const r = computeTier({
			dataAccess: 'customer_personal',
			systemAccess: 'admin',
			dependency: 'high'
		});
		expect(r.reasons).toEqual([
			"Holds or processes customers' personal data",
			'Has admin access to your systems'
		]);
		expect(
			computeTier({ dataAccess: 'none', systemAccess: 'none', dependency: 'low' }).reasons
		).toHaveLength(3);
	});

	it('never lowers the tier when any input goes up', () => {
		fc.assert(
			fc.property(inputArb, inputArb, (a, b) => {
				const up = {
					dataAccess:
						DATA[Math.max(DATA.indexOf(a.dataAccess), DATA.indexOf(b.dataAccess))] ?? 'none',
					systemAccess:
						SYSTEM[Math.max(SYSTEM.indexOf(a.systemAccess), SYSTEM.indexOf(b.systemAccess))] ??
						'none',
					dependency: DEP[Math.max(DEP.indexOf(a.dependency), DEP.indexOf(b.dependency))] ?? 'low'
				};
				expect(TIER_RANK[computeTier(up).tier]).toBeGreaterThanOrEqual(
					TIER_RANK[computeTier(a).tier]
				);
			})
		);
	});

	it('always explains itself', () => {
		fc.assert(
			fc.property(inputArb, (i) => {
				expect(computeTier(i).reasons.length).toBeGreaterThan(0);
			})
		);
	});
});

describe('effectiveTier', () => {
	const base = {
		dataAccess: 'customer_personal',
		systemAccess: 'none',
		dependency: 'low'
	} as const;

	it('uses the computed tier when nothing is overridden', () => {
		const t = effectiveTier({ ...base, tierOverride: null, tierOverrideReason: '' });
		expect(t).toMatchObject({ tier: 'critical', source: 'computed', computed: 'critical' });
	});

	it('uses the override with its reason and keeps the computed tier for comparison', () => {
		const t = effectiveTier({
			...base,
			tierOverride: 'medium',
			tierOverrideReason: 'Only holds hashed e-mail addresses'
		});
		expect(t.tier).toBe('medium');
		expect(t.source).toBe('override');
		expect(t.computed).toBe('critical');
		expect(t.reasons).toEqual(['Set by hand to Medium: Only holds hashed e-mail addresses']);
	});
});

describe('tierOverrideError', () => {
	it('asks for a reason only when a tier is overridden without one', () => {
		expect(tierOverrideError({ tierOverride: null, tierOverrideReason: '' })).toBeNull();
		expect(
			tierOverrideError({ tierOverride: 'low', tierOverrideReason: 'Sandbox only' })
		).toBeNull();
		expect(tierOverrideError({ tierOverride: 'low', tierOverrideReason: '   ' })).toMatch(
			/Say why/
		);
	});
});
