import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import type { Criterion } from '$lib/catalog/types';
import { FULL, scoreAssessment } from '../scoring/scoring';
import type { Vendor, VendorSafeguards } from '../types';
import {
	NO_VENDORS_GAP,
	vendorActivities,
	vendorGaps,
	vendorProgramme,
	vendorStanding
} from './programme';
import { newVendor, type VendorDraft } from './index';

const TODAY = '2025-06-15';
const ALL = { privacyInScope: true, confidentialityInScope: true };

const ALL_SAFEGUARDS: VendorSafeguards = {
	securityRequirements: true,
	breachNotificationHours: 24,
	rightToAudit: true,
	serviceLevels: true,
	dataProcessingAgreement: true,
	dataReturnDeletion: true,
	subprocessorNotice: true
};

let seq = 0;
function vendor(draft: Partial<VendorDraft> = {}, extra: Partial<Vendor> = {}): Vendor {
	seq += 1;
	const v = newVendor(
		{
			name: `Vendor ${seq}`,
			service: '',
			ownerName: 'Priya',
			dataAccess: 'none',
			systemAccess: 'none',
			dependency: 'low',
			tierOverride: null,
			tierOverrideReason: '',
			contractStart: null,
			renewalDate: null,
			lastReviewedAt: '2025-01-01',
			notes: '',
			...draft
		},
		`id-${seq}`,
		'a1',
		new Date('2025-01-01T00:00:00Z')
	);
	return { ...v, ...extra };
}

/** A critical vendor with everything in order. */
function goodCritical(name = 'Cloudco'): Vendor {
	return vendor(
		{ name, dataAccess: 'customer_personal', systemAccess: 'admin', dependency: 'high' },
		{
			assurance: {
				questionnaireReceived: null,
				soc2: null,
				iso27001Expiry: '2026-01-01',
				pentestSummaryDate: null
			},
			safeguards: ALL_SAFEGUARDS
		}
	);
}

describe('vendorStanding', () => {
	it('is good for a reviewed, assured vendor with its key safeguards', () => {
		expect(vendorStanding(goodCritical(), TODAY)).toEqual({ good: true, problems: [] });
	});

	it('names each problem', () => {
		const v = vendor({ dataAccess: 'customer_personal', lastReviewedAt: null });
		const s = vendorStanding(v, TODAY);
		expect(s.good).toBe(false);
		expect(s.problems).toEqual([
			'never reviewed',
			'no current SOC 2 report or other assurance',
			'contract lacks security requirements, breach notice within 72 hours, data processing agreement, data return or deletion at contract end'
		]);
	});

	it('does not ask a low-tier vendor for assurance', () => {
		expect(vendorStanding(vendor(), TODAY).good).toBe(true);
	});
});

