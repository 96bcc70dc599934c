// Control change to committed write, in Chromium against the production build: the status select
// changes, and the clock stops when the app reports that its last write in flight has committed
// (the moment the save indicator says "Saved").
import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { ms, percentile, median } from './stats.mjs';

export async function measureWrites() {
	const port = 4192;
	const server = await serve({ port });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		await page.goto(`http://localhost:${port}/`);
		await page.getByRole('button', { name: 'New assessment' }).first().click();
		await page.getByLabel('Company name').fill('Bench Co');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.waitForURL(/assessment\//);
		await page.goto(`${page.url()}/controls`);
		await page.getByLabel('Status of IAM-02').waitFor();
		const times = await page.evaluate(async () => {
			const select = document.querySelector('#status-IAM-02');
			if (!(select instanceof HTMLSelectElement)) throw new Error('no select');
			const out = [];
			for (let i = 0; i < 220; i++) {
				const saved = new Promise((resolve) => {
					const on = (/** @type {any} */ e) => {
						if (!e.detail?.idle) return;
						window.removeEventListener('app:saved', on);
						resolve(undefined);
					};
					window.addEventListener('app:saved', on);
				});
				const t = performance.now();
				select.value = i % 2 ? 'in_progress' : 'implemented';
				select.dispatchEvent(new Event('change', { bubbles: true }));
				await saved;
				out.push(performance.now() - t);
				// Let the page finish re-rendering, so each sample is one change on an idle page.
				await new Promise((r) => setTimeout(r, 150));
			}
			return out.slice(20);
		});
		const p95 = percentile(times, 95);
		return {
			rows: [
				{
					what: 'control change to committed write (p95, Chromium)',
					value: ms(p95),
					target: '<= 12 ms',
					ok: p95 <= 12
				},
				{ what: 'control change to committed write (median)', value: ms(median(times)) }
			],
			p95Ms: p95,
			medianMs: median(times)
		};
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
}
