/**
 * The state of each onboarding and offboarding check for one person on a given day: done on
 * time, done late, overdue, due (with its date) or not applicable (with the reason). Pure and
 * deterministic: `today` is passed in, dates are 'YYYY-MM-DD' compared by calendar day.
 */
import { addDays, addMonths, daysBetween, isValidDate } from '../dates';
import { DEFAULT_DEADLINES, daysAfterStart, repeatMonths, type CheckDeadlines } from './deadlines';
import { CHECK_KINDS, type CheckKind, type Person, type PersonCheck } from './types';

export type CheckState = 'done' | 'done_late' | 'overdue' | 'due' | 'not_applicable';

export type NotApplicableReason =
	'not_in_scope' | 'no_company_device' | 'no_end_date' | 'left_before_due';

/** One occurrence done after its deadline. */
export interface LateOccurrence {
	dueDate: string;
	doneDate: string;
	daysLate: number;
}

export interface CheckStatus {
	kind: CheckKind;
	state: CheckState;
	/**
	 * Due and overdue: the deadline missed or coming. Done: the next yearly deadline for a
	 * repeating check, else null. Not applicable: null.
	 */
	dueDate: string | null;
	/** When it was done (on or before today): the first record of a one-off check, the latest of a
	 * repeating one; null when not done. */
	doneDate: string | null;
	/** Every occurrence done after its deadline, oldest first (a Type II gap where in the window). */
	late: LateOccurrence[];
	reason: NotApplicableReason | null;
}

export type CheckedPerson = Pick<
	Person,
	'id' | 'startDate' | 'endDate' | 'inScope' | 'companyDevice'
>;

function status(
	kind: CheckKind,
	state: CheckState,
	dueDate: string | null,
	doneDate: string | null,
	late: LateOccurrence[] = [],
	reason: NotApplicableReason | null = null
): CheckStatus {
	return { kind, state, dueDate, doneDate, late, reason };
}

/** The person's dated records of one kind, on or before today, oldest first, each day once. */
function doneDates(
	checks: readonly PersonCheck[],
	personId: string,
	kind: CheckKind,
	today: string
): string[] {
	const set = new Set<string>();
	for (const c of checks)
		if (
			c.personId === personId &&
			c.kind === kind &&
			c.date !== null &&
			isValidDate(c.date) &&
			c.date <= today
		)
			set.add(c.date);
	return [...set].sort();
}

function lateBy(due: string, done: string): LateOccurrence[] {
	return done > due ? [{ dueDate: due, doneDate: done, daysLate: daysBetween(due, done) }] : [];
}

/** A check done once by a deadline. */
function oneOff(
	kind: CheckKind,
	due: string,
	dates: readonly string[],
	today: string
): CheckStatus {
	const first = dates[0];
	if (first === undefined) return status(kind, today > due ? 'overdue' : 'due', due, null);
	const late = lateBy(due, first);
	return status(kind, late.length > 0 ? 'done_late' : 'done', null, first, late);
}

/**
 * A check due by `firstDue` and then within `months` of each completion. The chain stops at the
 * end date: nothing falls due after someone has left.
 */
function repeating(
	kind: CheckKind,
	firstDue: string,
	months: number,
	dates: readonly string[],
	endDate: string | null,
	today: string
): CheckStatus {
	if (dates.length === 0) {
		if (endDate !== null && endDate < firstDue)
			return status(kind, 'not_applicable', null, null, [], 'left_before_due');
		return status(kind, today > firstDue ? 'overdue' : 'due', firstDue, null);
	}
	const late: LateOccurrence[] = [];
	let due = firstDue;
	for (const d of dates) {
		late.push(...lateBy(due, d));
		due = addMonths(d, months);
	}
	const last = dates[dates.length - 1] ?? null;
	if (endDate !== null && due > endDate)
		return status(kind, late.length > 0 ? 'done_late' : 'done', null, last, late);
	if (today > due) return status(kind, 'overdue', due, last, late);
	return status(kind, late.length > 0 ? 'done_late' : 'done', due, last, late);
}

