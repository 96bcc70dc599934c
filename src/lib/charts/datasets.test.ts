import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import type { Breakdown } from '$lib/domain/scoring/scoring';
import { toConfig } from './chart-config';
import { categoryBars, riskHeatmap, seriesRadar, statusDistribution, toPercent } from './datasets';
import { PRINT_PALETTE } from './palette';

const b: Breakdown = {
	overall: 6543,
	byCategory: { security: 6543, availability: null },
	bySeries: { CC1: 10000, CC6: 2500, A1: null },
	byCriterion: {},
	notCovered: [],
	level: 'developing',
	levelReasons: [],
	blockers: []
};

describe('chart datasets', () => {
	it('converts basis points with the same rounding as the numbers on screen', () => {
		expect(toPercent(6543)).toBe(65.4);
		expect(toPercent(6545)).toBe(65.5);
		expect(toPercent(null)).toBe(0);
	});

	it('shows only in-scope categories, coloured by level', () => {
		const spec = categoryBars(b, catalog.categories);
		expect(spec.labels).toEqual(['Security', 'Availability']);
		expect(spec.series[0]?.data).toEqual([65.4, 0]);
		expect(spec.series[0]?.color).toEqual(['warn', 'muted']);
	});

	it('draws one radar axis per in-scope series', () => {
		expect(seriesRadar(b, catalog.series).labels).toEqual(['CC1', 'CC6', 'A1']);
	});

	it('counts controls per status in status order', () => {
		const spec = statusDistribution({
			not_assessed: 5,
			not_started: 3,
			planned: 1,
			in_progress: 2,
			implemented: 4,
			not_applicable: 0
		});
		expect(spec.series[0].data).toEqual([5, 3, 1, 2, 4, 0]);
	});
});

describe('risk heat map', () => {
	it('colours cells by band and keeps the counts', () => {
		const counts = [
			[1, 0, 0, 0, 0],
			[0, 0, 0, 0, 0],
			[0, 0, 0, 0, 0],
			[0, 0, 0, 0, 2],
			[0, 0, 0, 0, 0]
		];
		const spec = riskHeatmap(counts);
		expect(spec.counts).toBe(counts);
		expect(spec.cells[0]).toEqual(['ok', 'ok', 'ok', 'ok', 'info']);
		expect(spec.cells[3]).toEqual(['ok', 'info', 'warn', 'bad', 'bad']);
	});
	it('turns into a stacked bar configuration with one dataset per likelihood', () => {
		const cfg = toConfig(riskHeatmap(heatZero()), PRINT_PALETTE, false);
		expect(cfg.type).toBe('bar');
		expect(cfg.data.datasets).toHaveLength(5);
		expect(cfg.data.datasets[0]?.data).toEqual([1, 1, 1, 1, 1]);
	});
});

function heatZero(): number[][] {
	return Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
}
