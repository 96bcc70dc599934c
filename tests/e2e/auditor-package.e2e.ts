/**
 * The auditor's package, made in the browser and checked outside it: unzip lists the folders,
 * sha256sum of every extracted file matches both manifests and the hashes computed here when the
 * files were seeded, pdftotext finds the company in the gap report, and index.html has no script
 * and links every file. Paths are written out here, not computed by the layout code.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { EvidenceFile, EvidenceItem } from '../../src/lib/domain/types';
import { newVendor } from '../../src/lib/domain/vendors/index';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { ReportPage, seedRows } from './page-models/report-page';

const COMPANY = 'Zoë <img src=x onerror=alert(1)> Café';
const NOW = '2027-01-10T09:00:00.000Z';
const IAM01 = 'CC6.1/IAM-01 Single sign-on through a central…/Okta SSO export';
const IAM02 = 'CC6.1/IAM-02 Multi-factor authentication enforced…';

const run = (cmd: string, args: string[]) =>
	execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const PNG = (n: number) =>
	new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(64).fill(n)]);
const text = (s: string) => new TextEncoder().encode(s);

interface Seed {
	id: string;
	ownerKind: 'evidence' | 'vendor';
	ownerId: string;
	name: string;
	type: string;
	bytes: Uint8Array;
	replaces?: string;
	replacedBy?: string;
	/** Where the package must put it. */
	path: string;
}

const SEEDS: Seed[] = [
	{
		id: 'f-sso-1',
		ownerKind: 'evidence',
		ownerId: 'ev-sso',
		name: 'sso-config.png',
		type: 'image/png',
		bytes: PNG(1),
		replacedBy: 'f-sso-2',
		path: `${IAM01}/previous versions/v1 sso-config.png`
	},
	{
		id: 'f-sso-2',
		ownerKind: 'evidence',
		ownerId: 'ev-sso',
		name: 'sso-config.png',
		type: 'image/png',
		bytes: PNG(2),
		replaces: 'f-sso-1',
		path: `${IAM01}/sso-config.png`
	},
	{
		id: 'f-evil',
		ownerKind: 'evidence',
		ownerId: 'ev-evil',
		name: '../../evil.txt',
		type: '',
		bytes: text('no escape from the folder'),
		path: `${IAM02}/etc - passwd/evil.txt`
	},
	{
		id: 'f-intl',
		ownerKind: 'evidence',
		ownerId: 'ev-mfa',
		name: 'Zürich Łódź 報告.csv',
		type: '',
		bytes: text('user,mfa\r\nzoë,yes\r\n'),
		path: `${IAM02}/MFA report/Zürich Łódź 報告.csv`
	},
	{
		id: 'f-vendor',
		ownerKind: 'vendor',
		ownerId: 'v-acme',
		name: 'soc2-report.pdf',
		type: 'application/pdf',
		bytes: text('%PDF-1.4 not really a report'),
		path: 'Vendors/Acme _Cloud_/soc2-report.pdf'
	}
];

function record(s: Seed, assessmentId: string, i: number): EvidenceFile {
	return {
		id: s.id,
		assessmentId,
		ownerKind: s.ownerKind,
		ownerId: s.ownerId,
		name: s.name,
		type: s.type,
		declaredType: s.type,
		size: s.bytes.length,
		sha256: sha(s.bytes),
		addedAt: `2027-01-0${i + 1}T10:00:00.000Z`,
		addedBy: 'Ana <b>Auditor-ready</b>',
		replaces: s.replaces ?? null,
		replacedBy: s.replacedBy ?? null,
		updatedAt: NOW
	};
}

function evidence(assessmentId: string): EvidenceItem[] {
	const item = (id: string, controlId: string, title: string): EvidenceItem => ({
		id,
		assessmentId,
		controlId,
		title,
		location: '',
		collectedAt: '2027-01-02',
		reportType: 'both',
		createdAt: NOW,
		updatedAt: NOW
	});
	return [
		item('ev-sso', 'IAM-01', 'Okta SSO export'),
		item('ev-evil', 'IAM-02', '../../etc/passwd'),
		item('ev-mfa', 'IAM-02', 'MFA report')
	];
}

/** Files and their bytes straight into IndexedDB (a Blob cannot cross page.evaluate). */
async function seedFiles(page: Page, assessmentId: string): Promise<void> {
	const rows = SEEDS.map((s, i) => ({ file: record(s, assessmentId, i), bytes: [...s.bytes] }));
	await page.evaluate(async (list) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction(['evidenceFiles', 'fileBlobs'], 'readwrite');
			for (const { file, bytes } of list) {
				tx.objectStore('evidenceFiles').put(file);
				const blob = new Blob([new Uint8Array(bytes)], { type: file.type });
				tx.objectStore('fileBlobs').put({ id: file.id, assessmentId: file.assessmentId, blob });
			}
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, rows);
}

