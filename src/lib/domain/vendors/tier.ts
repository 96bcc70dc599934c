/**
 * Vendor risk tiers: a tier computed from what a vendor can reach (data, systems) and how much
 * the business depends on it, or a tier set by hand with a reason. Rules are in docs/vendor-risk.md.
 */
import { keysOf } from '../labels';
import type { DataAccess, Dependency, SystemAccess, Vendor, VendorTier } from '../types';

export const TIER_LABEL: Record<VendorTier, string> = {
	low: 'Low',
	medium: 'Medium',
	high: 'High',
	critical: 'Critical'
};

export const VENDOR_TIERS = keysOf(TIER_LABEL);

/** Position of a tier, low = 0 … critical = 3, for comparisons and sorting. */
export const TIER_RANK: Record<VendorTier, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export const DATA_ACCESS_LABEL: Record<DataAccess, string> = {
	none: 'None',
	internal: 'Internal',
	confidential: 'Confidential',
	customer_personal: 'Customer personal data'
};

export const SYSTEM_ACCESS_LABEL: Record<SystemAccess, string> = {
	none: 'None',
	read: 'Read',
	write: 'Write',
	admin: 'Admin'
};

export const DEPENDENCY_LABEL: Record<Dependency, string> = {
	low: 'Low',
	medium: 'Medium',
	high: 'High'
};

/** The inputs of the tier rules. */
export type TierInput = Pick<Vendor, 'dataAccess' | 'systemAccess' | 'dependency'>;

export interface TierResult {
	tier: VendorTier;
	/** Every rule that placed the vendor at this tier, in words. */
	reasons: string[];
}

export interface EffectiveTier extends TierResult {
	source: 'computed' | 'override';
	/** The tier the rules give, shown next to an override so the difference is visible. */
	computed: VendorTier;
}

const DATA_RULE: Record<DataAccess, { tier: VendorTier; reason: string }> = {
	customer_personal: { tier: 'critical', reason: "Holds or processes customers' personal data" },
	confidential: { tier: 'high', reason: 'Holds or processes confidential data' },
	internal: { tier: 'medium', reason: 'Holds internal company data' },
	none: { tier: 'low', reason: 'No access to company or customer data' }
};

const SYSTEM_RULE: Record<SystemAccess, { tier: VendorTier; reason: string }> = {
	admin: { tier: 'critical', reason: 'Has admin access to your systems' },
	write: { tier: 'high', reason: 'Can change data or configuration in your systems' },
	read: { tier: 'medium', reason: 'Can read from your systems' },
	none: { tier: 'low', reason: 'No access to your systems' }
};

const DEPENDENCY_RULE: Record<Dependency, { tier: VendorTier; reason: string }> = {
	high: { tier: 'high', reason: 'The service stops or degrades badly without this vendor' },
	medium: { tier: 'medium', reason: 'Losing this vendor would disrupt work for a while' },
	low: { tier: 'low', reason: 'Easy to replace or work without' }
};

/**
 * Computes a vendor's tier: the highest tier any single rule gives.
 * Customer personal data or admin access -> critical; confidential data, write access or high
 * dependency -> high; internal data, read access or medium dependency -> medium; otherwise low.
 * The reasons are the rules that reached that tier (for low, all three "nothing" facts).
 */
export function computeTier(v: TierInput): TierResult {
	const rules = [
		DATA_RULE[v.dataAccess],
		SYSTEM_RULE[v.systemAccess],
		DEPENDENCY_RULE[v.dependency]
	];
	let tier: VendorTier = 'low';
	for (const r of rules) if (TIER_RANK[r.tier] > TIER_RANK[tier]) tier = r.tier;
	return { tier, reasons: rules.filter((r) => r.tier === tier).map((r) => r.reason) };
}

/** The tier used everywhere: the override when one is set, otherwise the computed tier. */
export function effectiveTier(
	v: TierInput & Pick<Vendor, 'tierOverride' | 'tierOverrideReason'>
): EffectiveTier {
	const computed = computeTier(v);
	if (v.tierOverride === null) return { ...computed, source: 'computed', computed: computed.tier };
	const reason = v.tierOverrideReason.trim();
	return {
		tier: v.tierOverride,
		reasons: [
			reason
				? `Set by hand to ${TIER_LABEL[v.tierOverride]}: ${reason}`
				: `Set by hand to ${TIER_LABEL[v.tierOverride]} (no reason given)`
		],
		source: 'override',
		computed: computed.tier
	};
}

/**
 * The problem with a tier override, or null when it is acceptable: an override must say why,
 * so a later reviewer can judge whether it still holds.
 */
export function tierOverrideError(
	v: Pick<Vendor, 'tierOverride' | 'tierOverrideReason'>
): string | null {
	if (v.tierOverride === null) return null;
	if (v.tierOverrideReason.trim() === '')
		return 'Say why the tier is set by hand (for example what the rules do not know about this vendor).';
	return null;
}
