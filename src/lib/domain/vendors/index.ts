/**
 * Vendor risk management: the public entry point. Re-exports the tier, assurance, risk, review,
 * programme and suggestions modules, and owns creating and validating vendor records. Pure: ids
 * and the clock are passed in.
 */
import { cleanText } from '../assessments/assessment';
import { isValidDate } from '../dates';
import { LIMITS } from '../limits';
import type { Vendor } from '../types';
import { vendorRisk, type RiskVendor, type VendorRisk } from './risk';
import { tierOverrideError } from './tier';

export * from './tier';
export * from './assurance';
export * from './risk';
export * from './review';
export * from './programme';
export * from './suggestions';

/** The fields a person types or imports; everything else starts empty. */
export type VendorDraft = Pick<
	Vendor,
	| 'name'
	| 'service'
	| 'ownerName'
	| 'dataAccess'
	| 'systemAccess'
	| 'dependency'
	| 'tierOverride'
	| 'tierOverrideReason'
	| 'contractStart'
	| 'renewalDate'
	| 'lastReviewedAt'
	| 'notes'
>;

/** Longest vendor name, shared by the form and the spreadsheet import. */
export const VENDOR_NAME_MAX = LIMITS.companyName;

/** Builds a vendor record from a draft that passed validation, with no assurance or safeguards yet. */
export function newVendor(draft: VendorDraft, id: string, assessmentId: string, now: Date): Vendor {
	const ts = now.toISOString();
	return {
		id,
		assessmentId,
		...draft,
		name: cleanText(draft.name),
		service: cleanText(draft.service),
		ownerName: cleanText(draft.ownerName),
		tierOverrideReason: draft.tierOverride === null ? '' : draft.tierOverrideReason.trim(),
		notes: draft.notes.trim(),
		assurance: {
			questionnaireReceived: null,
			soc2: null,
			iso27001Expiry: null,
			pentestSummaryDate: null
		},
		safeguards: {
			securityRequirements: false,
			breachNotificationHours: null,
			rightToAudit: false,
			serviceLevels: false,
			dataProcessingAgreement: false,
			dataReturnDeletion: false,
			subprocessorNotice: false
		},
		createdAt: ts,
		updatedAt: ts
	};
}

export type VendorField =
	| 'name'
	| 'service'
	| 'ownerName'
	| 'notes'
	| 'tierOverrideReason'
	| 'contractStart'
	| 'renewalDate'
	| 'lastReviewedAt'
	| 'breachNotificationHours'
	| 'soc2Period';

function tooLong(what: string, value: string, max: number): string | null {
	return value.length > max
		? `Keep the ${what} to ${max} characters (this one has ${value.length}).`
		: null;
}

/**
 * Checks a vendor before saving; returns a message per field that needs fixing (empty when
 * fine). `today` rules out review dates in the future.
 */
export function validateVendor(
	v: Pick<Vendor, keyof VendorDraft | 'assurance' | 'safeguards'>,
	today: string
): Partial<Record<VendorField, string>> {
	const errors: Partial<Record<VendorField, string>> = {};
	const set = (field: VendorField, message: string | null) => {
		if (message !== null && errors[field] === undefined) errors[field] = message;
	};
	const name = cleanText(v.name);
	if (name === '') set('name', 'Enter the vendor name.');
	set('name', tooLong('vendor name', name, VENDOR_NAME_MAX));
	set('service', tooLong('service description', cleanText(v.service), LIMITS.title));
	set('ownerName', tooLong("owner's name", cleanText(v.ownerName), LIMITS.personName));
	set('notes', tooLong('notes', v.notes.trim(), LIMITS.note));
	set('tierOverrideReason', tierOverrideError(v));
	set('tierOverrideReason', tooLong('reason', v.tierOverrideReason.trim(), LIMITS.rationale));
	for (const field of ['contractStart', 'renewalDate', 'lastReviewedAt'] as const) {
		const d = v[field];
		if (d !== null && !isValidDate(d)) set(field, 'Enter a real date.');
	}
	if (v.lastReviewedAt !== null && v.lastReviewedAt > today)
		set('lastReviewedAt', 'The last review cannot be in the future.');
	const start = v.contractStart;
	const renewal = v.renewalDate;
	if (start && renewal && isValidDate(start) && isValidDate(renewal) && renewal < start)
		set('renewalDate', 'The renewal date is before the contract start.');
	const hours = v.safeguards.breachNotificationHours;
	if (hours !== null && (!Number.isInteger(hours) || hours < 0 || hours > 8760))
		set('breachNotificationHours', 'Enter a whole number of hours between 0 and 8760.');
	const soc2 = v.assurance.soc2;
	if (soc2?.periodStart && soc2.periodEnd && soc2.periodEnd < soc2.periodStart)
		set('soc2Period', 'The SOC 2 period ends before it starts.');
	return errors;
}

export interface RankedVendor<V extends RiskVendor = Vendor> {
	vendor: V;
	risk: VendorRisk;
}

/** Vendors with their risk, highest residual first (then inherent, then name, then id). */
export function vendorsByRisk<V extends RiskVendor & Pick<Vendor, 'id'>>(
	vendors: readonly V[],
	today: string
): RankedVendor<V>[] {
	return vendors
		.map((vendor) => ({ vendor, risk: vendorRisk(vendor, today) }))
		.sort(
			(a, b) =>
				b.risk.residual - a.risk.residual ||
				b.risk.inherent - a.risk.inherent ||
				a.vendor.name.localeCompare(b.vendor.name, 'en') ||
				(a.vendor.id < b.vendor.id ? -1 : a.vendor.id > b.vendor.id ? 1 : 0)
		);
}
