import { describe, expect, it } from 'vitest';
import type { Vendor, VendorSoc2 } from '$lib/domain/types';
import { CUEC_MAX, vendorErrors } from './vendor-checks';
import { TODAY, makeVendor } from '../../../../lib/testing/vendors';

const SOC2: VendorSoc2 = {
	type: 'type2',
	periodStart: null,
	periodEnd: null,
	opinion: null,
	opinionNotes: '',
	bridgeLetterDate: null,
	subserviceOrgs: '',
	cuecsReviewed: false,
	cuecs: []
};

function withAssurance(a: Partial<Vendor['assurance']>, soc2: Partial<VendorSoc2> | null = null) {
	const v = makeVendor('v');
	return {
		...v,
		assurance: { ...v.assurance, ...a, soc2: soc2 === null ? null : { ...SOC2, ...soc2 } }
	};
}

describe('vendorErrors', () => {
	it('accepts a new vendor and a full, sound record', () => {
		expect(vendorErrors(makeVendor('v'), TODAY)).toEqual({});
		const full = withAssurance(
			{
				questionnaireReceived: TODAY,
				pentestSummaryDate: '2025-01-01',
				iso27001Expiry: '2027-01-01'
			},
			{ periodStart: '2024-04-01', periodEnd: '2025-03-31', bridgeLetterDate: TODAY }
		);
		expect(vendorErrors(full, TODAY)).toEqual({});
	});

	it('keeps the domain checks (name, override reason, SOC 2 period order)', () => {
		const v = withAssurance({}, { periodStart: '2025-03-01', periodEnd: '2025-01-01' });
		const e = vendorErrors({ ...v, name: ' ', tierOverride: 'low', tierOverrideReason: '' }, TODAY);
		expect(Object.keys(e).sort()).toEqual(['name', 'soc2Period', 'tierOverrideReason']);
	});

	it('refuses due-diligence dates after today, so they cannot count as current', () => {
		const tomorrow = '2025-06-16';
		const e = vendorErrors(
			withAssurance(
				{ questionnaireReceived: tomorrow, pentestSummaryDate: tomorrow },
				{ periodEnd: tomorrow, bridgeLetterDate: tomorrow }
			),
			TODAY
		);
		expect(e).toEqual({
			questionnaireReceived: 'The questionnaire date cannot be in the future.',
			pentestSummaryDate: 'The penetration-test date cannot be in the future.',
			soc2PeriodEnd: 'The end of the report period cannot be in the future.',
			bridgeLetterDate: 'The bridge letter date cannot be in the future.'
		});
	});

	it('allows a certificate expiry in the future but not an impossible date', () => {
		expect(vendorErrors(withAssurance({ iso27001Expiry: '2030-01-01' }), TODAY)).toEqual({});
		expect(vendorErrors(withAssurance({ iso27001Expiry: '2025-02-30' }), TODAY)).toEqual({
			iso27001Expiry: 'Enter a real date.'
		});
	});

	it('names the user-entity control that is too long', () => {
		const cuecs = [
			{ description: 'Review access quarterly', controlId: 'IAM-03' },
			{ description: 'x'.repeat(CUEC_MAX + 1), controlId: null }
		];
		expect(vendorErrors(withAssurance({}, { cuecs }), TODAY).cuecs).toMatch(/number 2 is longer/);
	});
});
