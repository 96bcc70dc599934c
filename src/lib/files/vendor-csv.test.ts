import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Vendor } from '$lib/domain/types';
import { newVendor, type VendorDraft } from '$lib/domain/vendors/index';
import {
	IMPORTED_TIER_REASON,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_ROWS,
	VENDOR_CSV_COLUMNS,
	detectDelimiter,
	emptyMapping,
	mappingProblems,
	parseVendorCsv,
	suggestMapping,
	validateVendorRows,
	vendorsToCsv,
	type CsvRow,
	type ParsedCsv
} from './vendor-csv';

const TODAY = '2025-06-15';

function ok(p: ParsedCsv): Extract<ParsedCsv, { ok: true }> {
	if (!p.ok) throw new Error(`expected the file to parse: ${p.error}`);
	return p;
}

function importText(text: string) {
	const p = ok(parseVendorCsv(text));
	return validateVendorRows(p.rows, suggestMapping(p.headers), { today: TODAY });
}

describe('parseVendorCsv', () => {
	it('reads semicolon files with a byte-order mark', () => {
		const p = ok(parseVendorCsv('\uFEFFName;Owner\r\nAcme;Sam\r\nBeta;Kim\r\n'));
		expect(p.delimiter).toBe(';');
		expect(p.headers).toEqual(['Name', 'Owner']);
		expect(p.rows).toEqual([
			{ row: 2, cells: ['Acme', 'Sam'] },
			{ row: 3, cells: ['Beta', 'Kim'] }
		]);
	});

	it('takes the delimiter from the header row, not from cell text', () => {
		expect(detectDelimiter('Name;Notes\nAcme;"a, b, c"')).toBe(';');
		expect(detectDelimiter('Name,"Notes; misc"\nAcme,x;y;z')).toBe(',');
		expect(detectDelimiter('"Name\nfull",Owner\tX')).toBe(',');
		expect(detectDelimiter('Name')).toBe(',');
	});

	it('reads tab-separated files and comma files', () => {
		expect(ok(parseVendorCsv('Name\tOwner\nAcme\tSam')).delimiter).toBe('\t');
		expect(ok(parseVendorCsv('Name,Owner\nAcme,Sam')).delimiter).toBe(',');
	});

	it('keeps line breaks inside quoted cells and counts rows as a spreadsheet does', () => {
		const p = ok(parseVendorCsv('Name,Notes\nAcme,"first\nsecond"\n\nBeta,"say ""hi"""\n'));
		expect(p.rows).toEqual([
			{ row: 2, cells: ['Acme', 'first\nsecond'] },
			{ row: 4, cells: ['Beta', 'say "hi"'] }
		]);
	});

	it('reads a single-column list of names', () => {
		expect(ok(parseVendorCsv('Vendor\nAcme\nBeta\n')).rows).toHaveLength(2);
	});

	it('accepts 10,000 vendor rows quickly', () => {
		const lines = ['Name,Data access,System access,Dependency,Renewal date'];
		for (let i = 0; i < MAX_IMPORT_ROWS; i++)
			lines.push(`Vendor ${i},Confidential,Read,High,31/12/2026`);
		const started = performance.now();
		const p = ok(parseVendorCsv(lines.join('\r\n')));
		const results = validateVendorRows(p.rows, suggestMapping(p.headers), { today: TODAY });
		const ms = performance.now() - started;
		expect(results).toHaveLength(10_000);
		expect(results.every((r) => r.errors.length === 0)).toBe(true);
		expect(results[9_999]?.row).toBe(10_001);
		expect(ms).toBeLessThan(5_000);
	});

	it('refuses 10,001 vendor rows', () => {
		const lines = ['Name'];
		for (let i = 0; i <= MAX_IMPORT_ROWS; i++) lines.push(`Vendor ${i}`);
		expect(parseVendorCsv(lines.join('\n'))).toEqual({
			ok: false,
			error:
				'This file has 10,001 vendor rows; the most we can import at once is 10,000. Split it into smaller files.'
		});
	});

	it('refuses files over 5 MB', () => {
		const big = `Name,Notes\n${`Acme,${'x'.repeat(1000)}\n`.repeat(5300)}`;
		const p = parseVendorCsv(big);
		expect(p.ok).toBe(false);
		if (!p.ok)
			expect(p.error).toMatch(/^This file is 5\.1 MB; the largest file we can import is 5 MB/);
	});

	it('accepts exactly 5 MB and refuses one byte more', () => {
		const head = 'Name\nAcme\n';
		const exact = head + 'x'.repeat(MAX_IMPORT_BYTES - head.length);
		expect(parseVendorCsv(exact).ok).toBe(true);
		expect(parseVendorCsv(`${exact}x`)).toMatchObject({
			ok: false,
			error: expect.stringMatching(/^This file is 5\.1 MB/)
		});
	});

	it('counts multi-byte characters towards the size limit', () => {
		// 1.8 million characters but 5.4 MB in UTF-8.
		const p = parseVendorCsv(`Name\n${'€'.repeat(1_800_000)}`);
		expect(p.ok).toBe(false);
	});

	it('explains empty files, header-only files and unclosed quotes', () => {
		expect(parseVendorCsv('\uFEFF  \n')).toEqual({ ok: false, error: 'The file is empty.' });
		expect(parseVendorCsv('Name,Owner\n\n')).toEqual({
			ok: false,
			error: 'The file has a header row but no vendor rows below it.'
		});
		const p = parseVendorCsv('Name,Notes\nAcme,ok\nBeta,"never closed\nGamma,x');
		expect(p.ok).toBe(false);
		if (!p.ok) expect(p.error).toMatch(/^Row 3: a quoted cell is never closed/);
		const q = parseVendorCsv('Name,Notes\nAcme,"quoted"tail\n');
		expect(q.ok).toBe(false);
		if (!q.ok) expect(q.error).toMatch(/^Row 2: a quoted cell has text after its closing quote/);
	});
});

