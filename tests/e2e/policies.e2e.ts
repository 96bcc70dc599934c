/**
 * A policy text as a new user writes it: the Access Control Policy starts from our template filled
 * with the company's answers, gets an edit with markup and a formula, is refused a 1900 approval
 * date without losing anything, is approved, and the control it governs loses its "Policy not
 * approved" cap. The DOCX is read back with unzip, the Markdown as text and the PDF with pdftotext.
 * Then every other text is started in one click and the whole set is exported the same three ways.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, expectSaved, test } from './fixtures';
import { ControlsPage, ScopePage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';

const run = (cmd: string, args: string[]) =>
	execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The visible text of word/document.xml, one line per paragraph, entities decoded. */
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

const COMPANY = 'Pol <i>Co</i> & =SUM(A1)';
const TYPED = '- <img src=x onerror=alert(1)> staff use =HYPERLINK("http://x") never';
const DISCLAIMER = 'This text is a template to adapt to your company, not legal advice.';

test('a policy text is started from the template, approved, and lifts its control’s cap', async ({
	page
}, testInfo) => {
	test.setTimeout(180_000);
	const home = new HomePage(page);
	await home.goto();
	await home.create(COMPANY, 'Ada Auditor');
	const url = page.url();
	await page.goto(`${url}/scope`);
	const scope = new ScopePage(page);
	await scope.answer(/Where does the system you want audited run/, 'Entirely in a public cloud');
	await scope.choose(/Which cloud providers host the system/, 'Amazon Web Services');

	// IAM-01 implemented with evidence still carries the policy cap while its policy is missing.
	await page.goto(`${url}/controls`);
	const controls = new ControlsPage(page);
	await controls.search('IAM-01');
	await controls.setStatus('IAM-01', 'Implemented');
	await controls.addEvidence('IAM-01', 'SSO settings', 'https://idp.example/settings');
	const gaps = (await controls.expand('IAM-01')).locator('p', { hasText: /^Gaps:/ });
	// The gap names the policy that caps the control and links to it.
	await expect(gaps).toContainText('Policy not approved: Access Control Policy');
	await expect(gaps.getByRole('link', { name: 'Access Control Policy' })).toHaveAttribute(
		'href',
		new URL(`${url}/policies/POL-ACCESS`).pathname
	);

	await page
		.getByRole('navigation', { name: 'Assessment' })
		.getByRole('link', { name: 'Policies' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
	const row = page.locator('li[data-policy="POL-ACCESS"]');
	await expect(row).toContainText('Text not started');
	await row.getByRole('link', { name: 'Access Control Policy' }).click();
	await page.getByRole('button', { name: 'Start from the template' }).click();
	await expectSaved(page);
	await expect(page.getByTestId('text-state')).toHaveText('Draft v1, not approved');

	// Filled with the company's answers, typed text kept as typed, no template syntax left.
	const sections = ['Purpose', 'Scope', 'Roles and responsibilities', 'Requirements'];
	const values = await Promise.all(
		sections.map((s) => page.getByLabel(s, { exact: true }).inputValue())
	);
	const all = values.join('\n');
	expect(all).toContain(COMPANY);
	expect(all).not.toMatch(/\{\{|\}\}/);
	expect(all).toContain('[to complete: ');
	await expect(page.getByTestId('to-complete')).toContainText('Still to complete:');
	const requirements = page.getByLabel('Requirements', { exact: true });
	await requirements.fill(`${values[3]}\n${TYPED}`);
	await requirements.blur();
	await expectSaved(page);

	// Bad input: a 1900 approval date is refused and nothing is lost.
	await page.getByLabel('Approved by').fill('Sam <b>Lee</b>');
	await page.getByLabel('Approval date').fill('1900-01-01');
	await page.getByRole('button', { name: 'Approve version 1' }).click();
	await expect(
		page.getByText('An approval date before 1 Jan 2000 cannot be right: check the year.')
	).toBeVisible();
	await expect(page.getByTestId('text-state')).toHaveText('Draft v1, not approved');
	await page.reload();
	await expect(page.getByLabel('Requirements', { exact: true })).toHaveValue(
		new RegExp(`${TYPED.replace(/[()[\]?*+.^$|\\]/g, '\\$&')}$`)
	);

	const today = new Date().toISOString().slice(0, 10);
	await page.getByLabel('Approved by').fill('Sam <b>Lee</b>');
	await page.getByLabel('Approval date').fill(today);
	await page.getByRole('button', { name: 'Approve version 1' }).click();
	await expect(page.getByTestId('text-state')).toHaveText(/^Approved v1 on /);
	await expect(page.getByRole('button', { name: 'Edit as version 2' })).toBeVisible();
	await expect(page.getByText(TYPED.slice(2))).toBeVisible();

	// DOCX read back with unzip; Markdown as text; PDF with pdftotext.
	const save = async (button: string, name: string) => {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: button }).click();
		const path = testInfo.outputPath(name);
		await (await download).saveAs(path);
		return path;
	};
	const docx = docxText(
		run('unzip', ['-p', await save('Word (DOCX)', 'p.docx'), 'word/document.xml'])
	);
	expect(docx).toContain(DISCLAIMER);
	expect(docx).toContain(TYPED.slice(2));
	expect(docx).toContain(`${COMPANY} · Version 1 · approved by Sam <b>Lee</b> on`);
	const md = readFileSync(await save('Markdown', 'p.md'), 'utf8');
	expect(md).toContain(
		'\\<img src=x onerror=alert\\(1\\)\\> staff use =HYPERLINK\\("http://x"\\) never'
	);
	expect(md).toContain(`> ${DISCLAIMER}`);
	expect(md).not.toMatch(/(^|[^\\])<img/);
	const pdf = run('pdftotext', [await save('PDF to print', 'p.pdf'), '-']).replace(/\s+/g, ' ');
	expect(pdf).toContain(DISCLAIMER.slice(0, 40));
	expect(pdf).toContain('onerror=alert(1)');
	expect(pdf).toContain('Access Control Policy');

	// The approval reached the tracker and the verdict: IAM-01 loses its policy cap.
	await page.goto(`${url}/policies`);
	await expect(row).toContainText(/Approved v1 on/);
	await expect(row).toContainText('tracker: Approved');
	await page.goto(`${url}/controls`);
	await controls.search('IAM-01');
	const after = await controls.expand('IAM-01');
	await expect(after).toBeVisible();
	await expect(after).not.toContainText('Policy not approved');

	// The rest of the set in one click, then the whole set as DOCX, Markdown and PDF.
	await page.goto(`${url}/policies`);
	const items = page.getByRole('list', { name: 'Policies' }).getByRole('listitem');
	await expect(items.first()).toBeVisible();
	const titles = await items.locator('a.title').allInnerTexts();
	expect(titles.length).toBeGreaterThan(10);
	await page
		.getByRole('button', {
			name: `Start the ${titles.length - 1} remaining texts from the templates`
		})
		.click();
	await expect(page.getByTestId('start-all')).toHaveText(
		`Saved: ${titles.length - 1} texts started from the templates, each a draft version 1 to review and approve.`
	);
	await expect(items.filter({ hasText: 'Text not started' })).toHaveCount(0);
	await expect(items.filter({ hasText: 'Draft v1, not approved' })).toHaveCount(titles.length - 1);
	await page.reload();
	await expect(items.filter({ hasText: 'Draft v1, not approved' })).toHaveCount(titles.length - 1);

	const setDocx = docxText(
		run('unzip', ['-p', await save('Word (DOCX)', 'set.docx'), 'word/document.xml'])
	);
	const setMd = readFileSync(await save('Markdown', 'set.md'), 'utf8');
	const setPdf = run('pdftotext', [await save('PDF to print', 'set.pdf'), '-']);
	for (const text of [setDocx, setMd]) {
		for (const title of titles) expect(text).toContain(title);
		expect(text).not.toMatch(/\{\{|\}\}/);
		expect(text.match(/Draft, not approved/g)?.length).toBe(titles.length - 1);
	}
	expect(setDocx).toContain(TYPED.slice(2));
	expect(setDocx).toContain('by Sam <b>Lee</b>');
	const pdfPages = Number(
		/Pages:\s+(\d+)/.exec(run('pdfinfo', [testInfo.outputPath('set.pdf')]))?.[1]
	);
	expect(pdfPages).toBeGreaterThan(titles.length);
	expect(setPdf).toContain('Incident Response Policy');
});
