// Screenshots of every page with the sample assessment, light and dark, phone and desktop, for a
// person to look at: `node scripts/screenshots.mjs [outDir]` against a fresh production build.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const out = process.argv[2] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const port = 4195;
const server = await serve({ port });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});
const pages = [
	'',
	'/scope',
	'/controls',
	'/evidence',
	'/interview',
	'/interview?present=1',
	'/scope?present=1',
	'/risks',
	'/plan',
	'/policies',
	'/policies/POL-ACCESS',
	'/vendors',
	'/people',
	'/people?tab=access',
	'/people?tab=samples',
	'/description',
	'/frameworks',
	'/frameworks?fw=csf',
	'/report'
];
try {
	for (const scheme of ['light', 'dark']) {
		for (const [device, width] of [
			['phone', 390],
			['desktop', 1280]
		]) {
			const ctx = await browser.newContext({
				viewport: { width, height: 900 },
				colorScheme: scheme
			});
			const page = await ctx.newPage();
			page.on('pageerror', (e) => console.log('page error:', e.message));
			await page.goto(`http://localhost:${port}/settings`);
			const chooser = page.waitForEvent('filechooser');
			await page.getByLabel('Import backup').click();
			await (await chooser).setFiles('tests/fixtures/sample-assessment.json');
			await page.getByRole('button', { name: 'Import', exact: true }).click();
			await page.getByText(/Imported/).waitFor();
			await page.goto(`http://localhost:${port}/`);
			await page.screenshot({ path: `${out}/home-${device}-${scheme}.png`, fullPage: true });
			await page.getByRole('link', { name: 'Northwind Health Analytics' }).click();
			await page.waitForURL(/assessment\//);
			const base = page.url();
			// A roster, so the People page shows people, checks and populations.
			await page.goto(`${base}/people`);
			await page.getByRole('button', { name: 'Import the roster (CSV or XLSX)' }).click();
			const roster = page.getByRole('dialog', { name: 'Import the roster' });
			await roster
				.getByLabel('Roster file (CSV or XLSX)')
				.setInputFiles('tests/fixtures/people/roster-40.csv');
			await roster.getByRole('button', { name: 'Check the rows' }).click();
			await roster.getByRole('button', { name: /^Import \d+ people$/ }).click();
			await roster.waitFor({ state: 'hidden' });
			for (const p of pages) {
				await page.goto(base + p);
				await page.waitForLoadState('networkidle');
				await page.waitForTimeout(600);
				const name =
					p.slice(1).replace('?present=1', '-presenter').replace('?tab=', '-') || 'overview';
				await page.screenshot({
					path: `${out}/${name}-${device}-${scheme}.png`,
					fullPage: true,
					clip: { x: 0, y: 0, width, height: 1600 }
				});
			}
			// A policy text in the editor, started from its template.
			await page.goto(`${base}/policies/POL-ISP`);
			await page.getByRole('button', { name: 'Start from the template' }).click();
			await page.getByLabel('Requirements', { exact: true }).waitFor();
			await page.screenshot({
				path: `${out}/policy-editor-${device}-${scheme}.png`,
				fullPage: true,
				clip: { x: 0, y: 0, width, height: 2400 }
			});
			for (const p of ['/catalog', '/settings']) {
				await page.goto(`http://localhost:${port}${p}`);
				await page.waitForTimeout(500);
				await page.screenshot({ path: `${out}/${p.slice(1)}-${device}-${scheme}.png` });
			}
			await ctx.close();
		}
	}
} finally {
	await browser.close();
	server.closeAllConnections();
	server.close();
}
console.log(`Screenshots in ${out}/`);
