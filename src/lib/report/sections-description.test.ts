import { describe, expect, it } from 'vitest';
import { emptySection, markReviewed } from '$lib/domain/description/sections';
import { buildReport } from './build-report';
import type { Block, ReportDocument } from './model';
import { makeInput } from '../testing/report';

const description = [
	markReviewed({ ...emptySection('a1', 'services'), text: 'We sell x' }, 'Ada', '2027-01-04'),
	{ ...emptySection('a1', 'data'), text: '<b>data</b>' }
];

function glanceFacts(doc: ReportDocument): Array<[string, string]> {
	const facts = doc.sections
		.find((s) => s.id === 'glance')
		?.blocks.find((b): b is Extract<Block, { kind: 'facts' }> => b.kind === 'facts');
	return facts?.rows ?? [];
}

describe('system description in the reports', () => {
	it('the investor summary says how far the description is drafted', () => {
		const doc = buildReport(makeInput({ description }, 'investor'));
		expect(glanceFacts(doc)).toContainEqual([
			'System description',
			'In progress: 2 of 13 sections written, 1 reviewed'
		]);
		expect(
			buildReport(makeInput({}, 'investor')).sections.some((s) => s.id === 'description')
		).toBe(false);
		expect(glanceFacts(buildReport(makeInput({}, 'investor')))).toContainEqual([
			'System description',
			'Not started (0 of 13 sections written)'
		]);
	});

	it('the full report lists every section with its state and review, never its text', () => {
		const doc = buildReport(makeInput({ description }, 'full'));
		const s = doc.sections.find((x) => x.id === 'description');
		const table = s?.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
		expect(table?.rows).toHaveLength(13);
		expect(table?.rows[0]?.map((c) => c.text)).toEqual([
			'Services provided',
			'Reviewed',
			'Ada, 4 Jan 2027'
		]);
		expect(table?.rows[6]?.map((c) => c.text)).toEqual(['Data', 'Draft', '—']);
		expect(table?.rows[1]?.map((c) => [c.text, c.tone])).toEqual([
			['Principal service commitments and system requirements', undefined],
			['Not started', 'bad'],
			['—', undefined]
		]);
		expect(JSON.stringify(s)).not.toContain('<b>data</b>');
	});
});
