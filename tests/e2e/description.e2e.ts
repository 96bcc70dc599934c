/**
 * The system description as a new user writes it: scoping answers, "Fill from scoping and
 * vendors", typed text with HTML, a formula and 10,000 characters, a refused 1900 review date, a
 * review, then the DOCX read back with unzip (not the writer's library), the Markdown file read
 * as text and the full gap report's PDF read with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, expectSaved, test } from './fixtures';
import { ScopePage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';
import { ReportPage } from './page-models/report-page';

const run = (cmd: string, args: string[]) =>
	execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The visible text of word/document.xml: one line per paragraph, entities decoded. */
function docxText(xml: string): string {
	return xml
		.replace(/<\/w:p>/g, '\n')
		.replace(/<w:br\/>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

const TYPED = `<script>alert(1)</script> <b>Widgets</b> for =SUM(A1:A9) ${'w'.repeat(10_000)}`;

test('a new user drafts the description from scoping, reviews a section and exports it', async ({
	page
}, testInfo) => {
	test.setTimeout(180_000);
	const home = new HomePage(page);
	await home.goto();
	await home.create('Descript <Co>', 'Ada Auditor');
	const url = page.url();
	await page.goto(`${url}/scope`);
	const scope = new ScopePage(page);
	await scope.answer(/Where does the system you want audited run/, 'Entirely in a public cloud');
	await scope.choose(/Which cloud providers host the system/, 'Amazon Web Services');
	await scope.choose(
		/What kinds of customer data/,
		'Personal data about people',
		'Payment card or bank details'
	);

	await page
		.getByRole('navigation', { name: 'Assessment' })
		.getByRole('link', { name: 'System' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'System description' })).toBeVisible();
	await expect(page.getByTestId('description-progress')).toHaveText(
		'0 of 13 sections written, 0 reviewed.'
	);

	// Fill from scoping: the dialog names what it fills, and only accepting writes.
	await page.getByRole('button', { name: 'Fill from scoping and vendors' }).click();
	const dialog = page.getByRole('dialog', { name: 'Fill from scoping and vendors' });
	await expect(dialog.getByTestId('proposed-sections')).toContainText('Infrastructure');
	await dialog.getByRole('button', { name: /^Fill \d+ sections$/ }).click();
	await expectSaved(page);
	const infra = page.getByLabel('Infrastructure: text');
	await expect(infra).toHaveValue(/Hosting is provided by Amazon Web Services\./);
	await expect(page.getByLabel('Data: text')).toHaveValue(
		/personal data about people and payment card or bank details/
	);
	await expect(page.getByLabel('Organisation 1', { exact: true })).toHaveValue(
		'Amazon Web Services'
	);
	await expect(page.getByLabel('Method')).toHaveValue('carve_out');

	// The user's own words replace a proposal; a second fill leaves them alone.
	const services = page.getByLabel('Services provided: text');
	await services.fill(TYPED);
	await services.blur();
	await expectSaved(page);
	await page.getByRole('button', { name: 'Fill from scoping and vendors' }).click();
	await expect(dialog).not.toContainText('Services provided');
	await dialog.getByRole('button', { name: /^(Cancel|Close)$/ }).click();

	// Bad input: a review dated 1900 is refused with a message, and nothing is lost.
	const card = page.locator('section[data-section="services"]');
	await card.getByRole('button', { name: /^Mark reviewed ?: Services provided$/ }).click();
	const form = page.getByRole('form', { name: 'Review of Services provided' });
	await expect(form.getByLabel('Reviewed by')).toHaveValue('Ada Auditor');
	await form.getByLabel('Review date').fill('1900-01-01');
	await form.getByRole('button', { name: 'Record review' }).click();
	await expect(form).toContainText('A review on 1 Jan 1900 is before 1 Jan 2000: check the year.');
	await expect(card.getByTestId('section-status')).toHaveText('Draft');
	await expect(services).toHaveValue(TYPED);
	const today = new Date().toISOString().slice(0, 10);
	await form.getByLabel('Review date').fill(today);
	await form.getByRole('button', { name: 'Record review' }).click();
	await expect(card.getByTestId('section-status')).toHaveText('Reviewed');
	await expectSaved(page);

	await page.reload();
	await expect(services).toHaveValue(TYPED);
	await expect(card.getByTestId('section-status')).toHaveText('Reviewed');
	await expect(page.getByTestId('description-progress')).toContainText('1 reviewed');

	// DOCX, read back with unzip.
	const docxDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export DOCX' }).click();
	const docxFile = await docxDownload;
	expect(docxFile.suggestedFilename()).toMatch(
		/^Descript-Co-system-description-\d{4}-\d{2}-\d{2}\.docx$/
	);
	const docx = testInfo.outputPath('description.docx');
	await docxFile.saveAs(docx);
	const text = docxText(run('unzip', ['-p', docx, 'word/document.xml']));
	expect(text).toContain('Descript <Co>: description of the system');
	expect(text).toContain(TYPED);
	expect(text).toContain('Hosting is provided by Amazon Web Services.');
	expect(text).toContain('Reviewed by Ada Auditor on');
	expect(text).toContain('Draft — for review.');
	expect(text).toContain('Carve-out');
	expect(text).not.toMatch(/\$\{|\{\{/);

	// Markdown: the typed HTML escaped, so a viewer shows it as text.
	const mdDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export Markdown' }).click();
	const md = testInfo.outputPath('description.md');
	await (await mdDownload).saveAs(md);
	const markdown = readFileSync(md, 'utf8');
	expect(markdown).toContain(
		'\\<script\\>alert\\(1\\)\\</script\\> \\<b\\>Widgets\\</b\\> for =SUM\\(A1:A9\\)'
	);
	expect(markdown).toContain('### Infrastructure');
	expect(markdown).not.toContain('<script>');

	// The full gap report shows the description's readiness.
	const report = new ReportPage(page);
	await report.goto(url);
	const pdf = testInfo.outputPath('full.pdf');
	await (await report.exportPdf('Full gap report')).saveAs(pdf);
	const pdfText = run('pdftotext', ['-layout', pdf, '-']).replace(/\s+/g, ' ');
	expect(pdfText).toContain('In progress: 10 of 13 sections written, 1 reviewed');
	expect(pdfText).toMatch(/Services provided Reviewed Ada Auditor, \d+ \w{3} \d{4}/);
	expect(pdfText).toContain('Significant incidents during the period Draft');
	expect(pdfText).toContain('Procedures Not started');
});
