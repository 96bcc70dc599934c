/**
 * What the Vendors page shows for each vendor, worked out once per vendor: risk, next review,
 * standing and the short flags on its row. Pure, so the list, the filters and the tests agree.
 */
import { keysOf } from '$lib/domain/labels';
import {
	DATA_ACCESS_LABEL,
	DEPENDENCY_LABEL,
	SYSTEM_ACCESS_LABEL,
	TIER_RANK,
	type ReviewDue,
	type RiskRating,
	type VendorRisk,
	type VendorStanding
} from '$lib/domain/vendors/index';
import type { VendorFacts } from '$lib/domain/vendors/facts';
import type { PlanGap, Vendor, VendorSoc2, VendorTier } from '$lib/domain/types';

export const DATA_ACCESS_OPTIONS = keysOf(DATA_ACCESS_LABEL);
export const SYSTEM_ACCESS_OPTIONS = keysOf(SYSTEM_ACCESS_LABEL);
export const DEPENDENCY_OPTIONS = keysOf(DEPENDENCY_LABEL);

export type Opinion = NonNullable<VendorSoc2['opinion']>;
export const OPINION_LABEL: Record<Opinion, string> = {
	unqualified: 'Unqualified (a clean opinion)',
	qualified: 'Qualified (the auditor found exceptions)',
	adverse: 'Adverse (the controls did not work)',
	disclaimer: 'Disclaimer (the auditor gave no opinion)'
};
export const OPINION_OPTIONS = keysOf(OPINION_LABEL);

/** The option a form control's string value names, or null when it names none of them. */
export function oneOf<T extends string>(options: readonly T[], value: string): T | null {
	return options.find((o) => o === value) ?? null;
}

export interface VendorFlag {
	key: string;
	/** A few words for a badge. */
	label: string;
	tone: 'bad' | 'warn';
}

export interface VendorRow {
	vendor: Vendor;
	risk: VendorRisk;
	review: ReviewDue;
	standing: VendorStanding;
	flags: VendorFlag[];
}

/** Badge class of a tier or rating, strongest colour for the riskiest. */
export const LEVEL_BADGE: Record<VendorTier | RiskRating, string> = {
	critical: 'badge-bad',
	high: 'badge-warn',
	medium: 'badge-info',
	low: ''
};

/**
 * The flags a row shows, most serious first: review overdue, stale or undated SOC 2 report,
 * missing assurance (only for high and critical vendors, as in the scoring), then the rest.
 */
export function vendorFlags(risk: VendorRisk, review: ReviewDue): VendorFlag[] {
	const f = risk.flags;
	const out: VendorFlag[] = [];
	const add = (on: boolean, key: string, label: string, tone: VendorFlag['tone']) => {
		if (on) out.push({ key, label, tone });
	};
	add(review.neverReviewed, 'never-reviewed', 'Never reviewed', 'bad');
	add(review.overdue && !review.neverReviewed, 'review-overdue', 'Review overdue', 'bad');
	add(f.soc2Stale, 'soc2-stale', 'SOC 2 report stale', 'bad');
	add(f.soc2Undated, 'soc2-undated', 'SOC 2 period end missing', 'warn');
	add(
		f.noCurrentAssurance && TIER_RANK[risk.tier.tier] >= TIER_RANK.high,
		'no-assurance',
		'No current assurance',
		'bad'
	);
	add(f.soc2OpinionConcern, 'opinion', 'SOC 2 opinion not clean', 'warn');
	add(f.bridgeLetterNeeded, 'bridge-letter', 'Bridge letter needed', 'warn');
	add(f.cuecsNotReviewed, 'cuecs', 'User-entity controls not reviewed', 'warn');
	add(f.iso27001Expired, 'iso-expired', 'ISO 27001 expired', 'warn');
	add(f.breachNoticeSlow, 'breach-slow', 'Breach notice over 72 hours', 'warn');
	add(f.dpaMissing, 'dpa-missing', 'No data processing agreement', 'bad');
	return out;
}

/** Every vendor with its figures (computed once, in the assessment state), with its flags. */
export function vendorRows(facts: readonly VendorFacts[]): VendorRow[] {
	return facts.map((f) => ({ ...f, flags: vendorFlags(f.risk, f.review) }));
}

/** The plan gaps one vendor adds ('vendor-review:<id>', 'vendor-report:<id>', …). */
export function gapsForVendor(gaps: readonly PlanGap[], vendorId: string): PlanGap[] {
	return gaps.filter((g) => g.gapKey.startsWith('vendor-') && g.gapKey.endsWith(`:${vendorId}`));
}

/** A date input's value as a stored date: empty means none. */
export function dateOrNull(value: string): string | null {
	return value === '' ? null : value;
}
