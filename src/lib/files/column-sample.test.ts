import { describe, expect, it } from 'vitest';
import { SAMPLE_MAX, sampleOf, sampleValue } from './column-sample';
import type { CsvRow } from './csv-table';

describe('sampleValue', () => {
	const rows: CsvRow[] = [
		{ row: 2, cells: ['A', ' '] },
		{ row: 3, cells: ['B', ' read only '] }
	];
	it('shows the first non-empty value of the chosen column', () => {
		expect(sampleValue(rows, 0)).toBe('A');
		expect(sampleValue(rows, 1)).toBe('read only');
		expect(sampleValue(rows, 5)).toBe('');
		expect(sampleValue(rows, null)).toBe('');
	});

	it('cuts a long value to SAMPLE_MAX characters', () => {
		const long = sampleValue([{ row: 2, cells: ['y'.repeat(500)] }], 0);
		expect(long).toHaveLength(SAMPLE_MAX);
		expect(long.endsWith('…')).toBe(true);
	});
});

describe('sampleOf', () => {
	it('reads records by header, skipping blanks and missing cells', () => {
		const records: Record<string, string>[] = [{ Name: ' ' }, {}, { Name: 'Ada' }];
		expect(sampleOf(records, (r) => r.Name)).toBe('Ada');
		expect(sampleOf(records, (r) => r.Role)).toBe('');
	});
});
