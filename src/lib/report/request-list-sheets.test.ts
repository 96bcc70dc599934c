import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { RequestRow } from '$lib/domain/evidence/request-list';
import { requestRow } from '$lib/testing/request-rows';
import { xlsxBlob } from '$lib/files/xlsx';
import { readXlsx } from '$lib/testing/xlsx-read';
import {
	REQUEST_COLUMNS,
	requestListCsv,
	requestListSheets,
	requestListWorkbook
} from './request-list-sheets';

const row = (extra: Partial<RequestRow>): RequestRow => requestRow(extra);

const ROWS = [
	row({ controlId: 'ENG-01', ownerName: '=cmd()', expected: 'Scan report' }),
	row({
		controlId: 'IAM-07',
		department: 'IT & Security',
		key: true,
		part: 'operation',
		expected: 'Each quarterly review',
		evidenceTitles: ['Q4 review', 'Q3 review'],
		newestCollected: '2026-12-20',
		status: 'on_file',
		reason: 'Newest dated 2026-12-20',
		dueDate: '2027-03-15',
		dueSource: 'task'
	}),
	row({ controlId: 'GOV-01', department: 'Leadership', status: 'stale', reason: 'Too old' })
];

const HEADERS = [
	'Department',
	'Owner',
	'Control',
	'Title',
	'Key control',
	'Evidence for',
	'Expected evidence',
	'Status',
	'Why',
	'Items on file',
	'Evidence on file',
	'Newest evidence dated',
	'Due date',
	'Due date from'
];

describe('request list files', () => {
	it('has the documented columns', () => {
		expect(REQUEST_COLUMNS.map((c) => c.header)).toEqual(HEADERS);
	});

	it('writes the CSV department by department, formulas neutralised', () => {
		const parsed = Papa.parse<string[]>(requestListCsv(ROWS).replace(/^\uFEFF/, ''), {
			skipEmptyLines: true
		}).data;
		expect(parsed[0]).toEqual(HEADERS);
		expect(parsed.slice(1).map((r) => [r[0], r[1], r[2], r[7]])).toEqual([
			['Leadership', '', 'GOV-01', 'Stale'],
			['Engineering', "'=cmd()", 'ENG-01', 'Missing'],
			['IT & Security', '', 'IAM-07', 'On file']
		]);
		expect(parsed[3]).toEqual([
			'IT & Security',
			'',
			'IAM-07',
			'Title',
			'Yes',
			'Type II (operation)',
			'Each quarterly review',
			'On file',
			'Newest dated 2026-12-20',
			'2',
			'Q4 review; Q3 review',
			'2026-12-20',
			'2027-03-15',
			'Plan task'
		]);
	});

	it('makes one sheet per department, with the user text stored as text', async () => {
		const blob = await xlsxBlob(requestListSheets(ROWS));
		const sheets = readXlsx(new Uint8Array(await blob.arrayBuffer()));
		expect(sheets.map((s) => [s.name, s.rows.length])).toEqual([
			['Leadership', 2],
			['Engineering', 2],
			['IT & Security', 2]
		]);
		for (const s of sheets) expect(s.rows[0]).toEqual(HEADERS);
		const eng = sheets[1];
		expect(eng?.rows[1]?.slice(0, 3)).toEqual(['Engineering', '=cmd()', 'ENG-01']);
		expect(eng?.types.get('B2')).toBe('s');
		expect(eng?.xml).not.toMatch(/<f[\s>]/);
		expect(sheets[2]?.rows[1]?.[9]).toBe('2');
	});

	it('writes the headings alone when nothing is listed', () => {
		expect(requestListSheets([]).map((s) => [s.name, s.headers.length, s.rows.length])).toEqual([
			['Evidence requests', HEADERS.length, 0]
		]);
	});
});

describe('the request list workbook', () => {
	it('starts with what the list rests on, then one sheet per department', async () => {
		const basis = {
			facts: [['Report type', 'SOC 2 Type II']] satisfies Array<[string, string]>,
			rules: ['Stale: old.']
		};
		const sheets = requestListWorkbook(ROWS, basis);
		expect(sheets.map((s) => s.name)).toEqual([
			'About this list',
			'Leadership',
			'Engineering',
			'IT & Security'
		]);
		const read = readXlsx(new Uint8Array(await (await xlsxBlob(sheets)).arrayBuffer()));
		expect(read[0]?.rows).toEqual([
			['About this list', 'Detail'],
			['Report type', 'SOC 2 Type II'],
			['Rules', 'Stale: old.']
		]);
		expect(read.map((s) => s.name)).toEqual([
			'About this list',
			'Leadership',
			'Engineering',
			'IT & Security'
		]);
	});
});
