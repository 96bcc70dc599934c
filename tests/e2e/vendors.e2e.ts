/**
 * The Vendors page: a stale critical vendor lowering CC9.2 as the documented formula says,
 * spreadsheet import that writes nothing until the user confirms, CSV export that neutralises
 * formulas, and editing with validation, deletion and accessibility checks.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { addMonths, formatDate } from '../../src/lib/domain/dates';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { cc92ControlWeight } from './expected-scores';
import { NO_ANSWERS } from './expected/scoping';
import { AssessmentNav, ControlsPage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';
import { PlanPage } from './page-models/plan-page';
import { VendorsPage } from './page-models/vendors-page';

const FIXTURES = 'tests/fixtures/vendors';
const pct = (bp: number) => `${(bp / 100).toFixed(1)}%`;

/**
 * CC9.2 for a new assessment (no answers, nothing implemented) whose vendor programme earns
 * `credit` basis points, by docs/vendor-risk.md: the programme counts like a key control (weight
 * 2) beside the applicable catalog controls for CC9.2 (key 2, others 1), all still at 0.
 */
function expectedCc92(credit: number): number {
	const num = credit * 2;
	const den = cc92ControlWeight(NO_ANSWERS) + 2;
	return Math.floor((2 * num + den) / (2 * den));
}

async function start(page: Page, company: string): Promise<VendorsPage> {
	const home = new HomePage(page);
	await home.goto();
	await home.create(company);
	await new AssessmentNav(page).open('Vendors');
	return new VendorsPage(page);
}

test('a critical vendor with a 14-month-old SOC 2 period is stale, lowers CC9.2 by the formula and adds plan work', async ({
	page
}) => {
	// Visits four pages and waits for each save: allow for a busy machine.
	test.slow();
	const vendors = await start(page, 'Vendor Risk Co');
	const nav = new AssessmentNav(page);
	const controls = new ControlsPage(page);
	await expect(
		page.getByRole('heading', { name: 'Record the vendors your service relies on' })
	).toBeVisible();
	await expect(page.getByText(/criterion CC9\.2/)).toBeVisible();

	await nav.open('Controls');
	await expect(controls.criterionScore('CC9.2')).toHaveText(pct(expectedCc92(0)));

	// One low vendor in good standing: the programme earns full credit.
	await nav.open('Vendors');
	await vendors.add({ name: 'Quiet Fonts', service: 'Web fonts' });
	await vendors.markReviewed('Quiet Fonts');
	await expect(vendors.item('Quiet Fonts').getByText('In good standing')).toBeVisible();
	const good = expectedCc92(10_000);
	await nav.open('Controls');
	await expect(controls.criterionScore('CC9.2')).toHaveText(pct(good));

	// A critical vendor whose only report is stale: weights 1 (low, good) and 4 (critical, not).
	const today = new Date().toISOString().slice(0, 10);
	const end = addMonths(today, -14);
	await nav.open('Vendors');
	const item = await vendors.add({
		name: 'Cloudvault',
		service: 'Managed databases',
		owner: 'Grace',
		dataAccess: 'Customer personal data',
		systemAccess: 'Admin'
	});
	await expect(item.getByTestId('vendor-tier')).toHaveText('Critical tier');
	await vendors.setSoc2('Cloudvault', {
		type: 'Type II',
		start: addMonths(today, -26),
		end,
		opinion: 'Unqualified (a clean opinion)'
	});
	await expect(item.getByTestId('soc2-stale')).toContainText(
		`Its period ended on ${formatDate(end)}, more than 12 months ago`
	);
	await expect(item.locator('.meta').getByText('SOC 2 report stale')).toBeVisible();
	await expect(item.getByText('Not in good standing')).toBeVisible();

	const mixed = expectedCc92(Math.floor((2 * 1 * 10_000 + 5) / (2 * 5)));
	expect(mixed).toBeLessThan(good);
	await expect(page.getByTestId('cc92-score')).toHaveText(pct(mixed));
	await nav.open('Controls');
	await expect(controls.criterionScore('CC9.2')).toHaveText(pct(mixed));

	// The vendor's plan work: a current SOC 2 report, a first review, contract safeguards.
	const reportTask = `Get a current SOC 2 report from Cloudvault (the last period ended ${formatDate(end)})`;
	await nav.open('Vendors');
	const gaps = (await vendors.open('Cloudvault')).getByTestId('vendor-plan-gaps');
	await expect(gaps).toContainText(reportTask);
	await expect(gaps).toContainText('Review vendor Cloudvault for the first time');
	await nav.open('Plan');
	// The page model's button, in the Generate region: the headline offers one too before a plan.
	await new PlanPage(page).generate();
	await expect(page.getByText(reportTask).first()).toBeVisible();
});

