import { describe, expect, it } from 'vitest';
import { emptySection, markReviewed } from '$lib/domain/description/sections';
import type { DescriptionSection } from '$lib/domain/description/records';
import { descriptionDocument } from './description-doc';
import { toMarkdown } from './markdown';

const rows: DescriptionSection[] = [
	markReviewed(
		{ ...emptySection('a1', 'services'), text: 'We sell <b>widgets</b>.\n\n=SUM(A1:A9)' },
		'Ada',
		'2027-03-02'
	),
	{
		...emptySection('a1', 'subservice'),
		text: 'Hosted elsewhere.',
		items: [
			{ id: 'i1', name: 'Amazon Web Services', method: 'carve_out', detail: 'Data centres' },
			{ id: 'i2', name: ' ', method: 'inclusive', detail: '' }
		]
	},
	{
		...emptySection('a1', 'cuecs'),
		items: [{ id: 'i3', name: 'Customers manage users', method: null, detail: 'Remove leavers' }]
	}
];

const doc = descriptionDocument({
	companyName: 'Acme',
	reportType: 'type2',
	observationMonths: 6,
	rows,
	today: '2027-03-05'
});

describe('system description document', () => {
	it('opens with the company, the period and how much is reviewed', () => {
		expect(doc.title).toBe('Acme system description');
		expect(doc.footer).toBe('Acme system description (draft)');
		expect(doc.blocks.slice(0, 3)).toEqual([
			{ kind: 'heading', level: 1, text: 'Acme: description of the system' },
			{ kind: 'paragraph', text: 'SOC 2 Type II, 6-month period. Exported 5 Mar 2027.' },
			{
				kind: 'note',
				text: 'Working draft: 1 of 13 sections reviewed, 10 not started. Text marked "[to complete: …]" still needs your own words.'
			}
		]);
	});

	it('keeps the user text as paragraphs and marks each section’s state', () => {
		const i = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Services provided');
		expect(doc.blocks.slice(i + 1, i + 4)).toEqual([
			{ kind: 'note', text: 'Reviewed by Ada on 2 Mar 2027.' },
			{ kind: 'paragraph', text: 'We sell <b>widgets</b>.' },
			{ kind: 'paragraph', text: '=SUM(A1:A9)' }
		]);
		const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [[b.level, b.text]] : []));
		expect(headings.slice(3, 5)).toEqual([
			[2, 'Components of the system'],
			[3, 'Infrastructure']
		]);
		expect(headings).toHaveLength(15);
		const md = toMarkdown(doc);
		expect(md).toContain('> Not started — to complete.');
		expect(md).toContain('> Draft — for review.');
	});

	it('lists entries as tables, dropping blank ones', () => {
		const tables = doc.blocks.filter((b) => b.kind === 'table');
		expect(tables).toEqual([
			{
				kind: 'table',
				header: [
					'Organisation',
					'Method',
					'Controls we expect it to operate, and how we monitor them'
				],
				rows: [['Amazon Web Services', 'Carve-out', 'Data centres']]
			},
			{
				kind: 'table',
				header: ['Control the customer operates', 'Detail'],
				rows: [['Customers manage users', 'Remove leavers']]
			}
		]);
	});

	it('escapes typed HTML in the Markdown', () => {
		expect(toMarkdown(doc)).toContain('We sell \\<b\\>widgets\\</b\\>.');
	});
});
