// Offline start: with the service worker warm and the network cut, time from reload to the
// assessments list rendered, over 20 reloads.
import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { median, ms, percentile } from './stats.mjs';

export async function measureOffline() {
	const port = 4193;
	const server = await serve({ port });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const context = await browser.newContext({ serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto(`http://localhost:${port}/`);
		await page.getByRole('button', { name: 'New assessment' }).first().click();
		await page.getByLabel('Company name').fill('Offline Bench Ltd');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.waitForURL(/assessment\//);
		await page.goto(`http://localhost:${port}/`);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		await page.waitForFunction(() => !!navigator.serviceWorker.controller);
		await context.setOffline(true);
		const times = [];
		for (let i = 0; i < 22; i++) {
			const t = Date.now();
			await page.reload();
			await page.getByRole('link', { name: 'Offline Bench Ltd' }).waitFor();
			times.push(Date.now() - t);
		}
		const sample = times.slice(2);
		const p95 = percentile(sample, 95);
		return {
			rows: [
				{
					what: 'offline start to the list rendered (p95, SW warm)',
					value: ms(p95),
					target: '<= 500 ms',
					ok: p95 <= 500
				},
				{ what: 'offline start (median)', value: ms(median(sample)) }
			],
			p95Ms: p95,
			medianMs: median(sample)
		};
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
}
