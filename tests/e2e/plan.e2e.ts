import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, expectSaved, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { AssessmentNav, ControlsPage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';
import { PlanPage, type PlanTabName } from './page-models/plan-page';

const INC = 'Implement: Incident response plan with roles, severity levels and contacts';

async function openPlan(
	page: Page,
	company = 'Acme Cloud',
	type: 'Type I' | 'Type II' = 'Type II'
) {
	const home = new HomePage(page);
	await home.goto();
	await home.create(company, 'Ada', type);
	await new AssessmentNav(page).open('Plan');
	return new PlanPage(page);
}

test('a generated plan keeps the user’s edits when it is updated', async ({ page }) => {
	const plan = await openPlan(page);
	await expect(plan.page.getByRole('heading', { name: 'No tasks yet' })).toBeVisible();
	expect(await plan.generate()).toMatch(/^Added \d+ tasks\.$/);
	await expect(plan.generateRegion).toContainText('The plan is up to date with your gaps.');

	await plan.search('INC-01');
	const edited = 'Write the <b>incident</b> plan & test it';
	await plan.editTask(INC, { title: edited, effort: '4.5' });
	// HTML typed by the user is shown as the text typed, never as markup.
	await expect(plan.task(edited)).toContainText('4.5 person-days');
	await expect(plan.page.locator('b', { hasText: 'incident' })).toHaveCount(0);

	// A change on the Controls page changes the gap; updating the plan takes it in.
	const nav = new AssessmentNav(page);
	await nav.open('Controls');
	const controls = new ControlsPage(page);
	await controls.search('INC-01');
	const item = await controls.expand('INC-01');
	await item.getByLabel('Owner').fill('Priya Shah');
	await item.getByLabel('Owner').blur();
	await expectSaved(page);

	await nav.open('Plan');
	await expect(plan.generateRegion).toContainText('Updating would update 1 task');
	expect(await plan.generate()).toBe('Updated 1 task.');
	await plan.search('INC-01');
	const task = plan.task(edited);
	await expect(task).toContainText('4.5 person-days');
	await expect(task).toContainText('Priya Shah');
	await expect(plan.task(INC)).toHaveCount(0);
});

test('finishing an Implement task offers to mark its control Implemented', async ({ page }) => {
	const plan = await openPlan(page);
	await plan.generate();
	await plan.search('INC-01');
	await plan.setStatus(INC, 'Done');
	await expect(plan.doneOffer).toContainText('INC-01');
	await plan.doneOffer.getByRole('button', { name: 'Set to Implemented' }).click();
	await expect(plan.doneOffer).toBeHidden();
	await expectSaved(page);

	// The task's gap has closed: updating marks it resolved (and adds the evidence to collect).
	expect(await plan.generate()).toMatch(/marked 1 task resolved\.$/);
	await expect(plan.task(INC).getByText('Resolved', { exact: true })).toBeVisible();
	await page.getByRole('checkbox', { name: 'Hide resolved tasks' }).check();
	await expect(plan.task(INC)).toHaveCount(0);
	await expect(
		plan.task('Collect evidence: Incident response plan with roles, severity levels and contacts')
	).toBeVisible();

	const nav = new AssessmentNav(page);
	await nav.open('Controls');
	await new ControlsPage(page).search('INC-01');
	await expect(page.getByLabel('Status of INC-01')).toHaveValue('implemented');
});

test('declining the offer leaves the control as it was', async ({ page }) => {
	const plan = await openPlan(page);
	await plan.generate();
	await plan.search('INC-01');
	await plan.setStatus(INC, 'Done');
	await plan.doneOffer.getByRole('button', { name: 'Not now' }).click();
	await expect(plan.doneOffer).toBeHidden();
	await expect(plan.generateRegion).toContainText('The plan is up to date with your gaps.');
	await new AssessmentNav(page).open('Controls');
	await new ControlsPage(page).search('INC-01');
	// Never answered before the task, so still not assessed.
	await expect(page.getByLabel('Status of INC-01')).toHaveValue('not_assessed');
});

test('the compliance calendar exports as an .ics file that calendar apps can read', async ({
	page
}) => {
	const plan = await openPlan(page, 'Acme <Cloud>, Inc.');
	await plan.openTab('Calendar');
	const rows = page.getByRole('table').getByRole('row');
	const shown = (await rows.count()) - 1;
	expect(shown).toBeGreaterThan(10);
	const download = await plan.exportCalendar();
	expect(download.suggestedFilename()).toBe('acme-cloud-inc-compliance-calendar.ics');
	const text = await readFile((await download.path()) ?? '', 'utf8');

	const calendar = new ICAL.Component(ICAL.parse(text));
	// ical.js keeps X- and NAME values as written (escaped), so only the plain part is compared.
	expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toMatch(
		/^Acme <Cloud>.*: SOC 2 compliance calendar$/
	);
	const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
	expect(events).toHaveLength(shown);
	expect(new Set(events.map((e) => e.uid)).size).toBe(shown);
	for (const e of events) {
		expect(e.uid).toMatch(/@soc2-readiness\.local$/);
		expect(e.isRecurring()).toBe(true);
		expect(e.startDate.isDate).toBe(true);
	}
	const byUid = new Map(events.map((e) => [e.uid, e]));
	// A quarterly control repeats every 3 months; a policy review every year.
	const review = byUid.get('control:IAM-07@soc2-readiness.local');
	const rule = review?.component.getFirstPropertyValue('rrule');
	expect(String(rule)).toBe('FREQ=MONTHLY;INTERVAL=3');
	expect(review?.summary).toBe('Quarterly user access review of in-scope systems');
	const policy = byUid.get('policy-review:POL-ISP@soc2-readiness.local');
	expect(String(policy?.component.getFirstPropertyValue('rrule'))).toBe('FREQ=YEARLY');
	// The first occurrence is the date the table shows as next due.
	const row = page.locator('tr[data-activity="control:IAM-07"]');
	const next = review?.startDate.toJSDate() ?? new Date(0);
	const month = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[next.getMonth()];
	const label = `${next.getDate()} ${month} ${next.getFullYear()}`;
	await expect(row).toContainText(label);
});

test('a capacity of zero or less gets a message, never an endless date', async ({ page }) => {
	const plan = await openPlan(page);
	await plan.generate();
	await plan.openTab('Timeline');
	const readyBefore = await page.getByTestId('audit-ready').textContent();

	await plan.setCapacity('0');
	await expect(plan.capacity).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText(/The capacity must be more than 0 person-days a week/)).toBeVisible();
	await expect(page.getByText(/Not saved until the fields above are corrected/)).toBeVisible();
	// The stored capacity (and so the projection) is left as it was.
	await expect(page.getByTestId('audit-ready')).toHaveText(readyBefore ?? '');
	await plan.setCapacity('-2');
	await expect(page.getByText(/The capacity must be more than 0 person-days a week/)).toBeVisible();

	await plan.setCapacity('5');
	await expect(plan.capacity).not.toHaveAttribute('aria-invalid', 'true');
	await expectSaved(page);
	await expect(page.getByTestId('audit-ready')).not.toHaveText(readyBefore ?? '');

	// A department with open tasks and no capacity can never finish: the projection says so.
	await page.getByText('Limit by department (optional)').click();
	await plan.departmentLimit('Engineering').fill('0');
	await plan.departmentLimit('Engineering').press('Tab');
	await expectSaved(page);
	await expect(page.getByTestId('schedule-problem')).toContainText(
		'Engineering has open tasks but a capacity of 0 person-days a week'
	);
	await expect(page.getByText('No dates can be projected yet.')).toBeVisible();
	await expect(page.getByRole('figure')).toHaveCount(0);
});

