/**
 * How the people checks feed the controls they evidence, for the verdict and the reports: per
 * control, how many people were checked, how many are done, late, overdue or not yet due, the
 * gaps, and completion rates in basis points. Counts and rates only: no names or personal
 * details leave this module, so the gap report and investor summary can print them as they are.
 */
import type { ReportType } from '../types';
import type { AccessReviewCounts } from './access-review';
import { checkStatus, type CheckState, type CheckStatus, type CheckedPerson } from './checks';
import { CHECK_CONTROLS, PEOPLE_CONTROL, type PeopleControlId } from './controls';
import { DEFAULT_DEADLINES, type CheckDeadlines } from './deadlines';
import type { ObservationWindow } from './sampling';
import { CHECK_KINDS, type AccessReview, type CheckKind, type PersonCheck } from './types';

export interface ControlPeopleImpact {
	controlId: PeopleControlId;
	/** People for whom at least one of the control's checks applies. */
	checked: number;
	/** Each person counted once, by their worst check for the control. */
	done: number;
	doneLate: number;
	overdue: number;
	due: number;
	/**
	 * People counting against the control: overdue, plus (Type II) done late with the missed
	 * deadline inside the window. A Type I report looks at one date, so past lateness is not one.
	 */
	gaps: number;
	/** Done (on time or late) out of those whose deadline has passed, 0..10000; null if none has. */
	completionBp: number | null;
	/** Done on time out of those whose deadline has passed, 0..10000; null if none has. */
	onTimeBp: number | null;
}

export interface ImpactOptions {
	today: string;
	reportType: ReportType;
	/** Type II observation window; without it every late occurrence counts. */
	window?: ObservationWindow | null;
	deadlines?: CheckDeadlines;
}

/** How bad each applicable state is: a person counts once, by their worst check. */
const RANK: Record<Exclude<CheckState, 'not_applicable'>, number> = {
	done: 0,
	due: 1,
	done_late: 2,
	overdue: 3
};

/** Controls in catalog order of the mapping, each once. */
const CONTROL_ORDER: readonly PeopleControlId[] = [
	...new Set(CHECK_KINDS.flatMap((k) => CHECK_CONTROLS[k]))
];

function isGap(s: CheckStatus, o: ImpactOptions): boolean {
	if (s.state === 'overdue') return true;
	if (s.state !== 'done_late' || o.reportType !== 'type2') return false;
	const w = o.window;
	return !w || s.late.some((l) => l.dueDate >= w.start && l.dueDate <= w.end);
}

const rate = (part: number, whole: number) =>
	whole === 0 ? null : Math.round((part * 10_000) / whole);

type StatusesByPerson = ReadonlyMap<CheckKind, CheckStatus>[];

/** Every check's status for every person, once (both report types read the same statuses). */
function allStatuses(
	people: readonly CheckedPerson[],
	checks: readonly PersonCheck[],
	today: string,
	deadlines: CheckDeadlines
): StatusesByPerson {
	const byPerson = new Map<string, PersonCheck[]>();
	for (const c of checks) {
		const list = byPerson.get(c.personId);
		if (list) list.push(c);
		else byPerson.set(c.personId, [c]);
	}
	return people.map((p) => {
		const own = byPerson.get(p.id) ?? [];
		return new Map(CHECK_KINDS.map((k) => [k, checkStatus(p, k, own, today, deadlines)]));
	});
}

const KINDS_FOR = new Map(
	CONTROL_ORDER.map((id) => [id, CHECK_KINDS.filter((k) => CHECK_CONTROLS[k].includes(id))])
);

function impactOf(statuses: StatusesByPerson, options: ImpactOptions): ControlPeopleImpact[] {
	return CONTROL_ORDER.map((controlId) => {
		const kinds = KINDS_FOR.get(controlId) ?? [];
		const out: ControlPeopleImpact = {
			controlId,
			checked: 0,
			done: 0,
			doneLate: 0,
			overdue: 0,
			due: 0,
			gaps: 0,
			completionBp: null,
			onTimeBp: null
		};
		for (const byKind of statuses) {
			// The person's worst applicable check for the control, and whether any is a gap.
			let worst = -1;
			let gap = false;
			for (const k of kinds) {
				const st = byKind.get(k);
				if (st === undefined || st.state === 'not_applicable') continue;
				worst = Math.max(worst, RANK[st.state]);
				if (!gap && isGap(st, options)) gap = true;
			}
			if (worst < 0) continue;
			out.checked += 1;
			if (worst === RANK.overdue) out.overdue += 1;
			else if (worst === RANK.done_late) out.doneLate += 1;
			else if (worst === RANK.due) out.due += 1;
			else out.done += 1;
			if (gap) out.gaps += 1;
		}
		const expected = out.done + out.doneLate + out.overdue;
		out.completionBp = rate(out.done + out.doneLate, expected);
		out.onTimeBp = rate(out.done, expected);
		return out;
	});
}

