// The auditor's package at scale: FILES evidence files of MB megabytes in all (default 1,000 files,
// 500 MB), written to IndexedDB in the page, then "Auditor's package (ZIP)" clicked and the
// download awaited, in Chromium against the production build. Reports the time and the peak JS
// heap (CDP Runtime.getHeapUsage, sampled every 50 ms), and saves a screenshot of the progress bar
// to bench/out/. BENCH_PACKAGE_FILES and BENCH_PACKAGE_MB make it smaller on a slow machine.
import { mkdirSync, statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';

const PORT = 4194;
const FILES = Number(process.env.BENCH_PACKAGE_FILES ?? 1000);
const MB = Number(process.env.BENCH_PACKAGE_MB ?? 500);
const TARGET_HEAP = 200 * 1024 * 1024;
const NOW = '2027-01-10T09:00:00.000Z';
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Evidence items spread over the catalog's controls, ten files each. */
function evidence(assessmentId, controlIds) {
	return Array.from({ length: Math.ceil(FILES / 10) }, (_, i) => ({
		id: `bench-ev-${i}`,
		assessmentId,
		controlId: controlIds[i % controlIds.length],
		title: `Quarterly export ${i} — Zürich`,
		location: '',
		collectedAt: '2026-12-01',
		reportType: 'both',
		createdAt: NOW,
		updatedAt: NOW
	}));
}

/** Writes the files in the page, 20 to a transaction, hashing each with WebCrypto. */
async function seedFiles(page, assessmentId) {
	const size = Math.floor((MB * 1024 * 1024) / FILES);
	for (let start = 0; start < FILES; start += 20) {
		await page.evaluate(
			async ({ assessmentId, start, count, size, now }) => {
				const hex = (buf) =>
					[...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
				const made = [];
				for (let i = start; i < start + count; i++) {
					const bytes = new Uint8Array(size);
					for (let at = 0; at < size; at += 65536)
						crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65536)));
					// Nine in ten are screenshots or PDFs (stored); one in ten is text-like (deflated).
					const png = i % 10 !== 9;
					if (png) bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
					const sha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
					made.push({
						file: {
							id: `bench-file-${i}`,
							assessmentId,
							ownerKind: 'evidence',
							ownerId: `bench-ev-${Math.floor(i / 10)}`,
							name: png ? `screenshot ${i}.png` : `export ${i}.csv`,
							type: png ? 'image/png' : '',
							declaredType: png ? 'image/png' : 'text/csv',
							size,
							sha256,
							addedAt: now,
							addedBy: 'Bench',
							replaces: null,
							replacedBy: null,
							updatedAt: now
						},
						blob: new Blob([bytes])
					});
				}
				const db = await new Promise((resolve, reject) => {
					const req = indexedDB.open('soc2-readiness');
					req.onsuccess = () => resolve(req.result);
					req.onerror = () => reject(req.error);
				});
				await new Promise((resolve, reject) => {
					const tx = db.transaction(['evidenceFiles', 'fileBlobs'], 'readwrite');
					for (const { file, blob } of made) {
						tx.objectStore('evidenceFiles').put(file);
						tx.objectStore('fileBlobs').put({ id: file.id, assessmentId, blob });
					}
					tx.oncomplete = resolve;
					tx.onerror = () => reject(tx.error);
				});
				db.close();
			},
			{ assessmentId, start, count: Math.min(20, FILES - start), size, now: NOW }
		);
	}
	return size;
}

