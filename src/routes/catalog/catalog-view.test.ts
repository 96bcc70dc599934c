import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { filterControls, filterCriteria, filterPolicies, policyIndex } from './catalog-view';

const none = { query: '', category: '' as const, series: '', department: '' as const };

describe('catalog browsing', () => {
	it('lists everything without filters', () => {
		expect(filterCriteria(catalog, none)).toHaveLength(61);
		expect(filterControls(catalog, none)).toHaveLength(catalog.controls.length);
		expect(filterPolicies(catalog, none)).toHaveLength(catalog.policies.length);
	});

	it('filters by category, series and department', () => {
		expect(filterCriteria(catalog, { ...none, category: 'privacy' })).toHaveLength(18);
		expect(filterCriteria(catalog, { ...none, series: 'CC6' }).map((c) => c.id)).toContain('CC6.4');
		for (const c of filterControls(catalog, { ...none, department: 'HR' }))
			expect(c.department).toBe('HR');
	});

	it('finds criteria through the words of their controls', () => {
		const hits = filterCriteria(catalog, { ...none, query: 'multi-factor' }).map((c) => c.id);
		expect(hits).toContain('CC6.1');
	});

	it('indexes the controls each policy governs', () => {
		const idx = policyIndex(catalog);
		for (const p of catalog.policies) expect(idx.get(p.id)?.length ?? 0).toBeGreaterThan(0);
	});
});
