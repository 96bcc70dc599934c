/**
 * The people checks as plan tasks and calendar entries. One task per kind of check that is
 * overdue (not one per person: "Security awareness training overdue for 4 people"), so the plan
 * stays readable at any roster size and names nobody; the People page lists who. The calendar
 * gains the yearly training and acknowledgement rounds and a monthly joiners-and-leavers check.
 * Pure: `today` is passed in; the lists are in a fixed order.
 */
import type { Department } from '$lib/catalog/types';
import { formatDate } from '../dates';
import { plural } from '../format';
import type { CalendarActivity, PlanGap } from '../types';
import { openChecks, personCheckStatuses, type CheckedPerson } from './checks';
import { CHECK_CONTROLS } from './controls';
import { DEFAULT_DEADLINES, type CheckDeadlines } from './deadlines';
import { CHECK_KIND_LABEL, CHECK_KINDS, type CheckKind, type PersonCheck } from './types';

/** Who usually chases each check. */
const OWNER_DEPARTMENT: Record<CheckKind, Department> = {
	background_check: 'HR',
	security_training: 'HR',
	policy_acknowledgement: 'HR',
	device_enrolled: 'IT & Security',
	mfa_enabled: 'IT & Security',
	access_granted: 'IT & Security',
	access_removed: 'IT & Security',
	device_returned: 'IT & Security'
};

/**
 * Priority points (plan-gaps.ts PRIORITY_POINTS: high 5, medium 3, low 0): access left with a
 * leaver and a background check missing before access are high; the rest medium.
 */
const PRIORITY: Record<
	CheckKind,
	{ points: number; priority: PlanGap['priority']; reason: string }
> = {
	access_removed: {
		points: 6,
		priority: 'high',
		reason: "A leaver's access still open is the exception auditors look for first."
	},
	background_check: {
		points: 5,
		priority: 'high',
		reason: 'Access given before the background check is an exception on HR-02.'
	},
	security_training: {
		points: 3,
		priority: 'medium',
		reason: 'Training past its deadline is an exception on HR-04.'
	},
	policy_acknowledgement: {
		points: 3,
		priority: 'medium',
		reason: 'Policies not acknowledged on time are an exception on HR-01.'
	},
	device_enrolled: {
		points: 3,
		priority: 'medium',
		reason: 'A device outside device management is an exception on END-01.'
	},
	mfa_enabled: {
		points: 4,
		priority: 'medium',
		reason: 'An account without a second factor is an exception on IAM-02.'
	},
	access_granted: {
		points: 3,
		priority: 'medium',
		reason: 'Access granted without a recorded request is an exception on IAM-04.'
	},
	device_returned: {
		points: 3,
		priority: 'medium',
		reason: 'A device not returned is an exception on the offboarding checklist (HR-08).'
	}
};

/** Person-days of chasing per overdue person, and the bounds of one task. */
const DAYS_PER_PERSON = 0.1;
const MIN_DAYS = 0.5;
const MAX_DAYS = 5;

const TASK_TITLE: Record<CheckKind, string> = {
	background_check: 'Complete background checks',
	security_training: 'Security awareness training',
	policy_acknowledgement: 'Policy acknowledgements',
	device_enrolled: 'Enrol devices in device management',
	mfa_enabled: 'Turn on multi-factor authentication',
	access_granted: 'Record role-based access requests',
	access_removed: "Remove leavers' access",
	device_returned: 'Recover devices from leavers'
};

export interface PeoplePlanOptions {
	/** Catalog criteria of a control, for the task. */
	criteriaOf: (controlId: string) => readonly string[];
	/** Controls the scoping makes applicable: checks feeding none of them get no task (all when absent). */
	applicable?: ReadonlySet<string>;
	deadlines?: CheckDeadlines;
}

/** One plan gap per kind of check overdue today, most urgent first. */
export function peopleGaps(
	people: readonly CheckedPerson[],
	checks: readonly PersonCheck[],
	today: string,
	options: PeoplePlanOptions
): PlanGap[] {
	const overdue = openChecks(people, checks, today, { deadlines: options.deadlines }).filter(
		(c) => c.state === 'overdue'
	);
	const out: PlanGap[] = [];
	for (const kind of CHECK_KINDS) {
		const mine = overdue.filter((c) => c.kind === kind);
		const controlIds = CHECK_CONTROLS[kind].filter((id) => options.applicable?.has(id) ?? true);
		if (mine.length === 0 || controlIds.length === 0) continue;
		const oldest = mine.reduce(
			(d, c) => (c.dueDate < d ? c.dueDate : d),
			mine[0]?.dueDate ?? today
		);
		const p = PRIORITY[kind];
		out.push({
			gapKey: `people-check:${kind}`,
			title: `${TASK_TITLE[kind]}: overdue for ${plural(mine.length, 'person', 'people')} (the oldest due ${formatDate(oldest)})`,
			controlIds: [...controlIds],
			criteria: [...new Set(controlIds.flatMap((id) => options.criteriaOf(id)))],
			ownerName: '',
			ownerDepartment: OWNER_DEPARTMENT[kind],
			effortDays: Math.min(
				MAX_DAYS,
				Math.max(MIN_DAYS, Math.round(mine.length * DAYS_PER_PERSON * 10) / 10)
			),
			priorityPoints: p.points,
			priority: p.priority,
			priorityReason: p.reason,
			dueDate: null
		});
	}
	return out.sort((a, b) => b.priorityPoints - a.priorityPoints);
}