/**
 * The state of one check. Not in scope: nothing applies. Device checks apply only to people with
 * a company device; offboarding checks only once an end date is set. The background check is
 * due by the start date or by the day access was granted, whichever is earlier ("before access").
 * Records dated after today are ignored (a planned date is not a done one).
 */
export function checkStatus(
	person: CheckedPerson,
	kind: CheckKind,
	checks: readonly PersonCheck[],
	today: string,
	deadlines: CheckDeadlines = DEFAULT_DEADLINES
): CheckStatus {
	const na = (reason: NotApplicableReason) =>
		status(kind, 'not_applicable', null, null, [], reason);
	if (!person.inScope) return na('not_in_scope');
	if ((kind === 'device_enrolled' || kind === 'device_returned') && !person.companyDevice)
		return na('no_company_device');
	const dates = doneDates(checks, person.id, kind, today);
	if (kind === 'access_removed' || kind === 'device_returned') {
		if (person.endDate === null) return na('no_end_date');
		const days =
			kind === 'access_removed'
				? deadlines.accessRemovedDaysAfterEnd
				: deadlines.deviceReturnedDaysAfterEnd;
		return oneOff(kind, addDays(person.endDate, days), dates, today);
	}
	let due = addDays(person.startDate, daysAfterStart(kind, deadlines));
	if (kind === 'background_check') {
		const granted = doneDates(checks, person.id, 'access_granted', today)[0];
		if (granted !== undefined && granted < due) due = granted;
	}
	const months = repeatMonths(kind, deadlines);
	if (months !== null) return repeating(kind, due, months, dates, person.endDate, today);
	if (person.endDate !== null && person.endDate < due && dates.length === 0)
		return na('left_before_due');
	return oneOff(kind, due, dates, today);
}

/** Every check for one person, in the order of `CHECK_KINDS` (onboarding, then offboarding). */
export function personCheckStatuses(
	person: CheckedPerson,
	checks: readonly PersonCheck[],
	today: string,
	deadlines: CheckDeadlines = DEFAULT_DEADLINES
): CheckStatus[] {
	return CHECK_KINDS.map((kind) => checkStatus(person, kind, checks, today, deadlines));
}

/** A check to act on: overdue, or due on or before `until`. */
export interface OpenCheck {
	personId: string;
	kind: CheckKind;
	state: 'overdue' | 'due';
	dueDate: string;
}

/**
 * The checks that need doing, for plan tasks and calendar entries: every overdue check, and every
 * due one whose deadline is on or before `until` (today by default). Sorted by due date, then
 * person id, then the order of `CHECK_KINDS`, so the list is the same on every device.
 */
export function openChecks(
	people: readonly CheckedPerson[],
	checks: readonly PersonCheck[],
	today: string,
	options: { until?: string; deadlines?: CheckDeadlines } = {}
): OpenCheck[] {
	const until = options.until ?? today;
	const byPerson = new Map<string, PersonCheck[]>();
	for (const c of checks) {
		const list = byPerson.get(c.personId);
		if (list) list.push(c);
		else byPerson.set(c.personId, [c]);
	}
	const out: OpenCheck[] = [];
	for (const p of people)
		for (const s of personCheckStatuses(p, byPerson.get(p.id) ?? [], today, options.deadlines))
			if (
				s.dueDate !== null &&
				(s.state === 'overdue' || (s.state === 'due' && s.dueDate <= until))
			)
				out.push({ personId: p.id, kind: s.kind, state: s.state, dueDate: s.dueDate });
	const order = (k: CheckKind) => CHECK_KINDS.indexOf(k);
	return out.sort((a, b) =>
		a.dueDate !== b.dueDate
			? a.dueDate < b.dueDate
				? -1
				: 1
			: a.personId !== b.personId
				? a.personId < b.personId
					? -1
					: 1
				: order(a.kind) - order(b.kind)
	);
}
