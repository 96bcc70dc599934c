/**
 * The risk register as a new user meets it: five starter risks picked at once, a control linked
 * from the control register, the heat map and its table, a high residual risk listed under what
 * blocks Audit-ready, a register review recorded, and the register in the full PDF (pdftotext).
 * Then bad input: HTML, a formula and 10,000 characters kept as text; a likelihood off the scale
 * and a date in 1900 refused with a message, with nothing already typed lost.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { ReportPage } from './page-models/report-page';

const pdfText = (path: string) =>
	execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
const flat = (t: string) => t.replace(/\s+/g, ' ');

/** Five starters and their suggested residual ratings (src/lib/catalog/risks.ts), by hand. */
const PICKS = [
	'Stolen staff password used to sign in', // 2 × 4 = 8
	'Known vulnerability left unpatched in the product', // 2 × 3 = 6
	'Cloud storage or database exposed to the internet by mistake', // 1 × 5 = 5
	'Insider copies customer data to sell or take to a competitor', // 1 × 4 = 4 (fraud)
	'New law or customer requirement the programme does not cover' // 2 × 3 = 6 (change)
];

async function saved(page: Page) {
	await expect(page.getByTestId('save-state')).toContainText('Saved');
}

async function openRisks(page: Page, company: string): Promise<string> {
	const home = new HomePage(page);
	await home.goto();
	await home.create(company, 'Rita', 'Type I');
	const base = page.url().replace(/\/$/, '');
	await page
		.getByRole('navigation', { name: 'Assessment' })
		.getByRole('link', { name: 'Risks' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Risk register' })).toBeVisible();
	return base;
}

function risk(page: Page, title: string) {
	return page.locator('li.risk').filter({ has: page.getByRole('button', { name: title }) });
}

test('a new user picks five starter risks, links a control, sees the heat map, records a review and finds the register in the PDF', async ({
	page
}, info) => {
	test.slow();
	const base = await openRisks(page, 'Risky Cloud Co');
	await expect(page.getByText('No risks yet.')).toBeVisible();
	await expect(page.getByTestId('review-status')).toContainText('Never reviewed');

	for (const t of PICKS) await page.getByRole('checkbox', { name: t }).check();
	await page.getByRole('button', { name: 'Add 5 risks' }).click();
	await saved(page);
	await expect(page.getByRole('list', { name: 'Risks' }).locator('li.risk')).toHaveCount(5);
	await expect(page.getByTestId('treated')).toContainText('0 of 5 risks treated');

	// The heat map draws, and its table gives the same counts (rows from likelihood 5 down to 1).
	await expect(page.locator('.heat canvas')).toBeVisible();
	await page.locator('.heat').getByText('Show as a table').click();
	const table = page.locator('.heat table');
	await expect(table.getByRole('row', { name: /^2 Unlikely/ })).toHaveText(
		/2 Unlikely\s*0\s*0\s*2\s*1\s*0/
	);
	await expect(table.getByRole('row', { name: /^1 Rare/ })).toHaveText(
		/1 Rare\s*0\s*0\s*0\s*1\s*1/
	);

	// Link a control from the control register to the misconfiguration risk.
	const exposed = risk(page, PICKS[2] ?? '');
	await exposed.getByRole('button', { name: PICKS[2] }).click();
	await exposed.getByLabel('Link a control').selectOption('VUL-03');
	await exposed.getByRole('button', { name: 'Link', exact: true }).click();
	await saved(page);
	await expect(exposed.getByRole('link', { name: /VUL-03/ })).toHaveAttribute(
		'href',
		`${new URL(base).pathname}/controls?control=VUL-03`
	);
	await expect(exposed.getByTestId('control-status').last()).toHaveText('Not assessed');
	await exposed.getByText(/^History/).click();
	await expect(exposed.getByText('Controls linked: VUL-03')).toBeVisible();

	// Raise the password risk's residual likelihood to 3: 3 × 4 = 12, high, and no linked control
	// is implemented, so it blocks Audit-ready.
	const password = risk(page, PICKS[0] ?? '');
	await password.getByRole('button', { name: PICKS[0] }).click();
	await password
		.getByRole('group', { name: 'Residual rating' })
		.getByLabel('Likelihood (1–5)')
		.fill('3');
	await saved(page);
	await expect(password.getByTestId('risk-band')).toHaveText('Residual 12 · High');

	if (process.env.RISK_SHOTS) {
		for (const [w, h] of [
			[390, 844],
			[1280, 800]
		] as const)
			for (const scheme of ['light', 'dark'] as const) {
				await page.setViewportSize({ width: w, height: h });
				await page.emulateMedia({ colorScheme: scheme });
				await page.screenshot({ path: `/tmp/risks-${w}-${scheme}.png`, fullPage: true });
				await page.locator('.heat').screenshot({ path: `/tmp/risks-heat-${w}-${scheme}.png` });
				await password.screenshot({ path: `/tmp/risks-item-${w}-${scheme}.png` });
			}
		await page.emulateMedia({ colorScheme: 'light' });
		await page.setViewportSize({ width: 1280, height: 800 });
	}
	await expectNoAxeViolations(page, 'risks (register, editor open)');

	// Record the annual review of the register.
	const today = new Date().toISOString().slice(0, 10);
	await page.getByLabel('Date of the review').fill(today);
	await expect(page.getByLabel('Reviewed by')).toHaveValue('Rita');
	await page.getByRole('button', { name: 'Record register review' }).click();
	await saved(page);
	await expect(page.getByTestId('review-status')).toContainText('Current');

	// The Overview lists the high risk under what blocks Audit-ready, and no longer the review.
	await page.goto(base);
	const blockers = page.getByTestId('blockers');
	await blockers.getByRole('button', { name: /^Show all/ }).click();
	await expect(blockers).toContainText(
		`High residual risk "${PICKS[0]}" (12) has no linked implemented control.`
	);
	await expect(blockers).not.toContainText('risk register');

	// The full gap report carries the register; the investor summary says how many are treated.
	const report = new ReportPage(page);
	await report.goto(base);
	const full = info.outputPath('full.pdf');
	await (await report.exportPdf('Full gap report')).saveAs(full);
	const text = flat(pdfText(full));
	expect(text).toContain('Risk register');
	expect(text).toContain('Top residual risks and their treatment');
	expect(text).toContain(
		'5 risks recorded; by residual rating: critical 0, high 1, medium 3, low 1.'
	);
	expect(text).toContain('0 of 5 risks treated');
	expect(text).toContain('Stolen staff password used to sign in');
	expect(text).toMatch(/The register was last reviewed on .+ by Rita/);
	const investor = info.outputPath('investor.pdf');
	await (await report.exportPdf('Investor summary')).saveAs(investor);
	expect(flat(pdfText(investor))).toContain('0 of 5 risks treated');
});

test('HTML, formulas and 10,000 characters stay text; a likelihood off the scale and a 1900 date get a message and nothing is lost', async ({
	page
}) => {
	test.slow();
	const base = await openRisks(page, 'Bad Input Co');
	await page.getByRole('checkbox', { name: PICKS[0] }).check();
	await page.getByRole('button', { name: 'Add 1 risk' }).click();
	await saved(page);
	// By id: the title (and so the toggle's name) changes below.
	const id = await risk(page, PICKS[0] ?? '').getAttribute('data-risk');
	const item = page.locator(`li.risk[data-risk="${id}"]`);
	await item.getByRole('button', { name: PICKS[0] }).click();

	const long = `<img src=x onerror=alert(1)>=SUM(A1) ${'x'.repeat(10_000 - 37)}`;
	expect(long).toHaveLength(10_000);
	await item.getByLabel('Description').fill(long);
	await item.getByLabel('Why this treatment').fill('=HYPERLINK("http://evil.test")');
	await item.getByLabel('Owner', { exact: true }).fill('<b>Ana</b>');
	await saved(page);

	// A 10,000-character title is refused with a message; the text stays in the field.
	await item.getByLabel('Title').fill('y'.repeat(10_000));
	await expect(item.getByText('Too long: 10,000 characters, at most 200.')).toBeVisible();
	await item.getByLabel('Title').fill('<script>alert(1)</script> Password theft');
	await saved(page);

	await item
		.getByRole('group', { name: 'Inherent rating' })
		.getByLabel('Likelihood (1–5)')
		.fill('7');
	await expect(item.getByText(/Likelihood must be a whole number from 1 to 5/)).toBeVisible();
	await item.getByLabel('Last reviewed').fill('1900-01-01');
	await expect(
		item.getByText('A date before 2000 is almost certainly a typing mistake.')
	).toBeVisible();

	// The register review form refuses 1900 too, and records nothing.
	await page.getByLabel('Date of the review').fill('1900-01-01');
	await page.getByRole('button', { name: 'Record register review' }).click();
	await expect(page.locator('#register-review')).toContainText('A date before 2000');
	await expect(page.getByTestId('review-status')).toContainText('Never reviewed');

	// After a reload: the valid edits were kept as typed, the refused ones never stored.
	await page.goto(`${base}/risks`);
	const again = page.locator(`li.risk[data-risk="${id}"]`);
	await again.getByRole('button', { name: '<script>alert(1)</script> Password theft' }).click();
	await expect(again.getByLabel('Description')).toHaveValue(long);
	await expect(again.getByLabel('Why this treatment')).toHaveValue(
		'=HYPERLINK("http://evil.test")'
	);
	await expect(again.getByText('Owner: <b>Ana</b>')).toBeVisible();
	await expect(
		again.getByRole('group', { name: 'Inherent rating' }).getByLabel('Likelihood (1–5)')
	).toHaveValue('4');
	await expect(again.getByLabel('Last reviewed')).toHaveValue('');
	expect(await page.locator('img[src="x"]').count()).toBe(0);

	// The CSV keeps the same text, with the formula neutralised.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const csv = await readFile((await (await download).path()) ?? '', 'utf8');
	const [header, row] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
	const col = (name: string) => row?.[header?.indexOf(name) ?? -1];
	expect(col('Title')).toBe('<script>alert(1)</script> Password theft');
	expect(col('Description')).toBe(long);
	expect(col('Treatment rationale')).toBe(`'=HYPERLINK("http://evil.test")`);
	expect(col('Inherent likelihood')).toBe('4');
});
