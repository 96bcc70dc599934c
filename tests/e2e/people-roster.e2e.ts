/**
 * The roster (issue 22): an import that writes nothing while any row is wrong, then the fixed
 * file; overdue checks for people who started long ago; recording a check; removing with Undo;
 * a Windows-1252 roster read after the user confirms; an XLSX workbook; HTML and formulas shown as
 * text.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { addDays, toDateString } from '../../src/lib/domain/dates';
import { expectNoAxeViolations } from './axe';
import { expect, expectSaved, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { AssessmentNav } from './page-models/assessment-pages';
import { PeoplePage } from './page-models/people-page';
import { PlanPage } from './page-models/plan-page';
import { ReportPage } from './page-models/report-page';

const FIXTURES = 'tests/fixtures/people';

test('a roster imports all-or-nothing, shows overdue checks, records them and removes with Undo', async ({
	page
}, testInfo) => {
	test.slow(); // one long walk through the page, with several imports and saves
	const home = new HomePage(page);
	await home.goto();
	await home.create('Roster Co');
	const people = new PeoplePage(page);
	await people.open();
	await expect(
		page.getByRole('heading', { name: 'Bring in the people your auditor will sample' })
	).toBeVisible();

	// Three bad rows out of 40: every one is listed by row, and nobody is saved.
	const dialog = await people.chooseFile(`${FIXTURES}/roster-40-bad.csv`);
	await expect(dialog.getByLabel('Name (required)')).toHaveValue('Full name');
	await expect(dialog.getByLabel('Start date (required)')).toHaveValue('Hire date');
	await expect(dialog.getByLabel('End date')).toHaveValue('Termination date');
	await expect(dialog.getByLabel('Employment type')).toHaveValue('Worker type');
	const summary = await people.checkRows();
	await expect(summary).toContainText('3 problems in 3 rows');
	await expect(
		dialog.getByRole('list', { name: 'Problems to fix' }).getByRole('listitem')
	).toHaveText([
		"Row 6: end date '2020-01-01' is before the start date '2022-05-05'",
		"Row 11: email 'ada.adams@example.com' is already on row 2",
		"Row 21: start date '31/01/2024' is not a date in the form YYYY-MM-DD"
	]);
	await expect(dialog.getByRole('button', { name: /^Import \d+/ })).toHaveCount(0);
	expect(await people.stored('people')).toBe(0);

	// The fixed file: 40 people in one go.
	await dialog.getByRole('button', { name: 'Go back and fix the file' }).click();
	await expect(dialog.getByRole('region', { name: 'Rows to fix' })).toContainText('Row 21');
	await people.chooseFile(`${FIXTURES}/roster-40.csv`);
	await expect(await people.checkRows()).toContainText('40 people are ready to import.');
	await dialog.getByRole('button', { name: 'Import 40 people' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('status').getByText('Imported 40 people.')).toBeVisible();
	expect(await people.stored('people')).toBe(40);

	// Everyone in scope started in 2021–2023 with nothing recorded: all six onboarding checks are
	// overdue (leavers' two offboarding checks too); three people are out of scope.
	await expect(page.getByTestId('roster-standing')).toHaveText(
		'40 people on the roster · 37 with overdue checks · 4 leavers'
	);
	await expect(people.row('Ada Adams').getByRole('cell').last()).toHaveText('6 overdue');
	await expect(people.row('Elif Evans').getByRole('cell').last()).toHaveText('8 overdue');
	await expect(people.row('Hana Hill').getByRole('cell').last()).toHaveText('Not in scope');
	await page.getByLabel('Show').selectOption({ label: 'Out of scope (3)' });
	await expect(people.roster.getByRole('rowheader')).toHaveText([
		'Hana Hill',
		'Hugo Hart',
		'Uma Usman'
	]);
	await page.getByLabel('Show').selectOption({ label: 'Everyone (40)' });
	await page.getByLabel('Search').fill('ada.adams@');
	await expect(people.roster.getByRole('rowheader')).toHaveText(['Ada Adams']);
	await page.getByLabel('Search').fill('');

	// Text stays text: no element from a name, and the formula as typed.
	await expect(people.row('<b>x</b> Bold')).toBeVisible();
	await expect(people.roster.locator('b')).toHaveCount(0);
	await expect(people.row('=HYPERLINK("http://evil.example","Click")')).toBeVisible();

	// Ada's training, recorded today, years late: done late, next due in a year.
	const today = toDateString(new Date());
	const ada = await people.person('Ada Adams');
	const training = ada.getByTestId('check-security_training');
	await expect(training).toContainText('Overdue');
	await expect(training).toContainText('was due by 31 Jan 2021');
	await training.getByLabel('Date done').fill(today);
	await training.getByRole('button', { name: 'Record' }).click();
	await expectSaved(page);
	await expect(training.locator('.badge')).toHaveText('Done late');
	await expect(training).toContainText('next due by');
	// Its evidence goes into the evidence locker, owned by the check.
	await training
		.getByLabel(/^Files to attach to security awareness training for Ada Adams/)
		.setInputFiles({
			name: 'training-certificate.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.4\n% training certificate\n')
		});
	await expect(training.getByText(/is saved on this device/)).toBeVisible();
	expect(
		await page.evaluate(
			() =>
				new Promise<string[]>((resolve, reject) => {
					const open = indexedDB.open('soc2-readiness');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const all = open.result
							.transaction('evidenceFiles')
							.objectStore('evidenceFiles')
							.getAll();
						all.onsuccess = () => {
							open.result.close();
							resolve(
								(all.result as { ownerKind: string; name: string }[]).map(
									(f) => `${f.ownerKind}:${f.name}`
								)
							);
						};
					};
				})
		)
	).toEqual(['check:training-certificate.pdf']);
	await expectNoAxeViolations(page, 'person dialog');
	// A field typed and not saved is kept on Close, not dropped.
	await ada.getByLabel('Role', { exact: true }).fill('Staff analyst');
	await ada.getByRole('button', { name: 'Close' }).click();
	await expect(page.getByText('Saved your changes to Ada Adams.')).toBeVisible();
	await expect(people.row('Ada Adams').getByRole('cell').first()).toHaveText('Staff analyst');
	await expect(people.row('Ada Adams').getByRole('cell').last()).toHaveText('5 overdue');

	// Someone who joined ten days ago: training is still due, and recording it makes it done.
	const newcomer = await people.add({
		name: 'Nova Newcomer',
		email: 'nova@example.com',
		startDate: addDays(today, -10)
	});
	const nova = newcomer.getByTestId('check-security_training');
	await expect(nova.locator('.badge')).toHaveText('Due');
	await nova.getByLabel('Date done').fill(addDays(today, -2));
	await nova.getByRole('button', { name: 'Record' }).click();
	await expect(nova.locator('.badge')).toHaveText('Done');
	await newcomer.getByRole('button', { name: 'Close' }).click();
	expect(await people.stored('personChecks')).toBe(2);

	// Removing asks first; Undo brings the person back.
	const ben = await people.person('Ben Brown');
	await ben.getByRole('button', { name: 'Remove from the roster' }).click();
	const confirm = page.getByRole('dialog', { name: 'Remove this person from the roster?' });
	await expect(confirm).toContainText('Ben Brown');
	await confirm.getByRole('button', { name: 'Remove person' }).click();
	await expect(people.row('Ben Brown')).toHaveCount(0);
	expect(await people.stored('people')).toBe(40);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(people.row('Ben Brown')).toBeVisible();
	expect(await people.stored('people')).toBe(41);

	// A Windows-1252 file is read only after the user sees its letters and says yes.
	const legacy = await people.chooseFile(`${FIXTURES}/roster-windows-1252.csv`);
	await expect(legacy.getByTestId('encoding-question')).toContainText('Zoë Müller');
	await legacy.getByRole('button', { name: 'Import as Windows-1252' }).click();
	await expect(await people.checkRows()).toContainText('2 people are ready to import.');
	await legacy.getByRole('button', { name: 'Import 2 people' }).click();
	await expect(legacy).toBeHidden();
	await expect(people.row('Zoë Müller')).toBeVisible();
	await expect(people.row('José Núñez')).toBeVisible();

	// An Excel workbook: read by the lazily loaded reader, dates from date cells.
	const xlsx = await people.chooseFile(`${FIXTURES}/roster-2.xlsx`);
	await expect(xlsx.getByLabel('Name (required)')).toHaveValue('Employee Name');
	await expect(xlsx.getByLabel('End date')).toHaveValue('Last Day');
	await expect(await people.checkRows()).toContainText('2 people are ready to import.');
	await xlsx.getByRole('button', { name: 'Import 2 people' }).click();
	await expect(xlsx).toBeHidden();
	await expect(people.row('Yusuf Yilmaz').getByRole('cell').nth(3)).toHaveText('30 Jun 2024');
	await expect(people.row('Xlsx Ximena').getByRole('cell').nth(4)).toHaveText('Contractor');

	// The same file again is refused: they are already on the roster.
	await people.chooseFile(`${FIXTURES}/roster-windows-1252.csv`);
	await legacy.getByRole('button', { name: 'Import as Windows-1252' }).click();
	await expect(await people.checkRows()).toContainText('2 problems in 2 rows');
	await expect(legacy.getByRole('list', { name: 'Problems to fix' })).toContainText(
		"Row 2: email 'zoe.mueller@example.com' is already on the roster (Zoë Müller)"
	);
	await legacy.getByRole('button', { name: 'Cancel' }).click();
	expect(await people.stored('people')).toBe(45);
	await expectNoAxeViolations(page, 'roster');

	// The overdue checks become plan work: one task per kind of check, counting people, naming none.
	await new AssessmentNav(page).open('Plan');
	const plan = new PlanPage(page);
	await plan.generate();
	await plan.search('overdue for');
	const trainingTask = plan.taskList.getByText(
		/^Security awareness training: overdue for \d+ people \(the oldest due /
	);
	await expect(trainingTask).toBeVisible();
	await expect(plan.taskList).not.toContainText('Ada Adams');
	await plan.openTab('Calendar');
	await expect(
		page.getByRole('row', { name: /Security awareness training \(everyone in scope\)/ })
	).toContainText('Overdue');
	// ... and the verdict counts them against HR-04, without names.
	await new AssessmentNav(page).open('Overview');
	await expect(page.getByTestId('people-basis')).toContainText(
		/\d+ in scope · \d+ controls with exceptions/
	);
	const blockers = page.getByTestId('blockers');
	const more = blockers.getByRole('button', { name: /^Show all/ });
	if (await more.isVisible()) await more.click();
	await expect(
		blockers.getByText(/^HR-04 people checks \(security awareness training\): \d+ people overdue/)
	).toBeVisible();
	await expect(blockers).not.toContainText('Ada Adams');

	// Both PDFs give the people figures as counts and rates, never a name (read with pdftotext).
	await new AssessmentNav(page).open('Report');
	const report = new ReportPage(page);
	for (const variant of ['Full gap report', 'Investor summary'] as const) {
		const pdf = testInfo.outputPath(`${variant}.pdf`);
		await (await report.exportPdf(variant)).saveAs(pdf);
		const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		expect(text).toContain('People and access');
		expect(text).toMatch(/\d+ people in scope|\d+ people on the roster, \d+ in scope/);
		for (const name of ['Ada Adams', 'Ben Brown', 'Zoë Müller', 'HYPERLINK', 'example.com'])
			expect(text).not.toContain(name);
		if (variant === 'Full gap report') expect(text).toContain('Checks by control');
	}
});

test('a roster of 10,001 people is refused whole; 10,000 import in one go', async ({
	page
}, testInfo) => {
	test.slow(); // 10,000 rows checked and written
	const rows = (n: number) =>
		[
			'Full name,Work Email,Hire date',
			...Array.from(
				{ length: n },
				(_, i) =>
					`Person ${i} Müller,person${i}@example.com,${2015 + (i % 10)}-01-${String((i % 28) + 1).padStart(2, '0')}`
			)
		].join('\n');
	const tooMany = testInfo.outputPath('roster-10001.csv');
	const most = testInfo.outputPath('roster-10000.csv');
	await writeFile(tooMany, rows(10_001));
	await writeFile(most, rows(10_000));
	const home = new HomePage(page);
	await home.goto();
	await home.create('Big Roster Ltd');
	const people = new PeoplePage(page);
	await people.open();
	const dialog = await people.chooseFile(tooMany);
	await expect(dialog.getByRole('alert')).toContainText(
		'This file has 10,001 people; the most we can import at once is 10,000.'
	);
	expect(await people.stored('people')).toBe(0);
	await people.chooseFile(most);
	await expect(await people.checkRows()).toContainText('10,000 people are ready to import.', {
		timeout: 30_000
	});
	await dialog.getByRole('button', { name: 'Import 10,000 people' }).click();
	await expect(dialog).toBeHidden({ timeout: 30_000 });
	expect(await people.stored('people')).toBe(10_000);
	await expect(page.getByText('Showing the first 100 of 10,000 matching people.')).toBeVisible();
	await expect(page.getByTestId('roster-standing')).toContainText('10,000 people on the roster');
});
