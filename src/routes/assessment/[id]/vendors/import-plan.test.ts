import { describe, expect, it } from 'vitest';
import {
	MAX_IMPORT_BYTES,
	parseVendorCsv,
	suggestMapping,
	validateVendorRows
} from '$lib/files/vendor-csv';
import { fileSizeProblem } from '$lib/files/csv-table';
import { canImport, importedVendors, summariseImport } from './import-plan';

const TODAY = '2025-06-15';

function check(csv: string) {
	const parsed = parseVendorCsv(csv);
	if (!parsed.ok) throw new Error(parsed.error);
	return validateVendorRows(parsed.rows, suggestMapping(parsed.headers), { today: TODAY });
}

const CSV = [
	'Vendor,Data access,Last reviewed',
	'Hostco,PII,2025-01-01',
	'Badco,secret sauce,2025-01-01',
	'Mailer,,',
	'Futureco,none,2099-01-01'
].join('\n');

describe('fileSizeProblem', () => {
	it('allows exactly the limit and refuses a byte more, before reading', () => {
		expect(fileSizeProblem(MAX_IMPORT_BYTES)).toBeNull();
		expect(fileSizeProblem(MAX_IMPORT_BYTES + 1)).toBe(
			'This file is 5.1 MB; the largest file we can import is 5 MB. Split it into smaller files.'
		);
		expect(fileSizeProblem(12 * 1024 * 1024)).toMatch(/^This file is 12\.0 MB/);
	});
});

describe('summariseImport', () => {
	it('counts good and bad rows and keeps every message with its row', () => {
		const s = summariseImport(check(CSV));
		expect(s.ready).toBe(2);
		expect(s.bad).toBe(2);
		expect(s.errors).toHaveLength(2);
		expect(s.errors[0]).toMatch(/^Row 3: 'Data access' must be one of/);
		expect(s.errors[1]).toMatch(/^Row 5: last reviewed date '2099-01-01' is after today/);
		expect(s.warnings).toEqual([
			expect.stringMatching(/^Row 2: system access \(none\), dependency \(low\): empty/),
			expect.stringMatching(/^Row 4: data access \(none\), system access \(none\)/),
			expect.stringMatching(/^Row 5: system access \(none\)/)
		]);
	});
});

describe('canImport', () => {
	it('needs a good row, and bad rows only when skipping them', () => {
		const s = summariseImport(check(CSV));
		expect(canImport(s, false)).toBe(false);
		expect(canImport(s, true)).toBe(true);
		expect(canImport({ ready: 3, bad: 0, errors: [], warnings: [] }, false)).toBe(true);
		expect(canImport({ ready: 0, bad: 2, errors: ['x'], warnings: [] }, true)).toBe(false);
	});
});

describe('importedVendors', () => {
	it('makes one record per good row, in order, with fresh ids', () => {
		let n = 0;
		const vendors = importedVendors(
			check(CSV),
			'a1',
			new Date('2025-06-15T09:00:00Z'),
			() => `id-${++n}`
		);
		expect(vendors.map((v) => [v.id, v.name, v.dataAccess, v.assessmentId])).toEqual([
			['id-1', 'Hostco', 'customer_personal', 'a1'],
			['id-2', 'Mailer', 'none', 'a1']
		]);
		expect(vendors[0]?.lastReviewedAt).toBe('2025-01-01');
		expect(vendors[0]?.createdAt).toBe('2025-06-15T09:00:00.000Z');
	});
});