describe('suggestMapping', () => {
	it('recognises common header names, whatever their case and punctuation', () => {
		const m = suggestMapping([
			'Supplier',
			'What they do',
			'Business Owner',
			'Data Classification',
			'Access level',
			'Criticality',
			'Start date',
			'Contract_End',
			'Risk tier',
			'Comments',
			'Unrelated'
		]);
		expect(m).toEqual({
			name: 0,
			service: 1,
			ownerName: 2,
			dataAccess: 3,
			systemAccess: 4,
			// 'Criticality' may be a rating or a tier as well as a dependency: not guessed.
			dependency: null,
			contractStart: 6,
			renewalDate: 7,
			tierOverride: 8,
			tierOverrideReason: null,
			lastReviewedAt: null,
			notes: 9
		});
	});

	it('never maps "Criticality" (or other two-way names) to a field on its own', () => {
		for (const header of ['Criticality', 'Business criticality', 'Importance', 'Access', 'Start'])
			expect(suggestMapping([header]), header).toEqual(emptyMapping());
		const m = suggestMapping(['Vendor', 'Criticality', 'Dependency']);
		expect(m.dependency).toBe(2);
		expect(Object.values(m).filter((col) => col === 1)).toEqual([]);
	});

	it('matches whole headers only and uses each column once', () => {
		// Neither the owner nor the name: the header is both and exactly neither.
		const m = suggestMapping(['Business owner name', 'Vendor name']);
		expect(m.ownerName).toBeNull();
		expect(m.name).toBe(1);
		expect(suggestMapping(['Name', 'Name']).name).toBe(0);
		expect(suggestMapping(['Data access (customer data)']).dataAccess).toBeNull();
	});

	it('maps the headers of our own export back to the same fields', () => {
		const headers = VENDOR_CSV_COLUMNS.map((c) => c.header);
		const m = suggestMapping(headers);
		expect(m.name).toBe(headers.indexOf('Name'));
		expect(m.tierOverride).toBe(headers.indexOf('Tier override'));
		expect(m.tierOverrideReason).toBe(headers.indexOf('Tier override reason'));
		expect(m.lastReviewedAt).toBe(headers.indexOf('Last reviewed'));
		expect(m.renewalDate).toBe(headers.indexOf('Renewal date'));
	});

	it('requires a name column', () => {
		expect(mappingProblems(emptyMapping())).toEqual([
			'Choose the column that holds the vendor name.'
		]);
		expect(mappingProblems(suggestMapping(['Name']))).toEqual([]);
	});
});