async function seedRows(page, table, rows) {
	await page.evaluate(
		async ({ table, rows }) => {
			const db = await new Promise((resolve, reject) => {
				const req = indexedDB.open('soc2-readiness');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			await new Promise((resolve, reject) => {
				const tx = db.transaction([table], 'readwrite');
				for (const row of rows) tx.objectStore(table).put(row);
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ table, rows }
	);
}

export async function measureAuditorPackage() {
	const server = await serve({ port: PORT });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
		await page.goto(`http://localhost:${PORT}/`);
		await page.getByRole('button', { name: 'New assessment' }).first().click();
		const dialog = page.getByRole('dialog', { name: 'New assessment' });
		await dialog.getByLabel('Company name').fill('Zoë Package Bench GmbH');
		await dialog.getByRole('button', { name: 'Create' }).click();
		await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
		const id = page.url().split('/').pop();
		const reportUrl = `${page.url()}/report`;
		await page.goto(reportUrl);
		await page.getByTestId('report-overall').waitFor();
		// The control ids come from the app's own Controls CSV, as in the report bench.
		const csv = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Controls (CSV)' }).click();
		const { readFileSync } = await import('node:fs');
		const ids = readFileSync(await (await csv).path(), 'utf8')
			.split(/\r\n/)
			.slice(1)
			.map((line) => line.split(',')[0])
			.filter(Boolean);
		await seedRows(page, 'evidence', evidence(id, ids));
		const t0 = Date.now();
		const size = await seedFiles(page, id);
		const seedMs = Date.now() - t0;
		await page.goto(reportUrl);
		await page.getByTestId('report-overall').waitFor();

		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const base = (await cdp.send('Runtime.getHeapUsage')).usedSize;
		let peak = base;
		let sampling = true;
		const sampler = (async () => {
			while (sampling) {
				const { usedSize } = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }));
				peak = Math.max(peak, usedSize);
				await new Promise((r) => setTimeout(r, 50));
			}
		})();

		const start = Date.now();
		const download = page.waitForEvent('download', { timeout: 30 * 60_000 });
		await page.getByRole('button', { name: 'Auditor’s package (ZIP)' }).click();
		const progress = page.getByTestId('package-progress');
		let shot = '';
		try {
			await progress.waitFor({ timeout: 120_000 });
			await page.waitForFunction(() => /Packing files: [1-9]/.test(document.body.innerText), null, {
				timeout: 120_000
			});
			mkdirSync('bench/out', { recursive: true });
			shot = 'bench/out/auditor-package-progress.png';
			await page
				.getByRole('region', { name: 'Auditor’s package' })
				.screenshot({ path: shot })
				.catch(() => (shot = ''));
		} catch {
			shot = '';
		}
		const file = await download;
		const elapsed = Date.now() - start;
		sampling = false;
		await sampler;
		const zipBytes = statSync(await file.path()).size;
		await page.getByTestId('package-saved').waitFor();
		// Cancel mid-way: the UI says so, no download is offered, and the time to stop is reported.
		let downloads = 0;
		page.on('download', () => (downloads += 1));
		await page.getByRole('button', { name: 'Auditor’s package (ZIP)' }).click();
		await page.waitForFunction(() => /Packing files: [1-9]/.test(document.body.innerText), null, {
			timeout: 120_000
		});
		const cancelAt = Date.now();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.getByText('Cancelled. Nothing was saved.').waitFor({ timeout: 60_000 });
		const cancelMs = Date.now() - cancelAt;
		await new Promise((r) => setTimeout(r, 500));
		const rows = [
			{
				what: `auditor package: files / evidence bytes`,
				value: `${FILES} / ${mb(size * FILES)}`
			},
			{ what: 'auditor package: seeding IndexedDB (not the export)', value: `${seedMs} ms` },
			{ what: 'auditor package: click to download (with the gap report)', value: `${elapsed} ms` },
			{
				what: 'auditor package: peak JS heap during the export',
				value: mb(peak),
				target: `<= ${mb(TARGET_HEAP)}`,
				ok: peak <= TARGET_HEAP
			},
			{ what: 'auditor package: JS heap before the export', value: mb(base) },
			{ what: 'auditor package: ZIP size', value: mb(zipBytes) },
			{
				what: 'auditor package: Cancel to "Cancelled", no download',
				value: `${cancelMs} ms`,
				ok: downloads === 0
			}
		];
		if (shot) rows.push({ what: 'auditor package: progress screenshot', value: shot });
		return {
			rows,
			files: FILES,
			evidenceBytes: size * FILES,
			ms: elapsed,
			peakHeap: peak,
			zipBytes
		};
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
}
