/**
 * The compliance calendar: recurring activities an auditor expects to see performed on time
 * (periodic controls, policy reviews, and vendor reviews supplied by the vendor module), each
 * with its next due date. Daily and continuous controls are left out: they are automated and
 * would flood a calendar.
 */
import type { Catalog } from '$lib/catalog';
import type { Frequency, ReviewFrequency } from '$lib/catalog/types';
import { addDays, addMonths, formatDate, isValidDate } from '../dates';
import type { Evaluation } from '../scoring/evaluate';
import type { CalendarActivity, PolicyState } from '../types';

type Interval = CalendarActivity['interval'];

/** Control frequencies that belong on a calendar, with their interval. */
export const CONTROL_INTERVALS: Partial<Record<Frequency, Interval>> = {
	weekly: { unit: 'week', count: 1 },
	monthly: { unit: 'month', count: 1 },
	quarterly: { unit: 'month', count: 3 },
	annually: { unit: 'year', count: 1 }
};

export const POLICY_REVIEW_INTERVALS: Record<ReviewFrequency, Interval> = {
	annually: { unit: 'year', count: 1 },
	semiannually: { unit: 'month', count: 6 },
	quarterly: { unit: 'month', count: 3 }
};

/** 'every 3 months', 'every week', … */
export function describeInterval(interval: Interval): string {
	if (interval.unit === 'month' && interval.count === 3) return 'every quarter';
	return interval.count === 1
		? `every ${interval.unit}`
		: `every ${interval.count} ${interval.unit}s`;
}

/** The date one interval after `date`. Months and years clamp to the month's last day. */
export function nextAfter(date: string, interval: Interval): string {
	if (interval.unit === 'week') return addDays(date, 7 * interval.count);
	return addMonths(date, interval.unit === 'year' ? 12 * interval.count : interval.count);
}

/** A stored date or timestamp as a calendar date, or null when it is not a real date. */
function dateOf(value: string | null | undefined): string | null {
	const d = value?.slice(0, 10) ?? null;
	return d !== null && isValidDate(d) ? d : null;
}

export interface CalendarInput {
	evaluation: Evaluation;
	catalog: Pick<Catalog, 'policies'>;
	policyStates: readonly PolicyState[];
	today: string;
	/** Activities from other modules (vendor reviews), included as given. */
	extra?: readonly CalendarActivity[];
}

/**
 * Recurring activities of the assessment, soonest first (then by title). Next due is the last
 * time done plus the interval, or today when never done; overdue when that is before today.
 */
export function recurringActivities(input: CalendarInput): CalendarActivity[] {
	const { evaluation, today } = input;
	const out: CalendarActivity[] = [];
	for (const s of evaluation.score.controls) {
		const ctl = evaluation.controlsById.get(s.controlId);
		if (!ctl) continue;
		const state = evaluation.statesById.get(ctl.id);
		const owner = {
			ownerName: state?.ownerName ?? '',
			ownerDepartment: state?.ownerDepartment ?? ctl.department
		};
		const interval = CONTROL_INTERVALS[ctl.frequency];
		if (interval) {
			const lastDone = dateOf(state?.lastPerformed);
			out.push(
				entry(`control:${ctl.id}`, ctl.title, `Control ${ctl.id}`, interval, lastDone, today, owner)
			);
		}
		// The periodic work inside a continuous control, once the control is in place.
		if (state?.status !== 'implemented') continue;
		for (const a of ctl.activities ?? []) {
			const every = CONTROL_INTERVALS[a.frequency];
			if (!every) continue;
			const dates = (state.activityDates?.[a.id] ?? []).map(dateOf).filter((d) => d !== null);
			const lastDone = dates.sort().at(-1) ?? null;
			out.push(
				entry(
					`activity:${ctl.id}:${a.id}`,
					a.title,
					`Part of control ${ctl.id} (${ctl.title})`,
					every,
					lastDone,
					today,
					owner
				)
			);
		}
	}
	const states = new Map(input.policyStates.map((p) => [p.policyId, p]));
	const policies = new Map(input.catalog.policies.map((p) => [p.id, p]));
	for (const id of evaluation.applicablePolicies) {
		const policy = policies.get(id);
		if (!policy) continue;
		const state = states.get(id);
		const interval = POLICY_REVIEW_INTERVALS[policy.reviewFrequency];
		const status = evaluation.policyStatus.get(id) ?? 'missing';
		const approved = status === 'approved' || status === 'published';
		const lastDone = approved ? dateOf(state?.approvedAt) : null;
		// An explicit next review date wins; an unapproved policy is due now.
		const planned = approved ? dateOf(state?.nextReview) : null;
		const nextDue = planned ?? (lastDone ? nextAfter(lastDone, interval) : today);
		out.push({
			id: `policy-review:${policy.id}`,
			title: `Review policy: ${policy.title}`,
			description: approved
				? `Review the ${policy.title} ${describeInterval(interval)}, update it if anything changed and record the approval.${
						lastDone ? ` Last approved on ${formatDate(lastDone)}.` : ''
					}`
				: `The ${policy.title} is not approved yet: write or finish it and record the approval.`,
			interval,
			ownerName: state?.ownerName ?? '',
			ownerDepartment: policy.department,
			lastDone,
			nextDue,
			overdue: nextDue < today,
			source: 'policy'
		});
	}
	out.push(...(input.extra ?? []));
	return out.sort(byDueThenTitle);
}

/** A control's or an activity's calendar entry: next due one interval after it was last done. */
function entry(
	id: string,
	title: string,
	what: string,
	interval: Interval,
	lastDone: string | null,
	today: string,
	owner: Pick<CalendarActivity, 'ownerName' | 'ownerDepartment'>
): CalendarActivity {
	const nextDue = lastDone ? nextAfter(lastDone, interval) : today;
	return {
		id,
		title,
		description: `${what}, performed ${describeInterval(interval)}. ${
			lastDone ? `Last done on ${formatDate(lastDone)}.` : 'Not yet recorded as done.'
		} Record the date in the app each time it is done.`,
		interval,
		...owner,
		lastDone,
		nextDue,
		overdue: nextDue < today,
		source: 'control'
	};
}

function byDueThenTitle(a: CalendarActivity, b: CalendarActivity): number {
	for (const [x, y] of [
		[a.nextDue, b.nextDue],
		[a.title, b.title],
		[a.id, b.id]
	] as const)
		if (x !== y) return x < y ? -1 : 1;
	return 0;
}
