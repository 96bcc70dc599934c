import { NO_ANSWERS } from './expected/scoping';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { AssessmentNav, ControlsPage } from './page-models/assessment-pages';

// The number of applicable controls comes from the independent scope list, not from the app.
const M = NO_ANSWERS.applicable.length;

test('a new assessment is not assessed yet, coverage counts answers, and an MFA N/A blocks Audit-ready until its reason is reviewed', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Verdict Ltd', 'Founder');
	const nav = new AssessmentNav(page);
	const coverage = page.getByTestId('coverage');
	const blockers = page.getByTestId('blockers');
	const gaps = page.getByRole('region', { name: 'The 10 most important gaps' });

	// Nothing answered: no level, no gap list, and the coverage says so.
	await expect(coverage).toHaveText(`0 of ${M} applicable controls assessed`);
	await expect(page.getByTestId('readiness-level')).toHaveText('Not rated yet');
	await expect(page.getByTestId('no-gaps-yet')).toBeVisible();
	await expect(gaps.getByRole('listitem')).toHaveCount(0);
	await expect(blockers).toContainText(`${M} applicable controls not assessed yet`);

	// Five answers in the interview, by keyboard.
	await nav.open('Interview');
	for (const key of ['y', 'n', 'p', 'y', 'n']) {
		const before = (await page.locator('.cid').textContent()) ?? '';
		await page.keyboard.press(key);
		await expect(page.locator('.cid')).not.toHaveText(before);
	}
	await nav.open('Overview');
	await expect(coverage).toHaveText(`5 of ${M} applicable controls assessed`);
	await expect(page.getByTestId('readiness-level')).toHaveText('Not rated yet');
	// The five answered controls are gaps now (none has evidence); unanswered ones still are not.
	await expect(gaps.getByRole('listitem')).toHaveCount(5);

	// MFA marked not applicable with a two-word reason.
	await nav.open('Controls');
	await expect(page.getByTestId('controls-coverage')).toContainText(`5 of ${M} applicable`);
	const controls = new ControlsPage(page);
	await controls.search('IAM-02');
	await page.getByLabel('Status of IAM-02').selectOption({ label: 'Not applicable' });
	const item = await controls.expand('IAM-02');
	await item.getByLabel('Why it does not apply').fill('Not needed');
	await item.getByLabel('Why it does not apply').blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	await expect(item.getByText('N/A — needs review', { exact: true })).toBeVisible();
	await expect(item.getByTestId('na-review-IAM-02')).toContainText('at least a sentence');

	await nav.open('Overview');
	await expect(coverage).toHaveText(`6 of ${M} applicable controls assessed`);
	const mfa = blockers.getByRole('listitem').filter({ hasText: 'IAM-02' });
	await expect(mfa).toContainText(
		'IAM-02 is marked Not applicable, but the reason has not been reviewed.'
	);

	// The blocker's link leads to the control; a full reason, reviewed, clears it.
	await mfa.getByRole('link', { name: 'Review the reason' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Controls' })).toBeVisible();
	const again = await controls.expand('IAM-02');
	await again
		.getByLabel('Why it does not apply')
		.fill(
			'Every account signs in through the customer’s own identity provider, which enforces MFA.'
		);
	await again.getByLabel('Why it does not apply').blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	await again.getByRole('button', { name: 'Mark the reason reviewed' }).click();
	await expect(again.getByTestId('na-review-IAM-02')).toContainText('Reason reviewed on');
	await expect(again.getByText('N/A — needs review', { exact: true })).toHaveCount(0);

	await nav.open('Overview');
	await expect(blockers.getByRole('listitem').filter({ hasText: 'IAM-02' })).toHaveCount(0);

	await nav.open('Report');
	await expect(page.getByTestId('report-coverage')).toHaveText(
		`6 of ${M} applicable controls assessed`
	);
});
