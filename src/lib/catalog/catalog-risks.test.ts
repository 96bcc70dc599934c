import { describe, expect, it } from 'vitest';
import { catalog } from './index';
import { RISK_CATEGORY_ORDER, STARTER_RISKS } from './risks';

describe('starter risks', () => {
	const controlIds = new Set(catalog.controls.map((c) => c.id));
	it('offers at least 30 risks with unique ids', () => {
		expect(STARTER_RISKS.length).toBeGreaterThanOrEqual(30);
		expect(new Set(STARTER_RISKS.map((r) => r.id)).size).toBe(STARTER_RISKS.length);
	});
	it('suggests only controls that exist in the catalog', () => {
		const unknown = STARTER_RISKS.flatMap((r) => r.controlIds.filter((id) => !controlIds.has(id)));
		expect(unknown).toEqual([]);
		for (const r of STARTER_RISKS) expect(r.controlIds.length).toBeGreaterThan(0);
	});
	it('covers fraud with the fraud triangle, and changes that affect the system', () => {
		const fraud = STARTER_RISKS.filter((r) => r.category === 'fraud');
		expect(fraud.length).toBeGreaterThanOrEqual(3);
		for (const r of fraud) {
			expect(r.fraud?.pressures).toBeTruthy();
			expect(r.fraud?.opportunities).toBeTruthy();
			expect(r.fraud?.rationalisation).toBeTruthy();
		}
		expect(STARTER_RISKS.filter((r) => r.category === 'change').length).toBeGreaterThanOrEqual(3);
		expect(STARTER_RISKS.filter((r) => r.category !== 'fraud' && r.fraud)).toEqual([]);
	});
	it('suggests ratings on the scale, residual no worse than inherent', () => {
		for (const r of STARTER_RISKS) {
			for (const v of [
				r.inherent.likelihood,
				r.inherent.impact,
				r.residual.likelihood,
				r.residual.impact
			])
				expect(Number.isInteger(v) && v >= 1 && v <= 5).toBe(true);
			expect(r.residual.likelihood * r.residual.impact).toBeLessThanOrEqual(
				r.inherent.likelihood * r.inherent.impact
			);
		}
	});
	it('uses only categories the picker lists', () => {
		for (const r of STARTER_RISKS) expect(RISK_CATEGORY_ORDER).toContain(r.category);
	});
});
