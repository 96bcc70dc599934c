/**
 * The timeline and the budget as a new user meets them: the capacity comes from the scoping
 * answers, the target date is compared on the Plan, the Overview and in the investor PDF, and a
 * Security + Availability Type I company with its technical controls in place gets a report date
 * within 12 months. Bad input (0 people, 200 hours, a past target, a negative day rate) is refused
 * with a message and saves nothing.
 */
import { execFileSync } from 'node:child_process';
import { catalog } from '../../src/lib/catalog/index';
import { SLA_TYPE_I } from './expected/scoping';
import { expect, test } from './fixtures';
import { expectNoAxeViolations as audit } from './axe';
import { HomePage } from './page-models/home-page';
import { AssessmentNav, ScopePage } from './page-models/assessment-pages';
import { PlanPage } from './page-models/plan-page';
import { ReportPage, seedRows } from './page-models/report-page';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** '2027-06-02' -> '2 Jun 2027', written here rather than taken from the app. */
const spoken = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
};
const plusMonths = (iso: string, months: number) => {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() + months);
	return d.toISOString().slice(0, 10);
};
/** Parses '2 Jun 2027' back to a date, to compare what the page says with 12 months out. */
const parse = (text: string) => {
	const m = /(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})/.exec(text);
	if (!m) throw new Error(`no date in ${text}`);
	const month = String(MONTHS.indexOf(m[2] ?? '') + 1).padStart(2, '0');
	return `${m[3]}-${month}-${String(m[1]).padStart(2, '0')}`;
};

test('capacity from scoping, the target compared everywhere, and a Type I report within a year', async ({
	page
}, testInfo) => {
	test.setTimeout(180_000);
	const today = new Date().toISOString().slice(0, 10);
	const target = plusMonths(today, 10);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Timeline Co', 'Founder', 'Type I');
	const nav = new AssessmentNav(page);

	// The engineering and IT controls are in place with evidence; Availability is in scope.
	const now = new Date().toISOString();
	const technical = SLA_TYPE_I.applicable.filter((c) => {
		const d = catalog.controls.find((x) => x.id === c)?.department;
		return d === 'Engineering' || d === 'IT & Security';
	});
	await seedRows(page, {
		scopingAnswers: [
			{ assessmentId: id, questionId: 'availability_commitments', value: 'sla', updatedAt: now }
		],
		controlStates: technical.map((controlId) => ({
			assessmentId: id,
			controlId,
			status: 'implemented',
			ownerName: '',
			ownerDepartment: null,
			notes: '',
			dueDate: null,
			lastPerformed: today,
			inPlaceSince: today,
			naRationale: '',
			updatedAt: now
		})),
		evidence: technical.map((controlId, i) => ({
			id: `ev-${i}`,
			assessmentId: id,
			controlId,
			title: `Evidence ${i}`,
			location: 'https://drive.example.com/soc2',
			collectedAt: today,
			reportType: 'both',
			createdAt: now,
			updatedAt: now
		}))
	});

	// Scoping, as a new user: bad answers first, each refused with a message.
	await nav.open('Scope');
	const scope = new ScopePage(page);
	const number = page.getByRole('spinbutton');
	await scope.goToQuestion(/By when do you need the SOC 2 report/);
	const date = page.getByLabel('Date', { exact: true });
	await date.fill('2020-01-01');
	await date.blur();
	await expect(page.getByText('This date has already passed.')).toBeVisible();
	await date.fill(target);
	await date.blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');

	await scope.goToQuestion(/How many people will work on SOC 2/);
	await number.fill('0');
	await number.blur();
	await expect(page.getByText('Enter 1 or more.')).toBeVisible();
	await number.fill('2');
	await number.blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	await scope.goToQuestion(/How many hours a week can each of them/);
	await number.fill('200');
	await number.blur();
	await expect(page.getByText('Enter 60 or less.')).toBeVisible();
	await number.fill('15');
	await number.blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');

	// Before a plan exists the headline says so and shows no date.
	await nav.open('Plan');
	const plan = new PlanPage(page);
	await expect(page.getByTestId('no-plan')).toContainText('No plan yet, so no dates.');
	await expect(page.getByTestId('report-date')).toHaveCount(0);
	await plan.generate();
	await expect(page.getByTestId('capacity-source')).toContainText(
		'from scoping: 2 people × 15 h = 3.75 person-days a week'
	);
	const check = page.getByTestId('target-check');
	await expect(check).toContainText(`for the target of ${spoken(target)}`);
	const report = parse((await page.getByTestId('report-date').textContent()) ?? '');
	expect(report <= plusMonths(today, 12)).toBe(true);
	const planCheck = ((await check.textContent()) ?? '').replace(/\s+/g, ' ').trim();

	// The timeline shows the road and the capacity in the form; a negative day rate is refused.
	await plan.openTab('Timeline');
	await expect(page.getByLabel('Team capacity, person-days a week')).toHaveValue('3.75');
	await expect(page.getByTestId('milestones')).toContainText('Choose the auditor');
	await expect(page.getByTestId('milestones')).toContainText('Report issued');
	await plan.openTab('Budget');
	const rate = page.getByLabel('Cost of one person-day');
	await rate.fill('-100');
	await rate.blur();
	await expect(page.getByText('The day rate cannot be negative.')).toBeVisible();
	await rate.fill('600');
	await rate.blur();
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	await expect(page.getByTestId('budget-once')).toContainText('USD');
	await audit(page, 'the budget tab');

	// The Overview and the investor PDF say the same.
	await nav.open('Overview');
	await expect(page.getByTestId('target-check')).toContainText(
		`for the target of ${spoken(target)}`
	);
	const reportPage = new ReportPage(page);
	await nav.open('Report');
	const pdf = await reportPage.exportPdf('Investor summary');
	const path = testInfo.outputPath('investor.pdf');
	await pdf.saveAs(path);
	const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(
		/\s+/g,
		' '
	);
	expect(text).toContain(planCheck.replace(/ What would it take\?$/, ''));
	expect(text).toContain('3.75 person-days a week');
	expect(text).toContain('Budget to the first report');
});