test('an import with three bad rows names each row and reason and saves nothing until the file is fixed', async ({
	page
}) => {
	const vendors = await start(page, 'Import Fix Ltd');
	const dialog = await vendors.importFile(`${FIXTURES}/bad-rows.csv`);
	await expect(dialog.getByLabel('Name (required)')).toHaveValue('0');
	// "Criticality" could be a rating or a tier: never guessed as Dependency, the user maps it.
	await expect(dialog.getByLabel('Dependency')).toHaveValue('');
	await dialog.getByLabel('Dependency').selectOption({ label: 'Criticality' });
	await dialog.getByRole('button', { name: 'Check the rows' }).click();
	await expect(dialog.getByTestId('import-summary')).toContainText('3 rows are ready to import.');
	await expect(dialog.getByTestId('import-summary')).toContainText('3 rows have problems');
	const problems = dialog.getByRole('list', { name: 'Problems to fix' }).getByRole('listitem');
	await expect(problems).toHaveText([
		/^Row 4: 'Data access' must be one of .*\(found 'top secret'\)$/,
		/^Row 5: name is empty$/,
		/^Row 6: renewal date '2027-02-30' is not a real date/
	]);
	expect(await vendors.storedCount()).toBe(0);

	await dialog.getByRole('button', { name: 'Go back and fix the file' }).click();
	await expect(dialog.getByRole('region', { name: 'Rows to fix' })).toContainText(
		'Row 5: name is empty'
	);
	expect(await vendors.storedCount()).toBe(0);

	await dialog.getByLabel('CSV file').setInputFiles(`${FIXTURES}/bad-rows-fixed.csv`);
	await dialog.getByRole('button', { name: 'Check the rows' }).click();
	await expect(dialog.getByTestId('import-summary')).toContainText('6 rows are ready to import.');
	await expect(dialog.getByRole('list', { name: 'Problems to fix' })).toHaveCount(0);
	expect(await vendors.storedCount()).toBe(0);

	await dialog.getByRole('button', { name: 'Import 6 vendors' }).click();
	await expect(dialog).toBeHidden();
	await expect(vendors.list.locator('li.vendor')).toHaveCount(6);
	expect(await vendors.storedCount()).toBe(6);
	await expect(vendors.item('Postbox Mail')).toBeVisible();
});

test('skipping the bad rows imports the good ones together, and the list can be searched and filtered', async ({
	page
}) => {
	const vendors = await start(page, 'Import Skip Ltd');
	const dialog = await vendors.importFile(`${FIXTURES}/bad-rows.csv`);
	await dialog.getByLabel('Dependency').selectOption({ label: 'Criticality' });
	await dialog.getByRole('button', { name: 'Check the rows' }).click();
	await dialog.getByRole('button', { name: 'Skip 3 bad rows and import 3' }).click();
	await expect(dialog).toBeHidden();
	expect(await vendors.storedCount()).toBe(3);
	// Sorted by risk: both critical vendors before the low one.
	await expect(vendors.list.getByRole('heading', { level: 3 })).toHaveText([
		/^Cloudnest Hosting/,
		/^Paystream/,
		/^Fontfoundry/
	]);
	await expect(vendors.item('Inkwell Docs')).toHaveCount(0);

	await page.getByRole('searchbox', { name: 'Search' }).fill('font');
	await expect(page.getByText('Showing 1 of 3 vendors.')).toBeVisible();
	await page.getByRole('searchbox', { name: 'Search' }).fill('');
	await page.getByLabel('Tier', { exact: true }).selectOption({ label: 'Critical' });
	await expect(page.getByText('Showing 2 of 3 vendors.')).toBeVisible();
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await page.getByLabel('Sort by').selectOption({ label: 'Name' });
	await expect(vendors.list.getByRole('heading', { level: 3 })).toHaveText([
		/^Cloudnest Hosting/,
		/^Fontfoundry/,
		/^Paystream/
	]);
});