/**
 * People gaps worked out for every control, kept to the applicable ones (a gap whose controls are
 * all out of scope goes), so the store can work them out once per change of the roster.
 */
export function gapsForApplicable(
	gaps: readonly PlanGap[],
	applicable: ReadonlySet<string>,
	criteriaOf: (controlId: string) => readonly string[]
): PlanGap[] {
	return gaps.flatMap((g) => {
		const controlIds = g.controlIds.filter((id) => applicable.has(id));
		if (controlIds.length === 0) return [];
		if (controlIds.length === g.controlIds.length) return [g];
		return [
			{ ...g, controlIds, criteria: [...new Set(controlIds.flatMap((id) => criteriaOf(id)))] }
		];
	});
}

const ONE_OFF: readonly CheckKind[] = CHECK_KINDS.filter(
	(k) => k !== 'security_training' && k !== 'policy_acknowledgement'
);

/**
 * The calendar's people rounds, once the roster has someone in scope: yearly training and
 * acknowledgement (next due: the earliest person's; overdue when anyone is), and a monthly check
 * of joiners' and leavers' checklists (overdue when any one-off check is).
 */
export function peopleActivities(
	people: readonly CheckedPerson[],
	checks: readonly PersonCheck[],
	today: string,
	deadlines: CheckDeadlines = DEFAULT_DEADLINES
): CalendarActivity[] {
	if (!people.some((p) => p.inScope)) return [];
	const byPerson = new Map<string, PersonCheck[]>();
	for (const c of checks) byPerson.set(c.personId, [...(byPerson.get(c.personId) ?? []), c]);
	const statuses = people.flatMap((p) =>
		personCheckStatuses(p, byPerson.get(p.id) ?? [], today, deadlines)
	);
	const round = (kind: CheckKind, description: string): CalendarActivity => {
		const mine = statuses.filter((s) => s.kind === kind && s.state !== 'not_applicable');
		const dues = mine.flatMap((s) => (s.dueDate ? [s.dueDate] : [])).sort();
		const dones = mine.flatMap((s) => (s.doneDate ? [s.doneDate] : [])).sort();
		return {
			id: `people:${kind}`,
			title: `${CHECK_KIND_LABEL[kind]} (everyone in scope)`,
			description,
			interval: { unit: 'year', count: 1 },
			ownerName: '',
			ownerDepartment: 'HR',
			lastDone: dones.at(-1) ?? null,
			nextDue: dues[0] ?? today,
			overdue: mine.some((s) => s.state === 'overdue'),
			source: 'people'
		};
	};
	const oneOff = statuses.filter((s) => ONE_OFF.includes(s.kind) && s.dueDate !== null);
	const openDues = oneOff
		.filter((s) => s.state === 'overdue' || s.state === 'due')
		.flatMap((s) => (s.dueDate ? [s.dueDate] : []))
		.sort();
	return [
		round(
			'security_training',
			`Security awareness training for everyone in scope: new joiners within ${deadlines.trainingDaysAfterStart} days, everyone again within ${deadlines.trainingRepeatMonths} months of their last (HR-04). Record each completion on the People page.`
		),
		round(
			'policy_acknowledgement',
			'Everyone in scope acknowledges the current policies and code of conduct again (HR-01). Record each acknowledgement on the People page.'
		),
		{
			id: 'people:joiners-leavers',
			title: "Joiners' and leavers' checklists",
			description:
				"Go through the month's joiners and leavers: background check, policy acknowledgement, device enrolment, MFA and role-based access for joiners; access removed and devices returned for leavers (HR-07, HR-08, IAM-05). Record each check on the People page.",
			interval: { unit: 'month', count: 1 },
			ownerName: '',
			ownerDepartment: 'HR',
			lastDone: null,
			nextDue: openDues[0] ?? today,
			overdue: oneOff.some((s) => s.state === 'overdue'),
			source: 'people'
		}
	];
}
