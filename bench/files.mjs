// Attaching evidence files, in Chromium against the production build: 100 images of 1 MB dropped
// on one evidence item at once, timed from the drop to the app saying they are saved (every file
// checked, hashed with WebCrypto and committed in one transaction). Peak JS heap is sampled
// through the DevTools protocol while it runs.
import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { ms } from './stats.mjs';

const COUNT = Number(process.env.BENCH_FILES ?? 100);
const SIZE = 1024 * 1024;

export async function measureFiles() {
	const port = 4196;
	const server = await serve({ port });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		await page.goto(`http://localhost:${port}/`);
		await page.getByRole('button', { name: 'New assessment' }).first().click();
		await page.getByLabel('Company name').fill('Bench Files Co');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.waitForURL(/assessment\//);
		await page.goto(`${page.url()}/controls`);
		await page.getByRole('searchbox', { name: 'Search' }).fill('IAM-02');
		const item = page.locator('li.control[data-control="IAM-02"]');
		await item.locator('button.toggle').click();
		await item.getByRole('button', { name: 'Add evidence' }).click();
		await item.getByLabel('Title').fill('Screens');
		await item.getByRole('button', { name: 'Add evidence' }).click();
		await item.locator('.drop').waitFor();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Performance.enable');
		const heap = async () =>
			(await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')
				?.value ?? 0;
		let peak = await heap();
		let sampling = true;
		const sampler = (async () => {
			while (sampling) {
				peak = Math.max(peak, await heap());
				await new Promise((r) => setTimeout(r, 25));
			}
		})();
		const elapsed = await item.locator('.drop').evaluate(
			async (el, { count, size }) => {
				const files = [];
				for (let i = 0; i < count; i++) {
					const bytes = new Uint8Array(size);
					bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
					for (let j = 8; j < size; j += 4096) bytes[j] = (i * 31 + j) & 0xff;
					files.push(new File([bytes], `screen-${i}.png`, { type: 'image/png' }));
				}
				const dt = new DataTransfer();
				for (const f of files) dt.items.add(f);
				const t = performance.now();
				el.dispatchEvent(
					new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true })
				);
				const group = el.closest('.files');
				await new Promise((resolve) => {
					const check = () =>
						/files are saved on this device/.test(group?.textContent ?? '')
							? resolve(undefined)
							: setTimeout(check, 10);
					check();
				});
				return performance.now() - t;
			},
			{ count: COUNT, size: SIZE }
		);
		sampling = false;
		await sampler;
		const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
		return {
			rows: [
				{ what: `attach ${COUNT} images of 1 MB (drop to saved)`, value: ms(elapsed) },
				{ what: `attach ${COUNT} images: peak JS heap`, value: mb(peak) }
			],
			count: COUNT,
			elapsedMs: elapsed,
			peakHeapBytes: peak
		};
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
}
