/**
 * How long a piece of evidence stays current, from the control's frequency, and the calendar
 * entries that ask for fresh evidence before it goes stale. Pure: `today` is passed in.
 *
 * An evidence item's date is the date it covers (a screenshot's day, a review's date, the end of
 * the period a report covers). A recurring control's evidence stays current as long as the
 * control may go between two performances (the same limits scoring uses for overdue work); a
 * continuous or per-event control's for a year, the usual span of an audit period. The Type II
 * verdict counts evidence as scoring defines: none on file is `no_evidence`, none dated inside the
 * observation window is `window_evidence` (see docs/scoring.md).
 */
import type { Control, Frequency } from '$lib/catalog/types';
import { addDays, daysBetween } from '../dates';
import { MAX_AGE_DAYS } from '../scoring/scoring';
import type { CalendarActivity, ControlState, EvidenceItem } from '../types';

/** Life of evidence for a continuous or per-event control. */
export const STALE_AFTER_DAYS = 365;
/** The calendar asks for fresh evidence this many days before the current one goes stale. */
export const RENEW_BEFORE_DAYS = 14;

export type FreshnessState = 'current' | 'due_soon' | 'stale' | 'undated' | 'future';

export const FRESHNESS_LABEL: Record<FreshnessState, string> = {
	current: 'Current',
	due_soon: 'Goes stale soon',
	stale: 'Stale',
	undated: 'No date',
	future: 'Dated in the future'
};

/** Days a control's evidence stays current. */
export function evidenceLifeDays(frequency: Frequency): number {
	return MAX_AGE_DAYS[frequency] ?? STALE_AFTER_DAYS;
}

export interface Freshness {
	state: FreshnessState;
	/** The first day the evidence counts as stale; null without a date. */
	staleOn: string | null;
}

/** Whether one evidence item, dated `covers`, is current for a control of `frequency` today. */
export function freshness(covers: string | null, frequency: Frequency, today: string): Freshness {
	if (!covers) return { state: 'undated', staleOn: null };
	if (covers > today) return { state: 'future', staleOn: null };
	const staleOn = addDays(covers, evidenceLifeDays(frequency) + 1);
	if (staleOn <= today) return { state: 'stale', staleOn };
	return {
		state: daysBetween(today, staleOn) <= RENEW_BEFORE_DAYS ? 'due_soon' : 'current',
		staleOn
	};
}

/** Whether a control's evidence, as a set, leaves nothing current: its newest date decides. */
export function controlFreshness(
	items: readonly EvidenceItem[],
	frequency: Frequency,
	today: string
): Freshness | null {
	if (items.length === 0) return null;
	const newest = items
		.map((i) => i.collectedAt)
		.filter((d): d is string => !!d && d <= today)
		.sort()
		.at(-1);
	return newest
		? freshness(newest, frequency, today)
		: freshness(items[0]?.collectedAt ?? null, frequency, today);
}

/**
 * One calendar entry per applicable control whose newest dated evidence will go stale: due
 * RENEW_BEFORE_DAYS before it does, overdue once it has. Controls without dated evidence get no
 * entry (the request list and the gaps already ask for it).
 */
export function evidenceActivities(input: {
	controls: readonly Control[];
	states: ReadonlyMap<string, ControlState>;
	evidence: readonly EvidenceItem[];
	today: string;
}): CalendarActivity[] {
	const byControl = new Map<string, EvidenceItem[]>();
	for (const ev of input.evidence)
		byControl.set(ev.controlId, [...(byControl.get(ev.controlId) ?? []), ev]);
	const out: CalendarActivity[] = [];
	for (const ctl of input.controls) {
		const state = input.states.get(ctl.id);
		if (state?.status === 'not_applicable') continue;
		const f = controlFreshness(byControl.get(ctl.id) ?? [], ctl.frequency, input.today);
		if (!f?.staleOn) continue;
		const days = evidenceLifeDays(ctl.frequency);
		const last = addDays(f.staleOn, -days - 1);
		out.push({
			id: `evidence-renew:${ctl.id}`,
			title: `Collect fresh evidence: ${ctl.title}`,
			description: `The newest evidence for ${ctl.id} covers ${last} and goes stale on ${f.staleOn} (${ctl.frequency.replace('_', '-')} control: evidence stays current ${days} days). Collect a newer record before then.`,
			interval:
				days >= 365
					? { unit: 'year', count: 1 }
					: days >= 28
						? { unit: 'month', count: Math.max(1, Math.round(days / 30)) }
						: { unit: 'week', count: Math.max(1, Math.round(days / 7)) },
			ownerName: state?.ownerName ?? '',
			ownerDepartment: state?.ownerDepartment ?? ctl.department,
			lastDone: last,
			nextDue: addDays(f.staleOn, -RENEW_BEFORE_DAYS),
			overdue: f.state === 'stale',
			source: 'evidence'
		});
	}
	return out;
}
