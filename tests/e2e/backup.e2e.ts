import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { HomePage } from './page-models/home-page';
import { AssessmentNav, ControlsPage } from './page-models/assessment-pages';

const SAMPLE = 'tests/fixtures/backups/sample-v1.json';
const ENCRYPTED = 'tests/fixtures/backups/sample-v1.encrypted.json';
const PASSPHRASE = 'correct horse battery staple 2026';
const SAMPLE_NAME = 'Zoë Łukasiewicz — Café Ünal <script>alert(1)</script>';

async function chooseFile(page: import('@playwright/test').Page, path: string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByLabel('Import backup').click();
	await (await chooser).setFiles(path);
}

test('a backup is imported through the real file picker, with a preview first', async ({
	page
}) => {
	await page.goto('/settings');
	await chooseFile(page, SAMPLE);
	await expect(page.getByRole('heading', { name: 'What this backup will change' })).toBeVisible();
	await expect(page.getByText('Will be added:')).toBeVisible();
	await expect(page.getByText(SAMPLE_NAME)).toBeVisible();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText(/Imported sample-v1\.json: 2 added/)).toBeVisible();
	const home = new HomePage(page);
	await home.goto();
	await expect(home.list.getByRole('link', { name: SAMPLE_NAME, exact: true })).toBeVisible();
	await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);

	// Importing the same file again asks what to do with each assessment already here.
	await page.goto('/settings');
	await chooseFile(page, SAMPLE);
	const conflict = page.getByRole('group', { name: /is already here/ }).first();
	await expect(conflict).toBeVisible();
	await conflict.getByRole('radio', { name: /Keep both/ }).check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	// The template is already here: left as it is, and the message says so.
	await expect(
		page.getByText(
			'Imported sample-v1.json: 2 added, template “SaaS startup, remote” already on this device, left as it was.'
		)
	).toBeVisible();
	await home.goto();
	await expect(
		home.list.getByRole('link', { name: `${SAMPLE_NAME} (imported)`, exact: true })
	).toBeVisible();
});

test('an encrypted backup needs its passphrase; a wrong one or a tampered file changes nothing', async ({
	page
}, testInfo) => {
	await page.goto('/settings');
	await chooseFile(page, ENCRYPTED);
	await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
	await page.getByRole('button', { name: 'Decrypt' }).click();
	await expect(page.getByRole('alert')).toHaveText('Wrong passphrase or damaged file.');

	// One changed character in the ciphertext.
	const text = readFileSync(ENCRYPTED, 'utf8');
	const at = text.indexOf('"ciphertext":"') + 40;
	const tampered = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
	const path = testInfo.outputPath('tampered.json');
	(await import('node:fs')).writeFileSync(path, tampered);
	await page.getByRole('button', { name: 'Choose another file' }).click();
	await chooseFile(page, path);
	await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Decrypt' }).click();
	await expect(page.getByRole('alert')).toHaveText('Wrong passphrase or damaged file.');

	await page.getByRole('button', { name: 'Choose another file' }).click();
	await chooseFile(page, ENCRYPTED);
	await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Decrypt' }).click();
	await expect(page.getByText('Will be added:')).toBeVisible();
	const count = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const req = indexedDB.open('soc2-readiness');
				req.onsuccess = () => {
					const c = req.result.transaction('assessments').objectStore('assessments').count();
					c.onsuccess = () => resolve(c.result);
				};
			})
	);
	expect(count).toBe(0);
});

test('a malformed file gets a specific message and nothing is written', async ({ page }) => {
	await page.goto('/settings');
	await chooseFile(page, 'tests/fixtures/backups/malformed-prototype-pollution.json');
	await expect(page.getByRole('alert')).toContainText('a field named "__proto__" is not allowed');
	const count = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const req = indexedDB.open('soc2-readiness');
				req.onsuccess = () => {
					const c = req.result.transaction('assessments').objectStore('assessments').count();
					c.onsuccess = () => resolve(c.result);
				};
			})
	);
	expect(count).toBe(0);
});

