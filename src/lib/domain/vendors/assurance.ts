/**
 * What a vendor has shown about its security: whether its SOC 2 report is current, whether any
 * assurance is current, whether a bridge letter is due, and which contract safeguards it lacks.
 * Shared by the risk score, the review schedule and the vendor programme. Rules: docs/vendor-risk.md.
 */
import { addMonths, formatDate, isValidDate } from '../dates';
import type { Vendor, VendorSoc2 } from '../types';

/** A SOC 2 report whose period ended longer ago than this no longer counts. */
export const SOC2_MAX_AGE_MONTHS = 12;
/** A questionnaire or penetration-test summary older than this no longer counts. */
export const EVIDENCE_MAX_AGE_MONTHS = 12;
/** After this many months past the period end, ask for a bridge letter. */
export const BRIDGE_LETTER_AFTER_MONTHS = 3;
/** The longest breach-notification deadline we accept as a safeguard, in hours. */
export const MAX_BREACH_NOTICE_HOURS = 72;

/**
 * - none: no report recorded
 * - undated: a report without its period end, so its age is unknown
 * - stale: the period ended more than 12 months ago (counts as no report)
 * - current: the period ended within the last 12 months
 */
export type Soc2Status = 'none' | 'undated' | 'stale' | 'current';

/** True when `date` is a real date no more than `months` months before `today` (or later). */
export function withinMonths(date: string | null, today: string, months: number): boolean {
	return date !== null && isValidDate(date) && date >= addMonths(today, -months);
}

/** How current a vendor's SOC 2 report is. */
export function soc2Status(soc2: VendorSoc2 | null, today: string): Soc2Status {
	if (soc2 === null) return 'none';
	if (soc2.periodEnd === null || !isValidDate(soc2.periodEnd)) return 'undated';
	return withinMonths(soc2.periodEnd, today, SOC2_MAX_AGE_MONTHS) ? 'current' : 'stale';
}

/** An adverse opinion or a disclaimer means the auditor could not vouch for the controls. */
export function soc2OpinionFailed(soc2: VendorSoc2): boolean {
	return soc2.opinion === 'adverse' || soc2.opinion === 'disclaimer';
}

/** A current SOC 2 report whose opinion is not adverse and not a disclaimer. */
export function hasUsableSoc2(v: Pick<Vendor, 'assurance'>, today: string): boolean {
	const soc2 = v.assurance.soc2;
	return soc2 !== null && soc2Status(soc2, today) === 'current' && !soc2OpinionFailed(soc2);
}

/** An ISO 27001 certificate whose expiry date is today or later. */
export function hasCurrentIso27001(v: Pick<Vendor, 'assurance'>, today: string): boolean {
	const exp = v.assurance.iso27001Expiry;
	return exp !== null && isValidDate(exp) && exp >= today;
}

/**
 * Current assurance, as required of high and critical vendors: a usable SOC 2 report, an
 * unexpired ISO 27001 certificate, or a security questionnaire received in the last 12 months.
 * A penetration-test summary alone is not enough: it tests one system at one moment.
 */
export function hasCurrentAssurance(v: Pick<Vendor, 'assurance'>, today: string): boolean {
	return (
		hasUsableSoc2(v, today) ||
		hasCurrentIso27001(v, today) ||
		withinMonths(v.assurance.questionnaireReceived, today, EVIDENCE_MAX_AGE_MONTHS)
	);
}

/**
 * Bridge-letter advice, or null: a SOC 2 period that ended more than 3 months ago (but is not yet
 * stale) leaves a gap until the next report, which a bridge letter dated after the period end
 * covers. A stale report needs a new report instead, so it gets no bridge-letter advice.
 */
export function bridgeLetterAdvice(
	v: Pick<Vendor, 'name' | 'assurance'>,
	today: string
): string | null {
	const soc2 = v.assurance.soc2;
	if (soc2 === null || soc2Status(soc2, today) !== 'current' || soc2.periodEnd === null)
		return null;
	if (withinMonths(soc2.periodEnd, today, BRIDGE_LETTER_AFTER_MONTHS)) return null;
	const letter = soc2.bridgeLetterDate;
	if (letter !== null && isValidDate(letter) && letter > soc2.periodEnd) return null;
	return `Ask ${v.name || 'the vendor'} for a bridge letter: its SOC 2 period ended on ${formatDate(soc2.periodEnd)}, more than ${BRIDGE_LETTER_AFTER_MONTHS} months ago, and no letter dated after that has been recorded.`;
}

export type SafeguardKey =
	| 'securityRequirements'
	| 'breachNotification'
	| 'rightToAudit'
	| 'dataProcessingAgreement'
	| 'dataReturnDeletion';

/** Short names for lists such as "missing: security requirements, breach notice within 72 hours". */
export const SAFEGUARD_LABEL: Record<SafeguardKey, string> = {
	securityRequirements: 'security requirements',
	breachNotification: `breach notice within ${MAX_BREACH_NOTICE_HOURS} hours`,
	rightToAudit: 'right to audit',
	dataProcessingAgreement: 'data processing agreement',
	dataReturnDeletion: 'data return or deletion at contract end'
};

type SafeguardVendor = Pick<Vendor, 'dataAccess' | 'systemAccess' | 'safeguards'>;

/** Whether the contract includes one safeguard (breach notice counts only within 72 hours). */
export function hasSafeguard(v: Pick<Vendor, 'safeguards'>, key: SafeguardKey): boolean {
	const s = v.safeguards;
	switch (key) {
		case 'securityRequirements':
			return s.securityRequirements;
		case 'breachNotification':
			return (
				s.breachNotificationHours !== null && s.breachNotificationHours <= MAX_BREACH_NOTICE_HOURS
			);
		case 'rightToAudit':
			return s.rightToAudit;
		case 'dataProcessingAgreement':
			return s.dataProcessingAgreement;
		case 'dataReturnDeletion':
			return s.dataReturnDeletion;
	}
}

/**
 * The key contract safeguards a vendor needs, from what it can reach: security requirements for
 * any data or system access; breach notice within 72 hours for confidential or personal data or
 * write/admin access; a DPA for customer personal data; data return or deletion for confidential
 * or personal data. Right to audit lowers risk but is not required.
 */
export function requiredSafeguards(v: Pick<Vendor, 'dataAccess' | 'systemAccess'>): SafeguardKey[] {
	const sensitive = v.dataAccess === 'confidential' || v.dataAccess === 'customer_personal';
	const out: SafeguardKey[] = [];
	if (v.dataAccess !== 'none' || v.systemAccess !== 'none') out.push('securityRequirements');
	if (sensitive || v.systemAccess === 'write' || v.systemAccess === 'admin')
		out.push('breachNotification');
	if (v.dataAccess === 'customer_personal') out.push('dataProcessingAgreement');
	if (sensitive) out.push('dataReturnDeletion');
	return out;
}

/** Required safeguards the contract lacks, in the order of `requiredSafeguards`. */
export function missingSafeguards(v: SafeguardVendor): SafeguardKey[] {
	return requiredSafeguards(v).filter((k) => !hasSafeguard(v, k));
}
