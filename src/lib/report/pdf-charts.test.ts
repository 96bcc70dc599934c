import { describe, expect, it } from 'vitest';
import type { Block, ReportDocument, Section } from './model';
import { chartBlocks, keyLayout } from './pdf-charts';

const chart = (title: string): Block => ({
	kind: 'chart',
	title,
	spec: { kind: 'bar', labels: ['A'], series: [{ label: 'S', data: [1], color: 'ok' }], unit: '%' },
	heightMm: 60,
	summary: `${title} in words`
});

const section = (id: string, blocks: Block[]): Section => ({
	id,
	title: id,
	newPage: false,
	blocks
});

const doc = (sections: Section[]): ReportDocument => ({
	variant: 'full',
	title: 'SOC 2 readiness gap report',
	company: 'Acme',
	fileName: 'acme.pdf',
	cover: { title: 'Report', company: 'Acme', facts: [], caveat: '', logo: null },
	contents: true,
	sections
});

describe('chartBlocks', () => {
	it('lists every chart block in reading order, the same objects the sections hold', () => {
		const first = chart('Scores');
		const second = chart('Timeline');
		const third = chart('Vendors');
		const d = doc([
			section('overview', [{ kind: 'heading', text: 'Overview' }, first]),
			section('empty', []),
			section('plan', [second, { kind: 'paragraph', text: 'Then' }, third])
		]);
		const found = chartBlocks(d);
		expect(found.map((b) => b.title)).toEqual(['Scores', 'Timeline', 'Vendors']);
		expect(found[0]).toBe(first);
		expect(found[2]).toBe(third);
	});

	it('is empty for a document without charts', () => {
		expect(chartBlocks(doc([section('s', [{ kind: 'bullets', items: ['a'] }])]))).toEqual([]);
	});
});

describe('keyLayout', () => {
	it('lines key entries up left to right and wraps before the text width', () => {
		// Each entry takes swatch 6 + gap 2 + label, then 6 of space before the next.
		expect(keyLayout([30, 30, 30], 100)).toEqual([
			{ x: 0, line: 0 },
			{ x: 44, line: 0 },
			{ x: 0, line: 1 }
		]);
		expect(keyLayout([200], 100)).toEqual([{ x: 0, line: 0 }]);
	});
});