test('the timeline explains the dates and draws them', async ({ page }) => {
	const plan = await openPlan(page, 'Type One Co', 'Type I');
	await plan.generate();
	await plan.openTab('Timeline');
	await plan.setCapacity('10');
	await expectSaved(page);
	await expect(page.getByRole('region', { name: 'Key dates' })).toContainText(
		'Earliest audit date'
	);
	// "Saved" can come a moment before the new projection is drawn: the headline and the
	// explanation must agree once both show the new capacity's dates.
	await expect(async () => {
		const report = (await page.getByTestId('report-date').textContent()) ?? '';
		expect(report).not.toBe('');
		await expect(page.getByText(/the Type I report can be in hand by/)).toContainText(report, {
			timeout: 500
		});
	}).toPass({ timeout: 10_000 });
	const figure = page.getByRole('figure', { name: 'Projected timeline' });
	await expect(figure).toBeVisible();
	await expect(figure.getByRole('img')).toHaveAttribute('aria-label', /the first 30 drawn/);
	await expect(figure.getByRole('list', { name: 'What the bar colours mean' })).toContainText(
		'Projected to finish after its due date'
	);
	await expect(page.getByText(/The chart shows the first 30 of \d+ open tasks/)).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Pages of the schedule' })).toBeVisible();
});

