import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	daysBetween,
	formatDate,
	isValidDate,
	toDateString,
	weekday
} from './dates';

describe('dates', () => {
	it('accepts only real calendar dates in a sane range', () => {
		expect(isValidDate('2027-02-28')).toBe(true);
		expect(isValidDate('2028-02-29')).toBe(true);
		expect(isValidDate('2027-02-29')).toBe(false);
		expect(isValidDate('2027-13-01')).toBe(false);
		expect(isValidDate('27-01-01')).toBe(false);
		expect(isValidDate('9999-01-01')).toBe(false);
		expect(isValidDate('')).toBe(false);
	});

	it('adds days and months across boundaries', () => {
		expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
		expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
		expect(addMonths('2027-08-15', 6)).toBe('2028-02-15');
		expect(daysBetween('2027-01-01', '2027-03-01')).toBe(59);
		expect(weekday('2026-11-23')).toBe(0);
	});

	it('formats dates unambiguously', () => {
		expect(formatDate('2027-03-05')).toBe('5 Mar 2027');
		expect(formatDate(null)).toBe('—');
	});
});

describe('toDateString and the remembered parsing', () => {
	it('gives the same day as toISOString for any instant, and invalid dates stay invalid', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date(-5e13), max: new Date(5e13), noInvalidDate: true }),
				(d) => {
					expect(toDateString(d)).toBe(d.toISOString().slice(0, 10));
				}
			)
		);
		// Asked twice: the memo must not turn an invalid date valid or the reverse.
		for (let i = 0; i < 2; i++) {
			expect(isValidDate('2026-02-30')).toBe(false);
			expect(isValidDate('2028-02-29')).toBe(true);
			expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		}
	});
});
