/** Filtering, sorting and grouping of the control checklist (pure, used by the Controls page). */
import type { CategoryId, Control, Criterion, Department } from '$lib/catalog/types';
import { homeCriterion } from '$lib/domain/scoring/applicable-controls';
import { controlPriority } from '$lib/domain/scoring/priority';
import { CONTROL_STATUSES, type ControlState, type ControlStatus } from '$lib/domain/types';

/** The status filter's extra choice: likely in place from another framework, still to confirm. */
export const LIKELY_FILTER = 'likely';
export type StatusFilter = ControlStatus | typeof LIKELY_FILTER | '';

/** Evidence filter: controls with nothing on file, or whose evidence is no longer current. */
export type EvidenceFilter = '' | 'missing' | 'stale';

export interface Filters {
	query: string;
	status: StatusFilter;
	evidence: EvidenceFilter;
	department: Department | '';
	category: CategoryId | '';
	keyOnly: boolean;
	groupBy: 'criterion' | 'department';
	sort: 'catalog' | 'priority' | 'status' | 'due';
}

export const DEFAULT_FILTERS: Filters = {
	query: '',
	status: '',
	evidence: '',
	department: '',
	category: '',
	keyOnly: false,
	groupBy: 'criterion',
	sort: 'catalog'
};

export interface Group {
	id: string;
	/** Heading level 2 for categories and departments, 3 for series, 4 for criteria. */
	level: 2 | 3 | 4;
	title: string;
	/** Criterion id when the group is a criterion (to show its score). */
	criterionId?: string;
	controls: Control[];
}

/** The status filter a `?status=` link asks for (the blockers, the Overview); '' when unknown. */
export function statusFilterFrom(param: string | null): StatusFilter {
	if (param === LIKELY_FILTER) return LIKELY_FILTER;
	return CONTROL_STATUSES.find((s) => s === param) ?? '';
}

/** The evidence filter a `?evidence=` link asks for; '' when unknown. */
export function evidenceFilterFrom(param: string | null): EvidenceFilter {
	return param === 'missing' || param === 'stale' ? param : '';
}

/**
 * The controls the filters let through, sorted. `toConfirm` holds the controls likely in place
 * and still Not assessed (see domain/controls/likely.ts), for the "Likely in place" filter.
 */
export function filterControls(
	controls: readonly Control[],
	states: ReadonlyMap<string, ControlState>,
	criteria: ReadonlyMap<string, Criterion>,
	f: Filters,
	inScope?: ReadonlySet<string>,
	toConfirm: Pick<ReadonlySet<string>, 'has'> = new Set(),
	/** Each control's evidence freshness: 'missing', 'stale' (nothing current) or 'current'. */
	evidenceOf: (id: string) => 'missing' | 'stale' | 'current' = () => 'current'
): Control[] {
	const q = f.query.trim().toLowerCase();
	const out = controls.filter((c) => {
		const s = states.get(c.id);
		const status = s?.status ?? 'not_assessed';
		const dept = s?.ownerDepartment ?? c.department;
		if (f.status === LIKELY_FILTER) {
			if (!toConfirm.has(c.id)) return false;
		} else if (f.status && status !== f.status) return false;
		if (f.evidence && evidenceOf(c.id) !== f.evidence) return false;
		if (f.department && dept !== f.department) return false;
		if (f.category && criteria.get(homeCriterion(c, inScope))?.category !== f.category)
			return false;
		if (f.keyOnly && !c.key) return false;
		if (q) {
			const hay =
				`${c.id} ${c.title} ${c.question} ${c.criteria.join(' ')} ${s?.ownerName ?? ''} ${s?.notes ?? ''}`.toLowerCase();
			if (!hay.includes(q)) return false;
		}
		return true;
	});
	const statusOf = (c: Control) => states.get(c.id)?.status ?? 'not_assessed';
	if (f.sort === 'priority')
		out.sort(
			(a, b) => controlPriority(b, statusOf(b)).points - controlPriority(a, statusOf(a)).points
		);
	else if (f.sort === 'status')
		out.sort(
			(a, b) => CONTROL_STATUSES.indexOf(statusOf(a)) - CONTROL_STATUSES.indexOf(statusOf(b))
		);
	else if (f.sort === 'due')
		out.sort((a, b) =>
			(states.get(a.id)?.dueDate ?? '9999').localeCompare(states.get(b.id)?.dueDate ?? '9999')
		);
	return out;
}

/** Groups by category, series and primary criterion, or by department; keeps the given order inside groups. */
export function groupControls(
	controls: readonly Control[],
	states: ReadonlyMap<string, ControlState>,
	catalog: {
		criteria: readonly Criterion[];
		series: readonly { id: string; title: string }[];
		categories: readonly { id: CategoryId; title: string }[];
	},
	by: Filters['groupBy'],
	departments: readonly Department[],
	inScope?: ReadonlySet<string>
): Group[] {
	if (by === 'department') {
		return departments
			.map((d) => ({
				id: `dept-${d}`,
				level: 2 as const,
				title: d,
				controls: controls.filter((c) => (states.get(c.id)?.ownerDepartment ?? c.department) === d)
			}))
			.filter((g) => g.controls.length > 0);
	}
	const byCriterion = new Map<string, Control[]>();
	for (const c of controls) {
		const key = homeCriterion(c, inScope);
		byCriterion.set(key, [...(byCriterion.get(key) ?? []), c]);
	}
	const groups: Group[] = [];
	for (const cat of catalog.categories) {
		const catCriteria = catalog.criteria.filter(
			(c) => c.category === cat.id && byCriterion.has(c.id)
		);
		if (catCriteria.length === 0) continue;
		groups.push({ id: `cat-${cat.id}`, level: 2, title: cat.title, controls: [] });
		for (const s of catalog.series) {
			const inSeries = catCriteria.filter((c) => c.series === s.id);
			if (inSeries.length === 0) continue;
			groups.push({ id: `series-${s.id}`, level: 3, title: `${s.id} ${s.title}`, controls: [] });
			for (const cr of inSeries) {
				groups.push({
					id: `crit-${cr.id}`,
					level: 4,
					title: `${cr.id} ${cr.title}`,
					criterionId: cr.id,
					controls: byCriterion.get(cr.id) ?? []
				});
			}
		}
	}
	return groups;
}
