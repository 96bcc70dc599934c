// PDF report figures: time from "Export PDF report" to the download, and file size, for the full
// gap report of a 150-control assessment with 20 vendors and for the investor summary, in
// Chromium against the production build. The assessment is made through the UI; its rows are
// written to IndexedDB in the page (the control ids come from the app's own Controls CSV).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';

const PORT = 4197;
const RUNS = 3;
const SCORED = 150;
const NOW = '2027-01-10T09:00:00.000Z';
const TARGET = { fullMs: 3000, fullBytes: 1.5 * 1024 * 1024, investorMs: 1000 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const ms = (n) => `${Math.round(n)} ms`;

export function vendor(i, assessmentId) {
	return {
		id: `bench-vendor-${i}`,
		assessmentId,
		name: `Vendor ${i} — Łódź Café Ünal GmbH`,
		service: ['Cloud hosting', 'Email', 'Payroll', 'Monitoring', 'CRM'][i % 5],
		ownerName: 'Zoë Kowalczyk',
		dataAccess: ['none', 'internal', 'confidential', 'customer_personal'][i % 4],
		systemAccess: ['none', 'read', 'write', 'admin'][i % 4],
		dependency: ['low', 'medium', 'high'][i % 3],
		tierOverride: null,
		tierOverrideReason: '',
		contractStart: '2025-01-01',
		renewalDate: '2027-12-31',
		lastReviewedAt: i % 3 === 0 ? null : '2026-06-01',
		assurance: {
			questionnaireReceived: i % 2 ? '2026-05-01' : null,
			soc2: null,
			iso27001Expiry: i % 4 === 0 ? '2027-09-30' : null,
			pentestSummaryDate: null
		},
		safeguards: {
			securityRequirements: i % 2 === 0,
			breachNotificationHours: i % 2 === 0 ? 48 : null,
			rightToAudit: false,
			serviceLevels: true,
			dataProcessingAgreement: i % 3 === 0,
			dataReturnDeletion: false,
			subprocessorNotice: false
		},
		notes: 'Reviewed with the team; contract in the shared drive.',
		createdAt: NOW,
		updatedAt: NOW
	};
}

function rows(assessmentId, controlIds) {
	const statuses = ['implemented', 'in_progress', 'planned', 'not_started', 'implemented'];
	const controlStates = controlIds.map((controlId, i) => ({
		assessmentId,
		controlId,
		status: i < SCORED ? statuses[i % statuses.length] : 'not_applicable',
		ownerName: i % 2 ? 'Zoë Kowalczyk' : '',
		ownerDepartment: null,
		notes:
			i % 7 === 0 ? 'Tracked in the quarterly review; see the wiki page for the procedure.' : '',
		dueDate: i % 4 === 0 ? '2027-05-31' : null,
		lastPerformed: i % 2 ? '2026-12-20' : null,
		naRationale: i < SCORED ? '' : 'Left out to keep the benchmark at 150 scored controls.',
		updatedAt: NOW
	}));
	const evidence = controlIds
		.filter((_, i) => i % 2 === 0)
		.map((controlId, i) => ({
			id: `bench-ev-${i}`,
			assessmentId,
			controlId,
			title: `Evidence export ${i}`,
			location: `https://drive.example.com/soc2/evidence/${i}`,
			collectedAt: '2026-12-01',
			reportType: 'both',
			createdAt: NOW,
			updatedAt: NOW
		}));
	const vendors = Array.from({ length: 20 }, (_, i) => vendor(i, assessmentId));
	return { controlStates, evidence, vendors };
}

export async function writeRows(page, tables, assessmentPatch) {
	await page.evaluate(
		async ({ tables, assessmentPatch }) => {
			const db = await new Promise((resolve, reject) => {
				const req = indexedDB.open('soc2-readiness');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			const names = [...Object.keys(tables), ...(assessmentPatch ? ['assessments'] : [])];
			await new Promise((resolve, reject) => {
				const tx = db.transaction(names, 'readwrite');
				for (const [t, list] of Object.entries(tables))
					for (const row of list) tx.objectStore(t).put(row);
				if (assessmentPatch) {
					const store = tx.objectStore('assessments');
					const get = store.get(assessmentPatch.id);
					get.onsuccess = () => store.put({ ...get.result, ...assessmentPatch });
				}
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ tables, assessmentPatch }
	);
	await page.reload();
	await page.getByTestId('report-overall').waitFor();
}

export async function exportPdf(page, variant) {
	await page.getByRole('radio', { name: new RegExp(`^${variant}`) }).check();
	const t0 = Date.now();
	const download = page.waitForEvent('download', { timeout: 120_000 });
	await page.getByRole('button', { name: 'Export PDF report' }).click();
	const file = await download;
	const elapsed = Date.now() - t0;
	const bytes = readFileSync(await file.path()).length;
	await page.getByTestId('pdf-saved').waitFor();
	const pages = Number(/(\d+) pages/.exec(await page.getByTestId('pdf-saved').textContent())?.[1]);
	return { ms: elapsed, bytes, pages };
}

export async function measureReport() {
	const server = await serve({ port: PORT });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
		await page.goto(`http://localhost:${PORT}/`);
		await page.getByRole('button', { name: 'New assessment' }).first().click();
		const dialog = page.getByRole('dialog', { name: 'New assessment' });
		await dialog.getByLabel('Company name').fill('Zoë Łukasiewicz — Café Ünal');
		await dialog.getByLabel('Assessor').fill('Bench');
		await dialog.getByRole('button', { name: 'Create' }).click();
		await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
		const id = page.url().split('/').pop();
		await page.goto(`${page.url()}/report`);
		await page.getByTestId('report-overall').waitFor();
		// Every category in scope; controls past the 150th are marked not applicable, so 150 are scored.
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
		await writeRows(page, rows(id, ids));

		const cold = await exportPdf(page, 'Full gap report');
		const full = [];
		const investor = [];
		for (let i = 0; i < RUNS; i++) {
			full.push(await exportPdf(page, 'Full gap report'));
			investor.push(await exportPdf(page, 'Investor summary'));
		}
		const fullMs = median(full.map((r) => r.ms));
		const fullBytes = Math.max(...full.map((r) => r.bytes));
		const investorMs = median(investor.map((r) => r.ms));
		const rowsOut = [
			{
				what: 'report: controls scored / vendors',
				value: `${Math.min(SCORED, ids.length)} / 20`
			},
			{
				what: `full gap report, median of ${RUNS} (${full[0].pages} pages)`,
				value: ms(fullMs),
				target: `<= ${ms(TARGET.fullMs)}`,
				ok: fullMs <= TARGET.fullMs
			},
			{
				what: 'full gap report size',
				value: mb(fullBytes),
				target: `<= ${mb(TARGET.fullBytes)}`,
				ok: fullBytes <= TARGET.fullBytes
			},
			{ what: 'full gap report, first export (loads jsPDF and font)', value: ms(cold.ms) },
			{
				what: `investor summary, median of ${RUNS} (${investor[0].pages} pages)`,
				value: ms(investorMs),
				target: `<= ${ms(TARGET.investorMs)}`,
				ok: investorMs <= TARGET.investorMs
			},
			{ what: 'investor summary size', value: mb(Math.max(...investor.map((r) => r.bytes))) }
		];
		return {
			rows: rowsOut,
			controls: Math.min(SCORED, ids.length),
			vendors: 20,
			cold,
			full,
			investor
		};
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
}

// `node bench/report.mjs` runs this section on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
	const { rows: out } = await measureReport();
	for (const r of out)
		console.log(
			`${r.what.padEnd(56)} ${r.value.padStart(10)}  ${r.target ?? ''} ${r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED'}`
		);
}
