import { describe, expect, it } from 'vitest';
import type { PlanGap } from '$lib/domain/types';
import { DATA_ACCESS_OPTIONS, dateOrNull, gapsForVendor, oneOf, vendorRows } from './vendor-view';
import { vendorFacts } from '$lib/domain/vendors/facts';
import { TODAY, makeVendor } from '../../../../lib/testing/vendors';

const flagKeys = (v: Parameters<typeof makeVendor>[1]) =>
	vendorRows(vendorFacts([makeVendor('x', v)], TODAY))[0]?.flags.map((f) => f.key);

describe('vendorRows', () => {
	it('orders by residual risk and works out review and standing', () => {
		const rows = vendorRows(
			vendorFacts(
				[
					makeVendor('quiet', { lastReviewedAt: '2025-01-10' }),
					makeVendor('host', { dataAccess: 'customer_personal', systemAccess: 'admin' })
				],
				TODAY
			)
		);
		expect(rows.map((r) => r.vendor.id)).toEqual(['host', 'quiet']);
		const [host, quiet] = rows;
		expect(host?.risk.tier.tier).toBe('critical');
		expect(host?.review).toMatchObject({ due: TODAY, overdue: true, neverReviewed: true });
		expect(host?.standing.good).toBe(false);
		// A low vendor reviewed this year with no access needs nothing else.
		expect(quiet?.review.due).toBe('2028-01-10');
		expect(quiet?.standing).toEqual({ good: true, problems: [] });
		expect(quiet?.flags).toEqual([]);
	});
});

describe('vendorFlags', () => {
	it('flags a stale SOC 2 report and missing assurance for a critical vendor', () => {
		const keys = flagKeys({
			dataAccess: 'customer_personal',
			lastReviewedAt: '2025-06-01',
			assurance: {
				questionnaireReceived: null,
				iso27001Expiry: null,
				pentestSummaryDate: null,
				soc2: {
					type: 'type2',
					periodStart: '2023-04-01',
					periodEnd: '2024-04-15',
					opinion: 'unqualified',
					opinionNotes: '',
					bridgeLetterDate: null,
					subserviceOrgs: '',
					cuecsReviewed: true,
					cuecs: []
				}
			}
		});
		expect(keys).toEqual(['soc2-stale', 'no-assurance', 'dpa-missing']);
	});

	it('does not ask a low vendor for assurance, but flags an overdue review', () => {
		expect(flagKeys({ lastReviewedAt: '2022-06-14' })).toEqual(['review-overdue']);
		expect(flagKeys({ lastReviewedAt: '2022-06-15' })).toEqual([]);
	});

	it('flags a slow breach notice and an expired certificate', () => {
		const v = makeVendor('x');
		expect(
			flagKeys({
				lastReviewedAt: TODAY,
				safeguards: { ...v.safeguards, breachNotificationHours: 96 },
				assurance: { ...v.assurance, iso27001Expiry: '2025-06-14' }
			})
		).toEqual(['iso-expired', 'breach-slow']);
	});
});

describe('gapsForVendor', () => {
	const gap = (gapKey: string): PlanGap => ({
		gapKey,
		title: gapKey,
		controlIds: [],
		criteria: ['CC9.2'],
		ownerName: '',
		ownerDepartment: null,
		effortDays: 1,
		priorityPoints: 1,
		priority: 'low',
		priorityReason: '',
		dueDate: null
	});

	it("keeps only that vendor's gaps", () => {
		const gaps = [
			gap('vendor-review:v1'),
			gap('vendor-report:v12'),
			gap('control:v1'),
			gap('vendor-contract:v1')
		];
		expect(gapsForVendor(gaps, 'v1').map((g) => g.gapKey)).toEqual([
			'vendor-review:v1',
			'vendor-contract:v1'
		]);
	});
});

describe('dateOrNull', () => {
	it('turns an empty date input into no date', () => {
		expect(dateOrNull('')).toBeNull();
		expect(dateOrNull('2025-01-02')).toBe('2025-01-02');
	});
});

describe('oneOf', () => {
	it('accepts only a listed option', () => {
		expect(oneOf(DATA_ACCESS_OPTIONS, 'confidential')).toBe('confidential');
		expect(oneOf(DATA_ACCESS_OPTIONS, 'Confidential')).toBeNull();
		expect(oneOf(DATA_ACCESS_OPTIONS, '')).toBeNull();
	});
});
