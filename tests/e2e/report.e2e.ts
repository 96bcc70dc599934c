/**
 * PDF reports and spreadsheets, exported with the network cut and checked with poppler and qpdf:
 * the company's accented name and the Overview's score are in the text, every in-scope criterion
 * is in the full report, the font is embedded, user HTML prints literally and nothing overflows.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import type { ControlState, EvidenceItem } from '../../src/lib/domain/types';
import { newVendor } from '../../src/lib/domain/vendors/index';
import { NO_ANSWERS } from './expected/scoping';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { OverviewPage } from './page-models/assessment-pages';
import { ReportPage } from './page-models/report-page';
import { seedRows } from './page-models/report-page';

const COMPANY = 'Zoë Łukasiewicz — Café Ünal';
const SCRIPT = '<script>alert("pwned")</script>';
const LONG_OWNER = `Maximiliana-Konstantinopolitanische ${'Überlänge'.repeat(12)}`;
const LONG_NOTE = `Evidence lives at https://wiki.example.com/${'very-long-path-segment/'.repeat(12)}end`;
const NOW = '2027-01-10T09:00:00.000Z';
/** Noto Sans has no emoji: each prints as U+FFFD (one per emoji sequence) and the cover says so. */
const EMOJI_VENDOR = 'Rocket 🚀 Hosting 👩‍💻';
/** A4 width in points and the renderer's right margin (18 mm), with a hair of tolerance. */
const RIGHT_EDGE = 595.28 - 18 * 2.8346 + 1;

const run = (cmd: string, args: string[]) =>
	execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

async function save(d: Download, path: string): Promise<string> {
	await d.saveAs(path);
	return path;
}

/** Every word box poppler finds, to check nothing runs off the page. */
function wordRightEdges(pdf: string): number[] {
	const html = run('pdftotext', ['-bbox', pdf, '-']);
	return [...html.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1]));
}

function checkPdf(pdf: string): string {
	expect(() => run('qpdf', ['--check', pdf])).not.toThrow();
	const fonts = run('pdffonts', [pdf]);
	expect(fonts).toMatch(/NotoSans\s+CID TrueType\s+Identity-H\s+yes/);
	expect(fonts).not.toMatch(/Helvetica|Times|Courier/);
	expect(Math.max(...wordRightEdges(pdf))).toBeLessThanOrEqual(RIGHT_EDGE);
	return run('pdftotext', ['-layout', pdf, '-']);
}

