import { expect, test } from './fixtures';

test('the criteria and controls can be browsed and searched', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Criteria & controls' })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Criteria and controls' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Criteria (61)' })).toBeVisible();

	await page.getByLabel('Category').selectOption({ label: 'Privacy' });
	await expect(page.getByRole('button', { name: 'Criteria (18)' })).toBeVisible();
	await page.getByLabel('Category').selectOption({ label: 'All' });

	await page.getByRole('searchbox', { name: 'Keyword' }).fill('multi-factor');
	const cc61 = page.getByRole('region', { name: /CC6\.1/ });
	await expect(cc61).toBeVisible();
	await cc61.getByText('Multi-factor authentication enforced for all staff accounts').click();
	await expect(cc61.getByText(/enforced, not just offered/)).toBeVisible();

	await page.getByRole('button', { name: /^Policies/ }).click();
	await page.getByRole('searchbox', { name: 'Keyword' }).fill('');
	await expect(page.getByRole('region', { name: 'Access control policy' })).toContainText('IAM-');
});

test('the home page does not load the catalog text', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', async (r) => {
		if (r.url().endsWith('.js')) scripts.push(await r.text());
	});
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(3);
	for (const s of scripts) expect(s).not.toContain('Quarterly user access review');
});
