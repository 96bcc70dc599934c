import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Vendor, VendorSoc2 } from '../types';
import { MAX_REDUCTION, RATING_THRESHOLDS, residualScore, riskRating, vendorRisk } from './risk';
import { newVendor } from './index';

const TODAY = '2025-06-15';

function soc2(extra: Partial<VendorSoc2> = {}): VendorSoc2 {
	return {
		type: 'type2',
		periodStart: '2024-04-01',
		periodEnd: '2025-03-31',
		opinion: 'unqualified',
		opinionNotes: '',
		bridgeLetterDate: '2025-05-01',
		subserviceOrgs: '',
		cuecsReviewed: true,
		cuecs: [],
		...extra
	};
}

/** The riskiest kind of vendor: inherent 35 + 30 + 20 + 15 = 100. */
function critical(extra: Partial<Vendor> = {}): Vendor {
	const v = newVendor(
		{
			name: 'Cloudco',
			service: 'Hosting',
			ownerName: 'Sam',
			dataAccess: 'customer_personal',
			systemAccess: 'admin',
			dependency: 'high',
			tierOverride: null,
			tierOverrideReason: '',
			contractStart: null,
			renewalDate: null,
			lastReviewedAt: null,
			notes: ''
		},
		'v1',
		'a1',
		new Date('2025-01-01T00:00:00Z')
	);
	return { ...v, ...extra };
}

const withSoc2 = (s: VendorSoc2 | null): Vendor =>
	critical({
		assurance: {
			questionnaireReceived: null,
			soc2: s,
			iso27001Expiry: null,
			pentestSummaryDate: null
		}
	});

describe('vendorRisk: inherent', () => {
	it('adds data, system, dependency and tier points', () => {
		expect(vendorRisk(critical(), TODAY).inherent).toBe(100);
		const r = vendorRisk(
			critical({ dataAccess: 'internal', systemAccess: 'read', dependency: 'medium' }),
			TODAY
		);
		// internal 10 + read 10 + medium 10 + medium tier 5
		expect(r.inherent).toBe(35);
		expect(r.factors[0]).toBe(
			'Inherent risk 35: data 10 + systems 10 + dependency 10 + medium tier 5'
		);
	});

	it('follows a tier override', () => {
		const base = critical({ dataAccess: 'internal', systemAccess: 'none', dependency: 'low' });
		const raised = {
			...base,
			tierOverride: 'critical' as const,
			tierOverrideReason: 'Signs our releases'
		};
		expect(vendorRisk(base, TODAY).inherent).toBe(15);
		expect(vendorRisk(raised, TODAY).inherent).toBe(25);
	});

	it('is 0 for a vendor with no data, no access and low dependency', () => {
		const r = vendorRisk(
			critical({ dataAccess: 'none', systemAccess: 'none', dependency: 'low' }),
			TODAY
		);
		expect(r).toMatchObject({ inherent: 0, residual: 0, rating: 'low' });
	});
});

