import { describe, expect, it } from 'vitest';
import { bandOf, onScale, ratingBand, riskScore, IMPACT_SCALE, LIKELIHOOD_SCALE } from './scale';

describe('risk scale', () => {
	it('has five documented points on each axis', () => {
		expect(LIKELIHOOD_SCALE.map((p) => p.value)).toEqual([1, 2, 3, 4, 5]);
		expect(IMPACT_SCALE.map((p) => p.value)).toEqual([1, 2, 3, 4, 5]);
		for (const p of [...LIKELIHOOD_SCALE, ...IMPACT_SCALE])
			expect(p.definition.length).toBeGreaterThan(10);
	});
	it('scores likelihood times impact', () => {
		expect(riskScore({ likelihood: 4, impact: 5 })).toBe(20);
		expect(riskScore({ likelihood: 1, impact: 1 })).toBe(1);
		expect(riskScore({ likelihood: 5, impact: 5 })).toBe(25);
	});
	it('bands at 5, 10 and 16', () => {
		expect([1, 4, 5, 9, 10, 15, 16, 25].map(bandOf)).toEqual([
			'low',
			'low',
			'medium',
			'medium',
			'high',
			'high',
			'critical',
			'critical'
		]);
		expect(ratingBand({ likelihood: 2, impact: 5 })).toBe('high');
		expect(ratingBand({ likelihood: 3, impact: 3 })).toBe('medium');
		expect(ratingBand({ likelihood: 4, impact: 4 })).toBe('critical');
	});
	it('accepts only whole numbers from 1 to 5', () => {
		expect([0, 1, 5, 6, 2.5, -1, Number.NaN].map(onScale)).toEqual([
			false,
			true,
			true,
			false,
			false,
			false,
			false
		]);
	});
});
