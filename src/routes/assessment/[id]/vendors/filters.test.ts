import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VENDOR_FILTERS,
	filterVendorRows,
	isFiltered,
	type VendorFilters
} from './filters';
import { vendorRows } from './vendor-view';
import { vendorFacts } from '$lib/domain/vendors/facts';
import { TODAY, makeVendor } from '../../../../lib/testing/vendors';

const rows = vendorRows(
	vendorFacts(
		[
			makeVendor('Zeta Hosting', {
				service: 'Cloud hosting',
				dataAccess: 'customer_personal',
				systemAccess: 'admin',
				renewalDate: '2026-03-01'
			}),
			makeVendor('Alpha Payroll', {
				ownerName: 'Priya',
				dataAccess: 'confidential',
				lastReviewedAt: '2025-05-01',
				renewalDate: '2025-09-30'
			}),
			makeVendor('Mid Chat', {
				dataAccess: 'internal',
				notes: 'Team chat; no customer data',
				lastReviewedAt: '2023-01-01'
			}),
			makeVendor('Beta Fonts', { lastReviewedAt: '2025-01-01' })
		],
		TODAY
	)
);
const names = (f: Partial<VendorFilters>) =>
	filterVendorRows(rows, { ...DEFAULT_VENDOR_FILTERS, ...f }).map((r) => r.vendor.name);

describe('filterVendorRows', () => {
	it('keeps risk order by default', () => {
		expect(names({})).toEqual(['Zeta Hosting', 'Alpha Payroll', 'Mid Chat', 'Beta Fonts']);
	});

	it('searches name, service, owner and notes, ignoring case', () => {
		expect(names({ query: 'HOSTING' })).toEqual(['Zeta Hosting']);
		expect(names({ query: 'priya' })).toEqual(['Alpha Payroll']);
		expect(names({ query: 'customer data' })).toEqual(['Mid Chat']);
		expect(names({ query: '  ' })).toHaveLength(4);
	});

	it('filters by effective tier and by risk rating', () => {
		expect(names({ tier: 'critical' })).toEqual(['Zeta Hosting']);
		expect(names({ tier: 'medium' })).toEqual(['Mid Chat']);
		expect(names({ rating: 'low' })).toEqual(['Mid Chat', 'Beta Fonts']);
		expect(names({ rating: 'medium' })).toEqual(['Alpha Payroll']);
		expect(names({ tier: 'low', rating: 'critical' })).toEqual([]);
	});

	it('sorts by name, next review and renewal (missing dates last)', () => {
		expect(names({ sort: 'name' })).toEqual([
			'Alpha Payroll',
			'Beta Fonts',
			'Mid Chat',
			'Zeta Hosting'
		]);
		// Zeta was never reviewed, so it is due today; Mid Chat (medium, every 24 months) was due in January.
		expect(names({ sort: 'review' })).toEqual([
			'Mid Chat',
			'Zeta Hosting',
			'Alpha Payroll',
			'Beta Fonts'
		]);
		expect(names({ sort: 'renewal' })).toEqual([
			'Alpha Payroll',
			'Zeta Hosting',
			'Mid Chat',
			'Beta Fonts'
		]);
	});

	it('never adds or loses rows: the result is the matching subset', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('', 'a', 'ta', 'zzz'),
				fc.constantFrom('', 'low', 'medium', 'high', 'critical' as const),
				fc.constantFrom('risk', 'name', 'review', 'renewal' as const),
				(query, tier, sort) => {
					const out = filterVendorRows(rows, { query, tier, rating: '', sort });
					const expected = rows.filter(
						(r) =>
							(tier === '' || r.risk.tier.tier === tier) &&
							`${r.vendor.name}\n${r.vendor.service}\n${r.vendor.ownerName}\n${r.vendor.notes}`
								.toLowerCase()
								.includes(query)
					);
					expect(new Set(out.map((r) => r.vendor.id))).toEqual(
						new Set(expected.map((r) => r.vendor.id))
					);
					expect(out).toHaveLength(expected.length);
				}
			)
		);
	});
});

describe('isFiltered', () => {
	it('counts search, tier and rating but not the sort', () => {
		expect(isFiltered(DEFAULT_VENDOR_FILTERS)).toBe(false);
		expect(isFiltered({ ...DEFAULT_VENDOR_FILTERS, sort: 'name' })).toBe(false);
		expect(isFiltered({ ...DEFAULT_VENDOR_FILTERS, rating: 'high' })).toBe(true);
	});
});
