import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import {
	AssessmentNav,
	ControlsPage,
	OverviewPage,
	ScopePage
} from './page-models/assessment-pages';

test('save a snapshot, change three controls, and the comparison and the minutes show exactly those three', async ({
	page
}, testInfo) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Workshop Client', 'Consultant');
	const nav = new AssessmentNav(page);
	const overview = new OverviewPage(page);
	const snapshots = overview.snapshots;
	await overview.saveSnapshot('Workshop 1');
	const dialog = page.getByRole('dialog', { name: 'Save snapshot' });

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
	await controls.addEvidence('IAM-02', 'MFA <b>report</b>', 'https://idp.example/mfa');

	await nav.open('Overview');
	await snapshots.getByLabel('Compare').selectOption({ label: 'Workshop 1' });
	const comparison = page.getByTestId('comparison');
	const changes = comparison.getByTestId('status-changes').getByRole('listitem');
	await expect(changes).toHaveCount(3);
	await expect(changes.filter({ hasText: 'IAM-02' })).toContainText('Not assessed → Implemented');
	await expect(changes.filter({ hasText: 'HR-01' })).toContainText('Not assessed → In progress');
	await expect(changes.filter({ hasText: 'GOV-01' })).toContainText('Not assessed → Planned');
	await expect(comparison).toContainText(/Overall 0\.0% → \d+\.\d% \(\+/);
	// A policy gap names the policy that governs the control.
	await expect(comparison).toContainText('Policy not approved: Access Control Policy');

	// The minutes of that workshop, as a PDF read back by pdftotext and as Markdown.
	const minutes = page.getByRole('region', { name: 'Workshop minutes' });
	await expect(minutes.getByTestId('minutes-summary')).toContainText(
		'Since the snapshot: 3 controls answered, 1 evidence item recorded'
	);
	const save = async (button: string, name: string) => {
		const download = page.waitForEvent('download');
		await minutes.getByRole('button', { name: button, exact: true }).click();
		const path = testInfo.outputPath(name);
		await (await download).saveAs(path);
		return path;
	};
	const pdf = execFileSync('pdftotext', [await save('PDF to print', 'm.pdf'), '-'], {
		encoding: 'utf8'
	}).replace(/\s+/g, ' ');
	expect(pdf).toContain('Workshop minutes: Workshop Client');
	expect(pdf).toContain('Controls answered (3)');
	for (const line of [
		'IAM-02 Multi-factor authentication enforced for all staff accounts: Implemented',
		'HR-01',
		'GOV-01',
		'MFA <b>report</b> (https://idp.example/mfa)'
	])
		expect(pdf).toContain(line);
	const md = readFileSync(await save('Markdown', 'm.md'), 'utf8');
	expect(md).toContain('Evidence recorded \\(1\\)');
	expect(md).toContain('MFA \\<b\\>report\\</b\\>');
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await minutes.getByRole('button', { name: 'Copy as Markdown for an email' }).click();
	await expect(minutes.getByTestId('minutes-copied')).toHaveText(/^Copied the minutes/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md);
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
