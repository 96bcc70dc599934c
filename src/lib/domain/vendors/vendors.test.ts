import { describe, expect, it } from 'vitest';
import type { Vendor } from '../types';
import { newVendor, validateVendor, vendorsByRisk, type VendorDraft } from './index';

const TODAY = '2025-06-15';
const DRAFT: VendorDraft = {
	name: '  Acme   Cloud ',
	service: 'Hosting',
	ownerName: 'Sam',
	dataAccess: 'internal',
	systemAccess: 'read',
	dependency: 'medium',
	tierOverride: null,
	tierOverrideReason: 'left over',
	contractStart: '2024-01-01',
	renewalDate: '2025-12-31',
	lastReviewedAt: null,
	notes: ' line one\nline two '
};

const make = (d: Partial<VendorDraft> = {}, id = 'v1'): Vendor =>
	newVendor({ ...DRAFT, ...d }, id, 'a1', new Date('2025-06-01T10:00:00Z'));

describe('newVendor', () => {
	it('cleans text, keeps note line breaks and starts with no assurance or safeguards', () => {
		const v = make();
		expect(v).toMatchObject({
			id: 'v1',
			assessmentId: 'a1',
			name: 'Acme Cloud',
			notes: 'line one\nline two',
			tierOverrideReason: '',
			createdAt: '2025-06-01T10:00:00.000Z',
			updatedAt: '2025-06-01T10:00:00.000Z'
		});
		expect(v.assurance.soc2).toBeNull();
		expect(v.safeguards.securityRequirements).toBe(false);
		expect(v.safeguards.breachNotificationHours).toBeNull();
	});
});

describe('validateVendor', () => {
	it('accepts a sound vendor', () => {
		expect(validateVendor(make(), TODAY)).toEqual({});
	});

	it('names each field that needs fixing', () => {
		const v = make({
			name: '  ',
			tierOverride: 'low',
			tierOverrideReason: '',
			contractStart: '2025-02-30',
			renewalDate: '2024-01-01',
			lastReviewedAt: '2025-07-01'
		});
		const e = validateVendor(
			{ ...v, safeguards: { ...v.safeguards, breachNotificationHours: 1.5 } },
			TODAY
		);
		expect(Object.keys(e).sort()).toEqual([
			'breachNotificationHours',
			'contractStart',
			'lastReviewedAt',
			'name',
			'tierOverrideReason'
		]);
		expect(e.name).toBe('Enter the vendor name.');
		expect(e.lastReviewedAt).toBe('The last review cannot be in the future.');
	});

	it('catches a renewal before the contract start and an overlong name', () => {
		const e = validateVendor(make({ renewalDate: '2023-12-31', name: 'x'.repeat(121) }), TODAY);
		expect(e.renewalDate).toBe('The renewal date is before the contract start.');
		expect(e.name).toMatch(/120 characters \(this one has 121\)/);
	});
});

describe('vendorsByRisk', () => {
	it('sorts by residual risk, highest first, then by name', () => {
		const low = make(
			{ name: 'Low', dataAccess: 'none', systemAccess: 'none', dependency: 'low' },
			'a'
		);
		const crit = make(
			{ name: 'Crit', dataAccess: 'customer_personal', systemAccess: 'admin' },
			'b'
		);
		const midB = make({ name: 'Beta' }, 'c');
		const midA = make({ name: 'Alpha' }, 'd');
		const ranked = vendorsByRisk([low, midB, crit, midA], TODAY);
		expect(ranked.map((r) => r.vendor.name)).toEqual(['Crit', 'Alpha', 'Beta', 'Low']);
		for (let i = 1; i < ranked.length; i++)
			expect(ranked[i - 1]?.risk.residual ?? 0).toBeGreaterThanOrEqual(
				ranked[i]?.risk.residual ?? 0
			);
	});
});
