import { execFileSync } from 'node:child_process';
import { expectedTypeI, pct, type Done } from './expected-scores';
import { TYPE_I_ONLY } from './expected/scoping';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { AssessmentNav, OverviewPage } from './page-models/assessment-pages';

test('ten interview answers by keyboard alone, with evidence and planned dates, change the score and fill the minutes', async ({
	page
}, testInfo) => {
	test.setTimeout(180_000);
	const home = new HomePage(page);
	await home.goto();
	await home.create('Interview Inc', 'Mo', 'Type I');
	const overview = new OverviewPage(page);
	const snapshots = overview.snapshots;
	await overview.saveSnapshot('Workshop 1');

	const nav = new AssessmentNav(page);
	await nav.open('Interview');
	await expect(page.getByText(/^1 of \d+/)).toBeVisible();

	// The Interview asks the applicable controls in catalog order.
	const { applicable } = TYPE_I_ONLY;
	const keys = ['y', 'y', 'p', 'l', 'n', 'y', 's', 'y', 'l', 'p'];
	const due = new Date(Date.now() + 90 * 86_400_000);
	const typedDue = [due.getMonth() + 1, due.getDate()]
		.map((n) => String(n).padStart(2, '0'))
		.join('')
		.concat(String(due.getFullYear()));
	const done: Done = {};
	for (const [i, key] of keys.entries()) {
		const id = applicable[i] ?? '';
		await expect(page.locator('.cid')).toContainText(id);
		await page.keyboard.press(key);
		if (key === 'y') {
			// A Yes without evidence stays, says what Type I still needs, and opens the evidence form.
			await expect(page.getByTestId('still-needed')).toContainText(
				'For a Type I report it still needs: no evidence'
			);
			await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
			await page.keyboard.type(`Proof <b>${id}</b>`);
			await page.keyboard.press('Tab');
			await page.keyboard.type(`https://drive.example/${id}`);
			await page.keyboard.press('Enter');
			await expect(page.getByText('Evidence and files (1)')).toBeVisible();
			await expect(page.getByTestId('still-needed').filter({ hasText: 'no evidence' })).toHaveCount(
				0
			);
			await page.keyboard.press('ArrowRight');
			done[id] = 'implemented+evidence';
		}
		if (key === 'l') {
			await expect(page.getByLabel('When will it be in place? (due date)')).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.getByRole('alert')).toHaveText('Choose the date it will be in place.');
			await page.keyboard.type(typedDue);
			await page.keyboard.press('Enter');
			done[id] = 'planned';
		}
		if (key === 'p') done[id] = 'in_progress';
		await expect(page.getByText(new RegExp(`^${i + 2} of \\d+`))).toBeVisible();
	}
	// Arrow keys move without answering; a revisited planned control shows its due date.
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByText(/^10 of \d+/)).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('button', { name: /Planned/, pressed: true })).toBeVisible();
	const dueIso = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
	await expect(page.getByLabel('Due date')).toHaveValue(dueIso);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');

	await nav.open('Overview');
	await overview.reportType('Type I');
	await expect(overview.overall).toHaveText(pct(expectedTypeI(TYPE_I_ONLY, done).overall));

	// The minutes since the workshop's snapshot list every answer and every piece of evidence.
	await snapshots.getByLabel('Compare').selectOption({ label: 'Workshop 1' });
	const minutes = page.getByRole('region', { name: 'Workshop minutes' });
	const download = page.waitForEvent('download');
	await minutes.getByRole('button', { name: 'PDF to print', exact: true }).click();
	const path = testInfo.outputPath('minutes.pdf');
	await (await download).saveAs(path);
	const pdf = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	expect(pdf).toContain('Controls answered (9)');
	expect(pdf).toContain('Evidence recorded (4)');
	for (const [i, key] of keys.entries()) {
		const id = applicable[i] ?? '';
		if (key === 's') expect(pdf).not.toContain(`${id} `);
		else expect(pdf).toContain(id);
		if (key === 'y') expect(pdf).toContain(`Proof <b>${id}</b> (https://drive.example/${id})`);
	}
	expect(pdf.match(/: Planned/g)?.length).toBe(2);

	await nav.open('Interview');
	await expect(page.getByText(/^11 of \d+/)).toBeVisible();
});

test('Not applicable asks for a rationale, and a department filter shows only its questions', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Filter Co');
	await new AssessmentNav(page).open('Interview');
	await page.getByLabel('Questions').selectOption({ label: 'HR only' });
	await expect(page.locator('.count')).toContainText('HR only');
	const total = Number((await page.getByText(/^1 of (\d+)/).textContent())?.match(/of (\d+)/)?.[1]);
	expect(total).toBeGreaterThan(3);
	await page.keyboard.press('a');
	const rationale = page.getByLabel('Why does this control not apply?');
	await expect(rationale).toBeVisible();
	// The focus is in the reason at once, and an empty reason is refused only once tried.
	await expect(rationale).toBeFocused();
	await rationale.fill('');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.getByRole('button', { name: 'Confirm not applicable' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Say why this control does not apply: an auditor will ask.'
	);
	await expect(page.getByText(/^1 of /)).toBeVisible();
	await rationale.fill('Contractors only; no employees yet.');
	await page.getByRole('button', { name: 'Confirm not applicable' }).click();
	await expect(page.getByText(/^2 of /)).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByText('Recorded: Not applicable')).toBeVisible();
});
