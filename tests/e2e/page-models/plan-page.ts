import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type PlanTabName = 'Tasks' | 'Timeline' | 'Budget' | 'Departments' | 'Policies' | 'Calendar';

/** The Plan page, driven by roles and visible labels. */
export class PlanPage {
	constructor(readonly page: Page) {}

	async openTab(name: PlanTabName): Promise<void> {
		const tab = this.page.getByRole('tab', { name, exact: true });
		await tab.click();
		await expect(tab).toHaveAttribute('aria-selected', 'true');
	}

	get generateRegion(): Locator {
		return this.page.getByRole('region', { name: 'Generate the plan' });
	}

	/** The sentence saying what the last generation did. */
	get result(): Locator {
		return this.generateRegion.getByRole('status');
	}

	/** Presses "Generate the plan" or "Update the plan" and waits for the outcome. */
	async generate(): Promise<string> {
		await this.generateRegion.getByRole('button', { name: /^(Generate|Update) the plan$/ }).click();
		await expect(this.result).toHaveText(/\S/);
		await expect(this.page.getByTestId('save-state')).not.toContainText('Saving');
		return (await this.result.textContent()) ?? '';
	}

	get taskList(): Locator {
		return this.page.getByRole('list', { name: 'Tasks' });
	}

	async search(text: string): Promise<void> {
		await this.page.getByRole('searchbox', { name: 'Search tasks' }).fill(text);
	}

	/** A task in the list, by its exact title. */
	task(title: string): Locator {
		return this.taskList
			.getByRole('listitem')
			.filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
	}

	/** Opens a task's editor, fills the given fields and saves. */
	async editTask(title: string, fields: { title?: string; effort?: string }): Promise<void> {
		await this.task(title).getByRole('button', { name: 'Edit' }).click();
		const form = this.page.getByRole('form', { name: 'Edit task' });
		if (fields.title !== undefined) await form.getByLabel('Title').fill(fields.title);
		if (fields.effort !== undefined)
			await form.getByLabel('Effort in person-days').fill(fields.effort);
		await form.getByRole('button', { name: 'Save task' }).click();
		await expect(form).toBeHidden();
		await expect(this.page.getByTestId('save-state')).toContainText('Saved');
	}

	async setStatus(title: string, status: 'To do' | 'Doing' | 'Done'): Promise<void> {
		await this.page
			.getByLabel(`Status of ${title}`, { exact: true })
			.selectOption({ label: status });
	}

	get doneOffer(): Locator {
		return this.page.getByRole('dialog', { name: 'Mark the control as Implemented?' });
	}

	get capacity(): Locator {
		return this.page.getByLabel('Team capacity, person-days a week');
	}

	async setCapacity(value: string): Promise<void> {
		await this.capacity.fill(value);
		await this.capacity.press('Tab');
	}

	departmentLimit(department: string): Locator {
		return this.page.getByRole('textbox', { name: department, exact: true });
	}

	async exportCalendar(): Promise<Download> {
		const download = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
		return download;
	}
}
