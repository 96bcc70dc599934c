/**
 * Scoping answers that act elsewhere, as a new user meets them: the cloud provider answered in
 * Scope is proposed on Vendors and added with one click (never on its own), AI features bring in
 * the AI controls, and ISO 27001 marks controls "Likely in place" for confirmation without
 * counting them as assessed.
 */
import { expect, expectSaved, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { CLOUD_AI_ISO } from './expected/scoping';
import { AssessmentNav, ControlsPage, ScopePage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';
import { VendorsPage } from './page-models/vendors-page';

/** The answers of CLOUD_AI_ISO, given on the Scope page, plus "Another provider". */
async function answerScope(scope: ScopePage): Promise<void> {
	await scope.answer(/Where does the system you want audited run/, 'Entirely in a public cloud');
	await scope.choose(/Which cloud providers host the system/, 'Amazon Web Services');
	await scope.choose(/Which cloud providers host the system/, 'Another provider');
	await scope.answer(/How many third parties store or process customer data/, '1 to 5');
	await scope.answer(/Does the product use machine-learning models/, 'Yes');
	await scope.choose(/Which other frameworks do you already follow/, 'ISO 27001');
}

test('scoping answers propose the cloud host, bring in AI controls and mark ISO 27001 controls to confirm', async ({
	page
}) => {
	const home = new HomePage(page);
	const nav = new AssessmentNav(page);
	await home.goto();
	await home.create('Cirrus Models Ltd');
	await nav.open('Scope');
	await answerScope(new ScopePage(page));

	// With no vendor recorded, the Overview's blocker links straight to the suggestions.
	await nav.open('Overview');
	const blockers = page.getByTestId('blockers');
	await blockers.getByRole('button', { name: /^Show all/ }).click();
	await blockers.getByRole('link', { name: 'Open the vendors' }).click();
	const vendors = new VendorsPage(page);
	await expect(vendors.heading).toBeVisible();
	const panel = page.getByRole('region', { name: 'Suggested from your scoping answers' });
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();

	// Vendors: the proposal, the reminder about the unnamed provider and the subprocessor nudge.
	const proposal = panel.getByRole('list', { name: 'Suggested vendors' }).getByRole('listitem');
	await expect(proposal).toHaveCount(1);
	await expect(proposal).toContainText('Amazon Web Services');
	await expect(proposal).toContainText('Cloud hosting (subservice organisation)');
	await expect(proposal).toContainText('Critical tier');
	await expect(panel).toContainText('add it by name');
	await expect(panel.getByTestId('subprocessor-nudge')).toContainText(
		'1 to 5 third parties besides hosting'
	);
	await expect(panel.getByTestId('subprocessor-nudge')).toContainText('expected at least 1');
	await expectNoAxeViolations(page, 'Vendors with suggestions');
	// Proposed, not added: nothing is stored until the user chooses.
	expect(await vendors.storedCount()).toBe(0);

	// A dismissed reminder stays dismissed after a reload.
	await panel
		.getByRole('button', { name: /^Dismiss the reminder about the other provider/ })
		.click();
	await expectSaved(page);
	await page.reload();
	await expect(proposal).toHaveCount(1);
	await expect(panel).not.toContainText('add it by name');
	await expect(page.getByText('1 suggestion from your scoping answers dismissed.')).toBeVisible();

	await panel.getByRole('button', { name: 'Add Amazon Web Services' }).click();
	await expectSaved(page);
	const aws = vendors.item('Amazon Web Services');
	await expect(aws.getByTestId('vendor-tier')).toHaveText('Critical tier');
	await expect(aws.getByRole('button', { expanded: true })).toBeVisible();
	await expect(panel.getByRole('button', { name: 'Add Amazon Web Services' })).toHaveCount(0);
	expect(await vendors.storedCount()).toBe(1);
	// The host does not count as one of the other subprocessors.
	await expect(panel.getByTestId('subprocessor-nudge')).toBeVisible();

	// Controls: the AI controls apply; ISO 27001 controls are likely in place but not assessed.
	await nav.open('Controls');
	const controls = new ControlsPage(page);
	const M = CLOUD_AI_ISO.applicable.length;
	const coverage = page.getByTestId('controls-coverage');
	await expect(coverage).toContainText(`0 of ${M} applicable controls assessed`);
	await expect(controls.item('AI-01')).toContainText('Model providers reviewed');
	await expect(controls.item('AI-01').getByTestId('likely-badge')).toHaveCount(0);
	const gov06 = controls.item('GOV-06');
	await expect(gov06.getByTestId('likely-badge')).toHaveText('Likely in place (ISO 27001)');
	await expect(page.getByLabel('Status of GOV-06')).toHaveValue('not_assessed');

	await gov06.getByRole('button', { name: /^Confirm: implemented/ }).click();
	await expectSaved(page);
	await expect(page.getByLabel('Status of GOV-06')).toHaveValue('implemented');
	await expect(gov06.getByTestId('likely-badge')).toHaveCount(0);
	await expect(coverage).toContainText(`1 of ${M} applicable controls assessed`);

	// The filter lists what is left to confirm: not the confirmed control, not the AI ones.
	await page
		.getByLabel('Status', { exact: true })
		.selectOption({ label: 'Likely in place, to confirm' });
	await expect(controls.item('IAM-07').getByTestId('likely-badge')).toBeVisible();
	await expect(controls.item('GOV-06')).toHaveCount(0);
	await expect(controls.item('AI-01')).toHaveCount(0);
});
