/**
 * How the vendor inventory feeds the rest of the app: scored programme items for the criteria it
 * supports (CC9.2, and P6.4, P6.5, C1.1 where relevant), plan gaps per vendor, and review dates
 * for the calendar. Rules are documented in docs/vendor-risk.md.
 */
import { formatDate } from '../dates';
import { FULL, type ProgrammeItem } from '../scoring/scoring';
import type { CalendarActivity, PlanGap, Vendor, VendorTier } from '../types';
import {
	SAFEGUARD_LABEL,
	hasCurrentAssurance,
	hasSafeguard,
	missingSafeguards,
	soc2Status
} from './assurance';
import { nextReviewDue } from './review';
import { TIER_LABEL, TIER_RANK, effectiveTier } from './tier';

/** A critical vendor counts four times as much as a low one in the programme score. */
export const TIER_WEIGHT: Record<VendorTier, number> = { low: 1, medium: 2, high: 3, critical: 4 };

export const NO_VENDORS_GAP =
	'No vendors recorded: every company relies on at least its hosting provider';

/** Programme item weights, on the scale where an ordinary control weighs 1 and a key control 2. */
export const PROGRAMME_WEIGHT = { cc92: 2, p64: 2, p65: 2, c11: 1 } as const;

/** Plan-gap priority points (0..7, as in priority.ts) by tier. */
const GAP_POINTS: Record<VendorTier, number> = { critical: 6, high: 5, medium: 3, low: 1 };
const VENDOR_DEPARTMENT = 'IT & Security' satisfies PlanGap['ownerDepartment'];

export interface ProgrammeOptions {
	privacyInScope: boolean;
	confidentialityInScope: boolean;
}

export interface VendorStanding {
	good: boolean;
	/** What keeps the vendor out of good standing, in words. */
	problems: string[];
}

function displayName(v: Pick<Vendor, 'name'>): string {
	return v.name.trim() || 'Unnamed vendor';
}

function isHighTier(tier: VendorTier): boolean {
	return TIER_RANK[tier] >= TIER_RANK.high;
}

/**
 * Good standing: reviewed on schedule; for high and critical vendors, current assurance; and
 * every key contract safeguard its access calls for (see `requiredSafeguards`).
 */
export function vendorStanding(v: Vendor, today: string): VendorStanding {
	const problems: string[] = [];
	const review = nextReviewDue(v, today);
	if (review.neverReviewed) problems.push('never reviewed');
	else if (review.overdue) problems.push(`review overdue since ${formatDate(review.due)}`);
	if (isHighTier(review.tier) && !hasCurrentAssurance(v, today))
		problems.push('no current SOC 2 report or other assurance');
	const missing = missingSafeguards(v);
	if (missing.length > 0)
		problems.push(`contract lacks ${missing.map((k) => SAFEGUARD_LABEL[k]).join(', ')}`);
	return { good: problems.length === 0, problems };
}

/** Integer share in basis points, rounded half up; `den` must be positive. */
function share(num: number, den: number): number {
	return Math.floor((2 * num * FULL + den) / (2 * den));
}

function item(
	id: string,
	label: string,
	criterion: string,
	weight: number,
	credit: number,
	gaps: string[]
): ProgrammeItem {
	// Type I and Type II get the same credit: a vendor's standing is judged on the day either
	// way, and the review schedule already captures whether the work has kept happening.
	return {
		id,
		label,
		criteria: [criterion],
		credit: { type1: credit, type2: credit },
		weight,
		gaps
	};
}

/** Share of `group` meeting `ok`, with a gap line for each vendor that does not. */
function simpleItem(
	id: string,
	label: string,
	criterion: string,
	weight: number,
	group: readonly Vendor[],
	ok: (v: Vendor) => boolean,
	gapText: (name: string) => string
): ProgrammeItem {
	const failing = group.filter((v) => !ok(v));
	const credit = share(group.length - failing.length, group.length);
	return item(
		id,
		label,
		criterion,
		weight,
		credit,
		failing.map((v) => gapText(displayName(v)))
	);
}

