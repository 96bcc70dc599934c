/**
 * Two tabs of one browser editing the same control, and a reload during the typing pause. One
 * page load per tab (plus the reloads the checks need): the tabs share one context, as two tabs
 * of one browser share one IndexedDB.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, expectSaved, test } from './fixtures';
import { AssessmentNav, ControlsPage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';

const CONTROL = 'IAM-01';

async function openControl(page: Page): Promise<Locator> {
	const controls = new ControlsPage(page);
	await controls.search(CONTROL);
	return controls.expand(CONTROL);
}

/** Reloads as a user would who answers the browser's "Leave site?" question with Reload. */
async function reloadAccepting(page: Page): Promise<void> {
	const accept = (d: { accept: () => Promise<void> }) => void d.accept();
	page.on('dialog', accept);
	await page.reload();
	page.off('dialog', accept);
}

test('two tabs editing one control keep both edits; the same field is never silently lost; a reload during the typing pause keeps the edit', async ({
	context
}) => {
	const a = await context.newPage();
	const home = new HomePage(a);
	await home.goto();
	const id = await home.create('Two Tabs Co');
	await new AssessmentNav(a).open('Controls');
	const itemA = await openControl(a);

	const b = await context.newPage();
	await b.goto(`/assessment/${id}/controls`);
	await expect(b.getByRole('heading', { level: 1, name: 'Controls' })).toBeVisible();
	const itemB = await openControl(b);

	await test.step('different fields, typed within half a second: both kept', async () => {
		// At the same moment, so each tab's save comes before the other's commit reaches it.
		await Promise.all([
			itemA.getByLabel('Owner').fill('Ana Owner'),
			itemB.getByLabel('Notes').fill('Reviewed every quarter')
		]);
		await expectSaved(a);
		await expectSaved(b);
		// Each tab shows the other's edit, live.
		await expect(itemB.getByLabel('Owner')).toHaveValue('Ana Owner');
		await expect(itemA.getByLabel('Notes')).toHaveValue('Reviewed every quarter');
		await a.reload();
		const again = await openControl(a);
		await expect(again.getByLabel('Owner')).toHaveValue('Ana Owner');
		await expect(again.getByLabel('Notes')).toHaveValue('Reviewed every quarter');
	});

	await test.step('the same field in both: the later one is held with both values', async () => {
		const ownerA = (await openControl(a)).getByLabel('Owner');
		const ownerB = itemB.getByLabel('Owner');
		// B starts typing before A's write lands, so both edits are based on "Ana Owner".
		await ownerA.fill('Bo from tab A');
		await ownerB.fill('Cy from tab B');
		const conflict = itemB.getByTestId('edit-conflict');
		await expect(conflict).toContainText('This field was changed in another tab or window');
		await expect(conflict).toContainText('Bo from tab A');
		await expect(conflict).toContainText('Cy from tab B');
		await expect(conflict).toHaveAttribute('role', 'alert');
		// B's text stays in its field, and B does not claim it is saved.
		await expect(ownerB).toHaveValue('Cy from tab B');
		await expect(b.getByTestId('save-state')).toContainText('Unsaved change');
		await expect(ownerA).toHaveValue('Bo from tab A');
		await expect(a.getByTestId('edit-conflict')).toHaveCount(0);
		await expectNoAxeViolations(b, 'a control with a conflicting edit');
		// Keeping B's: it is written over A's, and A follows.
		await conflict.getByRole('button', { name: /^Keep yours/ }).click();
		await expect(conflict).toHaveCount(0);
		await expectSaved(b);
		await expect(ownerA).toHaveValue('Cy from tab B');
	});

	await test.step('a reload during the typing pause keeps the edit', async () => {
		const notes = (await openControl(a)).getByLabel('Notes');
		await notes.fill('Typed just before the reload');
		// Waiting for the typing pause: not yet saved, and the indicator says so.
		await expect(a.getByTestId('save-state')).toHaveText('Saving…');
		await reloadAccepting(a);
		const after = await openControl(a);
		await expect(after.getByLabel('Notes')).toHaveValue('Typed just before the reload');
		await expect(after.getByLabel('Owner')).toHaveValue('Cy from tab B');
		// The other tab sees it too: it is in IndexedDB, not only in the reloaded page.
		await expect(itemB.getByLabel('Notes')).toHaveValue('Typed just before the reload');
	});
});