describe('vendorProgramme', () => {
	it('gives CC9.2 no credit, a gap and a blocker for Audit-ready when no vendor is recorded', () => {
		expect(vendorProgramme([], TODAY, ALL)).toEqual([
			{
				id: 'vendors:CC9.2',
				label: 'Vendor management',
				criteria: ['CC9.2'],
				credit: { type1: 0, type2: 0 },
				weight: 2,
				gaps: [NO_VENDORS_GAP],
				blocker: `${NO_VENDORS_GAP}. Record your vendors on the Vendors page, starting with the cloud host: it proposes each cloud provider named in scoping.`
			}
		]);
		// With one vendor recorded the programme no longer blocks the level by itself.
		expect(vendorProgramme([vendor()], TODAY, ALL)[0]?.blocker).toBeUndefined();
		expect(NO_VENDORS_GAP).toBe(
			'No vendors recorded: every company relies on at least its hosting provider'
		);
	});

	it('weights vendors in good standing by tier', () => {
		const overdueLow = vendor({ name: 'Lowco', lastReviewedAt: '2020-01-01' });
		const [cc92] = vendorProgramme([goodCritical(), overdueLow], TODAY, ALL);
		// critical (4) good, low (1) not: 4 / 5
		expect(cc92?.credit).toEqual({ type1: 8000, type2: 8000 });
		expect(cc92?.gaps).toEqual(['Lowco: review overdue since 1 Jan 2023']);
		const [flipped] = vendorProgramme(
			[{ ...goodCritical(), lastReviewedAt: '2020-01-01' }, vendor()],
			TODAY,
			ALL
		);
		expect(flipped?.credit.type1).toBe(2000);
	});

	it('gives full credit when every vendor is in good standing', () => {
		const [cc92] = vendorProgramme([goodCritical(), vendor()], TODAY, ALL);
		expect(cc92?.credit).toEqual({ type1: FULL, type2: FULL });
		expect(cc92?.gaps).toEqual([]);
	});

	it('adds P6.4 and P6.5 only with privacy in scope and a vendor holding personal data', () => {
		const noDpa = {
			...goodCritical('Mailco'),
			safeguards: {
				...ALL_SAFEGUARDS,
				dataProcessingAgreement: false,
				breachNotificationHours: null
			}
		};
		const items = vendorProgramme([goodCritical(), noDpa], TODAY, ALL);
		const p64 = items.find((i) => i.id === 'vendors:P6.4');
		const p65 = items.find((i) => i.id === 'vendors:P6.5');
		expect(p64).toMatchObject({ criteria: ['P6.4'], credit: { type1: 5000, type2: 5000 } });
		expect(p64?.gaps).toEqual([
			'Mailco: handles customer personal data without a data processing agreement'
		]);
		expect(p65).toMatchObject({ criteria: ['P6.5'], credit: { type1: 5000, type2: 5000 } });
		const ids = (opts: typeof ALL, vs: Vendor[]) =>
			vendorProgramme(vs, TODAY, opts).map((i) => i.id);
		expect(ids({ ...ALL, privacyInScope: false }, [goodCritical()])).not.toContain('vendors:P6.4');
		expect(ids(ALL, [vendor({ dataAccess: 'confidential' })])).not.toContain('vendors:P6.4');
	});

	it('adds C1.1 when confidentiality is in scope and a vendor holds confidential data', () => {
		const conf = vendor({ name: 'Docs', dataAccess: 'confidential' });
		const items = vendorProgramme([conf, vendor()], TODAY, ALL);
		expect(items.map((i) => i.id)).toEqual(['vendors:CC9.2', 'vendors:C1.1']);
		expect(items[1]).toMatchObject({
			criteria: ['C1.1'],
			credit: { type1: 0, type2: 0 },
			weight: 1
		});
		const off = vendorProgramme([conf], TODAY, { ...ALL, confidentialityInScope: false });
		expect(off.map((i) => i.id)).toEqual(['vendors:CC9.2']);
	});

	it('feeds CC9.2 in scoring alongside controls', () => {
		const cr: Criterion = {
			id: 'CC9.2',
			category: 'security',
			series: 'CC9',
			title: '',
			explanation: ''
		};
		const items = vendorProgramme([goodCritical()], TODAY, ALL);
		const r = scoreAssessment({
			criteria: [cr],
			controls: [],
			applicable: new Set(),
			inScopeCriteria: new Set(['CC9.2']),
			states: new Map(),
			evidence: new Map(),
			programmes: items,
			today: TODAY
		});
		expect(r.type2.byCriterion['CC9.2']).toBe(FULL);
	});
});