/**
 * Programme items for scoring. CC9.2 always: the tier-weighted share of vendors in good standing
 * (0 with a gap when no vendor is recorded). With privacy in scope and any vendor holding
 * customer personal data: P6.4 (share of those vendors with a DPA) and P6.5 (share with breach
 * notice within 72 hours). With confidentiality in scope and any vendor holding confidential or
 * personal data: C1.1 (share of those with security requirements and data return or deletion).
 */
export function vendorProgramme(
	vendors: readonly Vendor[],
	today: string,
	options: ProgrammeOptions
): ProgrammeItem[] {
	const label = 'Vendor management';
	if (vendors.length === 0)
		return [
			{
				...item('vendors:CC9.2', label, 'CC9.2', PROGRAMME_WEIGHT.cc92, 0, [NO_VENDORS_GAP]),
				blocker: `${NO_VENDORS_GAP}. Record your vendors on the Vendors page, starting with the cloud host: it proposes each cloud provider named in scoping.`
			}
		];
	let num = 0;
	let den = 0;
	const gaps: string[] = [];
	for (const v of vendors) {
		const w = TIER_WEIGHT[effectiveTier(v).tier];
		const s = vendorStanding(v, today);
		den += w;
		if (s.good) num += w;
		else gaps.push(`${displayName(v)}: ${s.problems.join('; ')}`);
	}
	const out = [item('vendors:CC9.2', label, 'CC9.2', PROGRAMME_WEIGHT.cc92, share(num, den), gaps)];

	const personal = vendors.filter((v) => v.dataAccess === 'customer_personal');
	if (options.privacyInScope && personal.length > 0) {
		out.push(
			simpleItem(
				'vendors:P6.4',
				'Data processing agreements with vendors',
				'P6.4',
				PROGRAMME_WEIGHT.p64,
				personal,
				(v) => hasSafeguard(v, 'dataProcessingAgreement'),
				(n) => `${n}: handles customer personal data without a data processing agreement`
			),
			simpleItem(
				'vendors:P6.5',
				'Breach notification by vendors',
				'P6.5',
				PROGRAMME_WEIGHT.p65,
				personal,
				(v) => hasSafeguard(v, 'breachNotification'),
				(n) => `${n}: contract does not require breach notice within 72 hours`
			)
		);
	}
	const sensitive = vendors.filter(
		(v) => v.dataAccess === 'confidential' || v.dataAccess === 'customer_personal'
	);
	if (options.confidentialityInScope && sensitive.length > 0) {
		out.push(
			simpleItem(
				'vendors:C1.1',
				'Confidentiality terms in vendor contracts',
				'C1.1',
				PROGRAMME_WEIGHT.c11,
				sensitive,
				(v) => hasSafeguard(v, 'securityRequirements') && hasSafeguard(v, 'dataReturnDeletion'),
				(n) =>
					`${n}: contract lacks security requirements or data return and deletion for confidential data`
			)
		);
	}
	return out;
}

function gapBase(v: Vendor, tier: VendorTier, what: string) {
	const points = GAP_POINTS[tier];
	return {
		ownerName: v.ownerName,
		ownerDepartment: VENDOR_DEPARTMENT,
		priorityPoints: points,
		priority: points >= 5 ? 'high' : points >= 3 ? 'medium' : 'low',
		priorityReason: `${TIER_LABEL[tier]}-tier vendor: ${what}`
	} satisfies Partial<PlanGap>;
}

function reviewGap(v: Vendor, today: string): PlanGap | null {
	const r = nextReviewDue(v, today);
	if (!r.overdue) return null;
	const name = displayName(v);
	return {
		gapKey: `vendor-review:${v.id}`,
		title: r.neverReviewed
			? `Review vendor ${name} for the first time`
			: `Review vendor ${name} (due since ${formatDate(r.due)})`,
		controlIds: ['VEN-06'],
		criteria: ['CC9.2'],
		effortDays: 0.5,
		dueDate: r.due,
		...gapBase(v, r.tier, r.neverReviewed ? 'never reviewed' : 'review overdue')
	};
}

