/**
 * The evidence request list as a new user meets it: the sample assessment imported, the Evidence
 * page read (a known row's status in words, the filter, the grouping), its CSV, workbook and
 * workshop PDFs read back by something other than the app (papaparse, the test XLSX reader,
 * poppler), axe in light and dark, and the Report page's controls register as a workbook.
 * The date is fixed so "stale" and the window are the same on every run.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { readXlsx } from '../../src/lib/testing/xlsx-read';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { AssessmentNav } from './page-models/assessment-pages';
import { EvidencePage } from './page-models/evidence-page';

const SAMPLE = 'tests/fixtures/sample-assessment.json';
const COMPANY = 'Northwind Health Analytics';
const TODAY = new Date('2026-12-01T10:00:00.000Z');
const IAM02_DESIGN =
	'Identity provider policy showing multi-factor authentication required for all users';
const OWNERS = ['Ingrid Solberg', 'Marcus Okafor', 'Priya Raman', 'Tomás Núñez', 'Zoë Łukasiewicz'];

const pdfText = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
const flat = (text: string) => text.replace(/\s+/g, ' ');

test('the sample’s evidence requests, on the page and as CSV, XLSX and PDF per owner', async ({
	page
}, testInfo) => {
	test.setTimeout(180_000);
	await page.clock.setFixedTime(TODAY);
	await page.goto('/settings');
	const chooser = page.waitForEvent('filechooser');
	await page.getByLabel('Import backup').click();
	await (await chooser).setFiles(SAMPLE);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText(/Imported sample-assessment\.json/)).toBeVisible();
	await page.goto('/');
	await page.getByRole('link', { name: COMPANY, exact: true }).click();
	await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
	const nav = new AssessmentNav(page);
	await nav.open('Evidence');
	const ev = new EvidencePage(page);
	await ev.ready();

	// IAM-02 has its MFA policy on file, dated 9 Nov 2026 and marked for Type I and II.
	const iam02 = ev.group('IT & Security').locator(ev.row('IAM-02'));
	await expect(iam02.getByRole('rowheader')).toContainText('IAM-02 Multi-factor authentication');
	await expect(iam02.getByRole('cell').nth(1)).toHaveText('On file Newest dated 2026-11-09');
	await expect(iam02.getByRole('cell').first()).toContainText(IAM02_DESIGN);
	await expect(ev.row('IAM-02', 'operation').getByRole('cell').nth(1)).toHaveText(
		'On file Dated inside the window (from 2026-06-01)'
	);
	// IAM-03 has nothing, and its own due date.
	const iam03 = ev.row('IAM-03');
	await expect(iam03.getByRole('cell').nth(1)).toHaveText('Missing Nothing on file');
	await expect(iam03.getByRole('cell').nth(3)).toHaveText('25 Mar 2027');
	await expect(iam03.getByRole('link', { name: /IAM-03/ })).toHaveAttribute(
		'href',
		/\/controls\?control=IAM-03$/
	);

	// Nothing in the sample is stale on this date: the page says so rather than showing nothing.
	await ev.showStatus('Stale');
	await expect(page.getByText('No request is stale.')).toBeVisible();
	await ev.showStatus('Missing');
	await expect(ev.row('IAM-02')).toHaveCount(0);
	await expect(ev.row('IAM-03')).toBeVisible();
	await ev.groupBy('Owner');
	await expect(ev.group('Priya Raman').locator(ev.row('IAM-03'))).toBeVisible();
	await ev.showStatus('All');
	await expect(ev.group('Ingrid Solberg').locator(ev.row('IAM-02'))).toBeVisible();
	await expectNoAxeViolations(page, 'Evidence requests');

	// CSV: a plain table; the report type and date are in its name.
	const csvFile = await ev.download('Requests (CSV)');
	expect(csvFile.suggestedFilename()).toBe(
		'northwind-health-analytics-evidence-requests-type2-2026-12-01.csv'
	);
	const csvPath = testInfo.outputPath('requests.csv');
	await csvFile.saveAs(csvPath);
	const csv = Papa.parse<Record<string, string>>(
		readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''),
		{
			header: true,
			skipEmptyLines: true
		}
	).data;
	const csvRow = csv.find((r) => r.Control === 'IAM-02' && r['Expected evidence'] === IAM02_DESIGN);
	expect(csvRow).toMatchObject({
		Department: 'IT & Security',
		Owner: 'Ingrid Solberg',
		'Evidence for': 'Type I (design)',
		Status: 'On file',
		Why: 'Newest dated 2026-11-09',
		'Newest evidence dated': '2026-11-09'
	});

	// XLSX: what the list rests on first, then a sheet per department.
	const xlsxFile = await ev.download('Workbook by department (XLSX)');
	expect(xlsxFile.suggestedFilename()).toBe(
		'northwind-health-analytics-evidence-requests-type2-2026-12-01.xlsx'
	);
	const xlsxPath = testInfo.outputPath('requests.xlsx');
	await xlsxFile.saveAs(xlsxPath);
	const sheets = readXlsx(new Uint8Array(readFileSync(xlsxPath)));
	const [about, ...departments] = sheets;
	expect(about?.name).toBe('About this list');
	expect(about?.rows).toContainEqual(['Report type', 'SOC 2 Type II, 6-month observation window']);
	expect(about?.rows).toContainEqual(['As of', '1 Dec 2026']);
	expect(flat(about?.rows.map((r) => r.join(' ')).join(' ') ?? '')).toContain(
		'nothing dated inside the observation window (since 1 Jun 2026)'
	);
	const names = departments.map((s) => s.name);
	for (const d of ['Leadership', 'Engineering', 'IT & Security', 'HR']) expect(names).toContain(d);
	for (const s of departments) {
		expect(s.rows[0]?.slice(0, 3)).toEqual(['Department', 'Owner', 'Control']);
		expect(new Set(s.rows.slice(1).map((r) => r[0]))).toEqual(new Set([s.name]));
	}
	const it = departments.find((s) => s.name === 'IT & Security');
	const itRow = it?.rows.find((r) => r[2] === 'IAM-02' && r[6] === IAM02_DESIGN);
	expect(itRow?.slice(0, 9)).toEqual([
		'IT & Security',
		'Ingrid Solberg',
		'IAM-02',
		'Multi-factor authentication enforced for all staff accounts',
		'Yes',
		'Type I (design)',
		IAM02_DESIGN,
		'On file',
		'Newest dated 2026-11-09'
	]);

	// The workshop PDF for one owner: their requests only, with what the list rests on.
	await ev.pdfFor('Ingrid Solberg');
	const onePdf = await ev.download('PDF per owner');
	expect(onePdf.suggestedFilename()).toBe(
		'northwind-health-analytics-evidence-requests-ingrid-solberg-type2-2026-12-01.pdf'
	);
	const onePath = testInfo.outputPath('ingrid.pdf');
	await onePdf.saveAs(onePath);
	const one = flat(pdfText(onePath));
	for (const text of [
		'EVIDENCE REQUESTS',
		COMPANY,
		'SOC 2 Type II, 6-month observation window',
		'1 Dec 2026',
		'Ingrid Solberg',
		'IAM-02',
		'Stale: no item carries a date, or the newest date is too old.'
	])
		expect(one).toContain(text);
	expect(one).toMatch(/On file: Newest dated\s?2026-11-09/);
	expect(one).not.toContain('Priya Raman');

	// Every owner: each starts a page of their own, nobody's rows last.
	await ev.pdfFor('Every owner');
	const allPdf = await ev.download('PDF per owner');
	expect(allPdf.suggestedFilename()).toBe(
		'northwind-health-analytics-evidence-requests-all-owners-type2-2026-12-01.pdf'
	);
	const allPath = testInfo.outputPath('all.pdf');
	await allPdf.saveAs(allPath);
	const pages = pdfText(allPath).split('\f');
	const firstLines = pages.map((p) => p.trim().split('\n')[0]?.trim() ?? '');
	expect(pages[0]).toContain('Ingrid Solberg');
	const starts = firstLines.filter((l) => [...OWNERS, 'No owner'].includes(l));
	expect(starts).toEqual([...OWNERS.slice(1), 'No owner']);

	// The Report page offers the controls register as a workbook with the CSV's columns.
	await nav.open('Report');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Controls (XLSX)' }).click();
	const register = await download;
	expect(register.suggestedFilename()).toBe('northwind-health-analytics-controls-2026-12-01.xlsx');
	const registerPath = testInfo.outputPath('controls.xlsx');
	await register.saveAs(registerPath);
	const [controls] = readXlsx(new Uint8Array(readFileSync(registerPath)));
	expect(controls?.name).toBe('Controls');
	expect(controls?.rows[0]?.slice(0, 3)).toEqual(['Control', 'Title', 'Key control']);
	expect(controls?.rows.find((r) => r[0] === 'IAM-02')?.[1]).toBe(
		'Multi-factor authentication enforced for all staff accounts'
	);
});
