import { catalog } from '../../src/lib/catalog/index';
import { expectNoAxeViolations as audit } from './axe';
import { newVendor } from '../../src/lib/domain/vendors/index';
import { NO_ANSWERS } from './expected/scoping';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { AssessmentNav, ControlsPage } from './page-models/assessment-pages';
import { seedRows } from './page-models/report-page';

// The number of applicable controls comes from the independent scope list, not from the app.
const M = NO_ANSWERS.applicable.length;

test('a new assessment is not assessed yet, coverage counts answers, and an MFA N/A blocks Audit-ready until its reason is reviewed', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Verdict Ltd', 'Founder');
	const nav = new AssessmentNav(page);
	const coverage = page.getByTestId('coverage');
	const blockers = page.getByTestId('blockers');
	const gaps = page.getByRole('region', { name: 'The 10 most important gaps' });

	// Nothing answered: no level, no gap list, and the coverage says so.
	await expect(coverage).toHaveText(`0 of ${M} applicable controls assessed`);
	await expect(page.getByTestId('readiness-level')).toHaveText('Not rated yet');
	await expect(page.getByTestId('no-gaps-yet')).toBeVisible();
	await expect(gaps.getByRole('listitem')).toHaveCount(0);
	await expect(blockers).toContainText(`${M} applicable controls not assessed yet`);

	// Five answers in the interview, by keyboard.
	await nav.open('Interview');
	for (const key of ['y', 'n', 'p', 'y', 'n']) {
		const before = (await page.locator('.cid').textContent()) ?? '';
		await page.keyboard.press(key);
		if (key === 'y') {
			// A Yes without evidence stays to say what is missing; Esc leaves the evidence form.
			await expect(page.getByTestId('still-needed')).toBeVisible();
			await page.keyboard.press('Escape');
			await page.keyboard.press('ArrowRight');
		}
		await expect(page.locator('.cid')).not.toHaveText(before);
	}
	await nav.open('Overview');
	await expect(coverage).toHaveText(`5 of ${M} applicable controls assessed`);
	await expect(page.getByTestId('readiness-level')).toHaveText('Not rated yet');
	// The five answered controls are gaps now (none has evidence); unanswered ones still are not.
	await expect(gaps.getByRole('listitem')).toHaveCount(5);

	// MFA marked not applicable with a two-word reason.
	await nav.open('Controls');
	await expect(page.getByTestId('controls-coverage')).toContainText(`5 of ${M} applicable`);
	const controls = new ControlsPage(page);
	await controls.search('IAM-02');
	await page.getByLabel('Status of IAM-02').selectOption({ label: 'Not applicable' });
	const item = await controls.expand('IAM-02');
	await item.getByLabel('Why it does not apply').fill('Not needed');
	await item.getByLabel('Why it does not apply').blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	await expect(item.getByText('N/A — needs review', { exact: true })).toBeVisible();
	await expect(item.getByTestId('na-review-IAM-02')).toContainText('at least a sentence');

	await nav.open('Overview');
	await expect(coverage).toHaveText(`6 of ${M} applicable controls assessed`);
	const mfa = blockers.getByRole('listitem').filter({ hasText: 'IAM-02' });
	await expect(mfa).toContainText(
		'IAM-02 is marked Not applicable, but the reason has not been reviewed.'
	);

	// The blocker's link leads to the control; a full reason, reviewed, clears it.
	await mfa.getByRole('link', { name: 'Review the reason' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Controls' })).toBeVisible();
	const again = await controls.expand('IAM-02');
	await again
		.getByLabel('Why it does not apply')
		.fill(
			'Every account signs in through the customer’s own identity provider, which enforces MFA.'
		);
	await again.getByLabel('Why it does not apply').blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	await again.getByRole('button', { name: 'Mark the reason reviewed' }).click();
	await expect(again.getByTestId('na-review-IAM-02')).toContainText('Reason reviewed on');
	await expect(again.getByText('N/A — needs review', { exact: true })).toHaveCount(0);

	await nav.open('Overview');
	await expect(blockers.getByRole('listitem').filter({ hasText: 'IAM-02' })).toHaveCount(0);

	await nav.open('Report');
	await expect(page.getByTestId('report-coverage')).toHaveText(
		`6 of ${M} applicable controls assessed`
	);

	// The founding date is asked in scoping; a future one is refused.
	await nav.open('Scope');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('#question-text')).toHaveText('When was the company founded?');
	const founded = page.getByLabel('Date', { exact: true });
	await founded.fill('2099-01-01');
	await founded.blur();
	await expect(page.getByText('This date cannot be in the future.')).toBeVisible();
	await founded.fill('2025-02-01');
	await founded.blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');

	// A quarterly control records since when it runs and its earlier performances; a future
	// date, or one before the company was founded, is refused with a message and nothing is added.
	await nav.open('Controls');
	await controls.search('IAM-07');
	await controls.setStatus('IAM-07', 'Implemented');
	const review = await controls.expand('IAM-07');
	await review.getByLabel('In place since').fill('2099-01-01');
	await review.getByLabel('In place since').blur();
	await expect(review.getByText(/cannot have been in place since a future date/)).toBeVisible();
	await review.getByLabel('In place since').fill('2025-01-06');
	await review.getByLabel('In place since').blur();
	await expect(
		review.getByText('This is before the company was founded (1 Feb 2025).', { exact: false })
	).toBeVisible();
	await review.getByLabel('In place since').fill('2025-03-03');
	await review.getByLabel('In place since').blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	await review.getByLabel('Add a performance').fill('2099-01-01');
	await review.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(review.getByText(/A performance cannot be in the future/)).toBeVisible();
	await review.getByLabel('Add a performance').fill('2025-10-01');
	await review.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	await expect(review.getByRole('button', { name: 'Remove 1 Oct 2025' })).toBeVisible();
	await page.reload();
	await controls.search('IAM-07');
	const kept = await controls.expand('IAM-07');
	await expect(kept.getByLabel('In place since')).toHaveValue('2025-03-03');
	await expect(kept.getByRole('button', { name: 'Remove 1 Oct 2025' })).toBeVisible();

	// A continuous control's monthly review is tracked on its own: done today, it is on record.
	await controls.search('CHG-08');
	await controls.setStatus('CHG-08', 'Implemented');
	const chg = await controls.expand('CHG-08');
	const work = chg.getByRole('region', { name: 'Recurring work inside this control' });
	await expect(work).toContainText('Not recorded as done yet.');
	await work.getByRole('button', { name: 'Done today' }).click();
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	const today = spoken(new Date());
	await expect(work).toContainText(`Last done ${today}; next due by`);
	await audit(page, 'a control with its activities open');
	await page.reload();
	await controls.search('CHG-08');
	const chgKept = await controls.expand('CHG-08');
	await expect(chgKept.getByRole('button', { name: `Remove ${today}` })).toBeVisible();
});

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** '2027-06-02' -> '2 Jun 2027', written here rather than taken from the app. */
const spoken = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

