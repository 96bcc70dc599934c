import { expect, type Locator, type Page } from '@playwright/test';

/** The assessments list, driven the way a user would: by roles and visible labels. */
export class HomePage {
	constructor(readonly page: Page) {}

	async goto(): Promise<void> {
		await this.page.goto('/');
		await expect(this.page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
	}

	get list(): Locator {
		return this.page.getByRole('list', { name: 'Your assessments' });
	}

	item(name: string): Locator {
		return this.list
			.getByRole('listitem')
			.filter({ has: this.page.getByRole('link', { name, exact: true }) });
	}

	get search(): Locator {
		return this.page.getByRole('searchbox', { name: 'Search' });
	}

	get sort(): Locator {
		return this.page.getByLabel('Sort by');
	}

	/** Company names in the order the list shows them. */
	async names(): Promise<string[]> {
		return this.list.getByRole('listitem').locator('a.name').allTextContents();
	}

	/** Readiness scores in the order the list shows them, as numbers (73.5 for '73.5%'). */
	async scores(): Promise<number[]> {
		const texts = await this.list.getByTestId('home-score').allTextContents();
		return texts.map((t) => Number(t.replace('%', '')));
	}

	async openNewDialog(): Promise<Locator> {
		await this.page.getByRole('button', { name: 'New assessment' }).first().click();
		const dialog = this.page.getByRole('dialog', { name: 'New assessment' });
		await expect(dialog).toBeVisible();
		return dialog;
	}

	/** Creates an assessment and waits for it to open. */
	async create(
		companyName: string,
		assessor = '',
		type: 'Type I' | 'Type II' = 'Type II'
	): Promise<string> {
		const dialog = await this.openNewDialog();
		await dialog.getByLabel('Company name').fill(companyName);
		if (assessor) await dialog.getByLabel('Assessor').fill(assessor);
		await dialog.getByRole('radio', { name: new RegExp(`^${type}\\b`) }).check();
		await dialog.getByRole('button', { name: 'Create' }).click();
		await this.page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
		return this.page.url().split('/').pop() ?? '';
	}
}
