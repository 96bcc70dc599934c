// A portfolio of 1, 10 and 100 full assessments in Chromium against the production build, through
// the real UI, each in a fresh browser context: import of a backup file in Settings (from the
// click on Import to the "Imported …" message), the home list after a reload (to the first frame
// listing all N, and to the frame where every score is shown), and Export backup, unencrypted
// (from the click to the browser's download event). The backup files are written once with the
// app's own writer (bench/portfolio-entry.ts) into bench/out. Each figure is the median of
// BENCH_PORTFOLIO_REPEATS runs (3), interleaved across sizes; with the growth factor 10 -> 100
// (the design asks for at most linear growth, 10x). Reported, never asserted. The Node figures
// for the same sizes are in backup-scale.mjs.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { loadTs } from './node-bundle.mjs';
import { median, ms } from './stats.mjs';

const PORT = 4264;
const BASE = `http://localhost:${PORT}`;
const SIZES = [1, 10, 100];
const REPEATS = Number(process.env.BENCH_PORTFOLIO_REPEATS ?? 3);
const TIMEOUT = 120_000;
/** The figures with a growth row; scoredMs (every score shown) is reported beside listMs. */
const FIGURES = [
	['importMs', 'import'],
	['listMs', 'home list'],
	['exportMs', 'export all']
];

const plural = (n) => `${n} assessment${n === 1 ? '' : 's'}`;

/** The backup files, one per size, written by the app's own backup code. */
async function backupFiles() {
	const mod = await loadTs('bench/portfolio-entry.ts', 'portfolio');
	mkdirSync('bench/out', { recursive: true });
	const paths = new Map();
	for (const n of SIZES) {
		const path = resolve(`bench/out/portfolio-${n}.zip`);
		writeFileSync(path, await mod.backupZip(n));
		paths.set(n, path);
	}
	return paths;
}

/**
 * On the home page, records the time since navigation of the first frame that lists `n`
 * assessments (window.__listAt) and of the first with every score worked out (__scoredAt).
 */
function HOME_WATCH(n) {
	if (location.pathname !== '/') return;
	const frame = () =>
		requestAnimationFrame(() => {
			const items = document.querySelectorAll('ul[aria-label="Your assessments"] > li');
			if (items.length === n) {
				window.__listAt ??= performance.now();
				const list = items[0].parentElement;
				if (!list.querySelector('.spinner')) {
					window.__scoredAt = performance.now();
					return;
				}
			}
			frame();
		});
	frame();
}

/** Settings → Import backup → the file → Import; ms from the click to the "Imported" message. */
async function importBackup(page, path, n) {
	await page.goto('/settings');
	const chooser = page.waitForEvent('filechooser');
	await page.getByLabel('Import backup').click();
	await (await chooser).setFiles(path);
	await page.getByText('Will be added:').waitFor({ timeout: TIMEOUT });
	await page.evaluate(() => {
		const button = [...document.querySelectorAll('button')].find(
			(b) => b.textContent?.trim() === 'Import'
		);
		if (!button) throw new Error('no Import button');
		window.__t0 = performance.now();
		button.click();
	});
	const done = await page.waitForFunction(
		(n) => {
			const text = document.querySelector('.toasts')?.textContent ?? '';
			if (/Imported /.test(text)) return { ms: performance.now() - window.__t0, text };
			const alert = document.querySelector('[role="alert"]');
			if (alert?.textContent?.trim()) return { ms: NaN, text: alert.textContent };
			return n < 0; // never
		},
		n,
		{ polling: 'raf', timeout: TIMEOUT }
	);
	const { ms, text } = await done.jsonValue();
	if (!text.includes(`: ${n} added`)) throw new Error(`Import of ${n}: ${text}`);
	return ms;
}

/** The home page reloaded: ms from navigation to all `n` listed, and to every score shown. */
async function homeList(page, n) {
	await page.goto('/');
	await page.waitForFunction(() => window.__scoredAt, null, { timeout: TIMEOUT });
	await page.reload({ waitUntil: 'commit' });
	const at = await page.waitForFunction(
		() => window.__scoredAt && { listMs: window.__listAt, scoredMs: window.__scoredAt },
		null,
		{ timeout: TIMEOUT }
	);
	const out = await at.jsonValue();
	const shown = await page.locator('ul[aria-label="Your assessments"] > li').count();
	if (shown !== n) throw new Error(`home lists ${shown} of ${n}`);
	return out;
}

/** Settings → Export backup, unencrypted; ms from the click to the download event. */
async function exportAll(page) {
	await page.goto('/settings');
	await page
		.getByRole('region', { name: 'Backups' })
		.getByRole('button', { name: 'Export backup' })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Export backup' });
	const submit = dialog.getByRole('button', { name: 'Export backup' });
	await submit.waitFor();
	const download = page.waitForEvent('download', { timeout: TIMEOUT });
	const t0 = performance.now();
	await submit.evaluate((b) => b.click());
	const file = await download;
	const ms = performance.now() - t0;
	return { ms, bytes: statSync(await file.path()).size };
}

async function once(browser, path, n) {
	const context = await browser.newContext({
		baseURL: BASE,
		acceptDownloads: true,
		serviceWorkers: 'block'
	});
	await context.addInitScript(HOME_WATCH, n);
	try {
		const page = await context.newPage();
		const importMs = await importBackup(page, path, n);
		const { listMs, scoredMs } = await homeList(page, n);
		const exp = await exportAll(page);
		return { assessments: n, importMs, listMs, scoredMs, exportMs: exp.ms, exportBytes: exp.bytes };
	} finally {
		await context.close();
	}
}

export async function measurePortfolioScale() {
	const paths = await backupFiles();
	const server = await serve({ port: PORT });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const all = [];
	try {
		for (let rep = 0; rep < REPEATS; rep++)
			for (const n of SIZES) all.push(await once(browser, paths.get(n), n));
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
	const runs = SIZES.map((n) => {
		const mine = all.filter((r) => r.assessments === n);
		const out = { assessments: n, fileBytes: statSync(paths.get(n)).size };
		for (const key of ['importMs', 'listMs', 'scoredMs', 'exportMs'])
			out[key] = median(mine.map((r) => r[key]));
		out.exportBytes = mine[0].exportBytes;
		out.samples = mine;
		return out;
	});
	const at = (n) => runs.find((r) => r.assessments === n);
	const rows = [];
	for (const r of runs)
		rows.push(
			{
				what: `browser: import ${plural(r.assessments)} (${(r.fileBytes / 1048576).toFixed(2)} MB file, median of ${REPEATS})`,
				value: ms(r.importMs)
			},
			{
				what: `browser: home list of ${plural(r.assessments)} after a reload (scores shown at ${ms(r.scoredMs)}, median of ${REPEATS})`,
				value: ms(r.listMs)
			},
			{
				what: `browser: export all, ${plural(r.assessments)}, to the download (median of ${REPEATS})`,
				value: ms(r.exportMs)
			}
		);
	for (const [key, label] of FIGURES) {
		const g = at(100)[key] / at(10)[key];
		rows.push({
			what: `browser growth 10 -> 100: ${label}`,
			value: `${g.toFixed(1)}x`,
			target: '<= 10x (linear)',
			ok: g <= 10
		});
	}
	return { rows, runs };
}
