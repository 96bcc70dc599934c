/**
 * Vendor risk scores: an inherent score from what the vendor can reach, reduced by the assurance
 * and contract safeguards it has shown. Integer-only, 0..100. The formula is documented for users
 * in docs/vendor-risk.md; keep the two in step.
 */
import { formatDate } from '../dates';
import {
	EVIDENCE_MAX_AGE_MONTHS,
	MAX_BREACH_NOTICE_HOURS,
	SAFEGUARD_LABEL,
	bridgeLetterAdvice,
	hasCurrentAssurance,
	hasCurrentIso27001,
	hasSafeguard,
	soc2OpinionFailed,
	soc2Status,
	withinMonths,
	type SafeguardKey
} from './assurance';
import { TIER_RANK, effectiveTier, type EffectiveTier } from './tier';
import type { DataAccess, Dependency, SystemAccess, Vendor, VendorTier } from '../types';

export type RiskRating = 'low' | 'medium' | 'high' | 'critical';

export const RISK_RATING_LABEL: Record<RiskRating, string> = {
	low: 'Low',
	medium: 'Medium',
	high: 'High',
	critical: 'Critical'
};

/** Inherent points: data + systems + dependency + tier; the maxima add up to exactly 100. */
export const DATA_POINTS: Record<DataAccess, number> = {
	none: 0,
	internal: 10,
	confidential: 25,
	customer_personal: 35
};
export const SYSTEM_POINTS: Record<SystemAccess, number> = {
	none: 0,
	read: 10,
	write: 20,
	admin: 30
};
export const DEPENDENCY_POINTS: Record<Dependency, number> = { low: 0, medium: 10, high: 20 };
export const TIER_POINTS: Record<VendorTier, number> = {
	low: 0,
	medium: 5,
	high: 10,
	critical: 15
};

/** Reductions, in percent of the inherent score, for a current SOC 2 report by type and opinion. */
export const SOC2_REDUCTION = {
	type2: { unqualified: 40, qualified: 15 },
	type1: { unqualified: 25, qualified: 10 }
} as const;
export const ISO27001_REDUCTION = 15;
export const PENTEST_REDUCTION = 10;
export const QUESTIONNAIRE_REDUCTION = 10;
/** Each applicable contract safeguard. */
export const SAFEGUARD_REDUCTION = 5;
/** No amount of paperwork removes all of a vendor's risk. */
export const MAX_REDUCTION = 80;

/** Lowest residual score of each rating. */
export const RATING_THRESHOLDS = { critical: 60, high: 40, medium: 20 } as const;

export interface VendorRiskFlags {
	/** The SOC 2 period ended more than 12 months ago: counted as no report. */
	soc2Stale: boolean;
	/** A SOC 2 report is recorded without its period end: counted as no report. */
	soc2Undated: boolean;
	/** The opinion is qualified, adverse or a disclaimer. */
	soc2OpinionConcern: boolean;
	/** See `bridgeLetterAdvice`. */
	bridgeLetterNeeded: boolean;
	/** A current SOC 2 report whose complementary user-entity controls nobody has checked. */
	cuecsNotReviewed: boolean;
	/** An ISO 27001 expiry date that has passed. */
	iso27001Expired: boolean;
	/** No current SOC 2, ISO 27001 or questionnaire (see `hasCurrentAssurance`). */
	noCurrentAssurance: boolean;
	/** A breach-notification deadline longer than 72 hours. */
	breachNoticeSlow: boolean;
	/** Customer personal data without a data processing agreement. */
	dpaMissing: boolean;
}

export interface VendorRisk {
	/** 0..100, before assurance. */
	inherent: number;
	/** 0..100, after assurance and contract safeguards. */
	residual: number;
	rating: RiskRating;
	/** Total reduction applied, in percent (0..80). */
	reduction: number;
	/** Each inherent part, reduction and flag, in words. */
	factors: string[];
	soc2Stale: boolean;
	flags: VendorRiskFlags;
	tier: EffectiveTier;
}

export type RiskVendor = Pick<
	Vendor,
	| 'name'
	| 'dataAccess'
	| 'systemAccess'
	| 'dependency'
	| 'tierOverride'
	| 'tierOverrideReason'
	| 'assurance'
	| 'safeguards'