test('the auditor’s package unzips into criterion folders whose hashes match both manifests', async ({
	page
}, testInfo) => {
	test.setTimeout(240_000);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create(COMPANY, 'Ada', 'Type II');
	await seedFiles(page, id);
	const acme = newVendor(
		{
			name: 'Acme <Cloud>',
			service: 'Cloud hosting',
			ownerName: 'Zoë',
			dataAccess: 'customer_personal',
			systemAccess: 'admin',
			dependency: 'high',
			tierOverride: null,
			tierOverrideReason: '',
			contractStart: null,
			renewalDate: null,
			lastReviewedAt: null,
			notes: ''
		},
		'v-acme',
		id,
		new Date(NOW)
	);
	await seedRows(page, { evidence: evidence(id), vendors: [acme] });
	const report = new ReportPage(page);
	await report.goto(page.url());

	const download = page.waitForEvent('download', { timeout: 120_000 });
	await page.getByRole('button', { name: 'Auditor’s package (ZIP)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/-auditor-package-\d{4}-\d{2}-\d{2}\.zip$/);
	await expect(page.getByTestId('package-saved')).toContainText('5 files', { timeout: 60_000 });
	const zip = testInfo.outputPath('package.zip');
	await file.saveAs(zip);

	const listed = run('unzip', ['-Z1', zip]).trim().split('\n');
	const pdfName = listed.find((n) => /-soc2-gap-report-\d{4}-\d{2}-\d{2}\.pdf$/.test(n)) ?? '';
	expect(pdfName).not.toBe('');
	expect([...listed].sort()).toEqual(
		[
			'index.html',
			'manifest.csv',
			'manifest.json',
			'SHA256SUMS',
			pdfName,
			...SEEDS.map((s) => s.path)
		].sort()
	);
	expect(run('unzip', ['-l', zip])).toContain(`${IAM02}/etc - passwd/evil.txt`);

	const dir = mkdtempSync(join(tmpdir(), 'auditor-package-'));
	run('unzip', ['-q', '-d', dir, zip]);
	const sums = new Map(
		SEEDS.map((s) => {
			const out = run('sha256sum', [join(dir, s.path)]);
			return [s.path, out.slice(0, 64)];
		})
	);
	for (const s of SEEDS) expect(sums.get(s.path), s.path).toBe(sha(s.bytes));
	// sha256sum itself checks every line of SHA256SUMS, the report and manifests included.
	expect(
		execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })
	).not.toMatch(/FAILED/);

	const json = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
	expect(json.companyName).toBe(COMPANY);
	expect(json.counts).toMatchObject({
		files: 5,
		currentFiles: 4,
		previousVersions: 1,
		vendorFiles: 1
	});
	expect(json.files.map((f: { path: string }) => f.path).sort()).toEqual(
		SEEDS.map((s) => s.path).sort()
	);
	for (const f of json.files as Array<{ path: string; sha256: string; version: number }>)
		expect(f.sha256, f.path).toBe(sums.get(f.path));
	const sso = json.files.find((f: { path: string }) => f.path.endsWith('/sso-config.png'));
	expect(sso).toMatchObject({
		controlIds: ['IAM-01'],
		criterionIds: ['CC6.1', 'CC6.2'],
		collectedAt: '2027-01-02',
		version: 2,
		versions: 2,
		replaces: 'f-sso-1'
	});

	const csv = readFileSync(join(dir, 'manifest.csv'), 'utf8').replace(/^\uFEFF/, '');
	const csvRows = csv.trim().split('\r\n').slice(1);
	expect(csvRows).toHaveLength(SEEDS.length);
	for (const s of SEEDS) {
		const row = csvRows.find((r) => r.startsWith(`${s.path},`)) ?? '';
		expect(row, s.path).toContain(`,${sha(s.bytes)},${s.bytes.length},`);
	}

	const pdfText = run('pdftotext', ['-layout', join(dir, pdfName), '-']);
	expect(pdfText.replace(/\s+/g, ' ')).toContain(COMPANY);

	const html = readFileSync(join(dir, 'index.html'), 'utf8');
	expect(html).not.toMatch(/<script/i);
	expect(html).not.toContain('<img');
	expect(html).toContain('Zoë &lt;img src=x onerror=alert(1)&gt; Café');
	expect(html).toContain(
		"content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'self'\""
	);
	const hrefs = [...html.matchAll(/href="([^"#]+)"/g)].map((m) => decodeURIComponent(m[1] ?? ''));
	for (const s of SEEDS) expect(hrefs, s.path).toContain(s.path);
	for (const top of [pdfName, 'manifest.csv', 'manifest.json']) expect(hrefs).toContain(top);
	expect(html).toContain(sha(PNG(1)));

	// A file whose bytes are gone stops the package with a message naming it; nothing is lost.
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction(['fileBlobs'], 'readwrite');
			tx.objectStore('fileBlobs').delete('f-intl');
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	});
	await page.getByRole('button', { name: 'Auditor’s package (ZIP)' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		'The bytes of “Zürich Łódź 報告.csv” (IAM-02, “MFA report”) are missing from this device.',
		{ timeout: 60_000 }
	);
	await expect(alert).toContainText('nothing was saved. Replace or remove that file');
	await page.getByRole('region', { name: 'Auditor’s package' }).screenshot({
		path: testInfo.outputPath('package-error.png')
	});
	const kept = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const count = (store: string) =>
			new Promise<number>((resolve) => {
				const req = db.transaction([store]).objectStore(store).count();
				req.onsuccess = () => resolve(req.result);
			});
		const out = [await count('evidenceFiles'), await count('fileBlobs')];
		db.close();
		return out;
	});
	expect(kept).toEqual([5, 4]);
});
