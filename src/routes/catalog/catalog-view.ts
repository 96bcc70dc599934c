/** Searching the catalog for the Criteria & controls page (pure). */
import type { Catalog } from '$lib/catalog';
import type { CategoryId, Control, Criterion, Department, Policy } from '$lib/catalog/types';

export interface CatalogFilters {
	query: string;
	category: CategoryId | '';
	series: string;
	department: Department | '';
}

function matches(text: string, q: string): boolean {
	return text.toLowerCase().includes(q);
}

export function controlText(c: Control): string {
	return `${c.id} ${c.title} ${c.question} ${c.guidance} ${c.criteria.join(' ')} ${c.department}`;
}

/** Criteria matching the filters; a criterion matches a keyword through its own text or its controls. */
export function filterCriteria(catalog: Catalog, f: CatalogFilters): Criterion[] {
	const q = f.query.trim().toLowerCase();
	return catalog.criteria.filter((cr) => {
		if (f.category && cr.category !== f.category) return false;
		if (f.series && cr.series !== f.series) return false;
		const supporting = catalog.controls.filter((c) => c.criteria.includes(cr.id));
		if (f.department && !supporting.some((c) => c.department === f.department)) return false;
		if (!q) return true;
		return (
			matches(`${cr.id} ${cr.title} ${cr.explanation}`, q) ||
			supporting.some((c) => matches(controlText(c), q))
		);
	});
}

export function filterControls(catalog: Catalog, f: CatalogFilters): Control[] {
	const q = f.query.trim().toLowerCase();
	const byId = new Map(catalog.criteria.map((c) => [c.id, c]));
	return catalog.controls.filter((c) => {
		const crits = c.criteria.map((id) => byId.get(id));
		if (f.category && !crits.some((cr) => cr?.category === f.category)) return false;
		if (f.series && !crits.some((cr) => cr?.series === f.series)) return false;
		if (f.department && c.department !== f.department) return false;
		return !q || matches(controlText(c), q);
	});
}

export function filterPolicies(catalog: Catalog, f: CatalogFilters): Policy[] {
	const q = f.query.trim().toLowerCase();
	return catalog.policies.filter((p) => {
		if (f.department && p.department !== f.department) return false;
		return !q || matches(`${p.id} ${p.title} ${p.purpose}`, q);
	});
}

/** Which controls each policy governs, and which policies govern each control. */
export function policyIndex(catalog: Catalog): Map<string, Control[]> {
	const m = new Map<string, Control[]>();
	for (const c of catalog.controls) for (const p of c.policies) m.set(p, [...(m.get(p) ?? []), c]);
	return m;
}