>;

/** Rating of a residual score. */
export function riskRating(residual: number): RiskRating {
	if (residual >= RATING_THRESHOLDS.critical) return 'critical';
	if (residual >= RATING_THRESHOLDS.high) return 'high';
	if (residual >= RATING_THRESHOLDS.medium) return 'medium';
	return 'low';
}

/** residual = inherent × (100 − reduction) / 100, rounded half up, in integers. */
export function residualScore(inherent: number, reduction: number): number {
	return Math.floor((inherent * (100 - reduction) + 50) / 100);
}

/** Contract safeguards that lower risk for this vendor (DPA only with personal data, return or deletion only with data). */
function applicableSafeguards(v: RiskVendor): SafeguardKey[] {
	const out: SafeguardKey[] = ['securityRequirements', 'breachNotification', 'rightToAudit'];
	if (v.dataAccess === 'customer_personal') out.push('dataProcessingAgreement');
	if (v.dataAccess !== 'none') out.push('dataReturnDeletion');
	return out;
}

function soc2Part(v: RiskVendor, today: string, factors: string[], flags: VendorRiskFlags): number {
	const soc2 = v.assurance.soc2;
	const status = soc2Status(soc2, today);
	if (soc2 === null || status === 'none') return 0;
	const typeName = soc2.type === 'type2' ? 'Type II' : 'Type I';
	if (status === 'undated') {
		flags.soc2Undated = true;
		factors.push(
			`SOC 2 ${typeName} report without a period end date: not counted until the date is recorded`
		);
		return 0;
	}
	const ended = formatDate(soc2.periodEnd);
	if (status === 'stale') {
		flags.soc2Stale = true;
		factors.push(
			`SOC 2 report is stale: its period ended on ${ended}, more than 12 months ago, so it counts as no report`
		);
		return 0;
	}
	if (soc2OpinionFailed(soc2)) {
		flags.soc2OpinionConcern = true;
		const what = soc2.opinion === 'adverse' ? 'an adverse opinion' : 'a disclaimer of opinion';
		factors.push(`SOC 2 ${typeName} report (period ended ${ended}) has ${what}: no reduction`);
		return 0;
	}
	const table = SOC2_REDUCTION[soc2.type];
	let pct: number;
	if (soc2.opinion === 'unqualified') {
		pct = table.unqualified;
		factors.push(
			`SOC 2 ${typeName} report with an unqualified opinion, period ended ${ended}: −${pct}%`
		);
	} else {
		pct = table.qualified;
		flags.soc2OpinionConcern = soc2.opinion === 'qualified';
		factors.push(
			soc2.opinion === 'qualified'
				? `SOC 2 ${typeName} report with a qualified opinion, period ended ${ended}: −${pct}%`
				: `SOC 2 ${typeName} report, period ended ${ended}, opinion not recorded (counted as qualified): −${pct}%`
		);
	}
	if (!soc2.cuecsReviewed) {
		flags.cuecsNotReviewed = true;
		factors.push(
			'The controls the report expects from you (user-entity controls) have not been reviewed'
		);
	}
	return pct;
}

function assurancePart(
	v: RiskVendor,
	today: string,
	factors: string[],
	flags: VendorRiskFlags
): number {
	let pct = 0;
	const a = v.assurance;
	if (hasCurrentIso27001(v, today)) {
		pct += ISO27001_REDUCTION;
		factors.push(
			`ISO 27001 certificate valid until ${formatDate(a.iso27001Expiry)}: −${ISO27001_REDUCTION}%`
		);
	} else if (a.iso27001Expiry !== null) {
		flags.iso27001Expired = true;
		factors.push(`ISO 27001 certificate expired on ${formatDate(a.iso27001Expiry)}: not counted`);
	}
	if (withinMonths(a.pentestSummaryDate, today, EVIDENCE_MAX_AGE_MONTHS)) {
		pct += PENTEST_REDUCTION;
		factors.push(
			`Penetration-test summary from ${formatDate(a.pentestSummaryDate)}: −${PENTEST_REDUCTION}%`
		);
	} else if (a.pentestSummaryDate !== null) {
		factors.push(
			`Penetration-test summary from ${formatDate(a.pentestSummaryDate)} is over 12 months old: not counted`
		);
	}
	if (withinMonths(a.questionnaireReceived, today, EVIDENCE_MAX_AGE_MONTHS)) {
		pct += QUESTIONNAIRE_REDUCTION;
		factors.push(
			`Security questionnaire received ${formatDate(a.questionnaireReceived)}: −${QUESTIONNAIRE_REDUCTION}%`
		);
	} else if (a.questionnaireReceived !== null) {
		factors.push(
			`Security questionnaire from ${formatDate(a.questionnaireReceived)} is over 12 months old: not counted`
		);
	}
	return pct;
}

