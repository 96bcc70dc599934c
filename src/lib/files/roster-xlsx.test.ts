import { describe, expect, it } from 'vitest';
import { isWorkbook } from './roster-csv';
import { cellText, readRosterXlsx, UNREADABLE_WORKBOOK } from './roster-xlsx';
import { xlsxBlob } from './xlsx';

describe('cellText', () => {
	it('writes cells as the roster validation reads them', () => {
		expect(cellText(new Date(Date.UTC(2024, 0, 31)))).toBe('2024-01-31');
		expect(cellText(true)).toBe('yes');
		expect(cellText(false)).toBe('no');
		expect(cellText(42)).toBe('42');
		expect(cellText(null)).toBe('');
		expect(cellText('=1+1')).toBe('=1+1');
	});
});

describe('isWorkbook', () => {
	it('knows a workbook by its name or type', () => {
		expect(isWorkbook({ name: 'People.XLSX', type: '' })).toBe(true);
		expect(isWorkbook({ name: 'people.csv', type: 'text/csv' })).toBe(false);
	});
});

describe('readRosterXlsx', () => {
	// Written by write-excel-file, read back by read-excel-file: two libraries, one file.
	it('reads the first sheet of a workbook into roster records', async () => {
		const blob = await xlsxBlob([
			{
				name: 'People',
				headers: ['Full name', 'Hire date', 'Company laptop'],
				rows: [
					['Zoë Müller', '2024-01-31', true],
					['<b>x</b>', '2023-05-01', false]
				]
			}
		]);
		const r = await readRosterXlsx(blob);
		expect(r.ok && r.table).toEqual({
			headers: ['Full name', 'Hire date', 'Company laptop'],
			records: [
				{ 'Full name': 'Zoë Müller', 'Hire date': '2024-01-31', 'Company laptop': 'Yes' },
				{ 'Full name': '<b>x</b>', 'Hire date': '2023-05-01', 'Company laptop': 'No' }
			],
			rowNumbers: [2, 3]
		});
		expect(r.ok && r.sheet).toBe('People');
	});

	it('refuses a file that is not a workbook', async () => {
		const r = await readRosterXlsx(new Blob(['Name,Start\nAda,2024-01-01']));
		expect(r).toEqual({ ok: false, error: UNREADABLE_WORKBOOK });
	});
});
