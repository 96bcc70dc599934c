import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { AssessmentNav, ControlsPage } from './page-models/assessment-pages';

test('a write refused for lack of space says so, keeps nothing half-written, and Retry saves it', async ({
	page
}) => {
	// The next write to the control table fails as a full disk would.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
			const w = window as unknown as { __failNextControlPut?: boolean };
			if (w.__failNextControlPut && this.name === 'controlStates') {
				w.__failNextControlPut = false;
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	const home = new HomePage(page);
	await home.goto();
	await home.create('Full Disk Ltd');
	await new AssessmentNav(page).open('Controls');
	const before = await page.evaluate(() =>
		JSON.parse(
			JSON.stringify(
				(window as unknown as { __failNextControlPut?: boolean }).__failNextControlPut ?? null
			)
		)
	);
	expect(before).toBeNull();
	await page.evaluate(() => {
		(window as unknown as { __failNextControlPut?: boolean }).__failNextControlPut = true;
	});
	await page.getByLabel('Status of IAM-02').selectOption({ label: 'Implemented' });
	const indicator = page.getByTestId('save-state');
	await expect(indicator).toContainText('Not saved: the browser is out of storage space');
	const stored = () =>
		page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const req = indexedDB.open('soc2-readiness');
					req.onsuccess = () => {
						const c = req.result.transaction('controlStates').objectStore('controlStates').count();
						c.onsuccess = () => resolve(c.result);
					};
				})
		);
	expect(await stored()).toBe(0);
	await indicator.getByRole('button', { name: 'Retry' }).click();
	await expect(indicator).toContainText('Saved');
	expect(await stored()).toBe(1);
	await page.reload();
	await expect(page.getByLabel('Status of IAM-02')).toHaveValue('implemented');
	await new ControlsPage(page).search('IAM-02');
});
