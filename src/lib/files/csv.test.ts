import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	CSV_BOM,
	csvDownload,
	csvFileName,
	neutraliseCell,
	toCsv,
	unneutraliseCell,
	type CsvColumn
} from './csv';

const FORMULA_CHARS = ['=', '+', '-', '@', '\t', '\r'];

describe('neutraliseCell', () => {
	it.each([
		['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
		['+1+2', `'+1+2`],
		['-2+3', `'-2+3`],
		['@SUM(A1)', `'@SUM(A1)`],
		['\t=1', `'\t=1`],
		['\r=1', `'\r=1`],
		['Acme = good', 'Acme = good'],
		['', '']
	])('%j -> %j', (input, output) => {
		expect(neutraliseCell(input)).toBe(output);
	});

	it('writes numbers, booleans and empties plainly', () => {
		expect(neutraliseCell(-5)).toBe('-5');
		expect(neutraliseCell(Number.NaN)).toBe('');
		expect(neutraliseCell(true)).toBe('Yes');
		expect(neutraliseCell(false)).toBe('No');
		expect(neutraliseCell(null)).toBe('');
		expect(neutraliseCell(undefined)).toBe('');
	});

	it('never leaves a string starting with a formula character, and import undoes it', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.constantFrom(...FORMULA_CHARS).chain((c) => fc.string().map((s) => c + s))
				),
				(s) => {
					const out = neutraliseCell(s);
					expect(FORMULA_CHARS.includes(out.charAt(0))).toBe(false);
					// A string that itself starts with an apostrophe and a formula character
					// cannot be told apart from one we neutralised; everything else round-trips.
					if (!/^'[=+\-@\t\r]/.test(s)) expect(unneutraliseCell(out)).toBe(s);
				}
			)
		);
	});
});

interface Row {
	name: string;
	note: string;
	score: number;
}
const COLUMNS: CsvColumn<Row>[] = [
	{ header: 'Name', value: (r) => r.name },
	{ header: 'Note', value: (r) => r.note },
	{ header: 'Score', value: (r) => r.score }
];

describe('toCsv', () => {
	it('starts with a byte-order mark and uses CRLF line ends', () => {
		const csv = toCsv(COLUMNS, [{ name: 'A', note: 'b', score: 1 }]);
		expect(csv.startsWith(CSV_BOM)).toBe(true);
		expect(csv).toBe(`${CSV_BOM}Name,Note,Score\r\nA,b,1\r\n`);
		expect(Array.from(new TextEncoder().encode(csv).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('exports a formula as text', () => {
		const csv = toCsv(COLUMNS, [{ name: '=HYPERLINK("http://x")', note: '@cmd', score: 0 }]);
		expect(csv).toContain(`"'=HYPERLINK(""http://x"")",'@cmd,0`);
		const back = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
		expect(back[1]).toEqual([`'=HYPERLINK("http://x")`, "'@cmd", '0']);
	});

	it('keeps accents and quotes cells with quotes, delimiters and line breaks', () => {
		const rows = [
			{ name: 'Société Générale', note: 'says "hi", twice', score: 2 },
			{ name: 'Zoë', note: 'line one\nline two', score: 3 }
		];
		const csv = toCsv(COLUMNS, rows);
		expect(csv).toContain('Société Générale,"says ""hi"", twice",2\r\n');
		expect(csv).toContain('Zoë,"line one\nline two",3\r\n');
		const back = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
		expect(back.slice(1)).toEqual(rows.map((r) => [r.name, r.note, String(r.score)]));
	});

	it('neutralises headers too', () => {
		expect(toCsv([{ header: '=cmd', value: () => 'x' }], [{}])).toContain(`'=cmd\r\n`);
	});
});

describe('csvDownload', () => {
	it('names the file from a label and a date, in safe characters', () => {
		expect(csvFileName('Acme Café vendors', '2025-03-05')).toBe('acme-cafe-vendors-2025-03-05.csv');
		expect(csvFileName('../../etc', '2025-03-05')).toBe('etc-2025-03-05.csv');
		expect(csvFileName('!!!', '2025-03-05')).toBe('export-2025-03-05.csv');
	});

	it('hands back content ready for a Blob, with one byte-order mark', () => {
		const csv = toCsv(COLUMNS, []);
		const d = csvDownload(csv, 'Vendors', '2025-03-05');
		expect(d).toEqual({
			fileName: 'vendors-2025-03-05.csv',
			mimeType: 'text/csv;charset=utf-8',
			content: csv
		});
		expect(csvDownload('a,b\r\n', 'x', '2025-03-05').content).toBe(`${CSV_BOM}a,b\r\n`);
	});
});
