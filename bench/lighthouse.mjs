// Lighthouse on / of the production build next to an empty SvelteKit SPA built with the same
// toolchain, mobile and desktop, in the same run (so both see the same machine load). Each run gets
// a fresh Chromium profile (a first visit: no service worker, an empty database); the figures are
// the median of three runs, taken in turn (app, empty app, app, ...) so load spikes fall on both.
// Uses Debian's Chromium with the flags of the browser tests (the network here is closed).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { buildEmptyApp } from './empty-app.mjs';
import { median } from './stats.mjs';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** Starts a headless Chromium with its own profile; resolves with its DevTools port. */
function launchChromium(profile) {
	const exe = chromiumPath();
	if (!exe) throw new Error('No Chromium: install Debian chromium or set CHROMIUM_PATH.');
	const child = spawn(
		exe,
		[
			...CHROMIUM_ARGS,
			'--headless=new',
			'--disable-default-apps',
			'--disable-extensions',
			'--disable-dev-shm-usage',
			// As Lighthouse's own launcher does: a page without a window must not be throttled.
			'--disable-backgrounding-occluded-windows',
			'--disable-renderer-backgrounding',
			'--disable-background-timer-throttling',
			'--disable-ipc-flooding-protection',
			'--mute-audio',
			'--password-store=basic',
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			'about:blank'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	return new Promise((resolve, reject) => {
		let text = '';
		const timer = setTimeout(() => reject(new Error('Chromium did not start')), 30_000);
		child.stderr.on('data', (d) => {
			text += d;
			const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
			if (m) {
				clearTimeout(timer);
				resolve({ port: Number(m[1]), close: () => child.kill() });
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`Chromium exited (${code}): ${text.slice(-500)}`));
		});
	});
}

async function runOnce(url, formFactor) {
	const profile = mkdtempSync(join(tmpdir(), 'lh-profile-'));
	const chrome = await launchChromium(profile);
	try {
		const result = await lighthouse(
			url,
			{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
			formFactor === 'desktop' ? desktopConfig : undefined
		);
		if (!result) throw new Error('Lighthouse returned no result');
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
		const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			fcpMs: lhr.audits['first-contentful-paint'].numericValue,
			lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
			tbtMs: lhr.audits['total-blocking-time'].numericValue,
			// What keeps a score under 100, for whoever reads bench/results.json.
			failing: Object.values(lhr.categories)
				.flatMap((c) => c.auditRefs)
				.filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1)
				.map((r) => r.id),
			warnings: lhr.runWarnings
		};
	} finally {
		chrome.close();
		// Chromium may still hold its profile for a moment after the kill.
		await new Promise((r) => setTimeout(r, 300));
		rmSync(profile, { recursive: true, force: true });
	}
}

/** A trace Lighthouse could not read (NO_NAVSTART, now and then on a busy machine) is run again. */
async function run(url, formFactor) {
	for (let attempt = 1; ; attempt++) {
		try {
			return await runOnce(url, formFactor);
		} catch (e) {
			if (attempt === 3) throw e;
			console.warn(`\n  ${formFactor} ${url}: ${e instanceof Error ? e.message : e}; again`);
		}
	}
}

const summarise = (runs) => ({
	performance: median(runs.map((r) => r.performance)),
	accessibility: median(runs.map((r) => r.accessibility)),
	bestPractices: median(runs.map((r) => r.bestPractices)),
	fcpMs: median(runs.map((r) => r.fcpMs)),
	lcpMs: median(runs.map((r) => r.lcpMs)),
	tbtMs: median(runs.map((r) => r.tbtMs)),
	runs
});

export async function measureLighthouse() {
	const emptyDir = buildEmptyApp();
	const appPort = 4197;
	const emptyPort = 4198;
	const servers = [
		await serve({ port: appPort }),
		await serve({ port: emptyPort, root: join(emptyDir, 'build') })
	];
	const targets = [
		['app', `http://localhost:${appPort}/`],
		['empty', `http://localhost:${emptyPort}/`]
	];
	const raw = { app: { mobile: [], desktop: [] }, empty: { mobile: [], desktop: [] } };
	try {
		for (let i = 0; i < RUNS; i++)
			for (const formFactor of ['mobile', 'desktop'])
				for (const [name, url] of targets) raw[name][formFactor].push(await run(url, formFactor));
	} finally {
		for (const s of servers) {
			s.closeAllConnections();
			s.close();
		}
		rmSync(emptyDir, { recursive: true, force: true });
	}
	const figures = {
		app: { mobile: summarise(raw.app.mobile), desktop: summarise(raw.app.desktop) },
		empty: { mobile: summarise(raw.empty.mobile), desktop: summarise(raw.empty.desktop) }
	};
	const rows = [];
	for (const formFactor of ['mobile', 'desktop']) {
		const a = figures.app[formFactor];
		const e = figures.empty[formFactor];
		const perfTarget = formFactor === 'mobile' ? 97 : 100;
		rows.push(
			{
				what: `Lighthouse ${formFactor} / performance (median of ${RUNS})`,
				value: String(a.performance),
				target: `>= ${perfTarget}`,
				ok: a.performance >= perfTarget
			},
			{
				what: `Lighthouse ${formFactor} / accessibility`,
				value: String(a.accessibility),
				target: '100',
				ok: a.accessibility === 100
			},
			{
				what: `Lighthouse ${formFactor} / best practices`,
				value: String(a.bestPractices),
				target: '100',
				ok: a.bestPractices === 100
			},
			{ what: `Lighthouse ${formFactor} / LCP`, value: `${Math.round(a.lcpMs)} ms` },
			{ what: `Lighthouse ${formFactor} / TBT`, value: `${Math.round(a.tbtMs)} ms` },
			{
				what: `Lighthouse ${formFactor} empty SPA: performance, LCP, TBT`,
				value: `${e.performance}, ${Math.round(e.lcpMs)} ms, ${Math.round(e.tbtMs)} ms`
			}
		);
	}
	const version = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
	return { rows, lighthouse: version, runs: RUNS, ...figures };
}
