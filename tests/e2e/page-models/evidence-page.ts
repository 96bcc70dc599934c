import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Evidence requests page of an open assessment, by roles and visible labels. */
export class EvidencePage {
	constructor(readonly page: Page) {}

	async ready(): Promise<void> {
		await expect(
			this.page.getByRole('heading', { level: 1, name: 'Evidence requests' })
		).toBeVisible();
		await expect(this.summary).toBeVisible();
	}

	get summary(): Locator {
		return this.page.getByTestId('request-summary');
	}

	/** The table of one group (a department or an owner), found by its heading. */
	group(label: string): Locator {
		return this.page.getByRole('region', { name: new RegExp(`^${label}\\b`) });
	}

	/** A control's row for design (Type I) or operation (Type II) evidence. */
	row(controlId: string, part: 'design' | 'operation' = 'design'): Locator {
		return this.page.locator(`tr[data-control="${controlId}"][data-part="${part}"]`);
	}

	async groupBy(by: 'Department' | 'Owner'): Promise<void> {
		await this.page
			.getByRole('group', { name: 'Group by' })
			.getByRole('radio', { name: by })
			.check();
	}

	async showStatus(status: 'All' | 'Missing' | 'Stale' | 'On file'): Promise<void> {
		await this.page
			.getByRole('group', { name: 'Status' })
			.getByRole('radio', { name: new RegExp(`^${status} \\(`) })
			.check();
	}

	async download(button: string): Promise<Download> {
		const download = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: button, exact: true }).click();
		const file = await download;
		await expect(this.page.getByTestId('export-saved')).toContainText(file.suggestedFilename(), {
			timeout: 60_000
		});
		return file;
	}

	/** Chooses whom the workshop PDF is for, by the start of the option's text. */
	async pdfFor(ownerStart: string): Promise<void> {
		const select = this.page.getByLabel('PDF for a workshop with');
		const label = await select.locator('option', { hasText: ownerStart }).first().textContent();
		await select.selectOption({ label: label ?? ownerStart });
	}
}
