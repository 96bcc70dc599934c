import { expect, type Locator, type Page } from '@playwright/test';

/** The People page's Access reviews tab, driven by roles and visible labels. */
export class AccessReviewsPage {
	constructor(readonly page: Page) {}

	async openTab(): Promise<void> {
		await this.page.getByRole('tab', { name: 'Access reviews' }).click();
		await expect(
			this.page.getByRole('heading', { level: 2, name: 'Access reviews' })
		).toBeVisible();
	}

	get startDialog(): Locator {
		return this.page.getByRole('dialog', { name: 'Start an access review' });
	}

	async startReview(system: string, reviewer: string): Promise<Locator> {
		await this.page.getByRole('button', { name: 'Start a review' }).first().click();
		const dialog = this.startDialog;
		await expect(dialog).toBeVisible();
		await dialog.getByLabel('System').fill(system);
		await dialog.getByLabel('Reviewer').fill(reviewer);
		return dialog;
	}

	get table(): Locator {
		return this.page.getByRole('table', { name: /^Accounts of / });
	}

	/** The table row of one account, by the account name in its row header. */
	row(account: string): Locator {
		return this.table
			.getByRole('row')
			.filter({ has: this.page.getByRole('rowheader').filter({ hasText: account }) });
	}

	count(key: 'accounts' | 'matched' | 'leavers' | 'unknown' | 'shared' | 'ambiguous'): Locator {
		return this.page.getByTestId('review-counts').locator(`[data-count="${key}"] dd`);
	}

	/** Sets an account's decision (and note), waiting until it is saved. */
	async decide(account: string, decision: 'Keep' | 'Change' | 'Remove', note = ''): Promise<void> {
		await this.page.getByLabel(`Decision for ${account}`, { exact: true }).selectOption(decision);
		await expect(this.page.getByTestId('decision-save')).toHaveText('Saved');
		if (note) {
			const field = this.page.getByLabel(`Note for ${account}`, { exact: true });
			await field.fill(note);
			await field.blur();
			await expect(this.page.getByTestId('decision-save')).toHaveText('Saved');
		}
	}
}
