/**
 * Checks on a vendor before it is saved from this page: the domain's `validateVendor`, plus the
 * due-diligence fields it does not look at (dates that cannot be in the future, long text), so
 * a typo cannot make old paperwork count as current.
 */
import { isValidDate } from '$lib/domain/dates';
import { LIMITS } from '$lib/domain/limits';
import type { Vendor } from '$lib/domain/types';
import { validateVendor, type VendorField } from '$lib/domain/vendors/index';

export type DraftField =
	| VendorField
	| 'questionnaireReceived'
	| 'pentestSummaryDate'
	| 'iso27001Expiry'
	| 'soc2PeriodEnd'
	| 'bridgeLetterDate'
	| 'opinionNotes'
	| 'subserviceOrgs'
	| 'cuecs';

export type DraftErrors = Partial<Record<DraftField, string>>;

/** Longest description of one complementary user-entity control. */
export const CUEC_MAX = LIMITS.rationale;

function pastDate(value: string | null, today: string, what: string): string | null {
	if (value === null) return null;
	if (!isValidDate(value)) return 'Enter a real date.';
	return value > today ? `The ${what} cannot be in the future.` : null;
}

function length(value: string, max: number, what: string): string | null {
	const n = value.trim().length;
	return n > max ? `Keep the ${what} to ${max} characters (this has ${n}).` : null;
}

/**
 * Every problem with a vendor, by field; empty when it can be saved. Adds to `validateVendor`:
 * questionnaire, penetration test, SOC 2 period end and bridge letter dates are not after
 * `today`; the ISO 27001 expiry is a real date; assurance notes and user-entity controls are
 * within the text limits.
 */
export function vendorErrors(v: Vendor, today: string): DraftErrors {
	const errors: DraftErrors = { ...validateVendor(v, today) };
	const set = (field: DraftField, message: string | null) => {
		if (message !== null && errors[field] === undefined) errors[field] = message;
	};
	const a = v.assurance;
	set('questionnaireReceived', pastDate(a.questionnaireReceived, today, 'questionnaire date'));
	set('pentestSummaryDate', pastDate(a.pentestSummaryDate, today, 'penetration-test date'));
	if (a.iso27001Expiry !== null && !isValidDate(a.iso27001Expiry))
		set('iso27001Expiry', 'Enter a real date.');
	const soc2 = a.soc2;
	if (soc2) {
		set('soc2PeriodEnd', pastDate(soc2.periodEnd, today, 'end of the report period'));
		if (soc2.periodStart !== null && !isValidDate(soc2.periodStart))
			set('soc2Period', 'Enter a real date.');
		set('bridgeLetterDate', pastDate(soc2.bridgeLetterDate, today, 'bridge letter date'));
		set('opinionNotes', length(soc2.opinionNotes, LIMITS.note, 'notes on the opinion'));
		set(
			'subserviceOrgs',
			length(soc2.subserviceOrgs, LIMITS.note, 'list of subservice organisations')
		);
		const long = soc2.cuecs.findIndex((c) => c.description.trim().length > CUEC_MAX);
		if (long >= 0)
			set(
				'cuecs',
				`Keep each user-entity control to ${CUEC_MAX} characters (number ${long + 1} is longer).`
			);
	}
	return errors;
}
