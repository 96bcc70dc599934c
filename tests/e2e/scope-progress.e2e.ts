/**
 * The scoping questionnaire moves on by itself: a single choice takes focus to the next unanswered
 * question, a choose-all-that-apply question waits for Next. Progress counts only what the user
 * answered (0 at the start, although the report type is shown pre-chosen) against every question
 * that may still apply, so the total never grows while the user answers in order.
 */
import type { Page } from '@playwright/test';
import { expect, expectSaved, test } from './fixtures';
import { AssessmentNav, ScopePage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';

async function progress(page: Page): Promise<{ place: number; total: number; answered: number }> {
	const text = (await page.locator('#scope-progress-label').textContent()) ?? '';
	const m = text.match(/Question (\d+) of (\d+) · (\d+) answered/);
	expect(m, text).not.toBeNull();
	return { place: Number(m?.[1]), total: Number(m?.[2]), answered: Number(m?.[3]) };
}

test('a single choice moves focus to the next unanswered question, and the count starts at 0 and never jumps back', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Onward Co');
	await new AssessmentNav(page).open('Scope');
	const scope = new ScopePage(page);
	await expect(page.locator('#scope-progress-label')).toHaveText('Question 1 of 26 · 0 answered');
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');

	await page.getByRole('radio', { name: '11 to 50' }).click();
	await expectSaved(page);
	await expect(scope.question).toContainText('When was the company founded?');
	await expect(scope.question).toBeFocused();
	expect(await progress(page)).toEqual({ place: 2, total: 26, answered: 1 });

	// A date is typed, not chosen: Next moves on. Then hosting brings in the providers question.
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(scope.question).toContainText('Where does the system you want audited run');
	await page.getByRole('radio', { name: 'Entirely in a public cloud' }).click();
	await expect(scope.question).toContainText('Which cloud providers host the system');
	await expect(scope.question).toBeFocused();
	expect(await progress(page)).toEqual({ place: 4, total: 26, answered: 2 });

	// Ticking an option of a choose-all-that-apply question stays, for the next tick.
	await page.getByRole('checkbox', { name: 'Amazon Web Services' }).check();
	await expectSaved(page);
	await page.getByRole('checkbox', { name: 'Google Cloud' }).check();
	await expectSaved(page);
	await expect(scope.question).toContainText('Which cloud providers host the system');
	await page.getByRole('button', { name: 'Next' }).click();

	// Fully remote with everything in the cloud: no server room, so the total shrinks, never grows.
	await expect(scope.question).toContainText('Does the company have offices');
	const before = await progress(page);
	await page.getByRole('radio', { name: 'No, we are fully remote' }).click();
	await expect(scope.question).not.toContainText('Does the company have offices');
	await expect(scope.question).toBeFocused();
	const after = await progress(page);
	expect(after).toEqual({ place: before.place + 1, total: 25, answered: 4 });
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '4');
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '25');

	// Arrow keys pick without moving on; Enter confirms and moves on.
	const first = (await scope.question.textContent()) ?? '';
	await page.getByRole('radio').first().focus();
	await page.keyboard.press('ArrowDown');
	await expectSaved(page);
	await expect(scope.question).toHaveText(first);
	await page.keyboard.press('Enter');
	await expect(scope.question).not.toHaveText(first);
	await expect(scope.question).toBeFocused();
});