describe('vendorGaps', () => {
	it('plans a review, an assurance request and contract terms for a neglected critical vendor', () => {
		const v = vendor({
			name: 'Payco',
			ownerName: 'Lee',
			dataAccess: 'customer_personal',
			lastReviewedAt: null
		});
		const gaps = vendorGaps([v], TODAY);
		expect(gaps.map((g) => g.gapKey)).toEqual([
			`vendor-review:${v.id}`,
			`vendor-report:${v.id}`,
			`vendor-contract:${v.id}`
		]);
		for (const g of gaps) {
			expect(g.title).toContain('Payco');
			expect(g).toMatchObject({
				ownerName: 'Lee',
				ownerDepartment: 'IT & Security',
				priority: 'high'
			});
			expect(g.effortDays).toBeGreaterThanOrEqual(0.5);
			expect(g.effortDays).toBeLessThanOrEqual(1);
		}
		expect(gaps[0]?.dueDate).toBe(TODAY);
		expect(gaps[2]?.title).toBe(
			'Add security requirements, breach notice within 72 hours, data processing agreement, data return or deletion at contract end to the contract with Payco'
		);
		expect(gaps[2]?.criteria).toEqual(['CC9.2', 'P6.4', 'P6.5', 'C1.1']);
	});

	it('asks for a new SOC 2 report when the last one is stale, even with other assurance', () => {
		const v = {
			...goodCritical('Stalecorp'),
			assurance: {
				questionnaireReceived: null,
				soc2: {
					type: 'type2' as const,
					periodStart: '2023-01-01',
					periodEnd: '2023-12-31',
					opinion: 'unqualified' as const,
					opinionNotes: '',
					bridgeLetterDate: null,
					subserviceOrgs: '',
					cuecsReviewed: true,
					cuecs: []
				},
				iso27001Expiry: '2026-01-01',
				pentestSummaryDate: null
			}
		};
		const gaps = vendorGaps([v], TODAY);
		expect(gaps).toHaveLength(1);
		expect(gaps[0]?.gapKey).toBe(`vendor-report:${v.id}`);
		expect(gaps[0]?.title).toBe(
			'Get a current SOC 2 report from Stalecorp (the last period ended 31 Dec 2023)'
		);
	});

	it('only asks low and medium vendors for reviews, at lower priority', () => {
		const low = vendor({ name: 'Lowco', lastReviewedAt: '2020-01-01', dataAccess: 'internal' });
		const gaps = vendorGaps([low], TODAY);
		expect(gaps).toHaveLength(1);
		expect(gaps[0]).toMatchObject({ gapKey: `vendor-review:${low.id}`, priority: 'medium' });
	});

	it('puts higher-tier vendors first and has nothing for vendors in order', () => {
		const low = vendor({ name: 'Aaa', lastReviewedAt: null });
		const crit = { ...goodCritical('Zzz'), lastReviewedAt: null };
		expect(vendorGaps([low, crit], TODAY).map((g) => g.title)).toEqual([
			'Review vendor Zzz for the first time',
			'Review vendor Aaa for the first time'
		]);
		expect(vendorGaps([goodCritical(), vendor()], TODAY)).toEqual([]);
	});

	it('links only to controls that exist in the catalog', () => {
		const ids = new Set(catalog.controls.map((c) => c.id));
		const v = vendor({ dataAccess: 'customer_personal', lastReviewedAt: null });
		for (const g of vendorGaps([v], TODAY))
			for (const id of g.controlIds) expect(ids).toContain(id);
	});
});

describe('vendorActivities', () => {
	it('schedules a review per vendor at its tier cadence', () => {
		const crit = goodCritical('Cloudco');
		const low = vendor({ name: 'Lowco', lastReviewedAt: null });
		const [a, b] = vendorActivities([crit, low], TODAY);
		expect(a).toMatchObject({
			id: `vendor-review:${crit.id}`,
			title: 'Review vendor: Cloudco',
			interval: { unit: 'year', count: 1 },
			lastDone: '2025-01-01',
			nextDue: '2026-01-01',
			overdue: false,
			source: 'vendor',
			ownerName: 'Priya'
		});
		expect(b).toMatchObject({
			interval: { unit: 'year', count: 3 },
			lastDone: null,
			nextDue: TODAY,
			overdue: true
		});
	});
});
