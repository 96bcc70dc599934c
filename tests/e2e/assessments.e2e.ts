import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';

test('a new assessment is created, opens, and is still there after a reload', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	await expect(
		page.getByRole('heading', { name: /how close you are to a SOC 2 audit/ })
	).toBeVisible();
	await home.create('Zoë Łukasiewicz — Café Ünal', 'Jordan Reyes', 'Type I');
	await expect(page.getByTestId('company-name')).toHaveText('Zoë Łukasiewicz — Café Ünal');
	await expect(page).toHaveTitle(/Zoë Łukasiewicz — Café Ünal/);
	await page.reload();
	await expect(page.getByTestId('company-name')).toHaveText('Zoë Łukasiewicz — Café Ünal');
	await home.goto();
	await expect(home.item('Zoë Łukasiewicz — Café Ünal')).toContainText('Type I');
	await expect(home.item('Zoë Łukasiewicz — Café Ünal')).toContainText('Jordan Reyes');
});

test('an empty or 300-character company name is refused and nothing is saved', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	const dialog = await home.openNewDialog();
	await dialog.getByRole('button', { name: 'Create' }).click();
	await expect(dialog.getByText('Enter the company name.')).toBeVisible();
	await expect(dialog.getByLabel('Company name')).toHaveAttribute('aria-invalid', 'true');
	await dialog.getByLabel('Company name').fill('A'.repeat(300));
	await dialog.getByRole('button', { name: 'Create' }).click();
	await expect(dialog.getByText(/120 characters \(this one has 300\)/)).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await page.reload();
	await expect(
		page.getByRole('heading', { name: /how close you are to a SOC 2 audit/ })
	).toBeVisible();
	const count = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const req = indexedDB.open('soc2-readiness');
				req.onsuccess = () => {
					const tx = req.result.transaction('assessments', 'readonly');
					const c = tx.objectStore('assessments').count();
					c.onsuccess = () => resolve(c.result);
				};
			})
	);
	expect(count).toBe(0);
});

test('a company name made of HTML is stored and shown as text', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	const name = '<img src=x onerror=alert(1)>';
	await home.create(name);
	await expect(page.getByTestId('company-name')).toHaveText(name);
	await home.goto();
	await expect(home.list.getByRole('link', { name, exact: true })).toBeVisible();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(dialogs).toBe(0);
});

test('rename in one tab shows in the other', async ({ page, context }) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Acme Analytics');
	const other = await context.newPage();
	const otherHome = new HomePage(other);
	await otherHome.goto();
	await expect(otherHome.item('Acme Analytics')).toBeVisible();

	await home.goto();
	await home
		.item('Acme Analytics')
		.getByRole('button', { name: /Rename/ })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Rename assessment' });
	await dialog.getByLabel('Company name').fill('Acme Analytics Ltd');
	await dialog.getByRole('button', { name: 'Rename' }).click();
	await expect(home.item('Acme Analytics Ltd')).toBeVisible();
	await expect(otherHome.item('Acme Analytics Ltd')).toBeVisible();
});

test('duplicate copies an assessment under a new name', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Northwind', 'Sam');
	await home.goto();
	await home
		.item('Northwind')
		.getByRole('button', { name: /Duplicate/ })
		.click();
	await expect(home.item('Northwind (copy)')).toContainText('Sam');
});

test('delete asks first, and Undo brings the assessment back', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Keep Me Inc', 'Ola');
	await home.goto();
	await home
		.item('Keep Me Inc')
		.getByRole('button', { name: /Delete/ })
		.click();
	const confirm = page.getByRole('dialog', { name: 'Delete this assessment?' });
	await expect(confirm).toContainText('Keep Me Inc');
	await confirm.getByRole('button', { name: 'Delete' }).click();
	await expect(home.item('Keep Me Inc')).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(home.item('Keep Me Inc')).toContainText('Ola');
	await page.reload();
	await expect(home.item('Keep Me Inc')).toBeVisible();
});

test('after the first saved change the app asks for persistent storage and warns when refused', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await expect(page.getByRole('region', { name: 'Storage warning' })).toHaveCount(0);
	await home.create('Persist Co');
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	const persisted = await page.evaluate(() => navigator.storage.persisted());
	const banner = page.getByRole('region', { name: 'Storage warning' });
	if (persisted) {
		await expect(banner).toHaveCount(0);
	} else {
		await expect(banner).toContainText('export backups');
		// Without the browser's install offer, Install says where the browser keeps the command.
		const install = banner.getByRole('button', { name: 'Install' });
		await install.click();
		await expect(install).toHaveAttribute('aria-expanded', 'true');
		await expect(banner).toContainText('open the browser’s menu and choose Install app');
		// With an offer (Chromium's beforeinstallprompt), Install opens the browser's own dialog.
		await page.evaluate(() => {
			const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
				prompt: async () => {
					document.body.dataset.prompted = 'yes';
				},
				userChoice: Promise.resolve({ outcome: 'accepted' })
			});
			window.dispatchEvent(offer);
		});
		await expect(install).not.toHaveAttribute('aria-expanded');
		await install.click();
		await expect(page.locator('body')).toHaveAttribute('data-prompted', 'yes');
		await expect(install).toHaveCount(0);
		await banner.getByRole('button', { name: 'Dismiss' }).click();
		await expect(banner).toHaveCount(0);
		// Dismissed for good: another tab, with new changes, does not bring it back.
		const next = await page.context().newPage();
		const again = new HomePage(next);
		await again.goto();
		await again.create('Persist Again Co');
		await expect(next.getByTestId('save-state')).toContainText('Saved');
		await next.waitForLoadState('networkidle');
		await expect(next.getByTestId('company-name')).toHaveText('Persist Again Co');
		await expect(next.getByRole('region', { name: 'Storage warning' })).toHaveCount(0);
	}
});
