/**
 * What the people records add to the verdict: overdue checks (both report types), checks done
 * after their deadline inside the Type II observation window (Type II), and leavers' accounts
 * still listed in a system's latest completed access review (both) block Audit-ready on the
 * control they evidence; completed access reviews date the access-review control (IAM-07).
 * Scores are not changed, as with the risk register: the blockers say what an auditor would
 * count as an exception. Counts only: no names reach the verdict. Pure: `today` is passed in.
 */
import { addMonths } from '../dates';
import { plural } from '../format';
import type { Blocker } from '../scoring/readiness';
import type { ReportType } from '../types';
import { matchAccounts, type AccessReviewCounts } from './access-review';
import { CHECK_CONTROLS, PEOPLE_CONTROL, type PeopleControlId } from './controls';
import { DEFAULT_DEADLINES, type CheckDeadlines } from './deadlines';
import {
	accessReviewImpact,
	peopleControlImpacts,
	type AccessReviewImpact,
	type ControlPeopleImpact
} from './impact';
import type { ObservationWindow } from './sampling';
import {
	CHECK_KIND_LABEL,
	CHECK_KINDS,
	type AccessReview,
	type Person,
	type PersonCheck
} from './types';

export interface PeopleData {
	people: readonly Person[];
	personChecks: readonly PersonCheck[];
	accessReviews: readonly AccessReview[];
}

export interface PeopleVerdict {
	/** People on the roster, and of them in scope. */
	rosterSize: number;
	inScope: number;
	/** The Type II window the late checks were judged in. */
	window: ObservationWindow;
	/** Per control fed by people checks, for each report type. */
	controls: Record<ReportType, ControlPeopleImpact[]>;
	access: AccessReviewImpact;
	/** What blocks Audit-ready, per report type (empty without a roster). */
	blockers: Record<ReportType, Blocker[]>;
}

/** The trailing Type II window as of `today`, as scoring reads it. */
export function trailingWindow(today: string, months: number): ObservationWindow {
	return { start: addMonths(today, -months), end: today };
}

/** Each review with the counts of its accounts matched to the roster as of its date. */
export function reviewCounts(
	reviews: readonly AccessReview[],
	people: readonly Person[]
): (AccessReview & { counts: AccessReviewCounts })[] {
	return reviews.map((r) => ({
		...r,
		counts: matchAccounts(r.accounts, people, r.reviewDate).counts
	}));
}

/** The dates of every completed access review, oldest first, each once: IAM-07's occurrences. */
export function accessReviewDates(reviews: readonly Pick<AccessReview, 'completedAt'>[]): string[] {
	return [...new Set(reviews.flatMap((r) => (r.completedAt ? [r.completedAt] : [])))].sort();
}

/** The check names a control is fed by, in words ("security awareness training"). */
function checksOf(controlId: PeopleControlId): string {
	return CHECK_KINDS.filter((k) => CHECK_CONTROLS[k].includes(controlId))
		.map((k) => CHECK_KIND_LABEL[k].toLowerCase())
		.join(', ');
}

function checkBlockers(impacts: readonly ControlPeopleImpact[], type: ReportType): Blocker[] {
	const out: Blocker[] = [];
	for (const c of impacts) {
		if (c.gaps === 0) continue;
		const late = c.gaps - c.overdue;
		const parts = [
			c.overdue > 0 ? `${plural(c.overdue, 'person', 'people')} overdue` : '',
			type === 'type2' && late > 0
				? `${plural(late, 'person', 'people')} done after the deadline inside the observation window`
				: ''
		].filter((p) => p !== '');
		out.push({
			kind: 'people',
			ref: c.controlId,
			text: `${c.controlId} people checks (${checksOf(c.controlId)}): ${parts.join('; ')} of ${c.checked} checked.`
		});
	}
	return out;
}

function accessBlockers(access: AccessReviewImpact): Blocker[] {
	if (access.leaverAccounts === 0) return [];
	return [
		{
			kind: 'people',
			ref: PEOPLE_CONTROL.accessRemoval,
			text: `${PEOPLE_CONTROL.accessRemoval}: ${plural(access.leaverAccounts, "leaver's account", "leavers' accounts")} still listed after they left, in the latest completed access review of a system.`
		}
	];
}

export interface PeopleVerdictOptions {
	today: string;
	observationMonths: number;
	/** Controls the scoping makes applicable; the others get no blockers (all when absent). */
	applicable?: ReadonlySet<string>;
	deadlines?: CheckDeadlines;
}

/** The people records' findings, or null without a roster (nothing to judge then). */
export function peopleVerdict(
	data: PeopleData,
	options: PeopleVerdictOptions
): PeopleVerdict | null {
	if (data.people.length === 0 && data.accessReviews.length === 0) return null;
	const window = trailingWindow(options.today, options.observationMonths);
	const deadlines = options.deadlines ?? DEFAULT_DEADLINES;
	const all = peopleControlImpacts(data.people, data.personChecks, {
		today: options.today,
		window,
		deadlines
	});
	const controls = all;
	const access = accessReviewImpact(reviewCounts(data.accessReviews, data.people));
	const removal = accessBlockers(access);
	const v: PeopleVerdict = {
		rosterSize: data.people.length,
		inScope: data.people.filter((p) => p.inScope).length,
		window,
		controls,
		access,
		blockers: {
			type1: [...checkBlockers(controls.type1, 'type1'), ...removal],
			type2: [...checkBlockers(controls.type2, 'type2'), ...removal]
		}
	};
	return options.applicable ? forApplicable(v, options.applicable) : v;
}

/**
 * The verdict kept to the controls the scoping makes applicable. The verdict itself depends only
 * on the people records and the day, so the store works it out once per change of those and
 * scopes it on every evaluation.
 */
export function forApplicable(v: PeopleVerdict, applicable: ReadonlySet<string>): PeopleVerdict {
	const keep = <T extends { controlId: string }>(list: readonly T[]) =>
		list.filter((c) => applicable.has(c.controlId));
	const blockers = (list: readonly Blocker[]) => list.filter((b) => applicable.has(b.ref));
	return {
		...v,
		controls: { type1: keep(v.controls.type1), type2: keep(v.controls.type2) },
		blockers: { type1: blockers(v.blockers.type1), type2: blockers(v.blockers.type2) }
	};
}