function contractPart(v: RiskVendor, factors: string[], flags: VendorRiskFlags): number {
	const present = applicableSafeguards(v).filter((k) => hasSafeguard(v, k));
	const hours = v.safeguards.breachNotificationHours;
	if (hours !== null && hours > MAX_BREACH_NOTICE_HOURS) {
		flags.breachNoticeSlow = true;
		factors.push(
			`Breach notice deadline of ${hours} hours is longer than ${MAX_BREACH_NOTICE_HOURS}: not counted`
		);
	}
	if (v.dataAccess === 'customer_personal' && !v.safeguards.dataProcessingAgreement) {
		flags.dpaMissing = true;
		factors.push('Handles customer personal data without a data processing agreement');
	}
	if (present.length === 0) return 0;
	const pct = present.length * SAFEGUARD_REDUCTION;
	factors.push(
		`Contract safeguards (${present.map((k) => SAFEGUARD_LABEL[k]).join(', ')}): −${pct}%`
	);
	return pct;
}

/**
 * Scores one vendor's risk on `today` ('YYYY-MM-DD').
 * inherent = data + system + dependency + tier points (at most 100);
 * reduction = SOC 2 + ISO 27001 + penetration test + questionnaire + contract safeguards, capped
 * at 80%; residual = inherent × (100 − reduction) / 100 rounded half up; rating from residual.
 */
export function vendorRisk(v: RiskVendor, today: string): VendorRisk {
	const tier = effectiveTier(v);
	const inherent = Math.min(
		100,
		DATA_POINTS[v.dataAccess] +
			SYSTEM_POINTS[v.systemAccess] +
			DEPENDENCY_POINTS[v.dependency] +
			TIER_POINTS[tier.tier]
	);
	const flags: VendorRiskFlags = {
		soc2Stale: false,
		soc2Undated: false,
		soc2OpinionConcern: false,
		bridgeLetterNeeded: bridgeLetterAdvice(v, today) !== null,
		cuecsNotReviewed: false,
		iso27001Expired: false,
		noCurrentAssurance: !hasCurrentAssurance(v, today),
		breachNoticeSlow: false,
		dpaMissing: false
	};
	const factors = [
		`Inherent risk ${inherent}: data ${DATA_POINTS[v.dataAccess]} + systems ${SYSTEM_POINTS[v.systemAccess]} + dependency ${DEPENDENCY_POINTS[v.dependency]} + ${tier.tier} tier ${TIER_POINTS[tier.tier]}`
	];
	let reduction = soc2Part(v, today, factors, flags);
	reduction += assurancePart(v, today, factors, flags);
	reduction += contractPart(v, factors, flags);
	if (reduction > MAX_REDUCTION) {
		factors.push(`Reductions add up to ${reduction}%; capped at ${MAX_REDUCTION}%`);
		reduction = MAX_REDUCTION;
	}
	if (flags.bridgeLetterNeeded)
		factors.push('SOC 2 period ended over 3 months ago and no bridge letter covers the time since');
	if (flags.noCurrentAssurance && TIER_RANK[tier.tier] >= TIER_RANK.high)
		factors.push(
			`No current SOC 2 report, ISO 27001 certificate or security questionnaire, which a ${tier.tier} vendor needs`
		);
	const residual = residualScore(inherent, reduction);
	return {
		inherent,
		residual,
		rating: riskRating(residual),
		reduction,
		factors,
		soc2Stale: flags.soc2Stale,
		flags,
		tier
	};
}
