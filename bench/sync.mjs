// Team sync figures, in Chromium against a production build that names a sync server, with the
// CouchDB stand-in (express-pouchdb over memory) on 127.0.0.1: the first device turning sync on
// for an assessment of 170 controls, 500 evidence records and 100 vendors, a second device joining
// it, one control change on the first device until the second shows it (the path a user waits
// on: save, the pause that groups edits, a round, the changes feed, the other round), and the
// gzip size of the code sync loads. The build is made in a scratch copy; build/ is left as it was.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startCouch } from '../scripts/couch-server.mjs';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { vendor } from './report.mjs';
import { median, percentile } from './stats.mjs';

const PORT = 4198;
const COUCH_PORT = 5986;
const ORIGIN = `http://127.0.0.1:${COUCH_PORT}`;
const DB = 'bench-client';
const PASSPHRASE = 'benchmark team passphrase';
const CHANGES = 12;
const NOW = '2026-12-01T09:00:00.000Z';
const TARGET = { changeP95Ms: 3000 };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;

/** A production build with SYNC_ORIGIN set, copied out of build/ (restored afterwards). */
function syncBuild() {
	const root = mkdtempSync(join(tmpdir(), 'soc2-sync-bench-'));
	const kept = existsSync('build') ? `build.kept-${process.pid}` : null;
	if (kept) renameSync('build', kept);
	try {
		execSync('npm run build', {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, SYNC_ORIGIN: ORIGIN }
		});
		cpSync('build', root, { recursive: true });
	} finally {
		rmSync('build', { recursive: true, force: true });
		if (kept) renameSync(kept, 'build');
	}
	return root;
}

function rows(assessmentId) {
	const controlStates = Array.from({ length: 170 }, (_, i) => ({
		assessmentId,
		controlId: i === 0 ? 'IAM-01' : `BENCH-${String(i).padStart(3, '0')}`,
		status: ['implemented', 'in_progress', 'planned', 'not_started'][i % 4],
		ownerName: i % 2 ? 'Zoë Kowalczyk' : '',
		ownerDepartment: null,
		notes: i % 5 === 0 ? 'Tracked in the quarterly review; see the wiki for the procedure.' : '',
		dueDate: i % 4 === 0 ? '2027-05-31' : null,
		lastPerformed: null,
		naRationale: '',
		updatedAt: NOW
	}));
	const evidence = Array.from({ length: 500 }, (_, i) => ({
		id: `bench-ev-${i}`,
		assessmentId,
		controlId: controlStates[i % 170].controlId,
		title: `Evidence export ${i}`,
		location: `https://drive.example.com/soc2/evidence/${i}`,
		collectedAt: '2026-11-01',
		reportType: 'both',
		createdAt: NOW,
		updatedAt: NOW
	}));
	const vendors = Array.from({ length: 100 }, (_, i) => vendor(i, assessmentId));
	return { controlStates, evidence, vendors };
}