describe('validateVendorRows', () => {
	it('names each bad row with its reason and spreadsheet row number', () => {
		const text = [
			'Name,Data access,Renewal date',
			'Good one,Internal,2025-12-31',
			'Second,Confidential,',
			'Third,none,',
			'Fourth,PII,31/12/2025',
			'Fifth,internal,',
			'Lots Inc,lots,',
			'Sixth,none,',
			',internal,',
			'Seventh,none,',
			'Eighth,none,',
			'Bad date,none,2025-13-40'
		].join('\n');
		const results = importText(text);
		const bad = results.filter((r) => r.errors.length > 0);
		expect(bad.map((r) => r.errors)).toEqual([
			[
				"Row 7: 'Data access' must be one of none, internal, confidential, customer personal data (found 'lots')"
			],
			['Row 9: name is empty'],
			["Row 12: renewal date '2025-13-40' is not a real date (use YYYY-MM-DD)"]
		]);
		expect(bad.every((r) => r.draft === undefined)).toBe(true);
		expect(results.filter((r) => r.draft)).toHaveLength(8);
	});

	it('reports every problem in a row at once', () => {
		const [r] = importText(
			'Name,System access,Dependency,Contract start\n,sometimes,huge,next week'
		);
		expect(r?.errors).toEqual([
			'Row 2: name is empty',
			"Row 2: 'System access' must be one of none, read, write, admin (found 'sometimes')",
			"Row 2: 'Dependency' must be one of low, medium, high (found 'huge')",
			"Row 2: contract start 'next week' is not a date (use YYYY-MM-DD or DD/MM/YYYY)"
		]);
	});

	it('accepts friendly values and day-first dates', () => {
		const [r] = importText(
			'Vendor,Data,Access level,Dependency,Start date,Renewal,Last reviewed\n' +
				'Acme,Customer personal data,Read-only,Moderate,01/02/2024,31.01.2026,2025-03-04T10:00:00Z'
		);
		expect(r?.errors).toEqual([]);
		expect(r?.draft).toMatchObject({
			name: 'Acme',
			dataAccess: 'customer_personal',
			systemAccess: 'read',
			dependency: 'medium',
			contractStart: '2024-02-01',
			renewalDate: '2026-01-31',
			lastReviewedAt: '2025-03-04'
		});
		const [pii] = importText('Name,Data access,System access\nX,PII,Full access');
		expect(pii?.draft).toMatchObject({ dataAccess: 'customer_personal', systemAccess: 'admin' });
	});

	it('checks dates against each other and against today', () => {
		const [r] = importText(
			'Name,Contract start,Renewal date,Last reviewed\nAcme,2025-01-01,2024-12-31,2025-06-16'
		);
		expect(r?.errors).toEqual([
			"Row 2: last reviewed date '2025-06-16' is after today",
			"Row 2: renewal date '2024-12-31' is before the contract start '2025-01-01'"
		]);
	});

	it('keeps formulas as literal text and undoes our own export neutralising', () => {
		const rows: CsvRow[] = [{ row: 2, cells: ['=HYPERLINK("http://x")', "'=1+1", '@note'] }];
		const m = { ...emptyMapping(), name: 0, service: 1, notes: 2 };
		const [r] = validateVendorRows(rows, m, { today: TODAY });
		expect(r?.draft).toMatchObject({
			name: '=HYPERLINK("http://x")',
			service: '=1+1',
			notes: '@note'
		});
	});

	it('fills empty access fields with the lowest level and warns', () => {
		const [r] = importText('Name\nAcme');
		expect(r?.draft).toMatchObject({ dataAccess: 'none', systemAccess: 'none', dependency: 'low' });
		expect(r?.warnings).toEqual([
			'Row 2: data access (none), system access (none), dependency (low): empty, so set to the lowest level; check before relying on the tier'
		]);
	});

	it('keeps only real tier overrides and gives them a reason', () => {
		const results = importText(
			'Name,Data access,Tier\nSame,Customer personal data,Critical\nRaised,None,High\nAuto,None,'
		);
		expect(results.map((r) => [r.draft?.tierOverride, r.draft?.tierOverrideReason])).toEqual([
			[null, ''],
			['high', IMPORTED_TIER_REASON],
			[null, '']
		]);
		const [bad] = importText('Name,Tier\nX,extreme');
		expect(bad?.errors).toEqual([
			"Row 2: 'Tier override' must be one of low, medium, high, critical (or leave it empty) (found 'extreme')"
		]);
	});

	it('warns about a name that appears twice', () => {
		const results = importText('Name,Data access\nGoogle,internal\ngoogle,internal');
		expect(results[1]?.warnings).toContain("Row 3: 'google' also appears on row 2");
		expect(results[0]?.warnings.join()).not.toMatch(/also appears/);
		expect(results[1]?.draft).toBeDefined();
	});

	it('warns about a replacement character already in the file, and imports the row as it is', () => {
		const [r, clean] = importText(
			'Name,Owner,Data access,System access,Dependency\nZ\uFFFDrich AG,Sam,none,none,low\nBern AG,Kim,none,none,low'
		);
		expect(r?.warnings).toEqual([
			"Row 2: 'Z\uFFFDrich AG' holds \uFFFD where a letter was lost before the file was saved; correct it after the import"
		]);
		expect(r?.draft?.name).toBe('Z\uFFFDrich AG');
		expect(clean?.warnings).toEqual([]);
	});

	it('refuses overlong text', () => {
		const [r] = importText(`Name\n${'x'.repeat(121)}`);
		expect(r?.errors).toEqual(['Row 2: name is longer than 120 characters (it has 121)']);
	});
});