/** One line of text per word boundary lost: pdftotext may split a long word across lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function rows(assessmentId: string) {
	const applicable = NO_ANSWERS.applicable;
	const state = (controlId: string, extra: Partial<ControlState>): ControlState => ({
		assessmentId,
		controlId,
		status: 'not_started',
		ownerName: '',
		ownerDepartment: null,
		notes: '',
		dueDate: null,
		lastPerformed: null,
		naRationale: '',
		updatedAt: NOW,
		...extra
	});
	const controls = applicable.map((id, i) =>
		state(id, {
			status: i % 3 === 0 ? 'implemented' : i % 3 === 1 ? 'in_progress' : 'not_started',
			ownerName: i === 1 ? LONG_OWNER : i % 4 === 0 ? 'Zoë Kowalczyk' : '',
			dueDate: i % 5 === 0 ? '2027-04-30' : null,
			notes: i === 0 ? SCRIPT : ''
		})
	);
	const naId = applicable[applicable.length - 1] ?? '';
	controls[controls.length - 1] = state(naId, {
		status: 'not_applicable',
		naRationale: `${SCRIPT} We have no office.`
	});
	const evidence: EvidenceItem[] = applicable
		.filter((_, i) => i % 3 === 0)
		.map((controlId, i) => ({
			id: `ev-${i}`,
			assessmentId,
			controlId,
			title: i === 0 ? SCRIPT : `Export ${i}`,
			location: i === 1 ? LONG_NOTE : 'https://drive.example.com/soc2',
			collectedAt: '2027-01-02',
			reportType: 'both',
			createdAt: NOW,
			updatedAt: NOW
		}));
	const vendor = (name: string, id: string) => ({
		...newVendor(
			{
				name,
				service: 'Cloud hosting',
				ownerName: 'Zoë',
				dataAccess: 'customer_personal',
				systemAccess: 'admin',
				dependency: 'high',
				tierOverride: null,
				tierOverrideReason: '',
				contractStart: null,
				renewalDate: null,
				lastReviewedAt: null,
				notes: ''
			},
			id,
			assessmentId,
			new Date(NOW)
		)
	});
	return {
		controlStates: controls,
		evidence,
		vendors: [
			vendor(SCRIPT, 'v-1'),
			vendor(`Łódź ${'Datenverarbeitungsgesellschaft'.repeat(3)}`, 'v-2'),
			vendor(EMOJI_VENDOR, 'v-3')
		]
	};
}

async function goOffline(page: Page, context: import('@playwright/test').BrowserContext) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 })
		.toBe(true);
	await context.setOffline(true);
}

test.describe('with the network cut', () => {
	test.use({ serviceWorkers: 'allow' });

	test('both PDFs print the company, the Overview score and every criterion', async ({
		page,
		context
	}, testInfo) => {
		// Generous: a busy shared machine can make a 40-page PDF take many seconds.
		test.setTimeout(300_000);
		const home = new HomePage(page);
		await home.goto();
		const id = await home.create(COMPANY, 'Ada <b>Lovelace</b>', 'Type I');
		const base = page.url();
		await seedRows(page, rows(id));
		const overview = new OverviewPage(page);
		await expect(overview.overall).toBeVisible();
		const score = (await overview.overall.textContent())?.trim() ?? '';
		expect(score).toMatch(/^\d+\.\d%$/);
		expect(score).not.toBe('0.0%');

		await goOffline(page, context);
		const report = new ReportPage(page);
		await report.goto(base);
		await expect(report.overall).toHaveText(score);

		const investor = await report.exportPdf('Investor summary');
		expect(investor.suggestedFilename()).toMatch(
			/^zoe-lukasiewicz-cafe-unal-soc2-readiness-summary-\d{4}-\d{2}-\d{2}\.pdf$/
		);
		const investorPdf = await save(investor, testInfo.outputPath('investor.pdf'));
		const investorText = checkPdf(investorPdf);
		expect(investorText).toContain(COMPANY);
		expect(investorText).toContain(score);
		expect(investorText).toContain('not an audit');
		// The story in plain words: where, coverage, what is left and by when, terms explained.
		const story = flat(investorText);
		expect(story).toContain('The story in plain words');
		expect(story).toContain(`${COMPANY} is preparing for a SOC 2 Type I report`);
		expect(story).toMatch(/rests on \d+ of \d+ applicable controls assessed/);
		expect(story).toMatch(/the plan projects audit-ready by \d{1,2} \w{3} \d{4}/);
		expect(story).toContain('Before an Audit-ready verdict:');
		expect(story).toContain('Terms used');
		const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [investorPdf]))?.[1]);
		expect(pages).toBeGreaterThanOrEqual(2);
		expect(pages).toBeLessThanOrEqual(5);

		const full = await report.exportPdf('Full gap report');
		const fullPdf = await save(full, testInfo.outputPath('full.pdf'));
		const fullText = checkPdf(fullPdf);
		expect(fullText).toContain(COMPANY);
		expect(fullText).toContain(score);
		for (const criterion of NO_ANSWERS.criteria) expect(fullText).toContain(criterion);
		expect(flat(fullText)).toContain(SCRIPT);
		expect(flat(fullText)).toContain('We have no office.');
		expect(flat(fullText)).toContain('Contents');
		// The timeline's key is text under the chart.
		expect(flat(fullText)).toContain('Audit-ready date (projected)');
		expect(readFileSync(fullPdf).length).toBeLessThan(1.5 * 1024 * 1024);
		// The emoji show as a visible mark, never as nothing, and the cover says why.
		expect(flat(fullText)).toContain('Rocket \uFFFD Hosting \uFFFD');
		expect(flat(fullText)).toMatch(
			/Note Characters this PDF's font cannot draw, such as emoji, show as \uFFFD \(\d+ places in this document\)\./
		);
		expect(flat(fullText)).not.toContain('Rocket Hosting');
	});
});

test('an assessment with nothing filled in still makes a valid report that says so', async ({
	page
}, testInfo) => {
	test.setTimeout(240_000);
	const home = new HomePage(page);
	await home.goto();
	await home.create('Empty Co', '', 'Type II');
	const report = new ReportPage(page);
	await report.goto(page.url());
	await expect(report.overall).toHaveText('0.0%');
	await expect(page.getByText('Nothing is recorded yet.')).toBeVisible();
	for (const variant of ['Investor summary', 'Full gap report'] as const) {
		const d = await report.exportPdf(variant);
		const text = flat(checkPdf(await save(d, testInfo.outputPath(`${variant}.pdf`))));
		expect(text).toContain('Nothing has been recorded in this assessment yet');
		expect(text).toContain('0.0%');
	}
});

test('spreadsheets are UTF-8 with a BOM and neutralise formulas', async ({ page }, testInfo) => {
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create(COMPANY, 'Ada');
	const base = page.url();
	const data = rows(id);
	data.vendors[0] = {
		...data.vendors[0],
		name: '=HYPERLINK("http://x")'
	} as (typeof data.vendors)[0];
	await seedRows(page, data);
	const report = new ReportPage(page);
	await report.goto(base);
	for (const which of ['Controls', 'Remediation plan', 'Vendors'] as const) {
		const d = await report.exportCsv(which);
		expect(d.suggestedFilename()).toMatch(
			/^zoe-lukasiewicz-cafe-unal-[a-z-]+-\d{4}-\d{2}-\d{2}\.csv$/
		);
		const bytes = readFileSync(await save(d, testInfo.outputPath(`${which}.csv`)));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8');
		expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
		if (which === 'Vendors') expect(text).toContain(`'=HYPERLINK`);
		// Spreadsheets keep what the PDF's font cannot draw.
		if (which === 'Vendors') expect(text).toContain(EMOJI_VENDOR);
		if (which === 'Controls') expect(text).toContain('Zoë Kowalczyk');
		expect(text.split('\r\n')[0]).toContain(',Notes');
	}
	// A copy for the client has no Notes column at all.
	await page.getByRole('checkbox', { name: /For the client: leave internal notes out/ }).check();
	for (const which of ['Controls', 'Remediation plan', 'Vendors'] as const) {
		const d = await report.exportCsv(which);
		const text = readFileSync(await save(d, testInfo.outputPath(`client-${which}.csv`)), 'utf8');
		expect(text.split('\r\n')[0]).not.toContain('Notes');
		if (which === 'Controls') expect(text).toContain('Zoë Kowalczyk');
	}
});

test('the sample’s investor summary tells its story: coverage, target against projection, progress since the workshop', async ({
	page
}, testInfo) => {
	test.setTimeout(180_000);
	await page.clock.setFixedTime(new Date('2026-12-01T10:00:00.000Z'));
	await page.goto('/settings');
	const chooser = page.waitForEvent('filechooser');
	await page.getByLabel('Import backup').click();
	await (await chooser).setFiles('tests/fixtures/sample-assessment.json');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText(/Imported sample-assessment\.json/)).toBeVisible();
	await page.goto('/');
	await page.getByRole('link', { name: 'Northwind Health Analytics', exact: true }).click();
	await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
	const report = new ReportPage(page);
	await report.goto(page.url());
	const coverage = (await page.getByTestId('report-coverage').textContent()) ?? '';
	const [, assessed, applicable] = /^(\d+) of (\d+) applicable/.exec(coverage) ?? [];
	// The latest snapshot is chosen for the progress section without asking.
	await expect(page.getByLabel('Show progress since a snapshot')).toHaveValue(/.+/);
	const pdf = await save(
		await report.exportPdf('Investor summary'),
		testInfo.outputPath('sample-investor.pdf')
	);
	const text = flat(checkPdf(pdf));
	expect(text).toContain(
		'Northwind Health Analytics is preparing for a SOC 2 Type II report, which looks at how its controls worked over a 6-month observation window.'
	);
	expect(text).toContain(`rests on ${assessed} of ${applicable} applicable controls assessed`);
	expect(text).toContain('The target for the report is 30 Jun 2027.');
	expect(text).toMatch(/\d+ months? late for the target of 30 Jun 2027/);
	expect(text).toMatch(/Since the snapshot “Workshop 1” of 15 Oct 2026, readiness moved \+/);
	expect(text).toContain('Done so far');
	expect(text).toContain('Terms used');
});
