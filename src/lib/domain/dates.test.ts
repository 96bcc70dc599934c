import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatDate, isValidDate, weekday } from './dates';

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