test('a semicolon CSV with a BOM, quoted line breaks and formula cells imports as text, and the export neutralises formulas', async ({
	page
}) => {
	const vendors = await start(page, 'Formula Safe GmbH');
	const dialog = await vendors.importFile(`${FIXTURES}/semicolons-bom.csv`);
	await expect(dialog.getByLabel('Name (required)')).toHaveValue('0');
	await expect(dialog.getByLabel('Owner', { exact: true })).toHaveValue('1');
	await expect(dialog.getByLabel('Data access')).toHaveValue('2');
	await expect(dialog.getByLabel('System access')).toHaveValue('3');
	await expect(dialog.getByLabel('Notes')).toHaveValue('5');
	await dialog.getByRole('button', { name: 'Check the rows' }).click();
	await expect(dialog.getByTestId('import-summary')).toContainText('3 rows are ready to import.');
	await dialog.getByRole('button', { name: 'Import 3 vendors' }).click();
	await expect(dialog).toBeHidden();

	const formula = '=HYPERLINK("http://attacker.example/";"Click me")';
	await expect(vendors.item(formula)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Click me' })).toHaveCount(0);
	await expect(page.locator('a[href*="attacker"]')).toHaveCount(0);
	const zurich = await vendors.open('Zürich Analytics AG');
	await expect(zurich.getByLabel('Notes', { exact: true })).toHaveValue(
		'Line one\nLine two; with a semicolon'
	);
	await expect(zurich.getByLabel('Internal owner')).toHaveValue('Léa Müller');
	await expect(zurich.getByLabel('Data access')).toHaveValue('confidential');
	await expect(zurich.getByLabel('System access')).toHaveValue('read');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export CSV' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		/^formula-safe-gmbh-vendors-\d{4}-\d{2}-\d{2}\.csv$/
	);
	const bytes = await readFile(await download.path());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.toString('utf8').slice(1);
	const rows = Papa.parse<Record<string, string>>(text, {
		header: true,
		skipEmptyLines: true
	}).data;
	expect(rows.map((r) => r['Name'])).toEqual([`'${formula}`, 'Café Mail', 'Zürich Analytics AG']);
	const by = (name: string) => rows.find((r) => r['Name'] === name);
	expect(by(`'${formula}`)?.['Notes']).toBe("'=1+2");
	expect(by('Café Mail')?.['Notes']).toBe("'@SUM(A1:A2)");
	expect(by('Zürich Analytics AG')?.['Notes']).toBe('Line one\nLine two; with a semicolon');
	expect(by('Zürich Analytics AG')?.['Owner']).toBe('Léa Müller');
});

test('a Windows-1252 CSV (Excel on Windows) asks before reading it so, and imports its accents once confirmed', async ({
	page
}) => {
	const vendors = await start(page, 'Encoding Check SA');
	const file = `${FIXTURES}/windows-1252.csv`;
	// The fixture really is Windows-1252: ü is the single byte FC, not UTF-8's C3 BC.
	const raw = await readFile(file);
	expect(raw.includes(Buffer.from([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]))).toBe(true);

	// Declining keeps nothing and says how to save the file instead.
	const dialog = await vendors.chooseImportFile(file);
	const question = dialog.getByTestId('encoding-question');
	await expect(question).toContainText(
		"windows-1252.csv: This file is not UTF-8. It looks like Windows-1252 (Excel's CSV on Windows): ‘Zürich Analytics AG’, ‘Léa Müller’, ‘Café crème – 5 €’, ‘Bäckerei Köln’, ‘José Núñez’ and 1 more value. Import as Windows-1252?"
	);
	await expect(dialog.getByRole('group', { name: /This file is not UTF-8/ })).toBeFocused();
	await expectNoAxeViolations(page, 'import encoding question');
	await expect(dialog.getByLabel('Name (required)')).toHaveCount(0);
	await dialog.getByRole('button', { name: 'No, choose another file' }).press('Enter');
	await expect(dialog.getByRole('alert')).toContainText('Not imported.');
	expect(await vendors.storedCount()).toBe(0);

	// Confirming by keyboard reads the accents, euro sign, dash and curly quotes as written.
	await dialog.getByLabel('CSV file').setInputFiles(file);
	await expect(question).toBeVisible();
	await dialog.getByRole('button', { name: 'Import as Windows-1252' }).press('Enter');
	await expect(dialog.getByLabel('Name (required)')).toHaveValue('0');
	await dialog.getByRole('button', { name: 'Check the rows' }).click();
	await expect(dialog.getByTestId('import-summary')).toContainText('2 rows are ready to import.');
	await dialog.getByRole('button', { name: 'Import 2 vendors' }).click();
	await expect(dialog).toBeHidden();

	const zurich = await vendors.open('Zürich Analytics AG');
	await expect(zurich.getByLabel('Internal owner')).toHaveValue('Léa Müller');
	await expect(zurich.getByLabel('Notes', { exact: true })).toHaveValue('Café crème – 5 €');
	const koeln = await vendors.open('Bäckerei Köln');
	await expect(koeln.getByLabel('Internal owner')).toHaveValue('José Núñez');
	await expect(koeln.getByLabel('Notes', { exact: true })).toHaveValue('“Quoted” note');
	await expect(page.getByText('\uFFFD')).toHaveCount(0);
	expect(await vendors.storedCount()).toBe(2);
});