describe('vendorRisk: SOC 2', () => {
	it('reduces most for a current Type II with an unqualified opinion', () => {
		const r = vendorRisk(withSoc2(soc2()), TODAY);
		expect(r.reduction).toBe(40);
		expect(r.residual).toBe(60);
		expect(r.rating).toBe('critical');
		expect(r.factors).toContain(
			'SOC 2 Type II report with an unqualified opinion, period ended 31 Mar 2025: −40%'
		);
	});

	it('orders Type II > Type I > qualified > none', () => {
		const residual = (s: VendorSoc2 | null) => vendorRisk(withSoc2(s), TODAY).residual;
		const t2 = residual(soc2());
		const t1 = residual(soc2({ type: 'type1' }));
		const q2 = residual(soc2({ opinion: 'qualified' }));
		const q1 = residual(soc2({ type: 'type1', opinion: 'qualified' }));
		const none = residual(null);
		expect(t2).toBeLessThan(t1);
		expect(t1).toBeLessThan(q2);
		expect(q2).toBeLessThan(q1);
		expect(q1).toBeLessThan(none);
		expect(residual(soc2({ opinion: 'adverse' }))).toBe(none);
	});

	it('counts a report whose period ended over 12 months ago as none, and flags it', () => {
		const stale = vendorRisk(withSoc2(soc2({ periodEnd: '2024-06-14' })), TODAY);
		expect(stale.soc2Stale).toBe(true);
		expect(stale.flags.soc2Stale).toBe(true);
		expect(stale.residual).toBe(vendorRisk(withSoc2(null), TODAY).residual);
		expect(stale.factors.join(' ')).toMatch(/stale/);
		const current = vendorRisk(withSoc2(soc2({ periodEnd: '2024-06-15' })), TODAY);
		expect(current.soc2Stale).toBe(false);
		expect(current.reduction).toBe(40);
	});

	it('flags a missing bridge letter, an undated report and unreviewed user-entity controls', () => {
		expect(
			vendorRisk(withSoc2(soc2({ periodEnd: '2025-01-31', bridgeLetterDate: null })), TODAY).flags
				.bridgeLetterNeeded
		).toBe(true);
		expect(vendorRisk(withSoc2(soc2({ periodEnd: null })), TODAY).flags.soc2Undated).toBe(true);
		expect(vendorRisk(withSoc2(soc2({ cuecsReviewed: false })), TODAY).flags.cuecsNotReviewed).toBe(
			true
		);
	});
});

describe('vendorRisk: other assurance and contract', () => {
	const full = critical({
		assurance: {
			questionnaireReceived: '2025-01-10',
			soc2: soc2(),
			iso27001Expiry: '2026-01-01',
			pentestSummaryDate: '2025-02-01'
		},
		safeguards: {
			securityRequirements: true,
			breachNotificationHours: 48,
			rightToAudit: true,
			serviceLevels: true,
			dataProcessingAgreement: true,
			dataReturnDeletion: true,
			subprocessorNotice: true
		}
	});

	it('caps the total reduction at 80%', () => {
		const r = vendorRisk(full, TODAY);
		expect(r.reduction).toBe(MAX_REDUCTION);
		expect(r.residual).toBe(20);
		expect(r.factors).toContain('Reductions add up to 100%; capped at 80%');
	});

	it('ignores expired or old evidence and says so', () => {
		const old = {
			...full,
			assurance: {
				...full.assurance,
				soc2: null,
				iso27001Expiry: '2025-06-14',
				pentestSummaryDate: '2024-06-01',
				questionnaireReceived: '2024-06-01'
			}
		};
		const r = vendorRisk(old, TODAY);
		expect(r.flags.iso27001Expired).toBe(true);
		expect(r.flags.noCurrentAssurance).toBe(true);
		// Only the five contract safeguards count: 25%.
		expect(r.reduction).toBe(25);
		expect(r.factors.filter((f) => f.endsWith('not counted'))).toHaveLength(3);
	});

	it('counts a DPA only for vendors with customer personal data', () => {
		const noData = {
			...full,
			dataAccess: 'none' as const,
			assurance: {
				...full.assurance,
				soc2: null,
				iso27001Expiry: null,
				pentestSummaryDate: null,
				questionnaireReceived: null
			}
		};
		// security requirements, breach notice, right to audit: no DPA, no data return without data
		expect(vendorRisk(noData, TODAY).reduction).toBe(15);
	});

	it('flags slow breach notice and a missing DPA', () => {
		const r = vendorRisk(
			{
				...full,
				safeguards: {
					...full.safeguards,
					breachNotificationHours: 96,
					dataProcessingAgreement: false
				}
			},
			TODAY
		);
		expect(r.flags.breachNoticeSlow).toBe(true);
		expect(r.flags.dpaMissing).toBe(true);
	});
});

describe('the worked example in docs/vendor-risk.md', () => {
	it('gives inherent 100, reduction 55%, residual 45, rated high', () => {
		const v = critical({
			assurance: {
				questionnaireReceived: null,
				soc2: soc2({ periodEnd: '2025-02-15', bridgeLetterDate: null }),
				iso27001Expiry: null,
				pentestSummaryDate: null
			},
			safeguards: {
				securityRequirements: true,
				breachNotificationHours: 48,
				rightToAudit: false,
				serviceLevels: false,
				dataProcessingAgreement: true,
				dataReturnDeletion: false,
				subprocessorNotice: false
			}
		});
		expect(vendorRisk(v, TODAY)).toMatchObject({
			inherent: 100,
			reduction: 55,
			residual: 45,
			rating: 'high'
		});
	});
});

