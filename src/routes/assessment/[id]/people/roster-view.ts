/**
 * The roster list as the page shows it: each person with the state of their checks today, a
 * short summary ("2 overdue"), and the filters (all, overdue, leavers, out of scope) and search.
 * Pure: `today` is passed in.
 */
import {
	personCheckStatuses,
	type CheckStatus,
	type NotApplicableReason
} from '$lib/domain/people/index';
import type { PersonCheckRecord, PersonRecord } from '$lib/domain/types';
import { formatDate } from '$lib/domain/dates';

export type RosterFilter = 'all' | 'overdue' | 'leavers' | 'out_of_scope';

export const ROSTER_FILTERS = [
	'all',
	'overdue',
	'leavers',
	'out_of_scope'
] as const satisfies readonly RosterFilter[];

export const ROSTER_FILTER_LABEL: Record<RosterFilter, string> = {
	all: 'Everyone',
	overdue: 'With overdue checks',
	leavers: 'Leavers',
	out_of_scope: 'Out of scope'
};

export interface RosterRow {
	person: PersonRecord;
	statuses: CheckStatus[];
	overdue: number;
	/** Due and not overdue yet. */
	due: number;
	/** "2 overdue, 1 due", "All done", "Not in scope". */
	summary: string;
	/** Lower-case text the search looks in. */
	haystack: string;
}

export function checksByPerson(
	checks: readonly PersonCheckRecord[]
): Map<string, PersonCheckRecord[]> {
	const map = new Map<string, PersonCheckRecord[]>();
	for (const c of checks) {
		const list = map.get(c.personId);
		if (list) list.push(c);
		else map.set(c.personId, [c]);
	}
	return map;
}

function summaryOf(person: PersonRecord, overdue: number, due: number): string {
	if (!person.inScope) return 'Not in scope';
	const parts: string[] = [];
	if (overdue > 0) parts.push(`${overdue} overdue`);
	if (due > 0) parts.push(`${due} due`);
	return parts.length > 0 ? parts.join(', ') : 'All done';
}

// One collator for the whole sort: localeCompare with a locale builds one per call.
const NAME_ORDER = new Intl.Collator('en');

/** One row per person, in name order (then start date), with their checks as of today. */
export function rosterRows(
	people: readonly PersonRecord[],
	checks: readonly PersonCheckRecord[],
	today: string
): RosterRow[] {
	const byPerson = checksByPerson(checks);
	return people
		.map((person) => {
			const statuses = personCheckStatuses(person, byPerson.get(person.id) ?? [], today);
			const overdue = statuses.filter((s) => s.state === 'overdue').length;
			const due = statuses.filter((s) => s.state === 'due').length;
			const haystack = [
				person.name,
				person.email ?? '',
				person.role,
				person.department,
				person.manager
			]
				.join('\n')
				.toLocaleLowerCase('en');
			return { person, statuses, overdue, due, summary: summaryOf(person, overdue, due), haystack };
		})
		.sort(
			(a, b) =>
				NAME_ORDER.compare(a.person.name, b.person.name) ||
				(a.person.startDate < b.person.startDate
					? -1
					: a.person.startDate > b.person.startDate
						? 1
						: 0)
		);
}

/** The rows a filter and a search (name, email, role, department or manager) leave. */
export function filterRoster(
	rows: readonly RosterRow[],
	filter: RosterFilter,
	query: string
): RosterRow[] {
	const q = query.trim().toLocaleLowerCase('en');
	return rows.filter((r) => {
		if (filter === 'overdue' && r.overdue === 0) return false;
		if (filter === 'leavers' && r.person.endDate === null) return false;
		if (filter === 'out_of_scope' && r.person.inScope) return false;
		return q === '' || r.haystack.includes(q);
	});
}

/** How many rows each filter would show, for the filter's labels. */
export function filterCounts(rows: readonly RosterRow[]): Record<RosterFilter, number> {
	return {
		all: rows.length,
		overdue: rows.filter((r) => r.overdue > 0).length,
		leavers: rows.filter((r) => r.person.endDate !== null).length,
		out_of_scope: rows.filter((r) => !r.person.inScope).length
	};
}

const REASON_TEXT: Record<NotApplicableReason, string> = {
	not_in_scope: 'the person is not in scope',
	no_company_device: 'no company device',
	no_end_date: 'the person has not left',
	left_before_due: 'the person left before it was due'
};

/** A check's state in words, with its dates: "Overdue: due by 31 Jan 2025". */
export function checkStateText(s: CheckStatus): string {
	const d = (date: string | null) => formatDate(date);
	switch (s.state) {
		case 'done':
			return s.dueDate
				? `Done ${d(s.doneDate)}; next due by ${d(s.dueDate)}`
				: `Done ${d(s.doneDate)}`;
		case 'done_late': {
			const last = s.late[s.late.length - 1];
			const late = last ? ` (${last.daysLate} day${last.daysLate === 1 ? '' : 's'} late)` : '';
			return s.dueDate
				? `Done late ${d(s.doneDate)}${late}; next due by ${d(s.dueDate)}`
				: `Done late ${d(s.doneDate)}${late}`;
		}
		case 'overdue':
			return `Overdue: was due by ${d(s.dueDate)}`;
		case 'due':
			return `Due by ${d(s.dueDate)}`;
		case 'not_applicable':
			return `Not applicable: ${s.reason ? REASON_TEXT[s.reason] : 'not needed'}`;
	}
}

export const CHECK_STATE_LABEL: Record<CheckStatus['state'], string> = {
	done: 'Done',
	done_late: 'Done late',
	overdue: 'Overdue',
	due: 'Due',
	not_applicable: 'Not applicable'
};
