/**
 * The register as a whole: when it was last reviewed, what about it blocks Audit-ready, and how
 * many risks are treated. Pure; the rules are in docs/scoring.md ("Risk register").
 */
import { addDays, daysBetween, formatDate } from '../dates';
import { plural } from '../format';
import type { CalendarActivity, ControlStatus } from '../types';
import type { Risk, RiskReview } from './records';
import { BAND_LABEL, isHighBand, ratingBand, riskScore } from './scale';

/** A register review older than this no longer counts as the annual risk assessment. */
export const REVIEW_MAX_AGE_DAYS = 365;

/** The criteria the register's review speaks to: risk assessment (CC3) and mitigation (CC9.1). */
export const RISK_CRITERIA = ['CC3.1', 'CC3.2', 'CC3.3', 'CC3.4', 'CC9.1'] as const;

export type ReviewState = 'none' | 'current' | 'stale';

export interface RegisterStatus {
	state: ReviewState;
	last: RiskReview | null;
	/** When the next review is due ('YYYY-MM-DD'), null before the first. */
	due: string | null;
	/** Whole days since the last review. */
	ageDays: number | null;
}

/** The latest review by date (then by when it was recorded) and whether it is within a year. */
export function registerStatus(reviews: readonly RiskReview[], today: string): RegisterStatus {
	let last: RiskReview | null = null;
	for (const r of reviews)
		if (
			!last ||
			r.reviewedAt > last.reviewedAt ||
			(r.reviewedAt === last.reviewedAt && r.createdAt > last.createdAt)
		)
			last = r;
	if (!last) return { state: 'none', last: null, due: null, ageDays: null };
	const ageDays = daysBetween(last.reviewedAt, today);
	return {
		state: ageDays > REVIEW_MAX_AGE_DAYS ? 'stale' : 'current',
		last,
		due: addDays(last.reviewedAt, REVIEW_MAX_AGE_DAYS),
		ageDays
	};
}

export interface RiskFinding {
	kind: 'risk_review' | 'risk';
	/** The risk's id, or the first criterion for the review. */
	ref: string;
	text: string;
}

/** True when at least one linked control is applicable and implemented. */
export function hasImplementedControl(
	risk: Pick<Risk, 'controlIds'>,
	statusOf: (controlId: string) => ControlStatus | null
): boolean {
	return risk.controlIds.some((id) => statusOf(id) === 'implemented');
}

/**
 * What the register adds to what blocks Audit-ready: no review of the register in the last
 * year (CC3.1–CC3.4, CC9.1), and each high or critical residual risk with no linked control
 * that is applicable and implemented. `statusOf` gives null for a control out of scope.
 */
export function registerFindings(
	risks: readonly Risk[],
	reviews: readonly RiskReview[],
	statusOf: (controlId: string) => ControlStatus | null,
	today: string
): RiskFinding[] {
	const out: RiskFinding[] = [];
	const status = registerStatus(reviews, today);
	const criteria = RISK_CRITERIA.join(', ');
	if (status.state === 'none')
		out.push({
			kind: 'risk_review',
			ref: RISK_CRITERIA[0],
			text:
				risks.length === 0
					? `No risk register: list the company's risks and record a review of the register (${criteria}).`
					: `The risk register has never been reviewed: record the annual review (${criteria}).`
		});
	else if (status.state === 'stale' && status.last)
		out.push({
			kind: 'risk_review',
			ref: RISK_CRITERIA[0],
			text: `The risk register was last reviewed on ${formatDate(status.last.reviewedAt)}, more than a year ago: review it again (${criteria}).`
		});
	const high = risks
		.filter((r) => isHighBand(ratingBand(r.residual)) && !hasImplementedControl(r, statusOf))
		.sort(
			(a, b) => riskScore(b.residual) - riskScore(a.residual) || a.title.localeCompare(b.title)
		);
	for (const r of high)
		out.push({
			kind: 'risk',
			ref: r.id,
			text: `${BAND_LABEL[ratingBand(r.residual)]} residual risk "${r.title.trim() || 'Untitled risk'}" (${riskScore(r.residual)}) has no linked implemented control.`
		});
	return out;
}

/**
 * A risk counts as treated when its treatment is backed: mitigate with at least one linked
 * implemented control; accept, transfer or avoid with a written rationale.
 */
export function isTreated(
	risk: Risk,
	statusOf: (controlId: string) => ControlStatus | null
): boolean {
	if (risk.treatment === 'mitigate') return hasImplementedControl(risk, statusOf);
	return risk.treatmentRationale.trim() !== '';
}

/** "12 of 30 risks treated". */
export function treatedSummary(
	risks: readonly Risk[],
	statusOf: (controlId: string) => ControlStatus | null
): { treated: number; total: number; text: string } {
	const treated = risks.filter((r) => isTreated(r, statusOf)).length;
	return {
		treated,
		total: risks.length,
		text: `${treated} of ${plural(risks.length, 'risk')} treated`
	};
}

/** The compliance calendar's entry for the register's annual review: due today when never done. */
export function riskReviewActivity(
	reviews: readonly RiskReview[],
	today: string
): CalendarActivity {
	const s = registerStatus(reviews, today);
	return {
		id: 'risk-review:register',
		title: 'Review the risk register',
		description:
			'Go through every risk with its owner: is it still rated right, is the treatment still the right one, are its controls working, and what new risks (fraud, changes to the business or the system, vendors) belong in it? Record the review on the Risks page.',
		interval: { unit: 'year', count: 1 },
		ownerName: s.last?.reviewer ?? '',
		ownerDepartment: 'Leadership',
		lastDone: s.last?.reviewedAt ?? null,
		nextDue: s.due ?? today,
		overdue: s.due !== null && s.due < today,
		source: 'risk'
	};
}
