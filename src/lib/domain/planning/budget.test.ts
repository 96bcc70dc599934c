import { describe, expect, it } from 'vitest';
import { AUDITOR_FEES, budget, effortRange, upkeepDays } from './budget';

const week = { interval: { unit: 'week' as const, count: 1 } };
const month = { interval: { unit: 'month' as const, count: 1 } };
const quarter = { interval: { unit: 'month' as const, count: 3 } };
const year = { interval: { unit: 'year' as const, count: 1 } };

describe('effort range', () => {
	it('spreads the middle estimate from half to 1.75 times', () => {
		expect(effortRange(40)).toEqual({ low: 20, mid: 40, high: 70 });
	});
});

describe('upkeep', () => {
	it('counts each recurring activity’s performances a year at its hours', () => {
		// 52 × 0.5 h + 12 × 1.5 h + 4 × 4 h + 1 × 8 h = 26 + 18 + 16 + 8 = 68 h = 8.5 days.
		expect(upkeepDays([week, month, quarter, year])).toBe(8.5);
		expect(upkeepDays([])).toBe(0);
	});
});

describe('budget', () => {
	const base = {
		reportType: 'type2' as const,
		answers: { company_size: '11-50' },
		openEffortDays: 40,
		activities: [quarter, year]
	};

	it('prices the internal work, the auditor and the user’s costs once a day rate is set', () => {
		const b = budget({
			...base,
			settings: {
				currency: 'USD',
				dayRate: 600,
				auditorQuote: null,
				costs: [{ id: 'c1', label: 'Penetration test', oneOff: 9000, yearly: 0 }]
			}
		});
		const fee = AUDITOR_FEES.type2['11-50'];
		// 20–70 person-days at 600, the fee range, the test.
		expect(b.totalOneOff).toEqual({
			low: 20 * 600 + fee.low + 9000,
			mid: 40 * 600 + (fee.low + fee.high) / 2 + 9000,
			high: 70 * 600 + fee.high + 9000
		});
		expect(b.missing).toEqual([]);
		// Yearly: upkeep (4 × 4 h + 8 h = 3 days at 600) and the annual audit.
		expect(b.totalYearly.low).toBe(3 * 600 + fee.low);
	});

	it('leaves out what it cannot price and says why, never mixing currencies', () => {
		const b = budget({
			...base,
			settings: { currency: '€', dayRate: null, auditorQuote: null, costs: [] }
		});
		expect(b.totalOneOff).toEqual({ low: 0, mid: 0, high: 0 });
		expect(b.missing).toEqual([
			'internal work (no day rate)',
			'auditor’s fee (in another currency)'
		]);
		expect(b.oneOff[1]?.basis).toMatch(/^USD 20,000 – USD 40,000 .*not added to a total in €/);
		const quoted = budget({
			...base,
			settings: { currency: '€', dayRate: 500, auditorQuote: 18000, costs: [] }
		});
		expect(quoted.totalOneOff.mid).toBe(40 * 500 + 18000);
		expect(quoted.missing).toEqual([]);
	});
});
