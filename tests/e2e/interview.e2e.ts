import { expectedTypeI, pct, type Done } from './expected-scores';
import { TYPE_I_ONLY } from './expected/scoping';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { AssessmentNav, OverviewPage } from './page-models/assessment-pages';

test('ten interview answers by keyboard alone change the Overview score accordingly, and the interview resumes', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Interview Inc', 'Mo', 'Type I');
	const nav = new AssessmentNav(page);
	await nav.open('Interview');
	await expect(page.getByText(/^1 of \d+/)).toBeVisible();

	// The Interview asks the applicable controls in catalog order.
	const { applicable } = TYPE_I_ONLY;
	const keys = ['y', 'y', 'p', 'n', 'y', 's', 'y', 'y', 'p', 'y'];
	const done: Done = {};
	for (const [i, key] of keys.entries()) {
		const id = applicable[i] ?? '';
		await expect(page.locator('.cid')).toContainText(id);
		await page.keyboard.press(key);
		if (key === 'y') done[id] = 'implemented';
		if (key === 'p') done[id] = 'in_progress';
		await expect(page.getByText(new RegExp(`^${i + 2} of \\d+`))).toBeVisible();
	}
	// Arrow keys move without answering.
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByText(/^10 of \d+/)).toBeVisible();
	await page.keyboard.press('ArrowRight');

	await nav.open('Overview');
	const overview = new OverviewPage(page);
	await overview.reportType('Type I');
	await expect(overview.overall).toHaveText(pct(expectedTypeI(TYPE_I_ONLY, done).overall));

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
	await rationale.fill('');
	await expect(page.getByRole('button', { name: 'Confirm not applicable' })).toBeDisabled();
	await rationale.fill('Contractors only; no employees yet.');
	await page.getByRole('button', { name: 'Confirm not applicable' }).click();
	await expect(page.getByText(/^2 of /)).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByText('Recorded: Not applicable')).toBeVisible();
});
