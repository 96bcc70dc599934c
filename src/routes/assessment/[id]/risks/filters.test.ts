import { describe, expect, it } from 'vitest';
import { blankRisk } from '$lib/domain/risks/new-risk';
import { NO_FILTERS, filterRisks } from './filters';

const at = new Date('2026-12-01T00:00:00Z');
const risk = (id: string, l: number, i: number, over = {}) => ({
	...blankRisk(id, 'a', at),
	title: id,
	residual: { likelihood: l, impact: i },
	...over
});

describe('register filters', () => {
	const risks = [
		risk('b', 2, 2),
		risk('a', 4, 5, { category: 'fraud' as const }),
		risk('c', 3, 4, { treatment: 'accept' as const })
	];
	it('sorts by residual score, highest first', () => {
		expect(filterRisks(risks, NO_FILTERS).map((r) => r.id)).toEqual(['a', 'c', 'b']);
	});
	it('filters by category, band and treatment', () => {
		expect(filterRisks(risks, { ...NO_FILTERS, category: 'fraud' }).map((r) => r.id)).toEqual([
			'a'
		]);
		expect(filterRisks(risks, { ...NO_FILTERS, band: 'high' }).map((r) => r.id)).toEqual(['c']);
		expect(filterRisks(risks, { ...NO_FILTERS, band: 'low' }).map((r) => r.id)).toEqual(['b']);
		expect(filterRisks(risks, { ...NO_FILTERS, treatment: 'accept' }).map((r) => r.id)).toEqual([
			'c'
		]);
	});
});
