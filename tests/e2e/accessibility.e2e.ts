import { expectNoAxeViolations as audit } from './axe';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';

const ASSESSMENT_PAGES = [
	[
		['', 'Overview'],
		['/scope', 'Scope'],
		['/controls', 'Controls'],
		['/controls?view=compact', 'Controls'],
		['/evidence', 'Evidence requests']
	],
	[
		['/interview', 'Interview'],
		['/plan', 'Plan'],
		['/vendors', 'Vendors'],
		['/risks', 'Risk register'],
		['/policies', 'Policies'],
		['/report', 'Report'],
		['/description', 'System description'],
		['/people', 'People']
	]
] as const;

test('home and the new-assessment dialog have no axe violations', async ({ page }) => {
	const home = new HomePage(page);
	await home.goto();
	await audit(page, 'home (empty)');
	await home.openNewDialog();
	await audit(page, 'new assessment dialog');
	await page.keyboard.press('Escape');
	await home.create('Axe Audit Co', 'Rita');
	await home.goto();
	await audit(page, 'home (list)');
});

test('the catalog, settings and the not-found page have no axe violations', async ({ page }) => {
	test.slow(); // the catalog lists every criterion and control: a large page to audit twice
	for (const path of ['/catalog', '/settings', '/no/such/page']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await audit(page, path);
	}
});

for (const [i, pages] of ASSESSMENT_PAGES.entries()) {
	test(`assessment pages, part ${i + 1}, have no axe violations`, async ({ page }) => {
		test.slow(); // several pages, each audited in both modes
		const home = new HomePage(page);
		await home.goto();
		await home.create('Axe Audit Co', 'Rita');
		const base = page.url();
		for (const [path, heading] of pages) {
			await page.goto(base + path);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			// Let lazy parts (catalog, charts) settle before auditing.
			await page.waitForLoadState('networkidle');
			await audit(page, heading);
		}
	});
}
