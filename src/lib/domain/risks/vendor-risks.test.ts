import { describe, expect, it } from 'vitest';
import { newVendor } from '../vendors';
import { deriveVendorRisk } from './vendor-risks';

const TODAY = '2026-12-02';
const vendor = (over: Partial<Parameters<typeof newVendor>[0]>) =>
	newVendor(
		{
			name: 'Cloudy',
			service: 'Hosting',
			ownerName: '',
			dataAccess: 'none',
			systemAccess: 'none',
			dependency: 'low',
			tierOverride: null,
			tierOverrideReason: '',
			contractStart: null,
			renewalDate: null,
			lastReviewedAt: null,
			notes: '',
			...over
		},
		'v1',
		'a1',
		new Date('2026-01-01T00:00:00Z')
	);

describe('vendor risks', () => {
	it('rates a low vendor low and maps it to CC9.2 only', () => {
		const r = deriveVendorRisk(vendor({}), TODAY);
		expect(r.inherent).toEqual({ likelihood: 2, impact: 2 });
		expect(r.residual).toEqual({ likelihood: 2, impact: 2 });
		expect(r.areas.map((a) => a.id)).toEqual(['CC9.2']);
	});
	it('rates a critical host with data and admin access, mapped to every area it touches', () => {
		const v = vendor({
			dataAccess: 'customer_personal',
			systemAccess: 'admin',
			dependency: 'high'
		});
		const r = deriveVendorRisk(v, TODAY);
		expect(r.inherent).toEqual({ likelihood: 4, impact: 5 });
		expect(r.residual).toEqual({ likelihood: 4, impact: 5 });
		expect(r.areas.map((a) => a.id)).toEqual(['CC9.2', 'CC6', 'C1', 'P6', 'A1']);
		expect(r.title).toBe('Cloudy fails, is breached or misuses our data');
	});
	it('lowers the likelihood by the assurance the programme credits', () => {
		const v = vendor({ dataAccess: 'confidential', systemAccess: 'read' });
		// ISO 27001 15% + penetration test 10% + questionnaire 10% = 35%: 3 × 0.65 = 1.95 → 2.
		const assured = {
			...v,
			assurance: {
				...v.assurance,
				iso27001Expiry: '2027-06-01',
				pentestSummaryDate: '2026-10-01',
				questionnaireReceived: '2026-10-01'
			}
		};
		const r = deriveVendorRisk(assured, TODAY);
		expect(r.inherent).toEqual({ likelihood: 3, impact: 4 });
		expect(r.residual).toEqual({ likelihood: 2, impact: 4 });
		expect(r.areas.map((a) => a.id)).toEqual(['CC9.2', 'CC6', 'C1']);
	});
});
