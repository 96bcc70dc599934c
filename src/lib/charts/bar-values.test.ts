import { describe, expect, it } from 'vitest';
import { barValueLabel, placeBarValue } from './bar-values';

describe('barValueLabel', () => {
	it('writes percentages with one decimal, as the tables do, and other values plainly', () => {
		expect(barValueLabel(44, '%')).toBe('44.0%');
		expect(barValueLabel(31.7, '%')).toBe('31.7%');
		expect(barValueLabel(0, '%')).toBe('0.0%');
		expect(barValueLabel(12.54, 'person-days')).toBe('12.5');
		expect(barValueLabel(Number.NaN, '%')).toBe('');
	});
});

describe('placeBarValue', () => {
	it('puts the label after the bar when it fits before the edge', () => {
		expect(placeBarValue(100, 200, 30, 400)).toEqual({ x: 204, align: 'left', inside: false });
	});

	it("puts it inside the bar's end when the bar reaches the edge", () => {
		expect(placeBarValue(100, 395, 30, 400)).toEqual({ x: 391, align: 'right', inside: true });
	});

	it('leaves it out when it fits neither beside nor inside', () => {
		expect(placeBarValue(380, 395, 30, 400)).toBeNull();
	});
});
