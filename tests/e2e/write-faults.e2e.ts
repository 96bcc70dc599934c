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

test('a file batch refused for lack of space stores none of it and loses nothing else', async ({
	page
}) => {
	// Every write of file bytes fails as a full disk would, while the flag is up.
	await page.addInitScript(() => {
		const add = IDBObjectStore.prototype.add;
		IDBObjectStore.prototype.add = function (...args: Parameters<IDBObjectStore['add']>) {
			const w = window as unknown as { __diskFull?: boolean };
			if (w.__diskFull && this.name === 'fileBlobs')
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return add.apply(this, args);
		};
	});
	const home = new HomePage(page);
	await home.goto();
	await home.create('Full Locker Ltd');
	await new AssessmentNav(page).open('Controls');
	const controls = new ControlsPage(page);
	await controls.search('IAM-02');
	await controls.addEvidence('IAM-02', 'MFA export', 'Admin console');
	const item = controls.item('IAM-02');
	const input = item.getByLabel(/^Files to attach to evidence/);
	await input.setInputFiles({
		name: 'first.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('1')
	});
	await expect(item.getByText('Files (1)')).toBeVisible();
	await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
	await input.setInputFiles([
		{ name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from('22') },
		{ name: 'third.txt', mimeType: 'text/plain', buffer: Buffer.from('333') }
	]);
	await expect(
		item.getByText(/^Not stored: the browser has no space left for 5 B\. Nothing else changed\./)
	).toBeVisible();
	const stored = () =>
		page.evaluate(
			() =>
				new Promise<string[]>((resolve, reject) => {
					const open = indexedDB.open('soc2-readiness');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const tx = open.result.transaction(['evidenceFiles', 'fileBlobs', 'evidence']);
						const names = tx.objectStore('evidenceFiles').getAll();
						const blobs = tx.objectStore('fileBlobs').count();
						const ev = tx.objectStore('evidence').count();
						tx.oncomplete = () => {
							resolve([
								...names.result.map((f: { name: string }) => f.name),
								`blobs:${blobs.result}`,
								`evidence:${ev.result}`
							]);
							open.result.close();
						};
					};
				})
		);
	expect(await stored()).toEqual(['first.txt', 'blobs:1', 'evidence:1']);
	await expect(item.getByText('Files (1)')).toBeVisible();
	// Space again: the same files go in.
	await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false));
	await input.setInputFiles([
		{ name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from('22') },
		{ name: 'third.txt', mimeType: 'text/plain', buffer: Buffer.from('333') }
	]);
	await expect(item.getByText('Files (3)')).toBeVisible();
});
