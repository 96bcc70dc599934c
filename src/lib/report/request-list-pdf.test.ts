import { describe, expect, it } from 'vitest';
import type { RequestRow } from '$lib/domain/evidence/request-list';
import { requestRow } from '$lib/testing/request-rows';
import type { Block } from './model';
import { buildRequestPdf } from './request-list-pdf';

const row = (extra: Partial<RequestRow>): RequestRow => requestRow(extra);

const ROWS = [
	row({ controlId: 'ENG-01', ownerName: 'Zoë', expected: 'Scan report', dueDate: '2027-03-15' }),
	row({
		controlId: 'IAM-07',
		ownerName: ' zoë ',
		key: true,
		part: 'operation',
		expected: 'Each quarterly review',
		evidenceTitles: ['Q4 review', 'Q3 review'],
		status: 'on_file',
		reason: 'Newest dated 2026-12-20'
	}),
	row({ controlId: 'GOV-01', ownerName: 'Adam', status: 'stale', reason: 'Too old' }),
	row({ controlId: 'HR-02' })
];
const BASIS = { facts: [['Company', 'Acme']] satisfies Array<[string, string]>, rules: ['Rule.'] };
const base = {
	rows: ROWS,
	basis: BASIS,
	company: 'Acme Ltd',
	reportType: 'type2' as const,
	today: '2027-01-15'
};

function table(b: Block | undefined) {
	if (b?.kind !== 'table') throw new Error('expected a table');
	return b;
}

describe('the workshop PDF of the request list', () => {
	it('gives every owner a section, each after the first on a new page, nobody last', () => {
		const doc = buildRequestPdf({ ...base, owner: null });
		expect(doc.sections.map((s) => [s.title, s.newPage])).toEqual([
			['Adam', false],
			['Zoë', true],
			['No owner', true]
		]);
		expect(doc.fileName).toBe('acme-ltd-evidence-requests-all-owners-type2-2027-01-15.pdf');
		expect(doc.facts).toEqual([
			['Company', 'Acme'],
			['For', 'Every owner']
		]);
		expect(doc.basis).toEqual(['Rule.']);
		expect(doc.title).toBe('Evidence requests');
	});

	it("lists one owner's rows with the status and its reason in words", () => {
		const doc = buildRequestPdf({ ...base, owner: 'zoë' });
		expect(doc.sections).toHaveLength(1);
		const [s] = doc.sections;
		expect(s?.title).toBe('Zoë');
		expect(s?.blocks[0]).toEqual({
			kind: 'paragraph',
			text: '2 requests: 1 missing, 0 stale, 1 on file.'
		});
		const t = table(s?.blocks[1]);
		expect(t.columns.map((c) => c.header)).toEqual([
			'Control',
			'Evidence to provide',
			'Status',
			'On file',
			'Due'
		]);
		expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
			[
				'ENG-01\nTitle',
				'Type I (design):\n• Scan report',
				'Missing: Nothing on file',
				'—',
				'15 Mar 2027'
			],
			[
				'IAM-07 (key)\nTitle',
				'Type II (operation):\n• Each quarterly review',
				'On file: Newest dated 2026-12-20',
				'Q4 review\nQ3 review',
				'—'
			]
		]);
		expect(t.rows[0]?.[2]?.tone).toBe('bad');
		expect(t.rows[1]?.[2]?.tone).toBe('ok');
		expect(doc.fileName).toBe('acme-ltd-evidence-requests-zoe-type2-2027-01-15.pdf');
		expect(doc.facts.at(-1)).toEqual(['For', 'Zoë']);
	});

	it('gives the lines of one control and part one row, as the page does', () => {
		const doc = buildRequestPdf({
			...base,
			rows: [row({ expected: 'Policy' }), row({ expected: 'Settings' })],
			owner: null
		});
		const t = table(doc.sections[0]?.blocks[1]);
		expect(t.rows.map((r) => r[1]?.text)).toEqual(['Type I (design):\n• Policy\n• Settings']);
		expect(doc.sections[0]?.blocks[0]).toEqual({
			kind: 'paragraph',
			text: '2 requests: 2 missing, 0 stale, 0 on file.'
		});
	});

	it('leaves the part out for Type I and says so when an owner has nothing', () => {
		const t1 = buildRequestPdf({ ...base, reportType: 'type1', owner: 'adam' });
		expect(table(t1.sections[0]?.blocks[1]).rows[0]?.[1]?.text).toBe('• Something');
		expect(table(t1.sections[0]?.blocks[1]).rows[0]?.[2]?.tone).toBe('warn');
		const none = buildRequestPdf({ ...base, owner: 'nobody' });
		expect(none.sections).toEqual([
			{
				id: 'none',
				title: 'nobody',
				newPage: false,
				blocks: [{ kind: 'paragraph', text: 'Nothing is asked of this owner.' }]
			}
		]);
	});
});
