import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type SampleProcess =
	'Hires' | 'Leavers' | 'Security training completions' | 'Access changes';

/** The People page's Type II samples tab, by roles and visible labels. */
export class PeopleSamplesPage {
	constructor(readonly page: Page) {}

	async openTab(): Promise<void> {
		await this.page.getByRole('tab', { name: 'Type II samples' }).click();
		await expect(
			this.page.getByRole('heading', { name: 'How the samples are chosen' })
		).toBeVisible();
	}

	get start(): Locator {
		return this.page.getByLabel('First day');
	}
	get end(): Locator {
		return this.page.getByLabel('Last day');
	}
	get seed(): Locator {
		return this.page.getByLabel('Seed', { exact: true });
	}

	/** The populations table's row of one process. */
	population(process: SampleProcess): Locator {
		return this.page
			.getByRole('table', { name: 'Populations and suggested sample sizes' })
			.getByRole('row')
			.filter({ has: this.page.getByRole('rowheader', { name: process, exact: true }) });
	}

	/** Population size and suggested sample as the table shows them. */
	async sizes(process: SampleProcess): Promise<[number, number]> {
		const cells = await this.population(process).getByRole('cell').allTextContents();
		return [Number(cells[0]), Number(cells[1])];
	}

	async draw(): Promise<void> {
		await this.page.getByRole('button', { name: /^Draw (samples|again)$/ }).click();
	}

	sample(process: SampleProcess): Locator {
		return this.page.getByRole('region', { name: `${process} sample` });
	}

	/** The names the drawn sample of a process lists, in its order. */
	async names(process: SampleProcess): Promise<string[]> {
		return this.sample(process).getByTestId('sampled-person').allTextContents();
	}

	async download(button: string): Promise<Download> {
		const download = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: button, exact: true }).click();
		const file = await download;
		await expect(this.page.getByTestId('export-saved')).toContainText(file.suggestedFilename());
		return file;
	}
}
