import type { Page } from '@playwright/test';
import { expectedTypeI, pct } from './expected-scores';
import { SLA_TYPE_I } from './expected/scoping';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import {
	AssessmentNav,
	ControlsPage,
	OverviewPage,
	ScopePage
} from './page-models/assessment-pages';

async function flow(page: Page) {
	const home = new HomePage(page);
	const nav = new AssessmentNav(page);
	await home.create('Nimbus Uptime Ltd', 'Ada', 'Type I');

	await nav.open('Scope');
	const scopePage = new ScopePage(page);
	await scopePage.answer(
		/What do you promise customers about uptime/,
		'A contractual SLA or stated uptime percentage'
	);
	await scopePage.summary();
	await expect(scopePage.category('Availability')).toContainText('In scope');
	await expect(scopePage.category('Availability')).toContainText(
		'You promise customers a contractual uptime level.'
	);
	await expect(scopePage.category('Privacy')).toContainText('Not in scope');

	// The answers given above: an uptime SLA, Type I.
	const expected = SLA_TYPE_I;
	const done = ['AVL-01', 'AVL-02'];
	const before = expectedTypeI(expected, {});
	const after = expectedTypeI(
		expected,
		Object.fromEntries(done.map((id) => [id, 'implemented+evidence' as const]))
	);
	expect(before.overall).toBe(0);

	await nav.open('Controls');
	const controls = new ControlsPage(page);
	await expect(controls.criterionScore('A1.1')).toHaveText(pct(0));
	await controls.search('A1.1');
	for (const id of done) {
		await controls.setStatus(id, 'Implemented');
		await controls.addEvidence(
			id,
			`${id} capacity dashboard export`,
			'https://wiki.example.com/ops/capacity'
		);
	}
	await controls.search('');
	await expect(controls.criterionScore('A1.1')).toHaveText(
		pct(after.byCriterion.get('A1.1') ?? -1)
	);

	await nav.open('Overview');
	const overview = new OverviewPage(page);
	await overview.reportType('Type I');
	await expect(overview.overall).toHaveText(pct(after.overall));
	expect(after.overall).toBeGreaterThan(0);

	await page.reload();
	await expect(overview.overall).toHaveText(pct(after.overall));
	await nav.open('Controls');
	await expect(controls.criterionScore('A1.1')).toHaveText(
		pct(after.byCriterion.get('A1.1') ?? -1)
	);
	await controls.search('AVL-01');
	const item = await controls.expand('AVL-01');
	await expect(item.getByText('AVL-01 capacity dashboard export', { exact: true })).toBeVisible();
	await expect(page.getByLabel('Status of AVL-01')).toHaveValue('implemented');

	// The home list shows the same overall score, from the summary cached on the assessment.
	await home.goto();
	await expect(home.item('Nimbus Uptime Ltd')).toContainText(pct(after.overall));
}

test('scope Security and Availability, implement controls with evidence, see scores change and persist', async ({
	page
}) => {
	await new HomePage(page).goto();
	await flow(page);
});

test.describe('with the network cut', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the same flow works offline after one visit', async ({ page, context }) => {
		await page.goto('/');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await page.reload();
		await expect
			.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 })
			.toBe(true);
		await context.setOffline(true);
		await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
		await flow(page);
	});
});

test('the scope questions can be answered with the keyboard alone, and work on a control survives it leaving and re-entering scope', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Keyboard Co');
	const nav = new AssessmentNav(page);
	await nav.open('Scope');
	const scope = new ScopePage(page);
	// Keyboard only: Tab until an option has focus, arrow keys choose, Tab to Next, Enter.
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (
			await page.evaluate(
				() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'
			)
		)
			break;
	}
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: '11 to 50' })).toBeChecked();
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
	await page.keyboard.press('Enter');
	// The founding date is optional: Tab past the date field to Next.
	await expect(scope.question).toContainText('When was the company founded?');
	for (let i = 0; i < 10; i++) {
		await page.keyboard.press('Tab');
		if (
			await page.getByRole('button', { name: 'Next' }).evaluate((b) => b === document.activeElement)
		)
			break;
	}
	await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(scope.question).toContainText('Where does the system you want audited run');

	await scope.answer(
		/Does the company have offices/,
		'Offices we lease or own and control access to'
	);
	await nav.open('Controls');
	const controls = new ControlsPage(page);
	await controls.search('PHY-01');
	const item = await controls.expand('PHY-01');
	await item.getByLabel('Notes').fill('Badge export from the building manager, quarterly.');
	await item.getByLabel('Notes').blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');

	await nav.open('Scope');
	await scope.answer(/Does the company have offices/, 'No, we are fully remote');
	await nav.open('Controls');
	await controls.search('PHY-01');
	await expect(controls.item('PHY-01')).toHaveCount(0);

	await nav.open('Scope');
	await scope.answer(
		/Does the company have offices/,
		'Offices we lease or own and control access to'
	);
	await nav.open('Controls');
	await controls.search('PHY-01');
	await expect((await controls.expand('PHY-01')).getByLabel('Notes')).toHaveValue(
		'Badge export from the building manager, quarterly.'
	);
});
