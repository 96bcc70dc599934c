/**
 * When each people check is due, counted in calendar days from the start or end date. Dates are
 * compared by day: a deadline "within 1 day of the end date" is met by a removal dated the day
 * after the last day, and hours are not modelled (a roster holds dates, not times).
 */
import type { CheckKind } from './types';

export interface CheckDeadlines {
	/** Background check on or before this many days after start (0: by the first day). */
	backgroundCheckDaysAfterStart: number;
	/** First security training within this many days of start. */
	trainingDaysAfterStart: number;
	/** Then again within this many months of the previous completion. */
	trainingRepeatMonths: number;
	/** Code of conduct and policies acknowledged by this many days after start. */
	acknowledgementDaysAfterStart: number;
	/** Acknowledged again within this many months; null for once at hire only. */
	acknowledgementRepeatMonths: number | null;
	deviceEnrolledDaysAfterStart: number;
	mfaDaysAfterStart: number;
	accessGrantedDaysAfterStart: number;
	/** Access removed within this many days after the end date. */
	accessRemovedDaysAfterEnd: number;
	deviceReturnedDaysAfterEnd: number;
}

/**
 * Defaults taken from the catalog's own control texts: HR-02 (background check before access, so
 * by the first day), HR-04 (training within 30 days and yearly), HR-01 (code of conduct signed
 * before starting and yearly), END-01 (laptop enrolled before it reaches its user), IAM-02 (an
 * account without a second factor is fixed within a week), HR-07 (role-based access by the first
 * day), IAM-05 (access removed within one business day; one calendar day here, the stricter
 * reading) and two weeks for a device to come back by courier.
 */
export const DEFAULT_DEADLINES: CheckDeadlines = {
	backgroundCheckDaysAfterStart: 0,
	trainingDaysAfterStart: 30,
	trainingRepeatMonths: 12,
	acknowledgementDaysAfterStart: 0,
	acknowledgementRepeatMonths: 12,
	deviceEnrolledDaysAfterStart: 0,
	mfaDaysAfterStart: 7,
	accessGrantedDaysAfterStart: 0,
	accessRemovedDaysAfterEnd: 1,
	deviceReturnedDaysAfterEnd: 14
};

/** Days after the start date for each one-off onboarding check. */
export function daysAfterStart(
	kind: Exclude<CheckKind, 'access_removed' | 'device_returned'>,
	d: CheckDeadlines
): number {
	switch (kind) {
		case 'background_check':
			return d.backgroundCheckDaysAfterStart;
		case 'security_training':
			return d.trainingDaysAfterStart;
		case 'policy_acknowledgement':
			return d.acknowledgementDaysAfterStart;
		case 'device_enrolled':
			return d.deviceEnrolledDaysAfterStart;
		case 'mfa_enabled':
			return d.mfaDaysAfterStart;
		case 'access_granted':
			return d.accessGrantedDaysAfterStart;
	}
}

/** Months between repeats, or null for a check done once. */
export function repeatMonths(kind: CheckKind, d: CheckDeadlines): number | null {
	if (kind === 'security_training') return d.trainingRepeatMonths;
	if (kind === 'policy_acknowledgement') return d.acknowledgementRepeatMonths;
	return null;
}
