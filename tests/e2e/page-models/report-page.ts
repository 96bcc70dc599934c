import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type ReportVariantLabel = 'Investor summary' | 'Full gap report';
export type SpreadsheetLabel = 'Controls' | 'Remediation plan' | 'Vendors';

/** The Report page of an open assessment, by roles and visible labels. */
export class ReportPage {
	constructor(readonly page: Page) {}

	async goto(assessmentUrl: string): Promise<void> {
		await this.page.goto(`${assessmentUrl.replace(/\/$/, '')}/report`);
		await this.ready();
	}

	async ready(): Promise<void> {
		await expect(this.page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
		await expect(this.overall).toBeVisible();
	}

	/** The overall score the page shows (the same figure as the Overview). */
	get overall(): Locator {
		return this.page.getByTestId('report-overall');
	}

	get exportButton(): Locator {
		return this.page.getByRole('button', { name: 'Export PDF report' });
	}

	/** Chooses a variant, exports it and waits for the browser's download. */
	async exportPdf(variant: ReportVariantLabel, timeout = 90_000): Promise<Download> {
		await this.page.getByRole('radio', { name: new RegExp(`^${variant}`) }).check();
		const download = this.page.waitForEvent('download', { timeout });
		await this.exportButton.click();
		const file = await download;
		await expect(this.page.getByTestId('pdf-saved')).toContainText(file.suggestedFilename(), {
			timeout
		});
		return file;
	}

	async exportCsv(which: SpreadsheetLabel): Promise<Download> {
		const download = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: `${which} (CSV)` }).click();
		return download;
	}
}

/**
 * Writes rows straight into the app's IndexedDB (the tables as the app stores them), then reloads
 * so the page reads them. For test data that would take hundreds of clicks to enter.
 */
export async function seedRows(page: Page, tables: Record<string, unknown[]>): Promise<void> {
	await page.evaluate(async (data) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction(Object.keys(data), 'readwrite');
			for (const [table, rows] of Object.entries(data))
				for (const row of rows) tx.objectStore(table).put(row);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, tables);
	await page.reload();
}