function reportGap(v: Vendor, tier: VendorTier, today: string): PlanGap | null {
	if (!isHighTier(tier)) return null;
	const soc2 = v.assurance.soc2;
	const stale = soc2 !== null && soc2Status(soc2, today) === 'stale';
	if (!stale && hasCurrentAssurance(v, today)) return null;
	const name = displayName(v);
	return {
		gapKey: `vendor-report:${v.id}`,
		title: stale
			? `Get a current SOC 2 report from ${name} (the last period ended ${formatDate(soc2.periodEnd)})`
			: `Get a SOC 2 report or other security assurance from ${name}`,
		controlIds: ['VEN-04'],
		criteria: ['CC9.2'],
		effortDays: 0.5,
		dueDate: null,
		...gapBase(v, tier, stale ? 'SOC 2 report out of date' : 'no current assurance')
	};
}

function contractGap(v: Vendor, tier: VendorTier): PlanGap | null {
	if (!isHighTier(tier)) return null;
	const missing = missingSafeguards(v);
	if (missing.length === 0) return null;
	const controlIds = ['VEN-05'];
	const criteria = ['CC9.2'];
	const personal = v.dataAccess === 'customer_personal';
	if (missing.includes('dataProcessingAgreement')) {
		controlIds.push('PRV-22');
		criteria.push('P6.4');
	}
	if (personal && missing.includes('breachNotification')) {
		controlIds.push('PRV-24');
		criteria.push('P6.5');
	}
	if (missing.includes('securityRequirements') || missing.includes('dataReturnDeletion'))
		criteria.push('C1.1');
	if (missing.includes('dataReturnDeletion')) controlIds.push('VEN-07');
	return {
		gapKey: `vendor-contract:${v.id}`,
		title: `Add ${missing.map((k) => SAFEGUARD_LABEL[k]).join(', ')} to the contract with ${displayName(v)}`,
		controlIds,
		criteria,
		effortDays: 1,
		dueDate: null,
		...gapBase(v, tier, 'key contract safeguards missing')
	};
}

/**
 * Plan gaps for the vendor inventory: 'vendor-review:<id>' when a review is overdue (or never
 * done), 'vendor-report:<id>' for a high or critical vendor without current assurance or with a
 * stale SOC 2 report, 'vendor-contract:<id>' for a high or critical vendor missing key contract
 * safeguards. Highest priority first, then by vendor name.
 */
export function vendorGaps(vendors: readonly Vendor[], today: string): PlanGap[] {
	const out: Array<PlanGap & { order: number }> = [];
	const sorted = [...vendors].sort((a, b) => a.name.localeCompare(b.name, 'en'));
	sorted.forEach((v, i) => {
		const tier = effectiveTier(v).tier;
		for (const g of [reviewGap(v, today), reportGap(v, tier, today), contractGap(v, tier)])
			if (g) out.push({ ...g, order: i });
	});
	out.sort((a, b) => b.priorityPoints - a.priorityPoints || a.order - b.order);
	return out.map(({ order: _order, ...g }) => g);
}

/** One recurring review per vendor for the calendar, at its tier's cadence. */
export function vendorActivities(vendors: readonly Vendor[], today: string): CalendarActivity[] {
	return vendors.map((v) => {
		const r = nextReviewDue(v, today);
		const years = r.cadenceMonths % 12 === 0;
		return {
			id: `vendor-review:${v.id}`,
			title: `Review vendor: ${displayName(v)}`,
			description: `${TIER_LABEL[r.tier]}-tier vendor, reviewed every ${r.cadenceMonths} months: check its current SOC 2 report or other assurance, the contract terms, and the data and systems it can reach.`,
			interval: years
				? { unit: 'year', count: r.cadenceMonths / 12 }
				: { unit: 'month', count: r.cadenceMonths },
			ownerName: v.ownerName,
			ownerDepartment: VENDOR_DEPARTMENT,
			lastDone: r.neverReviewed ? null : v.lastReviewedAt,
			nextDue: r.due,
			overdue: r.overdue,
			source: 'vendor'
		};
	});
}
