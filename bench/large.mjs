// One assessment at consultant scale (1,000 vendors, 5,000 evidence items, 1,500 tasks, every
// control in scope), in Chromium against the production build:
// - pdf-large: the full gap report's time, pages and size, and the longest main-thread task
//   during the export (PerformanceObserver 'longtask' in the page);
// - tabs: each assessment tab's render time after a click on its tab, warm (each tab visited
//   once before), and the longest task in the second after the click.
// Reported, never asserted. The rows are written to IndexedDB in the page, as in report.mjs.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { exportPdf, vendor, writeRows } from './report.mjs';
import { median } from './stats.mjs';

const PORT = 4263;
const NOW = '2027-01-10T09:00:00.000Z';
const SIZE = { vendors: 1000, evidence: 5000, tasks: 1500 };
const ms = (n) => `${Math.round(n)} ms`;

/** Collects long tasks from the first script on every page load. */
const LONGTASKS = () => {
	window.__longtasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			window.__longtasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
};

function largeRows(assessmentId, controlIds) {
	const statuses = ['implemented', 'in_progress', 'planned', 'not_started', 'implemented'];
	const controlStates = controlIds.map((controlId, i) => ({
		assessmentId,
		controlId,
		status: statuses[i % statuses.length],
		ownerName: i % 2 ? 'Zoë Kowalczyk' : 'Sam Okafor',
		ownerDepartment: null,
		notes:
			i % 3 === 0 ? 'Tracked in the quarterly review; see the wiki page for the procedure.' : '',
		dueDate: i % 4 === 0 ? '2027-05-31' : null,
		lastPerformed: i % 2 ? '2026-12-20' : null,
		naRationale: '',
		updatedAt: NOW
	}));
	const evidence = Array.from({ length: SIZE.evidence }, (_, i) => ({
		id: `large-ev-${i}`,
		assessmentId,
		controlId: controlIds[i % controlIds.length],
		title: `Evidence export ${i} — quarterly access review`,
		location: `https://drive.example.com/soc2/evidence/${i}`,
		collectedAt: i % 5 === 0 ? '2025-06-01' : '2026-12-01',
		reportType: ['type1', 'type2', 'both'][i % 3],
		createdAt: NOW,
		updatedAt: NOW
	}));
	const tasks = Array.from({ length: SIZE.tasks }, (_, i) => {
		const controlId = controlIds[i % controlIds.length];
		return {
			id: `large-task-${i}`,
			assessmentId,
			gapKey: i < controlIds.length ? `control:${controlId}` : null,
			title: `Put ${controlId} in place (${i})`,
			controlIds: [controlId],
			ownerName: i % 2 ? 'Zoë Kowalczyk' : 'Sam Okafor',
			ownerDepartment: null,
			effortDays: 1 + (i % 5),
			startDate: null,
			dueDate: '2027-06-30',
			status: ['todo', 'doing', 'done'][i % 3],
			notes: '',
			edited: [],
			resolved: false,
			createdAt: NOW,
			updatedAt: NOW
		};
	});
	const vendors = Array.from({ length: SIZE.vendors }, (_, i) => vendor(i, assessmentId));
	return { controlStates, evidence, tasks, vendors };
}

/** A new assessment with every category in scope and the large rows, on its Report page. */
export async function seed(page) {
	await page.goto(`http://localhost:${PORT}/`);
	await page.getByRole('button', { name: 'New assessment' }).first().click();
	const dialog = page.getByRole('dialog', { name: 'New assessment' });
	await dialog.getByLabel('Company name').fill('Zoë Łukasiewicz — Café Ünal');
	await dialog.getByLabel('Assessor').fill('Bench');
	await dialog.getByRole('button', { name: 'Create' }).click();
	await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
	const base = page.url();
	const id = base.split('/').pop();
	await page.goto(`${base}/report`);
	await page.getByTestId('report-overall').waitFor();
	await writeRows(
		page,
		{},
		{
			id,
			includedCategories: ['availability', 'confidentiality', 'processing_integrity', 'privacy']
		}
	);
	const csv = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Controls (CSV)' }).click();
	const ids = readFileSync(await (await csv).path(), 'utf8')
		.split(/\r\n/)
		.slice(1)
		.map((line) => line.split(',')[0])
		.filter(Boolean);
	await writeRows(page, largeRows(id, ids));
	return { base, controls: ids.length };
}

export async function open() {
	const server = await serve({ port: PORT });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const context = await browser.newContext({ acceptDownloads: true });
	await context.addInitScript(LONGTASKS);
	const page = await context.newPage();
	const close = async () => {
		await browser.close();
		server.closeAllConnections();
		server.close();
	};
	return { page, close };
}

const longest = (page) =>
	page.evaluate(() => Math.max(0, ...window.__longtasks.map((t) => t.duration)));
