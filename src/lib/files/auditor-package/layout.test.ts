import { describe, expect, it } from 'vitest';
import { layoutInput, packFile } from '$lib/testing/auditor-package';
import { packageLayout, versionChains } from './layout';
import { hrefOf, NameSpace, segment } from './names';

describe('names in the package', () => {
	it('keeps both words of a title with a slash and shortens long ones at a word', () => {
		expect(segment('AWS/IAM export', 50, 'x')).toBe('AWS - IAM export');
		expect(segment('../../etc/passwd', 50, 'x')).toBe('etc - passwd');
		expect(segment('One two three four five six', 14, 'x')).toBe('One two three…');
		expect(segment('   ', 10, 'evidence')).toBe('evidence');
		expect(segment('CON', 10, 'x')).toBe('_CON');
		expect(segment('nul.txt', 10, 'x')).toBe('_nul.txt');
	});

	it('makes names unique in a folder ignoring case, before the extension', () => {
		const n = new NameSpace();
		expect(n.claim('A', 'Export.pdf', true)).toBe('Export.pdf');
		expect(n.claim('A', 'export.pdf', true)).toBe('export (2).pdf');
		expect(n.claim('A', 'EXPORT.PDF', true)).toBe('EXPORT (3).PDF');
		expect(n.claim('B', 'export.pdf', true)).toBe('export.pdf');
		expect(n.claim('A', 'v1.2 notes', false)).toBe('v1.2 notes');
		expect(n.claim('A', 'V1.2 NOTES', false)).toBe('V1.2 NOTES (2)');
	});

	it('percent-encodes each segment of a link', () => {
		expect(hrefOf('CC6.1/IAM-01 SSO/a #1?.pdf')).toBe('CC6.1/IAM-01%20SSO/a%20%231%3F.pdf');
		expect(hrefOf('Vendors/Łódź/ü.png')).toBe('Vendors/%C5%81%C3%B3d%C5%BA/%C3%BC.png');
	});
});

describe('versionChains', () => {
	it('follows replacements oldest first and keeps a damaged loop', () => {
		const files = [
			packFile('b', { replaces: 'a', replacedBy: 'c' }),
			packFile('a', { replacedBy: 'b' }),
			packFile('c', { replaces: 'b' }),
			packFile('x', { replaces: 'y' }),
			packFile('y', { replaces: 'x' }),
			packFile('z', { replaces: 'gone' })
		];
		expect(versionChains(files).map((c) => c.map((f) => f.id))).toEqual([
			['a', 'b', 'c'],
			['z'],
			['x'],
			['y']
		]);
	});
});

describe('packageLayout', () => {
	const files = [
		packFile('f1', { name: 'sso.png' }),
		packFile('f2', { name: 'sso.png', replaces: 'f1', addedAt: '2027-01-03T10:00:00.000Z' }),
		packFile('f3', { name: 'Report.csv', ownerId: 'ev2' }),
		packFile('f4', { name: 'report.csv', ownerId: 'ev2' }),
		packFile('f5', { name: 'Report.csv', ownerId: 'ev3' }),
		packFile('f6', { name: 'soc2.pdf', ownerKind: 'vendor', ownerId: 'v1' }),
		packFile('f7', { name: 'lost.txt', ownerId: 'gone' })
	];
	files[0] = { ...files[0]!, replacedBy: 'f2' };
	const layout = packageLayout(layoutInput(files));
	const path = (id: string) => layout.files.find((p) => p.file.id === id)?.path;

	it('files each control once under its first criterion, with earlier versions apart', () => {
		expect(path('f2')).toBe(
			'CC6.1/IAM-01 Single sign-on for every business…/SSO - IdP export/sso.png'
		);
		expect(path('f1')).toBe(
			'CC6.1/IAM-01 Single sign-on for every business…/SSO - IdP export/previous versions/v1 sso.png'
		);
		expect(path('f3')).toBe('CC6.1/IAM-02 MFA/MFA report/Report.csv');
		expect(path('f4')).toBe('CC6.1/IAM-02 MFA/MFA report/report (2).csv');
		expect(path('f5')).toBe('CC6.1/IAM-02 MFA/mfa REPORT (2)/Report.csv');
		expect(path('f6')).toBe('Vendors/Acme Cloud _GmbH_/soc2.pdf');
		expect(path('f7')).toBe('Unfiled/Evidence no longer recorded/lost.txt');
		expect(new Set(layout.files.map((p) => p.path)).size).toBe(files.length);
	});

	it('numbers versions and carries the control, criteria and date', () => {
		const f1 = layout.files.find((p) => p.file.id === 'f1');
		const f2 = layout.files.find((p) => p.file.id === 'f2');
		expect([f1?.version, f1?.versions, f1?.current]).toEqual([1, 2, false]);
		expect([f2?.version, f2?.versions, f2?.current]).toEqual([2, 2, true]);
		expect(f2?.criteria).toEqual(['CC6.1', 'CC6.2']);
		expect(f2?.collectedAt).toBe('2027-01-01');
		const v = layout.files.find((p) => p.file.id === 'f6');
		expect([v?.controlId, v?.criteria, v?.ownerTitle]).toEqual([
			null,
			['CC9.2'],
			'Acme Cloud <GmbH>'
		]);
	});

	it('lists a control under every criterion it serves, in catalog order', () => {
		expect(layout.criteria.map((c) => [c.id, c.controls.map((g) => g.id)])).toEqual([
			['CC6.1', ['IAM-01', 'IAM-02']],
			['CC6.2', ['IAM-01']]
		]);
		const iam01 = layout.criteria[1]?.controls[0];
		expect(iam01?.filedUnder).toBe('CC6.1');
		expect(iam01?.evidence[0]?.files.map((p) => p.file.id)).toEqual(['f2']);
		expect(iam01?.evidence[0]?.previous.map((p) => p.file.id)).toEqual(['f1']);
		expect(layout.vendors.map((v) => v.name)).toEqual(['Acme Cloud <GmbH>']);
		expect(layout.unfiled.flatMap((e) => e.files.map((p) => p.file.id))).toEqual(['f7']);
	});
});
