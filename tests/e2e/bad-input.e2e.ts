import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { AssessmentNav, ControlsPage } from './page-models/assessment-pages';

test('bad input on a control gets a clear message, is shown as text, and nothing is lost', async ({
	page
}) => {
	let alerts = 0;
	page.on('dialog', (d) => {
		alerts++;
		void d.dismiss();
	});
	const home = new HomePage(page);
	await home.goto();
	await home.create('Edge Case Corp');
	await new AssessmentNav(page).open('Controls');
	const controls = new ControlsPage(page);
	await controls.search('IAM-07');
	const item = await controls.expand('IAM-07');

	// A last performance in the future is refused with a message and not saved.
	await item.getByLabel('Last performed').fill('2099-01-01');
	await item.getByLabel('Last performed').blur();
	await expect(
		item.getByText('The last performance cannot be in the future.', { exact: false })
	).toBeVisible();

	// A due date before the assessment began.
	await item.getByLabel('Due date').fill('2001-01-01');
	await item.getByLabel('Due date').blur();
	await expect(item.getByText(/before this assessment began/)).toBeVisible();

	// A 10,000-character note with HTML in it is saved and shown as typed.
	const note = '<b>bold?</b><script>alert(1)</script> ' + 'x'.repeat(10_000 - 40);
	await item.getByLabel('Last performed').fill('');
	await item.getByLabel('Due date').fill('');
	await item.getByLabel('Notes').fill(note);
	await item.getByLabel('Notes').blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');

	// An evidence link starting with javascript: is shown as text, never as a link.
	await controls.addEvidence(
		'IAM-07',
		'<img src=x onerror=alert(2)> review',
		'javascript:alert(3)'
	);
	await expect(item.getByText('javascript:alert(3)')).toBeVisible();
	await expect(item.getByRole('link', { name: 'javascript:alert(3)' })).toHaveCount(0);
	await expect(item.locator('img')).toHaveCount(0);

	await page.reload();
	await controls.search('IAM-07');
	const again = await controls.expand('IAM-07');
	await expect(again.getByLabel('Notes')).toHaveValue(note);
	await expect(again.getByLabel('Last performed')).toHaveValue('');
	await expect(
		again.getByText('<img src=x onerror=alert(2)> review', { exact: true })
	).toBeVisible();
	expect(alerts).toBe(0);
});

test('a note over the limit keeps what was typed, says why, saves nothing, and leaving asks first', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Long Notes Ltd');
	await new AssessmentNav(page).open('Controls');
	const controls = new ControlsPage(page);
	await controls.search('GOV-01');
	const item = await controls.expand('GOV-01');
	const tooLong = 'y'.repeat(20_001);
	await item.getByLabel('Notes').fill(tooLong);
	await item.getByLabel('Notes').blur();
	await expect(item.getByText(/at most 20,000 characters \(this has 20,001\)/)).toBeVisible();
	await expect(item.getByLabel('Notes')).toHaveValue(tooLong);

	// Leaving for another page asks first; staying keeps the text where it was.
	const dialogs: string[] = [];
	let leave = false;
	page.on('dialog', (d) => {
		dialogs.push(d.type());
		void (leave ? d.accept() : d.dismiss());
	});
	await page
		.getByRole('navigation', { name: 'Assessment' })
		.getByRole('link', { name: 'Plan', exact: true })
		.click();
	await expect.poll(() => dialogs).toEqual(['confirm']);
	await expect(page).toHaveURL(/\/controls/);
	await expect(item.getByLabel('Notes')).toHaveValue(tooLong);

	// Reloading asks too (the browser's own question); leaving then loses only that edit.
	leave = true;
	await page.reload();
	expect(dialogs).toEqual(['confirm', 'beforeunload']);
	await controls.search('GOV-01');
	await expect((await controls.expand('GOV-01')).getByLabel('Notes')).toHaveValue('');
});