/**
 * Per control fed by people checks (HR-01, HR-02, HR-04, HR-07, HR-08, END-01, IAM-02, IAM-04,
 * IAM-05), the counts for in-scope people as of `today`. A person with several checks for one
 * control (the onboarding checklist) counts once, by the worst of them, and is a gap when any is.
 */
export function peopleControlImpact(
	people: readonly CheckedPerson[],
	checks: readonly PersonCheck[],
	options: ImpactOptions
): ControlPeopleImpact[] {
	const deadlines = options.deadlines ?? DEFAULT_DEADLINES;
	return impactOf(allStatuses(people, checks, options.today, deadlines), options);
}

/** `peopleControlImpact` for both report types, the statuses worked out once. */
export function peopleControlImpacts(
	people: readonly CheckedPerson[],
	checks: readonly PersonCheck[],
	options: Omit<ImpactOptions, 'reportType'>
): Record<ReportType, ControlPeopleImpact[]> {
	const deadlines = options.deadlines ?? DEFAULT_DEADLINES;
	const statuses = allStatuses(people, checks, options.today, deadlines);
	return {
		type1: impactOf(statuses, { ...options, reportType: 'type1' }),
		type2: impactOf(statuses, { ...options, reportType: 'type2' })
	};
}

export interface AccessReviewImpact {
	/** Latest completion among the reviews: the access-review control's (IAM-07) last occurrence. */
	lastCompletedAt: string | null;
	/** Systems with at least one completed review. */
	systemsReviewed: number;
	/** Leavers' accounts still listed in each system's latest completed review: gaps on IAM-05. */
	leaverAccounts: number;
	/** Accounts matching nobody or more than one person, to be explained (IAM-07). */
	unknownAccounts: number;
	/** Generic accounts, each needing a named owner (IAM-03). */
	sharedAccounts: number;
	controls: {
		accessReview: typeof PEOPLE_CONTROL.accessReview;
		accessRemoval: typeof PEOPLE_CONTROL.accessRemoval;
		uniqueAccounts: typeof PEOPLE_CONTROL.uniqueAccounts;
	};
}

/**
 * What the access reviews say for the report: the last completion date and, from each system's
 * latest completed review, the leaver, unknown and shared accounts found. Open reviews do not
 * count: a finding is reported once the reviewer has signed off.
 */
export function accessReviewImpact(
	reviews: readonly (Pick<AccessReview, 'systemName' | 'completedAt'> & {
		counts: AccessReviewCounts;
	})[]
): AccessReviewImpact {
	const latest = new Map<string, (typeof reviews)[number]>();
	for (const r of reviews) {
		if (r.completedAt === null) continue;
		const prev = latest.get(r.systemName);
		if (!prev || (prev.completedAt ?? '') < r.completedAt) latest.set(r.systemName, r);
	}
	const chosen = [...latest.values()];
	const sum = (f: (c: AccessReviewCounts) => number) => chosen.reduce((n, r) => n + f(r.counts), 0);
	return {
		lastCompletedAt: chosen.reduce<string | null>(
			(d, r) => (d === null || (r.completedAt ?? '') > d ? r.completedAt : d),
			null
		),
		systemsReviewed: chosen.length,
		leaverAccounts: sum((c) => c.leavers),
		unknownAccounts: sum((c) => c.unknown + c.ambiguous),
		sharedAccounts: sum((c) => c.shared),
		controls: {
			accessReview: PEOPLE_CONTROL.accessReview,
			accessRemoval: PEOPLE_CONTROL.accessRemoval,
			uniqueAccounts: PEOPLE_CONTROL.uniqueAccounts
		}
	};
}
