import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { layoutInput, packFile } from '$lib/testing/auditor-package';
import { packageLayout } from './layout';
import { manifestCsv, manifestJson, manifestRow, sha256Sums, type PackageHeader } from './manifest';

const HEADER: PackageHeader = {
	companyName: 'Zoë <img src=x onerror=alert(1)>',
	reportType: 'SOC 2 Type II',
	generatedAt: '2027-01-10T09:00:00.000Z',
	appVersion: '0.1.0',
	catalogVersion: '2026.3',
	report: { path: 'zoe-soc2-gap-report-2027-01-10.pdf', sha256: 'a'.repeat(64), size: 1000 }
};
const layout = packageLayout(
	layoutInput([
		packFile('f1', { name: 'sso.png', replacedBy: 'f2', sha256: '1'.repeat(64), size: 10 }),
		packFile('f2', { name: 'sso.png', replaces: 'f1', sha256: '2'.repeat(64), size: 20 }),
		packFile('f6', { name: '=cmd.pdf', ownerKind: 'vendor', ownerId: 'v1', addedBy: '+Bob' })
	])
);

describe('manifest', () => {
	it('has one CSV row per version with the columns an auditor reconciles', () => {
		const csv = manifestCsv(layout.files.map(manifestRow));
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
		expect(rows[0]).toEqual([
			'Path',
			'Kind',
			'Control IDs',
			'Criterion IDs',
			'Evidence or vendor',
			'Date covered',
			'SHA-256',
			'Size (bytes)',
			'Media type',
			'Added at',
			'Added by',
			'Version',
			'Current',
			'File ID',
			'Replaces file ID'
		]);
		expect(rows.slice(1).map((r) => [r[2], r[3], r[6], r[7], r[11], r[12], r[14]])).toEqual([
			['IAM-01', 'CC6.1 CC6.2', '1'.repeat(64), '10', '1 of 2', 'No', ''],
			['IAM-01', 'CC6.1 CC6.2', '2'.repeat(64), '20', '2 of 2', 'Yes', 'f1'],
			['', 'CC9.2', '0'.repeat(64), '3', '1 of 1', 'Yes', '']
		]);
		// A cell a spreadsheet would run as a formula stays text.
		expect(rows[3]?.[0]).toBe('Vendors/Acme Cloud _GmbH_/=cmd.pdf');
		expect(rows[3]?.[10]).toBe("'+Bob");
	});

	it('states in JSON what the package is, its counts and what it rests on', () => {
		const doc = JSON.parse(manifestJson(HEADER, layout));
		expect(doc.companyName).toBe(HEADER.companyName);
		expect(doc.counts).toEqual({
			files: 3,
			currentFiles: 2,
			previousVersions: 1,
			evidenceFiles: 2,
			vendorFiles: 1,
			controls: 1,
			criteria: 3,
			bytes: 33
		});
		expect(doc.basis.length).toBeGreaterThan(2);
		expect(doc.report.sha256).toBe('a'.repeat(64));
		expect(doc.files[0]).toMatchObject({ version: 1, versions: 2, current: false, fileId: 'f1' });
	});

	it('writes SHA256SUMS in the form sha256sum -c reads', () => {
		const sums = sha256Sums(layout, HEADER.report, [
			{ path: 'index.html', sha256: 'b'.repeat(64) }
		]);
		expect(sums.split('\n')).toEqual([
			`${'a'.repeat(64)}  zoe-soc2-gap-report-2027-01-10.pdf`,
			`${'b'.repeat(64)}  index.html`,
			`${'1'.repeat(64)}  CC6.1/IAM-01 Single sign-on for every business…/SSO - IdP export/previous versions/v1 sso.png`,
			`${'2'.repeat(64)}  CC6.1/IAM-01 Single sign-on for every business…/SSO - IdP export/sso.png`,
			`${'0'.repeat(64)}  Vendors/Acme Cloud _GmbH_/=cmd.pdf`,
			''
		]);
	});
});
