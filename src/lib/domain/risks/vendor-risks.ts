/**
 * Vendor risks: one risk per vendor, derived live from the vendor programme (never stored), so
 * the register always agrees with the Vendors page. Rated on the register's 1..5 scale and tied
 * to the SOC 2 control areas the vendor touches. Pure; rules in docs/scoring.md.
 */
import type { Vendor, VendorTier } from '../types';
import { vendorRisk, type VendorRisk } from '../vendors/risk';
import type { RiskRating } from './records';

/** Impact follows the vendor's tier: a critical vendor failing is severe for us. */
export const TIER_IMPACT: Record<VendorTier, number> = { low: 2, medium: 3, high: 4, critical: 5 };

export interface ControlArea {
	/** A criterion or series id: 'CC9.2', 'CC6', 'C1', 'P6', 'A1'. */
	id: string;
	label: string;
}

export interface DerivedVendorRisk {
	vendorId: string;
	title: string;
	inherent: RiskRating;
	residual: RiskRating;
	areas: ControlArea[];
	/** Why it is rated so, in words (from the vendor programme). */
	factors: string[];
}

/**
 * Likelihood before assurance: 2, plus 1 for write or admin access to our systems, plus 1 for
 * confidential or personal data. Residual likelihood: that times (100 − the programme's
 * assurance reduction) / 100, rounded half up, never below 1. Impact: from the tier.
 */
export function deriveVendorRisk(
	v: Vendor,
	today: string,
	risk: VendorRisk = vendorRisk(v, today)
): DerivedVendorRisk {
	const likelihood =
		2 +
		(v.systemAccess === 'write' || v.systemAccess === 'admin' ? 1 : 0) +
		(v.dataAccess === 'confidential' || v.dataAccess === 'customer_personal' ? 1 : 0);
	const impact = TIER_IMPACT[risk.tier.tier];
	const reduced = Math.floor((likelihood * (100 - risk.reduction) + 50) / 100);
	const areas: ControlArea[] = [{ id: 'CC9.2', label: 'Vendor and partner risk' }];
	if (v.systemAccess !== 'none') areas.push({ id: 'CC6', label: 'Access to our systems' });
	if (v.dataAccess === 'confidential' || v.dataAccess === 'customer_personal')
		areas.push({ id: 'C1', label: 'Confidential information' });
	if (v.dataAccess === 'customer_personal')
		areas.push({ id: 'P6', label: 'Personal data shared with third parties' });
	if (v.dependency === 'high') areas.push({ id: 'A1', label: 'Availability of the service' });
	return {
		vendorId: v.id,
		title: `${v.name.trim() || 'Unnamed vendor'} fails, is breached or misuses our data`,
		inherent: { likelihood, impact },
		residual: { likelihood: Math.max(1, reduced), impact },
		areas,
		factors: risk.factors
	};
}

/**
 * Every vendor's risk, in the vendor list's order; `known` holds programme risks already
 * worked out for `today` (by vendor id), which are used rather than computed again.
 */
export function vendorRisks(
	vendors: readonly Vendor[],
	today: string,
	known: ReadonlyMap<string, VendorRisk> = new Map()
): DerivedVendorRisk[] {
	return vendors.map((v) => deriveVendorRisk(v, today, known.get(v.id)));
}
