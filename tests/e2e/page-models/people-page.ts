import { expect, type Locator, type Page } from '@playwright/test';

/** The People page's roster tab, driven by roles and visible labels. */
export class PeoplePage {
	constructor(readonly page: Page) {}

	/** From inside an assessment, by the assessment's navigation. */
	async open(): Promise<void> {
		await this.page
			.getByRole('navigation', { name: 'Assessment' })
			.getByRole('link', { name: 'People', exact: true })
			.click();
		await expect(this.page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
	}

	get roster(): Locator {
		return this.page.getByRole('region', { name: 'Roster' });
	}

	/** One person's row in the roster table. */
	row(name: string): Locator {
		return this.roster
			.getByRole('row')
			.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
	}

	get importDialog(): Locator {
		return this.page.getByRole('dialog', { name: 'Import the roster' });
	}

	/** Opens the import dialog (from the empty state or the toolbar) and chooses a file. */
	async chooseFile(path: string): Promise<Locator> {
		const empty = this.page.getByRole('button', { name: 'Import the roster (CSV or XLSX)' });
		if (await this.importDialog.isVisible()) {
			// Already open, at the step where a file is chosen.
		} else if (await empty.isVisible()) await empty.click();
		else await this.page.getByRole('button', { name: 'Import roster' }).click();
		await this.importDialog.getByLabel('Roster file (CSV or XLSX)').setInputFiles(path);
		return this.importDialog;
	}

	/** From the column step: checks the rows and returns the preview's summary. */
	async checkRows(): Promise<Locator> {
		await this.importDialog.getByRole('button', { name: 'Check the rows' }).click();
		return this.importDialog.getByTestId('roster-import-summary');
	}

	/** Opens a person's dialog from their row. */
	async person(name: string): Promise<Locator> {
		await this.row(name).getByRole('button', { name, exact: true }).click();
		const dialog = this.page.getByRole('dialog', { name, exact: true });
		await expect(dialog).toBeVisible();
		return dialog;
	}

	async add(p: { name: string; email?: string; startDate: string }): Promise<Locator> {
		await this.page.getByRole('button', { name: 'Add a person' }).first().click();
		const dialog = this.page.getByRole('dialog', { name: 'Add a person' });
		await dialog.getByLabel('Name').fill(p.name);
		if (p.email) await dialog.getByLabel('Work email').fill(p.email);
		await dialog.getByLabel('Start date').fill(p.startDate);
		await dialog.getByRole('button', { name: 'Save person' }).click();
		await expect(dialog).toBeHidden();
		const person = this.page.getByRole('dialog', { name: p.name, exact: true });
		await expect(person).toBeVisible();
		return person;
	}

	/** Rows in one of the app's IndexedDB stores, read straight from the database. */
	async stored(store: 'people' | 'personChecks'): Promise<number> {
		return this.page.evaluate(
			(name) =>
				new Promise<number>((resolve, reject) => {
					const open = indexedDB.open('soc2-readiness');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const count = db.transaction(name).objectStore(name).count();
						count.onsuccess = () => {
							db.close();
							resolve(count.result);
						};
						count.onerror = () => reject(count.error);
					};
				}),
			store
		);
	}
}