/** Every long task's duration, longest first. */
const longTasks = (page) =>
	page.evaluate(() => window.__longtasks.map((t) => Math.round(t.duration)).sort((a, b) => b - a));

export async function measurePdfLarge() {
	const { page, close } = await open();
	try {
		const { controls } = await seed(page);
		await exportPdf(page, 'Full gap report'); // loads jsPDF, the font and Chart.js
		const runs = [];
		for (let i = 0; i < 3; i++) {
			await page.evaluate(() => (window.__longtasks.length = 0));
			const r = await exportPdf(page, 'Full gap report');
			runs.push({ ...r, longestTaskMs: await longest(page), longTasksMs: await longTasks(page) });
		}
		const fullMs = median(runs.map((r) => r.ms));
		const longTask = Math.max(...runs.map((r) => r.longestTaskMs));
		return {
			rows: [
				{
					what: `large assessment: ${controls} controls, ${SIZE.vendors} vendors, ${SIZE.evidence} evidence, ${SIZE.tasks} tasks`,
					value: ''
				},
				{
					what: `large: full gap report, median of 3 (${runs[0].pages} pages)`,
					value: ms(fullMs),
					target: '<= 3000 ms',
					ok: fullMs <= 3000
				},
				{
					what: 'large: full gap report size',
					value: `${(runs[0].bytes / 1048576).toFixed(2)} MB`
				},
				{
					what: 'large: longest main-thread task during the export',
					value: ms(longTask),
					target: '<= 200 ms',
					ok: longTask <= 200
				}
			],
			runs
		};
	} finally {
		await close();
	}
}

const TABS = [
	['Overview', 'Overview'],
	['Scope', 'Scope'],
	['Controls', 'Controls'],
	['Evidence', 'Evidence requests'],
	['Interview', 'Interview'],
	['Risks', 'Risk register'],
	['Plan', 'Plan'],
	['Policies', 'Policies'],
	['Vendors', 'Vendors'],
	['System', 'System description'],
	['Frameworks', 'Other frameworks'],
	['Report', 'Report'],
	['Sync', 'Team sync']
];

/**
 * Clicks a tab and times it to the first frame that shows the page's heading with nothing in the
 * main area still busy; then the longest task in the next second (charts drawn after a paint).
 */
export function timeTab(page, label, heading) {
	return page.evaluate(
		async ({ label, heading }) => {
			const link = [...document.querySelectorAll('nav[aria-label="Assessment"] a')].find(
				(a) => a.textContent?.trim() === label
			);
			if (!(link instanceof HTMLElement)) throw new Error(`no tab ${label}`);
			window.__longtasks.length = 0;
			const t0 = performance.now();
			link.click();
			const shown = () => {
				const main = document.querySelector('main');
				const h1s = [...(main?.querySelectorAll('h1') ?? [])].map((h) => h.textContent?.trim());
				return h1s.includes(heading) && !main?.querySelector('[aria-busy="true"]');
			};
			const renderMs = await new Promise((resolve, reject) => {
				const timeout = setTimeout(() => reject(new Error(`${label} never rendered`)), 20_000);
				const frame = () =>
					requestAnimationFrame(() => {
						if (!shown()) return frame();
						clearTimeout(timeout);
						resolve(performance.now() - t0);
					});
				frame();
			});
			await new Promise((r) => setTimeout(r, 1000));
			const tasks = window.__longtasks.filter((t) => t.start >= t0);
			return { renderMs, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)) };
		},
		{ label, heading }
	);
}

export async function measureTabs() {
	const { page, close } = await open();
	try {
		const { base } = await seed(page);
		await page.goto(base);
		await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
		// Warm: every tab visited once (its code loaded, the catalog and rows in memory).
		for (const [label, heading] of TABS) await timeTab(page, label, heading);
		const samples = new Map(TABS.map(([label]) => [label, []]));
		for (let round = 0; round < 3; round++)
			for (const [label, heading] of TABS)
				samples.get(label).push(await timeTab(page, label, heading));
		const tabs = TABS.map(([label]) => {
			const s = samples.get(label);
			return {
				label,
				renderMs: median(s.map((x) => x.renderMs)),
				longestTaskMs: median(s.map((x) => x.longestTaskMs))
			};
		});
		const worst = Math.max(...tabs.map((t) => t.renderMs));
		return {
			rows: [
				...tabs.map((t) => ({
					what: `large: ${t.label} tab render after click, warm (longest task ${ms(t.longestTaskMs)})`,
					value: ms(t.renderMs),
					target: '<= 100 ms',
					ok: t.renderMs <= 100
				})),
				{
					what: 'large: slowest tab render',
					value: ms(worst),
					target: '<= 100 ms',
					ok: worst <= 100
				}
			],
			tabs
		};
	} finally {
		await close();
	}
}
