/**
 * The crosswalk as a new user meets it: they say in scoping that they hold ISO 27001, confirm one
 * Annex A theme's proposed controls in one click, see SOC 2 readiness rise, read the CSF view and
 * export the Statement of Applicability, read back with papaparse and with the test's own XLSX
 * reader (not the writer).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { readXlsx } from '../../src/lib/testing/xlsx-read';
import { expectNoAxeViolations } from './axe';
import { expect, expectSaved, test } from './fixtures';
import { AssessmentNav, ScopePage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';

test('holding ISO 27001: confirm a theme, readiness rises, the SoA exports', async ({
	page
}, testInfo) => {
	const home = new HomePage(page);
	const nav = new AssessmentNav(page);
	await home.goto();
	await home.create('<b>Atlas</b> =SUM(1) Ledger');
	await nav.open('Scope');
	const scope = new ScopePage(page);
	await scope.choose(/Which other frameworks do you already follow/, 'ISO 27001');
	await scope.summary();
	await expect(page.getByTestId('scope-proposals')).toContainText(
		/\d+ controls are likely in place already/
	);

	await nav.open('Controls');
	const coverage = page.getByTestId('controls-coverage');
	await expect(coverage).toContainText(/^0 of \d+ applicable controls assessed/);
	await expect(coverage.locator('strong')).toHaveText('0.0%');

	await nav.open('Frameworks');
	await expect(page.getByTestId('framework-score')).toHaveText('0.0%');
	const proposals = page.getByTestId('proposals');
	await expect(proposals).toContainText('You said in scoping that you hold ISO 27001');
	// The people theme: screening, terms, discipline, onboarding; awareness training serves
	// clause 7.3 and so sits under the management system instead.
	const people = proposals.getByRole('listitem').filter({ hasText: 'A.6 People controls' });
	await people.getByText('A.6 People controls').click();
	await expect(people.getByRole('link', { name: 'HR-02' })).toBeVisible();
	await expect(people.getByRole('link', { name: 'HR-07' })).toBeVisible();
	await expect(people.getByRole('link', { name: 'HR-04' })).toHaveCount(0);
	const confirmAll = people.getByRole('button', { name: /^Confirm all \d+ of People controls$/ });
	const n = Number((await confirmAll.textContent())?.match(/\d+/)?.[0]);
	expect(n).toBeGreaterThanOrEqual(4);
	await expectNoAxeViolations(page, 'Frameworks with proposals');
	await confirmAll.click();
	await expectSaved(page);
	await expect(
		page.getByText(`${n} controls of People controls confirmed as Implemented.`)
	).toBeVisible();
	await expect(proposals.getByText('A.6 People controls')).toHaveCount(0);
	// The A.6 theme and the headline moved; a theme with nothing confirmed did not.
	await expect(page.getByTestId('group-A.6').getByTestId('group-score')).not.toHaveText('0.0%');
	await expect(page.getByTestId('group-A.7').getByTestId('group-score')).toHaveText('0.0%');
	await expect(page.getByTestId('framework-score')).not.toHaveText('0.0%');

	await nav.open('Controls');
	await expect(coverage).toContainText(new RegExp(`^${n} of \\d+ applicable controls assessed`));
	await expect(coverage.locator('strong')).not.toHaveText('0.0%');
	await expect(page.getByLabel('Status of HR-02')).toHaveValue('implemented');

	// The SoA: every Annex A control, read back by other parsers.
	await nav.open('Frameworks');
	const csvDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'SoA (CSV)' }).click();
	const csvFile = await csvDownload;
	expect(csvFile.suggestedFilename()).toMatch(
		/^soa-b-atlas-b-sum-1-ledger-\d{4}-\d{2}-\d{2}\.csv$/
	);
	const csvPath = testInfo.outputPath('soa.csv');
	await csvFile.saveAs(csvPath);
	const csv = Papa.parse<Record<string, string>>(
		readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''),
		{ header: true, skipEmptyLines: true }
	).data;
	expect(csv.length).toBe(93);
	expect(csv[0]?.['Annex A control']).toBe('A.5.1');
	// HR-02 (background checks) is the one control that fully covers A.6.1 Screening.
	expect(csv.find((r) => r['Annex A control'] === 'A.6.1')).toMatchObject({
		Title: 'Screening',
		Theme: 'People controls',
		Applicable: 'Yes',
		Implemented: 'Yes'
	});
	expect(csv.find((r) => r['Annex A control'] === 'A.8.23')).toMatchObject({
		Applicable: 'To decide',
		Implemented: 'Unknown'
	});

	const xlsxDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'SoA workbook (XLSX)' }).click();
	const xlsxFile = await xlsxDownload;
	const xlsxPath = testInfo.outputPath('soa.xlsx');
	await xlsxFile.saveAs(xlsxPath);
	await expect(page.getByTestId('export-saved')).toContainText(xlsxFile.suggestedFilename());
	const sheets = readXlsx(new Uint8Array(readFileSync(xlsxPath)));
	expect(sheets.map((s) => s.name)).toEqual(['About this draft', 'Statement of Applicability']);
	const soa = sheets[1];
	expect(soa?.rows[0]).toEqual([
		'Annex A control',
		'Title',
		'Theme',
		'Applicable',
		'Justification',
		'Implemented',
		'SOC 2 controls',
		'Readiness (%)'
	]);
	expect(soa?.rows.length).toBe(94);
	const screening = soa?.rows.find((r) => r[0] === 'A.6.1');
	expect(screening?.[3]).toBe('Yes');
	expect(screening?.[5]).toBe('Yes');
	expect(sheets[0]?.rows.find((r) => r[0] === 'Company')?.[1]).toBe('<b>Atlas</b> =SUM(1) Ledger');

	// The CSF view: six functions, each with its categories.
	await page.getByRole('radio', { name: 'NIST CSF 2.0' }).check();
	await expect(page).toHaveURL(/fw=csf/);
	for (const f of [
		'Govern (GV)',
		'Identify (ID)',
		'Protect (PR)',
		'Detect (DE)',
		'Respond (RS)',
		'Recover (RC)'
	])
		await expect(
			page.getByRole('heading', { level: 2, name: new RegExp(`^${f.replace(/[()]/g, '\\$&')}`) })
		).toBeVisible();
	await expect(page.getByTestId('group-GV.RR')).toBeVisible();
	await expectNoAxeViolations(page, 'Frameworks, CSF');
});
