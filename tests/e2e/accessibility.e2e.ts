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

for (const scheme of ['light', 'dark'] as const) {
	test(`every page has no axe violations in ${scheme} mode`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		const home = new HomePage(page);
		await home.goto();
		await audit(page, 'home (empty)');
		await home.openNewDialog();
		await audit(page, 'new assessment dialog');
		await page.keyboard.press('Escape');
		await home.create('Axe Audit Co', 'Rita');
		const base = page.url();
		for (const [path, heading] of [
			['', 'Overview'],
			['/scope', 'Scope'],
			['/controls', 'Controls'],
			['/interview', 'Interview'],
			['/plan', 'Plan'],
			['/vendors', 'Vendors'],
			['/report', 'Report']
		] as const) {
			await page.goto(base + path);
			await expect(
				page.getByRole('heading', { level: 1, name: heading, exact: false })
			).toBeVisible();
			await audit(page, heading);
		}
		await home.goto();
		await audit(page, 'home (list)');
		for (const path of ['/catalog', '/settings']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await audit(page, path);
		}
	});
}
