import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';

async function audit(page: Page, label: string): Promise<void> {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	const summary = result.violations.map(
		(v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary).toEqual([]);
}

const ASSESSMENT_PAGES = [
	[
		['', 'Overview'],
		['/scope', 'Scope'],
		['/controls', 'Controls']
	],
	[
		['/interview', 'Interview'],
		['/plan', 'Plan'],
		['/vendors', 'Vendors'],
		['/report', 'Report']
	]
] as const;

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} mode`, () => {
		test.beforeEach(async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
		});

		test('home, the new-assessment dialog, the catalog and settings have no axe violations', async ({
			page
		}) => {
			const home = new HomePage(page);
			await home.goto();
			await audit(page, 'home (empty)');
			await home.openNewDialog();
			await audit(page, 'new assessment dialog');
			await page.keyboard.press('Escape');
			await home.create('Axe Audit Co', 'Rita');
			await home.goto();
			await audit(page, 'home (list)');
			for (const path of ['/catalog', '/settings']) {
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await audit(page, path);
			}
		});

		for (const [i, pages] of ASSESSMENT_PAGES.entries()) {
			test(`assessment pages, part ${i + 1}, have no axe violations`, async ({ page }) => {
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
	});
}