test('policies are tracked with approval and review dates', async ({ page }) => {
	const plan = await openPlan(page);
	await plan.openTab('Policies');
	await expect(page.getByText(/can score at most 90% even when implemented/)).toBeVisible();
	const isp = page.locator('li[data-policy="POL-ISP"]');
	await isp.getByLabel('Status, Information Security Policy').selectOption({ label: 'Approved' });
	await expectSaved(page);
	await isp.getByLabel('Approved on, Information Security Policy').fill('2020-03-05');
	await isp.getByLabel('Approved on, Information Security Policy').blur();
	await expectSaved(page);
	await expect(isp).toContainText('Next review: 5 Mar 2021');
	await expect(isp.getByText('Review overdue')).toBeVisible();
	await isp.getByLabel('Next review due, Information Security Policy').fill('2020-01-01');
	await isp.getByLabel('Next review due, Information Security Policy').blur();
	await expect(isp.getByText('The next review must come after the approval date.')).toBeVisible();
	await expect(isp).toContainText('Next review: 5 Mar 2021');
	await expect(page.getByText(/^1 of \d+ policies approved or published\.$/)).toBeVisible();
});

test('a plan of a thousand tasks is paged and filtered', async ({ page }) => {
	test.slow(); // seeds and renders a thousand tasks
	const plan = await openPlan(page);
	const id = page.url().split('/').at(-2) ?? '';
	await page.evaluate(async (assessmentId) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tx = db.transaction('tasks', 'readwrite');
		const now = new Date().toISOString();
		const depts = ['Engineering', 'HR', 'Legal', null];
		for (let i = 0; i < 1000; i++)
			tx.objectStore('tasks').put({
				id: `bulk-${i}`,
				assessmentId,
				gapKey: null,
				title: `Bulk task ${String(i).padStart(4, '0')}`,
				controlIds: [],
				ownerName: '',
				ownerDepartment: depts[i % 4],
				effortDays: 0.5,
				startDate: null,
				dueDate: null,
				status: i % 10 === 0 ? 'done' : 'todo',
				notes: '',
				edited: [],
				resolved: false,
				createdAt: now,
				updatedAt: now
			});
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, id);
	await page.reload();
	await expect(page.getByText('Showing 1 to 50 of 1000 tasks.')).toBeVisible();
	await expect(plan.taskList.getByRole('listitem')).toHaveCount(50);
	const pager = page.getByRole('navigation', { name: 'Pages of tasks' });
	await expect(pager).toContainText('Page 1 of 20');
	await pager.getByRole('button', { name: 'Next page' }).click();
	await expect(page.getByText('Showing 51 to 100 of 1000 tasks.')).toBeVisible();
	await page.getByLabel('Department', { exact: true }).selectOption({ label: 'Engineering' });
	await expect(page.getByText('Showing 1 to 50 of 250 tasks (1000 in the plan).')).toBeVisible();
	await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
	await expect(page.getByText('Showing 1 to 50 of 50 tasks (1000 in the plan).')).toBeVisible();
	await expect(pager).toHaveCount(0);
	await plan.openTab('Departments');
	await page.getByRole('button', { name: 'Show tasks of Legal' }).click();
	await expect(page.getByRole('tab', { name: 'Tasks' })).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByText('Showing 1 to 50 of 200 tasks (1000 in the plan).')).toBeVisible();
});

test('every Plan tab with data has no axe violations in light and dark mode', async ({ page }) => {
	test.slow(); // five axe audits, each in both modes, of a page with fifty tasks
	const plan = await openPlan(page);
	await plan.generate();
	await plan.search('INC-01');
	await plan.task(INC).getByRole('button', { name: 'Edit' }).click();
	for (const tab of ['Tasks', 'Timeline', 'Departments', 'Policies', 'Calendar'] as PlanTabName[]) {
		await plan.openTab(tab);
		await expectNoAxeViolations(page, tab);
	}
});

test('tabs follow the arrow keys and the address remembers the open tab', async ({ page }) => {
	await openPlan(page);
	const tasks = page.getByRole('tab', { name: 'Tasks' });
	await tasks.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'Timeline' })).toBeFocused();
	await expect(page.getByRole('tabpanel', { name: 'Timeline' })).toBeVisible();
	await page.keyboard.press('End');
	await expect(page.getByRole('tab', { name: 'Calendar' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(page).toHaveURL(/\?tab=calendar$/);
	await page.reload();
	await expect(page.getByRole('tab', { name: 'Calendar' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
});