test('adding checks the form, a hand-set tier needs a reason, HTML stays text, and delete asks first and can be undone', async ({
	page
}) => {
	const vendors = await start(page, 'Edit Checks Inc');
	await page.getByRole('button', { name: 'Add a vendor' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add a vendor' });
	await dialog.getByRole('button', { name: 'Save vendor' }).click();
	await expect(dialog.getByLabel('Vendor name')).toHaveAttribute('aria-invalid', 'true');
	await expect(dialog.getByText('Enter the vendor name.')).toBeVisible();
	await expect(dialog.getByLabel('Vendor name')).toBeFocused();

	const name = '<img src=x onerror=alert(1)> Widgets';
	await dialog.getByLabel('Vendor name').fill(name);
	await dialog.getByLabel('Data access').selectOption({ label: 'Confidential' });
	await expect(dialog.getByText('Criticality tier from these answers: High')).toBeVisible();
	await dialog.getByLabel('Tier to use').selectOption({ label: 'Set by hand: Low' });
	await dialog.getByRole('button', { name: 'Save vendor' }).click();
	const reason = dialog.getByLabel('Why the tier is set by hand');
	await expect(reason).toHaveAttribute('aria-invalid', 'true');
	await expect(dialog.getByText(/Say why the tier is set by hand/)).toBeVisible();
	expect(await vendors.storedCount()).toBe(0);
	await reason.fill('Only ever sees anonymised test data');
	await dialog.getByRole('button', { name: 'Save vendor' }).click();
	await expect(dialog).toBeHidden();

	const item = vendors.item(name);
	await expect(item.getByTestId('vendor-tier')).toHaveText('Low tier (set by hand)');
	await expect(item.getByText('set by hand; the rules give High')).toBeVisible();
	await expect(page.locator('main img')).toHaveCount(0);

	// A renewal before the contract start is refused beside the field and not saved.
	await item.getByLabel('Contract start').fill('2026-05-01');
	await item.getByLabel('Renewal date').fill('2026-01-01');
	await expect(item.getByText('The renewal date is before the contract start.')).toBeVisible();
	await expect(item.getByLabel('Renewal date')).toHaveAttribute('aria-invalid', 'true');
	await page.reload();
	const again = await vendors.open(name);
	// The valid contract start saved on its own; the invalid renewal did not.
	await expect(again.getByLabel('Contract start')).toHaveValue('2026-05-01');
	await expect(again.getByLabel('Renewal date')).toHaveValue('');

	await again.getByRole('button', { name: `Delete vendor ${name}` }).click();
	const confirm = page.getByRole('dialog', { name: 'Delete this vendor?' });
	await confirm.getByRole('button', { name: 'Keep it' }).click();
	expect(await vendors.storedCount()).toBe(1);
	await again.getByRole('button', { name: `Delete vendor ${name}` }).click();
	await confirm.getByRole('button', { name: 'Delete vendor' }).click();
	await expect(
		page.getByRole('heading', { name: 'Record the vendors your service relies on' })
	).toBeVisible();
	expect(await vendors.storedCount()).toBe(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(vendors.item(name)).toBeVisible();
	await expect.poll(() => vendors.storedCount()).toBe(1);
});

test('the filled Vendors page, an open vendor and the import steps have no axe violations in light and dark mode', async ({
	page
}) => {
	// Three axe audits, each in both modes: slow on a busy machine.
	test.slow();
	const vendors = await start(page, 'Axe Vendors Co');
	const dialog = await vendors.importFile(`${FIXTURES}/bad-rows.csv`);
	await expectNoAxeViolations(page, 'import mapping');
	await dialog.getByRole('button', { name: 'Check the rows' }).click();
	await expect(dialog.getByTestId('import-summary')).toBeVisible();
	await expectNoAxeViolations(page, 'import preview');
	await dialog.getByRole('button', { name: 'Skip 3 bad rows and import 3' }).click();
	await expect(dialog).toBeHidden();
	await vendors.setSoc2('Cloudnest Hosting', { start: '2025-01-01', end: '2025-06-30' });
	await (
		await vendors.open('Cloudnest Hosting')
	)
		.getByRole('button', { name: 'Add a user-entity control' })
		.click();
	await expectNoAxeViolations(page, 'list with an open vendor');
});
