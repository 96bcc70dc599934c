import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';

test('without IndexedDB the app explains what to do instead of showing a blank page', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
	});
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(
		alert.getByRole('heading', { name: /not letting the app store data/ })
	).toBeVisible();
	await expect(alert).toContainText('private or incognito window');
	await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('a full disk is explained when the database cannot be opened', async ({ page }) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = function () {
			const req = {
				error: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
				result: undefined,
				onerror: null as null | ((e: unknown) => void),
				onsuccess: null,
				onupgradeneeded: null,
				onblocked: null,
				addEventListener() {},
				removeEventListener() {}
			};
			setTimeout(() =>
				req.onerror?.({ target: req, type: 'error', preventDefault() {}, stopPropagation() {} })
			);
			return req as unknown as IDBOpenDBRequest;
		};
	});
	await page.goto('/');
	await expect(
		page.getByRole('alert').getByRole('heading', { name: /out of storage space/ })
	).toBeVisible();
});

test('an older version open in another tab that blocks the upgrade is explained', async ({
	context
}) => {
	const old = await context.newPage();
	// A same-origin document that does not run the app (so nothing else holds the database).
	await old.goto('/favicon.svg');
	// Stand in for an old release: hold the database open at an earlier version and ignore upgrades.
	await old.evaluate(async () => {
		await new Promise<void>((resolve) => {
			const req = indexedDB.open('soc2-readiness', 1);
			req.onsuccess = () => {
				(window as unknown as { held: IDBDatabase }).held = req.result;
				resolve();
			};
		});
	});
	const page = await context.newPage();
	await page.goto('/');
	await expect(
		page
			.getByRole('alert')
			.getByRole('heading', { name: /Another tab is holding an older version/ })
	).toBeVisible();
});

test('when another tab upgrades the database, this tab saves, closes and asks to reload', async ({
	page,
	context
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Upgrade Ltd');
	const other = await context.newPage();
	await other.goto('/favicon.svg');
	await other.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const req = indexedDB.open('soc2-readiness', 1000);
				req.onsuccess = () => {
					req.result.close();
					resolve();
				};
			})
	);
	await expect(
		page.getByRole('alert').getByRole('heading', { name: 'The app was updated in another tab' })
	).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('Reload');
});
