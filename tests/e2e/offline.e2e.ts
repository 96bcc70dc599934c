import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { expect, expectTrustedTypesEnforced, test } from './fixtures';
import { HomePage } from './page-models/home-page';

test.use({ serviceWorkers: 'allow' });

function stop(server: Server): Promise<void> {
	server.closeAllConnections();
	return new Promise((resolve) => server.close(() => resolve()));
}

/** Waits until a service worker is active and controls the page (one reload takes control). */
async function waitForControl(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 })
		.toBe(true);
}

test('after one online visit, a deep link works with the server stopped and the network cut', async ({
	page,
	context
}) => {
	const port = Number(process.env.E2E_PORT ?? 4173) + 8;
	const server = await serve({ port });
	const origin = `http://localhost:${port}`;
	try {
		await page.goto(`${origin}/`);
		const home = new HomePage(page);
		await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
		// Trusted Types are enforced, so the service worker's registration (a script URL), the
		// pages and their charts below add no violation only if every sink gets a trusted value.
		await expectTrustedTypesEnforced(page);
		await home.create('Offline Outfitters', 'Kai');
		await waitForControl(page);
	} finally {
		await stop(server);
	}
	await context.setOffline(true);
	const deep = await context.newPage();
	await deep.goto(`${origin}/`);
	await expect(deep.getByRole('link', { name: 'Offline Outfitters' })).toBeVisible();
	await deep.getByRole('link', { name: 'Offline Outfitters' }).click();
	await deep.waitForURL(/\/assessment\//);
	const url = deep.url();
	for (const path of ['', '/scope', '/controls', '/plan', '/vendors', '/report']) {
		await deep.goto(`${url}${path}`);
		await expect(deep.getByTestId('company-name')).toHaveText('Offline Outfitters');
	}
	await deep.goto(`${origin}/catalog`);
	await expect(deep.getByRole('heading', { level: 1 })).toBeVisible();
	// The page the service worker served offline carries the same policy.
	await expectTrustedTypesEnforced(deep);
});

test('a waiting new version shows a Reload banner and never reloads by itself', async ({
	page
}) => {
	const root = mkdtempSync(join(tmpdir(), 'soc2-build-'));
	cpSync('build', root, { recursive: true });
	const port = Number(process.env.E2E_PORT ?? 4173) + 9;
	let server = await serve({ port, root });
	try {
		await page.goto(`http://localhost:${port}/`);
		await waitForControl(page);
		await page.evaluate(() => {
			(window as unknown as { __sameDocument: boolean }).__sameDocument = true;
		});
		// A new deployment: the service worker file changes and the server restarts.
		await stop(server);
		appendFileSync(join(root, 'sw.js'), '\n// next release\n');
		server = await serve({ port, root });
		await page.evaluate(async () => {
			const reg = await navigator.serviceWorker.getRegistration();
			await reg?.update();
		});
		const banner = page.getByRole('region', { name: 'Update available' });
		await expect(banner).toBeVisible();
		await page.waitForTimeout(1500);
		expect(
			await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)
		).toBe(true);
		await Promise.all([
			page.waitForEvent('load'),
			banner.getByRole('button', { name: 'Reload' }).click()
		]);
		expect(
			await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)
		).toBeUndefined();
		await expect(page.getByRole('region', { name: 'Update available' })).toHaveCount(0);
	} finally {
		await stop(server);
		rmSync(root, { recursive: true, force: true });
	}
});
