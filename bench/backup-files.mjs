// Backups with evidence files: export and import time and the page's peak JS heap for a backup
// holding BENCH_BACKUP_MB of files (default 500, in 25 MB files of random bytes, which do not
// compress), plain and encrypted, in Chromium against the production build. Each side runs in its
// own on-disk profile, as on two computers. Memory is sampled through the DevTools protocol every
// 50 ms after a forced garbage collection (see heapSampler); file bytes at rest live in Blobs,
// which the browser keeps outside the page's heap. BENCH_BACKUP_KINDS=plain runs one kind.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';

const PORT = Number(process.env.BENCH_BACKUP_PORT ?? 4221);
const TOTAL_MB = Number(process.env.BENCH_BACKUP_MB ?? 500);
const FILE_MB = 25;
/** Which runs: 'plain,encrypted' by default. */
const KINDS = (process.env.BENCH_BACKUP_KINDS ?? 'plain,encrypted').split(',');
const PASSPHRASE = 'bench passphrase for the locker';
const HEAP_TARGET = 200 * 1024 * 1024;
const BASE = `http://localhost:${PORT}`;

const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function profile() {
	const dir = mkdtempSync(join(tmpdir(), 'soc2-bench-profile-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: chromiumPath(),
		// BENCH_CHROME_LOG=1 (with DEBUG=pw:browser) shows Chromium's own log of downloads and blobs.
		args: process.env.BENCH_CHROME_LOG
			? [...CHROMIUM_ARGS, '--enable-logging=stderr', '--vmodule=*download*=2,*blob*=1']
			: CHROMIUM_ARGS,
		acceptDownloads: true,
		serviceWorkers: 'block',
		baseURL: BASE
	});
	const page = context.pages()[0] ?? (await context.newPage());
	return { context, page, dir };
}

/**
 * Samples the page's memory until stopped; returns two peaks: V8's JS heap, and that heap plus
 * ArrayBuffer contents (a file being hashed or encrypted sits there, as backingStorageSize).
 * The second includes buffers that are garbage but not yet collected: an upper bound.
 */
async function heapSampler(page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.enable');
	await cdp.send('HeapProfiler.collectGarbage');
	const peak = { heap: 0, withBuffers: 0 };
	const sample = async () => {
		const u = await cdp.send('Runtime.getHeapUsage').catch(() => null);
		if (!u) return;
		peak.heap = Math.max(peak.heap, u.usedSize);
		peak.withBuffers = Math.max(peak.withBuffers, u.usedSize + (u.backingStorageSize ?? 0));
	};
	await sample();
	let running = true;
	const loop = (async () => {
		while (running) {
			await sample();
			await new Promise((r) => setTimeout(r, 50));
		}
	})();
	return async () => {
		running = false;
		await loop;
		await cdp.detach().catch(() => {});
		return peak;
	};
}

/** One assessment with one evidence item and `count` files of random bytes, straight into IndexedDB. */
async function seed(page, count) {
	await page.goto('/');
	await page
		.getByRole('button', { name: /New assessment/ })
		.first()
		.click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Company name').fill('Bench Locker Ltd');
	await dialog.getByRole('button', { name: 'Create' }).click();
	await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
	const assessmentId = page.url().split('/').pop();
	for (let i = 0; i < count; i++) {
		await page.evaluate(
			async ({ assessmentId, i, size }) => {
				const db = await new Promise((resolve, reject) => {
					const req = indexedDB.open('soc2-readiness');
					req.onsuccess = () => resolve(req.result);
					req.onerror = () => reject(req.error);
				});
				const bytes = new Uint8Array(size);
				for (let o = 0; o < size; o += 65536)
					crypto.getRandomValues(bytes.subarray(o, Math.min(size, o + 65536)));
				const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
				const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
				const now = new Date().toISOString();
				const tx = db.transaction(['evidence', 'evidenceFiles', 'fileBlobs'], 'readwrite');
				if (i === 0)
					tx.objectStore('evidence').put({
						id: 'bench-evidence',
						assessmentId,
						controlId: 'IAM-01',
						title: 'Bench evidence',
						location: '',
						collectedAt: null,
						reportType: 'both',
						createdAt: now,
						updatedAt: now
					});
				const id = `bench-file-${i}`;
				tx.objectStore('evidenceFiles').put({
					id,
					assessmentId,
					ownerKind: 'evidence',
					ownerId: 'bench-evidence',
					name: `recording-${i}.bin`,
					type: '',
					declaredType: 'application/octet-stream',
					size,
					sha256,
					addedAt: now,
					addedBy: 'bench',
					replaces: null,
					replacedBy: null,
					updatedAt: now
				});
				tx.objectStore('fileBlobs').put({ id, assessmentId, blob: new Blob([bytes]) });
				await new Promise((resolve, reject) => {
					tx.oncomplete = resolve;
					tx.onerror = () => reject(tx.error);
				});
				db.close();
			},
			{ assessmentId, i, size: FILE_MB * 1024 * 1024 }
		);
	}
}