function vendor(draft: Partial<VendorDraft>, extra: Partial<Vendor> = {}, id = 'v1'): Vendor {
	const v = newVendor(
		{
			name: 'Acme',
			service: 'Hosting',
			ownerName: 'Sam',
			dataAccess: 'customer_personal',
			systemAccess: 'admin',
			dependency: 'high',
			tierOverride: null,
			tierOverrideReason: '',
			contractStart: '2024-01-01',
			renewalDate: '2026-01-01',
			lastReviewedAt: '2025-01-10',
			notes: '',
			...draft
		},
		id,
		'a1',
		new Date('2025-01-01T00:00:00Z')
	);
	return { ...v, ...extra };
}

describe('vendorsToCsv', () => {
	const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

	it('exports the inventory with tier, risk, review and SOC 2 status, sorted by name', () => {
		const soc2 = {
			type: 'type2' as const,
			periodStart: '2023-01-01',
			periodEnd: '2023-12-31',
			opinion: 'unqualified' as const,
			opinionNotes: '',
			bridgeLetterDate: null,
			subserviceOrgs: '',
			cuecsReviewed: true,
			cuecs: []
		};
		const csv = vendorsToCsv(
			[
				vendor({ name: 'Zed' }, {}, 'z'),
				vendor(
					{
						name: 'Beta',
						dataAccess: 'none',
						systemAccess: 'none',
						dependency: 'low',
						lastReviewedAt: null
					},
					{
						assurance: {
							soc2,
							questionnaireReceived: null,
							iso27001Expiry: null,
							pentestSummaryDate: null
						}
					},
					'b'
				)
			],
			TODAY
		);
		const [header, beta, zed] = parse(csv);
		const col = (name: string) => header?.indexOf(name) ?? -1;
		expect(beta?.[col('Name')]).toBe('Beta');
		expect(beta?.[col('Tier')]).toBe('Low');
		expect(beta?.[col('SOC 2 status')]).toBe(
			'Stale: Type II, period ended 2023-12-31 (counts as none)'
		);
		expect(beta?.[col('Next review due')]).toBe(TODAY);
		expect(beta?.[col('Review overdue')]).toBe('Yes');
		expect(zed?.[col('Tier')]).toBe('Critical');
		expect(zed?.[col('Inherent risk')]).toBe('100');
		expect(zed?.[col('Residual risk')]).toBe('100');
		expect(zed?.[col('Risk rating')]).toBe('Critical');
		expect(zed?.[col('Next review due')]).toBe('2026-01-10');
		expect(zed?.[col('Data access')]).toBe('Customer personal data');
		expect(zed?.[col('Missing contract safeguards')]).toContain('data processing agreement');
	});

	it('neutralises formulas in user text', () => {
		const csv = vendorsToCsv(
			[vendor({ name: '=HYPERLINK("http://evil")', notes: '+cmd|calc', ownerName: '@me' })],
			TODAY
		);
		const [, row] = parse(csv);
		expect(row?.[0]).toBe(`'=HYPERLINK("http://evil")`);
		expect(row).toContain("'+cmd|calc");
		expect(row).toContain("'@me");
		for (const cell of row ?? []) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
	});

	it('imports back to the same vendor fields', () => {
		const original = [
			vendor({
				name: '=SUM(1)',
				notes: 'two\nlines',
				tierOverride: 'low',
				tierOverrideReason: 'Test tenant only'
			}),
			vendor(
				{
					name: 'Café',
					dataAccess: 'internal',
					systemAccess: 'read',
					dependency: 'medium',
					contractStart: null
				},
				{},
				'v2'
			)
		];
		const p = ok(parseVendorCsv(vendorsToCsv(original, TODAY)));
		const results = validateVendorRows(p.rows, suggestMapping(p.headers), { today: TODAY });
		const fields = (v: VendorDraft | Vendor) => ({
			name: v.name,
			service: v.service,
			ownerName: v.ownerName,
			dataAccess: v.dataAccess,
			systemAccess: v.systemAccess,
			dependency: v.dependency,
			tierOverride: v.tierOverride,
			tierOverrideReason: v.tierOverrideReason,
			contractStart: v.contractStart,
			renewalDate: v.renewalDate,
			lastReviewedAt: v.lastReviewedAt,
			notes: v.notes
		});
		const drafts = results.map((r) => (r.draft ? fields(r.draft) : r.errors));
		expect(drafts).toEqual(
			[...original].sort((a, b) => a.name.localeCompare(b.name, 'en')).map(fields)
		);
	});
});
