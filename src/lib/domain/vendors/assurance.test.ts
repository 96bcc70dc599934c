import { describe, expect, it } from 'vitest';
import type { Vendor, VendorSoc2 } from '../types';
import {
	bridgeLetterAdvice,
	hasCurrentAssurance,
	missingSafeguards,
	requiredSafeguards,
	soc2Status
} from './assurance';
import { newVendor } from './index';

const TODAY = '2025-06-15';

function soc2(extra: Partial<VendorSoc2> = {}): VendorSoc2 {
	return {
		type: 'type2',
		periodStart: '2024-04-01',
		periodEnd: '2025-03-31',
		opinion: 'unqualified',
		opinionNotes: '',
		bridgeLetterDate: null,
		subserviceOrgs: '',
		cuecsReviewed: true,
		cuecs: [],
		...extra
	};
}

function vendor(extra: Partial<Vendor> = {}): Vendor {
	const v = newVendor(
		{
			name: 'Hostco',
			service: 'Hosting',
			ownerName: 'Sam',
			dataAccess: 'none',
			systemAccess: 'none',
			dependency: 'low',
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

describe('soc2Status', () => {
	it('is current up to exactly 12 months after the period end, stale a day later', () => {
		expect(soc2Status(soc2({ periodEnd: '2024-06-15' }), TODAY)).toBe('current');
		expect(soc2Status(soc2({ periodEnd: '2024-06-14' }), TODAY)).toBe('stale');
	});

	it('tells apart no report and a report without a period end', () => {
		expect(soc2Status(null, TODAY)).toBe('none');
		expect(soc2Status(soc2({ periodEnd: null }), TODAY)).toBe('undated');
	});
});

describe('hasCurrentAssurance', () => {
	const assurance = (a: Partial<Vendor['assurance']>) =>
		vendor({
			assurance: {
				questionnaireReceived: null,
				soc2: null,
				iso27001Expiry: null,
				pentestSummaryDate: null,
				...a
			}
		});

	it('accepts a current SOC 2, an unexpired ISO 27001 or a recent questionnaire', () => {
		expect(hasCurrentAssurance(assurance({ soc2: soc2() }), TODAY)).toBe(true);
		expect(hasCurrentAssurance(assurance({ iso27001Expiry: TODAY }), TODAY)).toBe(true);
		expect(hasCurrentAssurance(assurance({ questionnaireReceived: '2024-07-01' }), TODAY)).toBe(
			true
		);
	});

	it('rejects stale or failed reports, expired certificates and a penetration test alone', () => {
		expect(hasCurrentAssurance(assurance({ soc2: soc2({ periodEnd: '2024-01-31' }) }), TODAY)).toBe(
			false
		);
		expect(hasCurrentAssurance(assurance({ soc2: soc2({ opinion: 'adverse' }) }), TODAY)).toBe(
			false
		);
		expect(hasCurrentAssurance(assurance({ iso27001Expiry: '2025-06-14' }), TODAY)).toBe(false);
		expect(hasCurrentAssurance(assurance({ questionnaireReceived: '2024-06-01' }), TODAY)).toBe(
			false
		);
		expect(hasCurrentAssurance(assurance({ pentestSummaryDate: '2025-05-01' }), TODAY)).toBe(false);
	});
});

describe('bridgeLetterAdvice', () => {
	const withSoc2 = (s: VendorSoc2 | null) =>
		vendor({
			assurance: {
				questionnaireReceived: null,
				soc2: s,
				iso27001Expiry: null,
				pentestSummaryDate: null
			}
		});

	it('advises a bridge letter once the period ended more than 3 months ago', () => {
		expect(bridgeLetterAdvice(withSoc2(soc2({ periodEnd: '2025-03-15' })), TODAY)).toBeNull();
		const advice = bridgeLetterAdvice(withSoc2(soc2({ periodEnd: '2025-03-14' })), TODAY);
		expect(advice).toContain('Hostco');
		expect(advice).toContain('14 Mar 2025');
	});

	it('is satisfied only by a letter dated after the period end', () => {
		const end = '2025-01-31';
		expect(
			bridgeLetterAdvice(withSoc2(soc2({ periodEnd: end, bridgeLetterDate: '2025-04-01' })), TODAY)
		).toBeNull();
		expect(
			bridgeLetterAdvice(withSoc2(soc2({ periodEnd: end, bridgeLetterDate: end })), TODAY)
		).not.toBeNull();
	});

	it('gives no advice without a report or for a stale one (that needs a new report)', () => {
		expect(bridgeLetterAdvice(withSoc2(null), TODAY)).toBeNull();
		expect(bridgeLetterAdvice(withSoc2(soc2({ periodEnd: '2024-01-31' })), TODAY)).toBeNull();
	});
});

describe('requiredSafeguards', () => {
	it('asks nothing of a vendor with no data and no access', () => {
		expect(requiredSafeguards({ dataAccess: 'none', systemAccess: 'none' })).toEqual([]);
	});

	it('grows with what the vendor can reach', () => {
		expect(requiredSafeguards({ dataAccess: 'internal', systemAccess: 'read' })).toEqual([
			'securityRequirements'
		]);
		expect(requiredSafeguards({ dataAccess: 'none', systemAccess: 'admin' })).toEqual([
			'securityRequirements',
			'breachNotification'
		]);
		expect(requiredSafeguards({ dataAccess: 'customer_personal', systemAccess: 'none' })).toEqual([
			'securityRequirements',
			'breachNotification',
			'dataProcessingAgreement',
			'dataReturnDeletion'
		]);
	});

	it('counts breach notice only within 72 hours', () => {
		const v = vendor({ dataAccess: 'confidential' });
		const with72 = {
			...v,
			safeguards: {
				...v.safeguards,
				securityRequirements: true,
				dataReturnDeletion: true,
				breachNotificationHours: 72
			}
		};
		expect(missingSafeguards(with72)).toEqual([]);
		const with96 = { ...with72, safeguards: { ...with72.safeguards, breachNotificationHours: 96 } };
		expect(missingSafeguards(with96)).toEqual(['breachNotification']);
	});
});
