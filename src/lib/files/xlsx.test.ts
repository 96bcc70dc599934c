import { describe, expect, it } from 'vitest';
import { readXlsx } from '$lib/testing/xlsx-read';
import { XLSX_MIME, xlsxBlob } from './xlsx';
import { safeSheetName, sheetOf } from './xlsx-sheet';

async function roundTrip(...args: Parameters<typeof xlsxBlob>) {
	const blob = await xlsxBlob(...args);
	return { blob, sheets: readXlsx(new Uint8Array(await blob.arrayBuffer())) };
}

describe('sheet names', () => {
	it('drops the characters Excel refuses and keeps 31 characters at most', () => {
		const taken = new Set<string>();
		expect(safeSheetName('Q1 [draft]: a/b\\c*?', taken)).toBe('Q1 draft a b c');
		const long = safeSheetName('A department with a very long name indeed', taken);
		expect(long).toBe('A department with a very long n');
		expect(long.length).toBe(31);
	});

	it('makes names unique ignoring case, and fills blank and reserved ones', () => {
		const taken = new Set<string>();
		expect(safeSheetName('Engineering', taken)).toBe('Engineering');
		expect(safeSheetName('engineering', taken)).toBe('engineering (2)');
		expect(safeSheetName('x'.repeat(40), taken)).toBe('x'.repeat(31));
		expect(safeSheetName('x'.repeat(40), taken)).toBe(`${'x'.repeat(27)} (2)`);
		expect(safeSheetName(' :: ', taken)).toBe('Sheet');
		expect(safeSheetName("'History'", taken)).toBe('History 1');
	});

	it('never splits a character made of two UTF-16 units', () => {
		const name = safeSheetName(`${'a'.repeat(30)}😀`, new Set());
		expect(name).toBe('a'.repeat(30));
	});
});

describe('workbook', () => {
	const cols = [
		{ header: 'Name', value: (r: { name: string; n: number; ok: boolean }) => r.name },
		{ header: 'Count', value: (r: { n: number }) => r.n },
		{ header: 'Key', value: (r: { ok: boolean }) => r.ok }
	];

	it('writes one sheet each with headers, text as text, numbers as numbers', async () => {
		const { blob, sheets } = await roundTrip([
			sheetOf('IT & Security', cols, [
				{ name: '=cmd()', n: 3, ok: true },
				{ name: 'Zoë <Łukasz> & "co"', n: 0, ok: false }
			]),
			sheetOf('HR', cols, [{ name: '+1 @x -2', n: 1.5, ok: true }])
		]);
		expect(blob.type).toBe(XLSX_MIME);
		expect(sheets.map((s) => s.name)).toEqual(['IT & Security', 'HR']);
		expect(sheets[0]?.rows).toEqual([
			['Name', 'Count', 'Key'],
			['=cmd()', '3', 'Yes'],
			['Zoë <Łukasz> & "co"', '0', 'No']
		]);
		expect(sheets[1]?.rows).toEqual([
			['Name', 'Count', 'Key'],
			['+1 @x -2', '1.5', 'Yes']
		]);
		// "=cmd()" is a string cell, and no sheet holds a formula.
		expect(sheets[0]?.types.get('A2')).toBe('s');
		expect(sheets[0]?.types.get('B2')).toBe('n');
		for (const s of sheets) expect(s.xml).not.toMatch(/<f[\s>]/);
	});

	it('leaves empty cells empty and writes a workbook even with no sheet', async () => {
		const { sheets } = await roundTrip([
			{
				name: 'S',
				headers: ['A', 'B'],
				rows: [
					[null, 'b'],
					[undefined, Number.NaN]
				]
			}
		]);
		expect(sheets[0]?.rows).toEqual([['A', 'B'], ['', 'b'], []]);
		const none = await roundTrip([]);
		expect(none.sheets.map((s) => s.name)).toEqual(['Sheet']);
	});
});