async function seed(page, tables) {
	await page.evaluate(async (tables) => {
		const db = await new Promise((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		await new Promise((resolve, reject) => {
			const tx = db.transaction(Object.keys(tables), 'readwrite');
			for (const [t, list] of Object.entries(tables))
				for (const row of list) tx.objectStore(t).put(row);
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, tables);
}

async function fillAccount(scope, couch) {
	await scope.getByLabel('Database name').fill(DB);
	await scope.getByLabel('User name').fill(couch.user);
	await scope.getByLabel('Password', { exact: true }).fill(couch.password);
	await scope.getByLabel('Team passphrase', { exact: true }).fill(PASSPHRASE);
}

export async function measureSync() {
	const root = syncBuild();
	const server = await serve({ port: PORT, root });
	const app = `http://localhost:${PORT}`;
	const couch = await startCouch({ port: COUCH_PORT, origin: app });
	const auth = `Basic ${Buffer.from(`${couch.user}:${couch.password}`).toString('base64')}`;
	await fetch(`${couch.url}/${DB}`, { method: 'PUT', headers: { authorization: auth } });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const a = await (await browser.newContext()).newPage();
		await a.goto(`${app}/`);
		await a.getByRole('button', { name: 'New assessment' }).first().click();
		const dialog = a.getByRole('dialog', { name: 'New assessment' });
		await dialog.getByLabel('Company name').fill('Zoë Łukasiewicz — Café Ünal');
		await dialog.getByRole('button', { name: 'Create' }).click();
		await a.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
		const id = a.url().split('/').pop();
		await seed(a, rows(id));
		await a.goto(`${app}/assessment/${id}/sync`);
		await fillAccount(a, couch);
		await a.getByLabel('This is the first device').check();
		// The code sync loads: every script requested from here on.
		const lazy = new Set();
		a.on('request', (r) => {
			if (r.resourceType() === 'script' && r.url().startsWith(app))
				lazy.add(new URL(r.url()).pathname);
		});
		let t0 = performance.now();
		await a.getByRole('button', { name: 'Turn on sync' }).click();
		await a.getByTestId('sync-status').getByText('Synced').waitFor({ timeout: 120_000 });
		const firstDeviceMs = performance.now() - t0;
		const lazyBytes = [...lazy].reduce(
			(n, p) => n + gzipSync(readFileSync(join(root, p))).length,
			0
		);
		const docs = (
			await (await fetch(`${couch.url}/${DB}`, { headers: { authorization: auth } })).json()
		).doc_count;

		const b = await (await browser.newContext()).newPage();
		await b.goto(`${app}/`);
		await b.getByRole('button', { name: 'Join a team assessment' }).click();
		const joinDialog = b.getByRole('dialog', { name: 'Join a team assessment' });
		await fillAccount(joinDialog, couch);
		t0 = performance.now();
		await joinDialog.getByRole('button', { name: 'Join the team assessment' }).click();
		await b.waitForURL(`**/assessment/${id}`, { timeout: 120_000 });
		await b.getByTestId('company-name').waitFor();
		const joinMs = performance.now() - t0;

		for (const p of [a, b]) {
			await p.goto(`${app}/assessment/${id}/controls`);
			await p.getByLabel('Status of IAM-01').waitFor();
		}
		await b.getByTestId('sync-indicator').getByText('Synced').waitFor({ timeout: 30_000 });
		const labels = ['Implemented', 'In progress'];
		const changes = [];
		for (let i = 0; i < CHANGES; i++) {
			const label = labels[i % 2];
			await a.getByTestId('sync-indicator').getByText('Synced').waitFor({ timeout: 30_000 });
			t0 = performance.now();
			await a.getByLabel('Status of IAM-01').selectOption({ label });
			await b.waitForFunction(
				(want) => {
					const el = document.getElementById('status-IAM-01');
					return (
						el instanceof HTMLSelectElement && el.selectedOptions[0]?.textContent?.trim() === want
					);
				},
				label,
				{ timeout: 30_000, polling: 20 }
			);
			changes.push(performance.now() - t0);
		}
		const p50 = median(changes);
		const p95 = percentile(changes, 95);
		return {
			rows: [
				{ what: 'sync: records (170 controls, 500 evidence, 100 vendors)', value: String(docs) },
				{
					what: 'sync: first device turns sync on (derive key, seal, push)',
					value: ms(firstDeviceMs)
				},
				{ what: 'sync: second device joins (pull, open, write)', value: ms(joinMs) },
				{
					what: `sync: control change -> shown on the other device, p50 of ${CHANGES}`,
					value: ms(p50)
				},
				{
					what: `sync: control change -> shown on the other device, p95 of ${CHANGES}`,
					value: ms(p95),
					target: `<= ${ms(TARGET.changeP95Ms)}`,
					ok: p95 <= TARGET.changeP95Ms
				},
				{ what: 'sync: code loaded when sync turns on (gzip)', value: kb(lazyBytes) }
			],
			docs,
			firstDeviceMs,
			joinMs,
			changes,
			lazyScripts: [...lazy],
			lazyBytes
		};
	} finally {
		await browser.close();
		await couch.close();
		server.closeAllConnections();
		server.close();
		rmSync(root, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const r = await measureSync();
	for (const row of r.rows) console.log(`${row.what}: ${row.value}`);
}