test('a Type II assessment whose controls went live this month is ready to start its window, which ends six months out', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Window Co', 'Founder', 'Type II');
	const now = new Date();
	const today = now.toISOString().slice(0, 10);
	const ts = now.toISOString();
	// Everything done as of today: implemented with evidence, policies approved, a vendor reviewed.
	await seedRows(page, {
		controlStates: NO_ANSWERS.applicable.map((controlId) => ({
			assessmentId: id,
			controlId,
			status: 'implemented',
			ownerName: '',
			ownerDepartment: null,
			notes: '',
			dueDate: null,
			lastPerformed: today,
			inPlaceSince: today,
			// The periodic work inside continuous controls done today as well.
			activityDates: Object.fromEntries(
				(catalog.controls.find((c) => c.id === controlId)?.activities ?? []).map((a) => [
					a.id,
					[today]
				])
			),
			naRationale: '',
			updatedAt: ts
		})),
		evidence: NO_ANSWERS.applicable.map((controlId, i) => ({
			id: `ev-${i}`,
			assessmentId: id,
			controlId,
			title: `Evidence ${i}`,
			location: 'https://drive.example.com/soc2',
			collectedAt: today,
			reportType: 'both',
			createdAt: ts,
			updatedAt: ts
		})),
		policyStates: catalog.policies.map((p) => ({
			assessmentId: id,
			policyId: p.id,
			status: 'approved',
			ownerName: 'Founder',
			approvedAt: today,
			nextReview: null,
			updatedAt: ts
		})),
		// The annual review of the (empty) risk register, which Audit-ready needs since the register
		// joined the verdict (docs/scoring.md, "Risk register").
		riskReviews: [
			{
				id: 'rv-1',
				assessmentId: id,
				reviewedAt: today,
				reviewer: 'Founder',
				note: '',
				riskCount: 0,
				createdAt: ts,
				updatedAt: ts
			}
		],
		vendors: [
			{
				...newVendor(
					{
						name: 'Quiet Fonts',
						service: 'Web fonts',
						ownerName: 'Founder',
						dataAccess: 'none',
						systemAccess: 'none',
						dependency: 'low',
						tierOverride: null,
						tierOverrideReason: '',
						contractStart: null,
						renewalDate: null,
						lastReviewedAt: today,
						notes: ''
					},
					'v-1',
					id,
					now
				)
			}
		]
	});
	// Six calendar months on; the 31st of a shorter month becomes its last day.
	const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 7, 0)).getUTCDate();
	const end = new Date(
		Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 6, Math.min(now.getUTCDate(), lastDay))
	);
	await page.getByRole('radio', { name: 'Type I view', exact: true }).check();
	await expect(page.getByTestId('readiness-level')).toHaveText('Audit-ready');
	await page.getByRole('radio', { name: 'Type II view', exact: true }).check();
	await expect(page.getByTestId('readiness-level')).toHaveText(
		'Ready to start the observation window'
	);
	await expect(page.locator('.reasons')).toContainText(
		`The observation window can start on ${spoken(now)} and would end on ${spoken(end)}`
	);
	await expect(page.getByTestId('coverage')).toHaveText(
		`${NO_ANSWERS.applicable.length} of ${NO_ANSWERS.applicable.length} applicable controls assessed`
	);
});