async function exportBackup(page, encrypted) {
	await page.goto('/settings');
	await page.getByRole('button', { name: 'Export backup' }).first().click();
	const dialog = page.getByRole('dialog', { name: 'Export backup' });
	if (encrypted) {
		await dialog.getByLabel('Protect with a passphrase').check();
		await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
		await dialog.getByLabel('Passphrase again').fill(PASSPHRASE);
	}
	const stop = await heapSampler(page);
	const t0 = Date.now();
	const download = page.waitForEvent('download', { timeout: 600_000 });
	await dialog.getByRole('button', { name: 'Export backup' }).click();
	const file = await download;
	const tDownload = Date.now() - t0;
	const path = await file.path().catch(async (e) => {
		// Why Chromium gave up on the download: the blob store's own view of its blobs.
		if (process.env.BENCH_CHROME_LOG) {
			const internals = await page.context().newPage();
			await internals.goto('chrome://blob-internals').catch(() => {});
			const text = (await internals.textContent('body').catch(() => '')) ?? '';
			console.log(
				text
					.split('\n')
					.filter((l) => /ERR_/.test(l))
					.slice(0, 10)
					.join('\n')
			);
		}
		throw new Error(
			`Download failed after ${Date.now() - t0} ms (started at ${tDownload} ms): ${await file.failure()}`,
			{ cause: e }
		);
	});
	const ms = Date.now() - t0;
	return { ms, heap: await stop(), path, bytes: statSync(path).size };
}

async function importBackup(page, path, encrypted, count) {
	await page.goto('/settings');
	const stop = await heapSampler(page);
	const t0 = Date.now();
	const chooser = page.waitForEvent('filechooser');
	await page.getByLabel('Import backup').click();
	await (await chooser).setFiles(path);
	if (encrypted) {
		await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
		await page.getByRole('button', { name: 'Decrypt' }).click();
	}
	const preview = page.getByText('Will be added:');
	await preview.or(page.getByRole('alert')).first().waitFor({ timeout: 600_000 });
	if (!(await preview.isVisible()))
		throw new Error(`Import refused: ${await page.getByRole('alert').textContent()}`);
	const checkMs = Date.now() - t0;
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const done = page.getByText(/Imported .*: 1 added/);
	const refused = page.getByRole('alert');
	await done.or(refused).first().waitFor({ timeout: 600_000 });
	if (await refused.isVisible()) throw new Error(`Import refused: ${await refused.textContent()}`);
	const ms = Date.now() - t0;
	const heap = await stop();
	// Every imported file read back and hashed against its record (outside the timing).
	const good = await page.evaluate(async () => {
		const db = await new Promise((resolve) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
		});
		const all = (store) =>
			new Promise((resolve) => {
				const req = db.transaction(store).objectStore(store).getAll();
				req.onsuccess = () => resolve(req.result);
			});
		const records = await all('evidenceFiles');
		let ok = 0;
		for (const r of records) {
			const row = await new Promise((resolve) => {
				const req = db.transaction('fileBlobs').objectStore('fileBlobs').get(r.id);
				req.onsuccess = () => resolve(req.result);
			});
			const digest = new Uint8Array(
				await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer())
			);
			const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
			if (hex === r.sha256) ok += 1;
		}
		db.close();
		return ok;
	});
	if (good !== count) throw new Error(`${good} of ${count} imported files match their records.`);
	return { ms, checkMs, heap };
}

export async function measureBackupFiles() {
	const count = Math.max(1, Math.round(TOTAL_MB / FILE_MB));
	const server = await serve({ port: PORT });
	const source = await profile();
	const rows = [];
	const out = { totalMB: count * FILE_MB, runs: {} };
	const label = (kind) => `backup, ${count * FILE_MB} MB of evidence (${count} files), ${kind}`;
	try {
		await seed(source.page, count);
		// A fresh page, as when the files were added in earlier sessions: the seeding's own Blobs
		// (500 MB in the browser's blob store until the page lets go of them) are released.
		await source.page.goto('about:blank');
		await source.page.goto('/');
		for (const kind of KINDS) {
			const encrypted = kind === 'encrypted';
			const exp = await exportBackup(source.page, encrypted);
			const target = await profile();
			let imp;
			try {
				imp = await importBackup(target.page, exp.path, encrypted, count);
			} catch (e) {
				// A refusal is a result too (an encrypted import past the browser's Blob store).
				rows.push({ what: `${label(kind)}: import`, value: 'refused', ok: false });
				out.runs[kind] = { export: exp, refused: String(e instanceof Error ? e.message : e) };
				console.log(`\n${kind} import refused: ${out.runs[kind].refused}`);
				continue;
			} finally {
				await target.context.close();
				rmSync(target.dir, { recursive: true, force: true });
			}
			out.runs[kind] = { export: exp, import: imp };
			rows.push(
				{ what: `${label(kind)}: export`, value: s(exp.ms) },
				{ what: `${label(kind)}: file size`, value: mb(exp.bytes) },
				{ what: `${label(kind)}: import (check ${s(imp.checkMs)})`, value: s(imp.ms) },
				{
					what: `${label(kind)}: peak JS heap, export`,
					value: mb(exp.heap.heap),
					target: '<= 200 MB',
					ok: exp.heap.heap <= HEAP_TARGET
				},
				{ what: `${label(kind)}: … with ArrayBuffers, export`, value: mb(exp.heap.withBuffers) },
				{
					what: `${label(kind)}: peak JS heap, import`,
					value: mb(imp.heap.heap),
					target: '<= 200 MB',
					ok: imp.heap.heap <= HEAP_TARGET
				},
				{ what: `${label(kind)}: … with ArrayBuffers, import`, value: mb(imp.heap.withBuffers) }
			);
		}
	} finally {
		await source.context.close();
		rmSync(source.dir, { recursive: true, force: true });
		server.close();
	}
	return { rows, ...out };
}
