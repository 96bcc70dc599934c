/**
 * What the Evidence page shows of the request list: the rows a status filter keeps, the summary
 * counts, and the groups (by department or by owner). Pure, so the page only draws.
 */
import {
	groupByDepartment,
	groupByOwner,
	type RequestGroup,
	type RequestRow,
	type RequestStatus
} from '$lib/domain/evidence/request-list';

export type StatusFilter = 'all' | RequestStatus;
export type GroupBy = 'department' | 'owner';

export const STATUS_FILTERS: ReadonlyArray<{ value: StatusFilter; label: string }> = [
	{ value: 'all', label: 'All' },
	{ value: 'missing', label: 'Missing' },
	{ value: 'stale', label: 'Stale' },
	{ value: 'on_file', label: 'On file' }
];

export function countByStatus(rows: readonly RequestRow[]): Record<RequestStatus, number> {
	const out: Record<RequestStatus, number> = { on_file: 0, stale: 0, missing: 0 };
	for (const r of rows) out[r.status] += 1;
	return out;
}

/**
 * The groups to draw: the filter applied first, so an emptied group disappears. An owner keeps
 * the label the whole list gives them, whichever of their rows the filter leaves.
 */
export function visibleGroups(
	rows: readonly RequestRow[],
	filter: StatusFilter,
	by: GroupBy
): RequestGroup[] {
	const kept = filter === 'all' ? rows : rows.filter((r) => r.status === filter);
	if (by === 'department') return groupByDepartment(kept);
	const labels = new Map(groupByOwner(rows).map((g) => [g.key, g.label]));
	return groupByOwner(kept).map((g) => ({ ...g, label: labels.get(g.key) ?? g.label }));
}

/** Owners to offer for the workshop PDF: every owner group of the whole list, with its size. */
export function ownerChoices(
	rows: readonly RequestRow[]
): Array<{ key: string; label: string; count: number }> {
	return groupByOwner(rows).map((g) => ({ key: g.key, label: g.label, count: g.rows.length }));
}