describe('risk arithmetic', () => {
	it('rounds the residual half up in integers', () => {
		expect(residualScore(35, 50)).toBe(18); // 17.5
		expect(residualScore(33, 40)).toBe(20); // 19.8
		expect(residualScore(100, 0)).toBe(100);
	});

	it('rates by the documented thresholds', () => {
		expect(riskRating(RATING_THRESHOLDS.critical)).toBe('critical');
		expect(riskRating(RATING_THRESHOLDS.critical - 1)).toBe('high');
		expect(riskRating(RATING_THRESHOLDS.high - 1)).toBe('medium');
		expect(riskRating(RATING_THRESHOLDS.medium - 1)).toBe('low');
	});

	const vendorArb = fc.record({
		dataAccess: fc.constantFrom('none', 'internal', 'confidential', 'customer_personal' as const),
		systemAccess: fc.constantFrom('none', 'read', 'write', 'admin' as const),
		dependency: fc.constantFrom('low', 'medium', 'high' as const),
		type: fc.constantFrom('type1', 'type2' as const),
		opinion: fc.constantFrom('unqualified', 'qualified', 'adverse', 'disclaimer', null),
		ageDays: fc.integer({ min: 0, max: 800 }),
		hasSoc2: fc.boolean(),
		iso: fc.boolean(),
		flags: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 })
	});
	type ArbValue = typeof vendorArb extends fc.Arbitrary<infer T> ? T : never;
	const build = (a: ArbValue): Vendor => {
		const end = new Date(Date.UTC(2025, 5, 15) - a.ageDays * 86_400_000).toISOString().slice(0, 10);
		return critical({
			dataAccess: a.dataAccess,
			systemAccess: a.systemAccess,
			dependency: a.dependency,
			assurance: {
				questionnaireReceived: null,
				soc2: a.hasSoc2 ? soc2({ type: a.type, opinion: a.opinion, periodEnd: end }) : null,
				iso27001Expiry: a.iso ? '2026-01-01' : null,
				pentestSummaryDate: null
			},
			safeguards: {
				securityRequirements: a.flags[0] ?? false,
				breachNotificationHours: a.flags[1] ? 24 : null,
				rightToAudit: a.flags[2] ?? false,
				serviceLevels: false,
				dataProcessingAgreement: a.flags[3] ?? false,
				dataReturnDeletion: a.flags[4] ?? false,
				subprocessorNotice: false
			}
		});
	};

	it('keeps scores integer, within 0..100 and residual at most inherent', () => {
		fc.assert(
			fc.property(vendorArb, (a) => {
				const r = vendorRisk(build(a), TODAY);
				expect(Number.isInteger(r.inherent) && Number.isInteger(r.residual)).toBe(true);
				expect(r.inherent).toBeGreaterThanOrEqual(0);
				expect(r.inherent).toBeLessThanOrEqual(100);
				expect(r.residual).toBeLessThanOrEqual(r.inherent);
				expect(r.residual).toBeGreaterThanOrEqual(residualScore(r.inherent, MAX_REDUCTION));
				expect(r.rating).toBe(riskRating(r.residual));
			})
		);
	});

	it('never raises the residual when a safeguard or certificate is added', () => {
		fc.assert(
			fc.property(vendorArb, fc.integer({ min: 0, max: 4 }), (a, i) => {
				const before = vendorRisk(build(a), TODAY).residual;
				const flags = a.flags.map((f, j) => f || j === i);
				expect(vendorRisk(build({ ...a, flags }), TODAY).residual).toBeLessThanOrEqual(before);
				expect(vendorRisk(build({ ...a, iso: true }), TODAY).residual).toBeLessThanOrEqual(before);
			})
		);
	});
});
