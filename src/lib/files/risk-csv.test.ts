import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { blankRisk } from '$lib/domain/risks/new-risk';
import { risksToCsv } from './risk-csv';

describe('risk register CSV', () => {
	it('writes user text as text, neutralising formulas, highest residual first', () => {
		const base = blankRisk('r1', 'a', new Date('2026-12-01T00:00:00Z'));
		const csv = risksToCsv([
			{ ...base, title: 'Low one', residual: { likelihood: 1, impact: 1 } },
			{
				...base,
				id: 'r2',
				title: '=HYPERLINK("http://evil.test")',
				description: `<b>bold</b> ${'x'.repeat(10_000)}`,
				residual: { likelihood: 4, impact: 5 },
				controlIds: ['IAM-02', 'IAM-01']
			}
		]);
		const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
		expect(rows[0]?.slice(0, 3)).toEqual(['Title', 'Description', 'Category']);
		expect(rows[1]?.[0]).toBe(`'=HYPERLINK("http://evil.test")`);
		expect(rows[1]?.[1]).toBe(`<b>bold</b> ${'x'.repeat(10_000)}`);
		expect(rows[1]?.[14]).toBe('4×5 = 20');
		expect(rows[1]?.[15]).toBe('Critical');
		expect(rows[1]?.[18]).toBe('IAM-02, IAM-01');
		expect(rows[2]?.[0]).toBe('Low one');
	});
});
