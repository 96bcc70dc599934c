import { expect, type Locator, type Page } from '@playwright/test';

export interface NewVendor {
	name: string;
	service?: string;
	owner?: string;
	dataAccess?: 'None' | 'Internal' | 'Confidential' | 'Customer personal data';
	systemAccess?: 'None' | 'Read' | 'Write' | 'Admin';
	dependency?: 'Low' | 'Medium' | 'High';
}

/** The Vendors page, driven by roles and visible labels. */
export class VendorsPage {
	constructor(readonly page: Page) {}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1, name: 'Vendors' });
	}

	get list(): Locator {
		return this.page.getByRole('list', { name: 'Vendors' });
	}

	/** One vendor's row and (when open) its detail panel. */
	item(name: string): Locator {
		return this.list
			.locator('li.vendor')
			.filter({ has: this.page.getByRole('heading', { level: 3, name }) });
	}

	async add(v: NewVendor): Promise<Locator> {
		const header = this.page.getByRole('button', { name: 'Add a vendor' }).first();
		await header.click();
		const dialog = this.page.getByRole('dialog', { name: 'Add a vendor' });
		await dialog.getByLabel('Vendor name').fill(v.name);
		if (v.service) await dialog.getByLabel('Service provided').fill(v.service);
		if (v.owner) await dialog.getByLabel('Internal owner').fill(v.owner);
		if (v.dataAccess) await dialog.getByLabel('Data access').selectOption({ label: v.dataAccess });
		if (v.systemAccess)
			await dialog.getByLabel('System access').selectOption({ label: v.systemAccess });
		if (v.dependency) await dialog.getByLabel('Dependency').selectOption({ label: v.dependency });
		await dialog.getByRole('button', { name: 'Save vendor' }).click();
		await expect(dialog).toBeHidden();
		await this.expectSaved();
		const item = this.item(v.name);
		await expect(item.getByRole('button', { expanded: true })).toBeVisible();
		return item;
	}

	/** Opens a vendor's detail panel (if closed) and returns its row. */
	async open(name: string): Promise<Locator> {
		const item = this.item(name);
		const toggle = item.getByRole('heading', { level: 3 }).getByRole('button');
		if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
		return item;
	}

	async markReviewed(name: string): Promise<void> {
		const item = await this.open(name);
		await item.getByRole('button', { name: 'Mark reviewed today' }).click();
		await this.expectSaved();
	}

	/** Records a SOC 2 report with the given period on a vendor. */
	async setSoc2(
		name: string,
		report: { type?: 'Type I' | 'Type II'; start: string; end: string; opinion?: string }
	): Promise<Locator> {
		const item = await this.open(name);
		await item.getByLabel('We have a SOC 2 report from this vendor').check();
		if (report.type) await item.getByLabel('Report type').selectOption({ label: report.type });
		await item.getByLabel('Period start').fill(report.start);
		await item.getByLabel('Period end').fill(report.end);
		if (report.opinion)
			await item.getByLabel("Auditor's opinion").selectOption({ label: report.opinion });
		await this.expectSaved();
		return item;
	}

	/** Opens the import dialog and chooses a file; returns the dialog at the column step. */
	async importFile(path: string): Promise<Locator> {
		const dialog = await this.chooseImportFile(path);
		await expect(dialog.getByLabel('Name (required)')).toBeVisible();
		return dialog;
	}

	/** Opens the import dialog and chooses a file, whatever step follows; returns the dialog. */
	async chooseImportFile(path: string): Promise<Locator> {
		const empty = this.page.getByRole('button', { name: 'Import from a spreadsheet (CSV)' });
		if (await empty.isVisible()) await empty.click();
		else await this.page.getByRole('button', { name: 'Import CSV' }).click();
		const dialog = this.importDialog;
		await dialog.getByLabel('CSV file').setInputFiles(path);
		return dialog;
	}

	get importDialog(): Locator {
		return this.page.getByRole('dialog', { name: 'Import vendors from a spreadsheet' });
	}

	async expectSaved(): Promise<void> {
		await expect(this.page.getByTestId('save-state')).toContainText('Saved');
	}

	/** Vendors stored in IndexedDB for every assessment, read straight from the database. */
	async storedCount(): Promise<number> {
		return this.page.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const open = indexedDB.open('soc2-readiness');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const count = db.transaction('vendors').objectStore('vendors').count();
						count.onsuccess = () => {
							db.close();
							resolve(count.result);
						};
						count.onerror = () => reject(count.error);
					};
				})
		);
	}
}
