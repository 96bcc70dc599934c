import { expect, type Locator, type Page } from '@playwright/test';

/** Navigation inside an open assessment, by its visible links. */
export class AssessmentNav {
	constructor(readonly page: Page) {}

	async open(
		name:
			| 'Overview'
			| 'Scope'
			| 'Controls'
			| 'Evidence'
			| 'Interview'
			| 'Plan'
			| 'Vendors'
			| 'People'
			| 'Frameworks'
			| 'Report'
			| 'Sync'
	) {
		await this.page
			.getByRole('navigation', { name: 'Assessment' })
			.getByRole('link', { name, exact: true })
			.click();
		const headings: Partial<Record<typeof name, string>> = {
			Evidence: 'Evidence requests',
			Frameworks: 'Other frameworks',
			Sync: 'Team sync'
		};
		const heading = headings[name] ?? name;
		await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	}
}

export class ScopePage {
	constructor(readonly page: Page) {}

	get question(): Locator {
		return this.page.locator('#question-text');
	}

	/**
	 * Shows the question matching `text`: from the first question, pressing Next. (A single choice
	 * moves on by itself, so the page may already be past the question wanted.)
	 */
	async goToQuestion(text: RegExp): Promise<void> {
		if (text.test((await this.question.textContent()) ?? '')) return;
		const back = this.page.getByRole('button', { name: 'Back', exact: true });
		for (let i = 0; i < 40 && (await back.isEnabled()); i++) {
			await back.click();
			if (text.test((await this.question.textContent()) ?? '')) return;
		}
		for (let i = 0; i < 40; i++) {
			if (text.test((await this.question.textContent()) ?? '')) return;
			await this.page.getByRole('button', { name: 'Next' }).click();
		}
		throw new Error(`Question ${text} not found`);
	}

	async answer(question: RegExp, option: string): Promise<void> {
		await this.goToQuestion(question);
		await this.page.getByRole('radio', { name: option }).check();
		await expect(this.page.getByTestId('save-state')).toContainText('Saved');
		// The page then moves on to the next unanswered question.
		await expect(this.question).not.toHaveText(question);
	}

	/** Ticks options of a choose-all-that-apply question, each saved before the next. */
	async choose(question: RegExp, ...options: string[]): Promise<void> {
		await this.goToQuestion(question);
		for (const option of options) {
			await this.page.getByRole('checkbox', { name: option }).check();
			await expect(this.page.getByTestId('save-state')).toContainText('Saved');
		}
	}

	async summary(): Promise<void> {
		await this.page.getByRole('button', { name: 'Skip to the summary' }).click();
		await expect(
			this.page.getByRole('heading', { name: 'What your report will cover' })
		).toBeVisible();
	}

	category(title: string): Locator {
		return this.page
			.getByRole('listitem')
			.filter({ has: this.page.getByRole('heading', { level: 3, name: title }) });
	}
}

export class ControlsPage {
	constructor(readonly page: Page) {}

	item(id: string): Locator {
		return this.page.locator(`li.control[data-control="${id}"]`);
	}

	async search(text: string): Promise<void> {
		await this.page.getByRole('searchbox', { name: 'Search' }).fill(text);
	}

	async setStatus(id: string, label: string): Promise<void> {
		await this.page.getByLabel(`Status of ${id}`).selectOption({ label });
		await expect(this.page.getByTestId('save-state')).toContainText('Saved');
	}

	async expand(id: string): Promise<Locator> {
		const item = this.item(id);
		const toggle = item.locator('button.toggle');
		if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
		return item;
	}

	async addEvidence(
		id: string,
		title: string,
		location: string,
		supports = 'Type I and II'
	): Promise<void> {
		const item = await this.expand(id);
		await item.getByRole('button', { name: 'Add evidence' }).click();
		await item.getByLabel('Title').fill(title);
		await item.getByLabel('Where it lives (a link or a location)').fill(location);
		await item.getByLabel('Supports').selectOption({ label: supports });
		await item.getByRole('button', { name: 'Add evidence' }).click();
		await expect(item.getByText(title, { exact: true })).toBeVisible();
		await expect(this.page.getByTestId('save-state')).toContainText('Saved');
	}

	criterionScore(id: string): Locator {
		return this.page.locator(`[data-criterion="${id}"]`);
	}
}

export class OverviewPage {
	constructor(readonly page: Page) {}

	async reportType(type: 'Type I' | 'Type II'): Promise<void> {
		await this.page.getByRole('radio', { name: `${type} view`, exact: true }).check();
	}

	get overall(): Locator {
		return this.page.getByTestId('overall-score');
	}

	get snapshots(): Locator {
		return this.page.getByRole('region', { name: 'Snapshots and progress' });
	}

	/** Saves a snapshot under `name` and waits until it is listed. */
	async saveSnapshot(name: string): Promise<void> {
		await this.snapshots.getByRole('button', { name: 'Save snapshot' }).click();
		const dialog = this.page.getByRole('dialog', { name: 'Save snapshot' });
		await dialog.getByLabel('Name').fill(name);
		await dialog.getByRole('button', { name: 'Save snapshot' }).click();
		await expect(this.snapshots.getByRole('listitem').filter({ hasText: name })).toHaveCount(1);
	}
}
