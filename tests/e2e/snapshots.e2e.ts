import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { AssessmentNav, ControlsPage, ScopePage } from './page-models/assessment-pages';

test('save a snapshot, change three controls, and the comparison shows exactly those three', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Workshop Client', 'Consultant');
	const nav = new AssessmentNav(page);
	const snapshots = page.getByRole('region', { name: 'Snapshots and progress' });

	await snapshots.getByRole('button', { name: 'Save snapshot' }).click();
	const dialog = page.getByRole('dialog', { name: 'Save snapshot' });
	await dialog.getByLabel('Name').fill('Workshop 1');
	await dialog.getByRole('button', { name: 'Save snapshot' }).click();
	await expect(snapshots.getByRole('listitem').filter({ hasText: 'Workshop 1' })).toHaveCount(1);

	// The same name again gets a clear message and nothing is saved.
	await snapshots.getByRole('button', { name: 'Save snapshot' }).click();
	await dialog.getByLabel('Name').fill('workshop 1');
	await dialog.getByRole('button', { name: 'Save snapshot' }).click();
	await expect(dialog.getByText(/already/i)).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();

	await nav.open('Controls');
	const controls = new ControlsPage(page);
	await controls.setStatus('IAM-02', 'Implemented');
	await controls.setStatus('HR-01', 'In progress');
	await controls.setStatus('GOV-01', 'Planned');

	await nav.open('Overview');
	await snapshots.getByLabel('Compare').selectOption({ label: 'Workshop 1' });
	const comparison = page.getByTestId('comparison');
	const changes = comparison.getByTestId('status-changes').getByRole('listitem');
	await expect(changes).toHaveCount(3);
	await expect(changes.filter({ hasText: 'IAM-02' })).toContainText('Not assessed → Implemented');
	await expect(changes.filter({ hasText: 'HR-01' })).toContainText('Not assessed → In progress');
	await expect(changes.filter({ hasText: 'GOV-01' })).toContainText('Not assessed → Planned');
	await expect(comparison).toContainText(/Overall 0\.0% → \d+\.\d% \(\+/);
});

test('an assessment started from a template carries its scoping answers and notes', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Template Source');
	const nav = new AssessmentNav(page);
	await nav.open('Scope');
	const scope = new ScopePage(page);
	await scope.answer(
		/What do you promise customers about uptime/,
		'A contractual SLA or stated uptime percentage'
	);
	await nav.open('Controls');
	const controls = new ControlsPage(page);
	await controls.search('IAM-02');
	const item = await controls.expand('IAM-02');
	await item.getByLabel('Notes').fill('Use the Okta-style IdP policy export');
	await item.getByLabel('Notes').blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	await nav.open('Scope');
	await scope.summary();
	await page.getByRole('button', { name: 'Save as template' }).click();
	const dialog = page.getByRole('dialog', { name: 'Save as template' });
	await dialog.getByLabel('Template name').fill('SaaS with SLA');
	await dialog.getByRole('button', { name: 'Save template' }).click();
	await expect(page.getByText(/Saved the template “SaaS with SLA”/)).toBeVisible();

	await home.goto();
	const newDialog = await home.openNewDialog();
	await newDialog.getByLabel('Company name').fill('Second Client');
	await newDialog.getByLabel('Start from a template').selectOption({ label: 'SaaS with SLA' });
	await newDialog.getByRole('button', { name: 'Create' }).click();
	await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
	await expect(page.getByTestId('company-name')).toHaveText('Second Client');
	await nav.open('Scope');
	await scope.summary();
	await expect(scope.category('Availability')).toContainText('In scope');
	await nav.open('Controls');
	await controls.search('IAM-02');
	await expect((await controls.expand('IAM-02')).getByLabel('Notes')).toHaveValue(
		'Use the Okta-style IdP policy export'
	);
});
