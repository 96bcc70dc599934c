import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { SampleRequestRow } from '$lib/domain/people/sample-requests';
import { sampleFileName, sampleRequestCsv, sampleRequestWorkbook } from './sample-request-sheets';

const row: SampleRequestRow = {
	process: 'Hires',
	controlIds: ['HR-02', 'HR-07'],
	person: '=HYPERLINK("x")',
	date: '2026-05-01',
	checks: ['Background check before access'],
	evidence: ['Background check completion record'],
	seed: 'TEST-SEED',
	windowStart: '2026-04-01',
	windowEnd: '2027-03-31',
	populationSize: 30,
	sampleSize: 5,
	drawnAt: '2027-03-31T10:00:00.000Z'
};

describe('sample request files', () => {
	it('writes one CSV row per item with formulas neutralised and the seed in the sample column', () => {
		const parsed = Papa.parse<string[]>(sampleRequestCsv([row, row]).replace(/^\uFEFF/, ''), {
			skipEmptyLines: true
		});
		expect(parsed.data[0]).toEqual([
			'Process',
			'Controls',
			'Person',
			'Date',
			'Checks tested',
			'Evidence to provide',
			'Sample'
		]);
		expect(parsed.data).toHaveLength(3);
		expect(parsed.data[1]?.[2]).toBe(`'=HYPERLINK("x")`);
		expect(parsed.data[1]?.[6]).toBe(
			'Seed TEST-SEED; window 2026-04-01 to 2027-03-31; 5 of 30 drawn 2027-03-31'
		);
	});

	it('puts the basis first in the workbook, then the items', () => {
		const [about, items] = sampleRequestWorkbook([row], 'Acme', '2027-03-31');
		expect(about?.rows.some((r) => String(r[1]).includes('auditor decides the final sample'))).toBe(
			true
		);
		expect(about?.rows.some((r) => String(r[1]).startsWith('Population 13–52'))).toBe(true);
		expect(items?.rows).toHaveLength(1);
		expect(items?.rows[0]?.[2]).toBe('=HYPERLINK("x")');
	});

	it('names the files after the company and the date', () => {
		expect(sampleFileName('Acme Ltd', '2027-03-31', 'csv')).toBe(
			'acme-ltd-type2-people-samples-2027-03-31.csv'
		);
	});
});
