/**
 * Presenter view on a projector, for the Interview and the scoping questions: the whole screen
 * (no header, no navigation), large type at 1920×1080 and 1280×720, the chosen answer announced
 * and shown, kept across a reload, and left with Exit or Esc. Screenshots go to the test output.
 */
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, expectSaved, test } from './fixtures';
import { AssessmentNav } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';

const SIZES = [
	{ width: 1920, height: 1080, minFont: 40 },
	{ width: 1280, height: 720, minFont: 28 }
] as const;

async function fontPx(l: Locator): Promise<number> {
	return l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

/** Nothing of the app around the question: no header, no navigation, no assessment bar. */
async function expectWholeScreen(page: Page): Promise<void> {
	await expect(page.getByRole('banner')).toHaveCount(0);
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await expect(page.getByTestId('company-name')).toHaveCount(0);
	const screen = page.getByRole('main');
	const box = await screen.boundingBox();
	const vp = page.viewportSize();
	expect(box?.x).toBe(0);
	expect(box?.y).toBe(0);
	expect(box?.width).toBe(vp?.width);
	expect(box?.height).toBe(vp?.height);
}

/** At each projector size and in light and dark: type size, layout, and a screenshot to look at. */
async function checkSizes(page: Page, question: Locator, name: string, info: TestInfo) {
	for (const s of SIZES) {
		await page.setViewportSize({ width: s.width, height: s.height });
		await expect(question).toBeVisible();
		expect(await fontPx(question), `question type at ${s.width} px`).toBeGreaterThanOrEqual(
			s.minFont
		);
		await expectWholeScreen(page);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.screenshot({ path: info.outputPath(`${name}-${s.width}-${scheme}.png`) });
		}
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

async function expectLeft(page: Page, heading: string): Promise<void> {
	await expect(page).not.toHaveURL(/present=1/);
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Assessment' })).toBeVisible();
	await expect(page.getByRole('banner')).toBeVisible();
}

test('the Interview presents one question on the whole screen, shows the answer given, and Exit or Esc leave', async ({
	page
}, testInfo) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Projector Ltd');
	const nav = new AssessmentNav(page);
	await nav.open('Interview');
	await page.getByRole('button', { name: 'Present' }).click();
	await expect(page).toHaveURL(/\/interview\?present=1$/);
	const main = page.getByRole('main', { name: 'Interview, presenter view' });
	await expect(main).toContainText(/Question 1 of \d+/);
	const question = main.getByRole('heading', { level: 2 });
	const first = (await question.textContent()) ?? '';

	// The keys work as in the normal interview: Y answers Yes and moves on; ← goes back.
	await page.keyboard.press('y');
	await expectSaved(page);
	await expect(main).toContainText(/Question 2 of \d+/);
	await page.keyboard.press('ArrowLeft');
	await expect(question).toHaveText(first);
	const answers = main.getByRole('group', { name: 'Answer' });
	const yes = answers.getByRole('button', { name: /^✓?\s*Yes\b/ });
	await expect(yes).toHaveAttribute('aria-pressed', 'true');
	await expect(answers.getByRole('button', { name: /^No\b/ })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await expect(yes).toContainText('✓');
	await expect(main.getByTestId('recorded-answer')).toHaveText('Answer recorded: ✓ Yes');
	// Filled, not just outlined: the chosen button's background differs from the others'.
	const bg = (l: Locator) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(await bg(yes)).not.toBe(await bg(answers.getByRole('button', { name: /^Partly\b/ })));

	await checkSizes(page, question, 'interview', testInfo);
	await expectNoAxeViolations(page, 'Interview presenter view');

	// The URL holds the view: a reload keeps it, on the same question.
	await page.reload();
	await expect(question).toHaveText(first);
	await expectWholeScreen(page);

	await page.keyboard.press('Escape');
	await expectLeft(page, 'Interview');

	await page.getByRole('button', { name: 'Present' }).click();
	await expect(main).toBeVisible();
	await main.getByRole('button', { name: /^Exit/ }).click();
	await expectLeft(page, 'Interview');
});

test('the scoping questions present one at a time, large, with the choice ticked, and Exit or Esc leave', async ({
	page
}, testInfo) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Projector Scope Ltd');
	await new AssessmentNav(page).open('Scope');
	await page.getByRole('button', { name: 'Present' }).click();
	await expect(page).toHaveURL(/\/scope\?present=1$/);
	const main = page.getByRole('main', { name: 'Scoping questions, presenter view' });
	await expect(main).toContainText('Question 1 of 26 · 0 answered');
	const question = main.locator('#question-text');
	await expect(question).toContainText('How many people work at the company');

	await main.getByRole('radio', { name: '11 to 50' }).click();
	await expectSaved(page);
	// The choice moves on; Back shows it checked, ticked and filled.
	await expect(question).toContainText('When was the company founded?');
	await expect(main).toContainText('Question 2 of 26 · 1 answered');
	await main.getByRole('button', { name: 'Back', exact: true }).click();
	const chosen = main.getByRole('radio', { name: '11 to 50' });
	await expect(chosen).toBeChecked();
	await expect(main.getByRole('radio', { name: '1 to 10' })).not.toBeChecked();
	const label = main.locator('label', { has: page.getByRole('radio', { name: '11 to 50' }) });
	await expect(label).toContainText('✓');
	const bg = (l: Locator) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(await bg(label)).not.toBe(
		await bg(main.locator('label', { has: page.getByRole('radio', { name: '1 to 10' }) }))
	);

	await checkSizes(page, question, 'scope', testInfo);
	await expectNoAxeViolations(page, 'Scope presenter view');

	await page.reload();
	await expect(question).toBeVisible();
	await expectWholeScreen(page);

	await page.keyboard.press('Escape');
	await expectLeft(page, 'Scope');
	await page.getByRole('button', { name: 'Present' }).click();
	await main.getByRole('button', { name: /^Exit/ }).click();
	await expectLeft(page, 'Scope');
});
