/**
 * Checks on a risk and a register review before they are saved: a message per field, nothing
 * saved while any remains (the form keeps what was typed). Pure.
 */
import { isValidDate } from '../dates';
import { LIMITS } from '../limits';
import type { Risk, RiskReview } from './records';
import { SCALE_MAX, SCALE_MIN, onScale } from './scale';

/** Dates before this are typing mistakes in a register of a company founded this century. */
export const EARLIEST_RISK_DATE = '2000-01-01';

export type RiskField =
	| 'title'
	| 'description'
	| 'ownerName'
	| 'treatmentRationale'
	| 'inherentLikelihood'
	| 'inherentImpact'
	| 'residualLikelihood'
	| 'residualImpact'
	| 'reviewedAt'
	| 'nextReview'
	| 'pressures'
	| 'opportunities'
	| 'rationalisation';

export type RiskErrors = Partial<Record<RiskField, string>>;

function scaleError(value: number, what: string): string | undefined {
	return onScale(value)
		? undefined
		: `${what} must be a whole number from ${SCALE_MIN} to ${SCALE_MAX} (${SCALE_MIN} = rare or minor, ${SCALE_MAX} = almost certain or severe).`;
}

function lengthError(value: string, max: number): string | undefined {
	return value.length > max
		? `Too long: ${value.length.toLocaleString('en-GB')} characters, at most ${max.toLocaleString('en-GB')}.`
		: undefined;
}

/** Message for a calendar date field, or undefined when it is empty or fine. */
export function riskDateError(
	value: string | null,
	today: string,
	future: boolean
): string | undefined {
	if (value === null || value === '') return undefined;
	if (!isValidDate(value)) return 'Not a real date: use the date picker or YYYY-MM-DD.';
	if (value < EARLIEST_RISK_DATE) return 'A date before 2000 is almost certainly a typing mistake.';
	if (!future && value > today) return 'A review cannot be dated in the future.';
	if (future && value > `${Number(today.slice(0, 4)) + 10}${today.slice(4)}`)
		return 'More than ten years ahead: a register is reviewed at least yearly.';
	return undefined;
}

function put(out: RiskErrors, field: RiskField, message: string | undefined): void {
	if (message) out[field] = message;
}

/** Every problem with a risk as it would be saved, by field. */
export function riskErrors(risk: Risk, today: string): RiskErrors {
	const out: RiskErrors = {};
	put(
		out,
		'title',
		risk.title.trim() === ''
			? 'Give the risk a short title.'
			: lengthError(risk.title, LIMITS.title)
	);
	put(out, 'description', lengthError(risk.description, LIMITS.note));
	put(out, 'ownerName', lengthError(risk.ownerName, LIMITS.personName));
	put(out, 'treatmentRationale', lengthError(risk.treatmentRationale, LIMITS.note));
	put(out, 'inherentLikelihood', scaleError(risk.inherent.likelihood, 'Likelihood'));
	put(out, 'inherentImpact', scaleError(risk.inherent.impact, 'Impact'));
	put(out, 'residualLikelihood', scaleError(risk.residual.likelihood, 'Likelihood'));
	put(out, 'residualImpact', scaleError(risk.residual.impact, 'Impact'));
	put(out, 'reviewedAt', riskDateError(risk.reviewedAt, today, false));
	put(out, 'nextReview', riskDateError(risk.nextReview, today, true));
	if (risk.fraud) {
		put(out, 'pressures', lengthError(risk.fraud.pressures, LIMITS.note));
		put(out, 'opportunities', lengthError(risk.fraud.opportunities, LIMITS.note));
		put(out, 'rationalisation', lengthError(risk.fraud.rationalisation, LIMITS.note));
	}
	return out;
}

export type ReviewErrors = Partial<Record<'reviewedAt' | 'reviewer' | 'note', string>>;

/** Problems with a register review before it is recorded. */
export function reviewErrors(
	review: Pick<RiskReview, 'reviewedAt' | 'reviewer' | 'note'>,
	today: string
): ReviewErrors {
	const out: ReviewErrors = {};
	const date =
		review.reviewedAt === ''
			? 'Give the date of the review.'
			: riskDateError(review.reviewedAt, today, false);
	if (date) out.reviewedAt = date;
	if (review.reviewer.trim() === '') out.reviewer = 'Name who reviewed the register.';
	else if (review.reviewer.length > LIMITS.personName)
		out.reviewer = lengthError(review.reviewer, LIMITS.personName);
	const note = lengthError(review.note, LIMITS.note);
	if (note) out.note = note;
	return out;
}
