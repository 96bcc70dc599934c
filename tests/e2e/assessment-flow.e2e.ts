import type { Page } from '@playwright/test';
import { expectedTypeI, pct } from './expected-scores';
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

	const answers = { availability_commitments: 'sla', report_type: 'type1' };
	const done = ['AVL-01', 'AVL-02'];
	const before = expectedTypeI(answers, {});
	const after = expectedTypeI(
		answers,
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