test('an encrypted export of one assessment imports back with everything in it', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Round Trip GmbH', 'Jo');
	await new AssessmentNav(page).open('Controls');
	const controls = new ControlsPage(page);
	await controls.setStatus('IAM-02', 'Implemented');
	await controls.addEvidence('IAM-02', 'IdP MFA policy export', 'https://drive.example.com/mfa');

	await home.goto();
	await home
		.item('Round Trip GmbH')
		.getByRole('button', { name: /Export/ })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Export this assessment' });
	await dialog.getByLabel('Protect with a passphrase').check();
	await dialog.getByLabel('Passphrase', { exact: true }).fill('tangerine umbrella 42');
	await dialog.getByLabel('Passphrase again').fill('tangerine umbrella 42');
	const download = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Export backup' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(
		/^soc2-backup-Round-Trip-GmbH-\d{4}-\d{2}-\d{2}\.encrypted\.zip$/
	);
	const saved = await file.path();

	// Delete it here, then restore it from the file.
	await home
		.item('Round Trip GmbH')
		.getByRole('button', { name: /Delete/ })
		.click();
	await page
		.getByRole('dialog', { name: 'Delete this assessment?' })
		.getByRole('button', { name: 'Delete' })
		.click();
	await page.getByRole('button', { name: 'Dismiss message' }).first().click();
	await page.goto('/settings');
	await chooseFile(page, saved);
	await page.getByLabel('Passphrase', { exact: true }).fill('tangerine umbrella 42');
	await page.getByRole('button', { name: 'Decrypt' }).click();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText(/Imported .*: 1 (added|replaced)/)).toBeVisible();
	await home.goto();
	await home.list.getByRole('link', { name: 'Round Trip GmbH', exact: true }).click();
	await new AssessmentNav(page).open('Controls');
	await expect(page.getByLabel('Status of IAM-02')).toHaveValue('implemented');
	await controls.search('IAM-02');
	await expect(
		(await controls.expand('IAM-02')).getByText('IdP MFA policy export', { exact: true })
	).toBeVisible();
});

test('a week after the last change without a backup, a quiet banner offers a one-click export', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	await home.create('Reminder Ltd');
	await home.goto();
	const banner = page.getByRole('region', { name: 'Backup reminder' });
	await expect(banner).toHaveCount(0);

	await page.clock.install({ time: new Date(Date.now() + 8 * 86_400_000) });
	await page.reload();
	await expect(banner).toContainText('Some of your work is not in any backup file yet.');
	const download = page.waitForEvent('download');
	await banner.getByRole('button', { name: 'Export backup' }).click();
	expect((await download).suggestedFilename()).toMatch(/^soc2-backup-\d{4}-\d{2}-\d{2}\.zip$/);
	await expect(banner).toHaveCount(0);
	await page.goto('/settings');
	await expect(page.getByTestId('last-backup')).not.toContainText('never');
});

test('on a 360 px phone after importing a backup: no backup reminder, the page starts under 200 px with its tab in view, and an unknown address offers a way back', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	// Weeks after the sample was made and last edited: only the import counts as its copy.
	await page.clock.install({ time: new Date('2027-01-15T12:00:00Z') });
	await page.goto('/settings');
	await chooseFile(page, 'tests/fixtures/sample-assessment.json');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText(/Imported sample-assessment\.json: 1 added/)).toBeVisible();

	// Moving inside the app keeps the banners the import's save brought up.
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Assessments' })
		.click();
	await page.getByRole('link', { name: 'Northwind Health Analytics' }).click();
	const tabs = page.getByRole('navigation', { name: 'Assessment' });
	await tabs.getByRole('link', { name: 'Vendors' }).click();
	const h1 = page.getByRole('heading', { level: 1, name: 'Vendors' });
	await expect(h1).toBeVisible();
	await expect(page.getByRole('region', { name: 'Backup reminder' })).toHaveCount(0);
	const persisted = await page.evaluate(() => navigator.storage.persisted());
	if (!persisted) await expect(page.getByRole('region', { name: 'Storage warning' })).toBeVisible();
	expect((await h1.boundingBox())?.y).toBeLessThan(200);

	const inView = async (name: string) => {
		const row = await tabs.boundingBox();
		const tab = await tabs.getByRole('link', { name }).boundingBox();
		return !!row && !!tab && tab.x >= row.x - 1 && tab.x + tab.width <= row.x + row.width + 1;
	};
	await expect.poll(() => inView('Vendors')).toBe(true);
	// The last tab, on a fresh load of its page.
	await page.goto(page.url().replace(/\/vendors$/, '/report'));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await inView('Overview')).toBe(false);
	await expect.poll(() => inView('Report')).toBe(true);
	await expect(page.getByRole('region', { name: 'Backup reminder' })).toHaveCount(0);

	await page.goto('/no/such/page');
	await expect(
		page.getByRole('heading', { level: 1, name: 'This page is not here' })
	).toBeVisible();
	await expect(page.getByText('404 Not Found')).toHaveCount(0);
	await page.getByRole('link', { name: 'Go to your assessments' }).click();
	await expect(page.getByRole('link', { name: 'Northwind Health Analytics' })).toBeVisible();
	// An address that looks like a file gets the same page, with status 404.
	const res = await page.goto('/old-report.html');
	expect(res?.status()).toBe(404);
	await expect(
		page.getByRole('heading', { level: 1, name: 'This page is not here' })
	).toBeVisible();
});
