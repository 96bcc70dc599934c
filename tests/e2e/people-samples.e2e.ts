/**
 * Type II samples of the people processes: a roster seeded with the raw IndexedDB API (the roster
 * import is not what is tested here), the populations and sizes the tab shows checked against
 * counts and table sizes written out by hand, a draw from seed "TEST-SEED" checked against an
 * independent re-implementation of the documented draw (FNV-1a, mulberry32, partial
 * Fisher–Yates), the same names after a reload, other names from another seed, Undo, delete,
 * and the evidence request list read back with papaparse and the test's own XLSX reader.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { readXlsx } from '../../src/lib/testing/xlsx-read';
import { expectNoAxeViolations } from './axe';
import { expect, test, waitForAppDatabase } from './fixtures';
import { AssessmentNav } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';
import { PeopleSamplesPage, type SampleProcess } from './page-models/people-samples-page';

const TODAY = new Date('2027-03-31T10:00:00.000Z');
const NOW = TODAY.toISOString();

// ---- the roster, written out: a new assessment's window is the 6 months to 2027-03-31 ----

const day = (from: string, n: number) =>
	new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface Row {
	id: string;
	name: string;
	startDate: string;
	endDate: string | null;
	inScope: boolean;
}
const hires: Row[] = Array.from({ length: 30 }, (_, i) => ({
	id: `hire-${String(i).padStart(2, '0')}`,
	name: `Hire ${String(i).padStart(2, '0')} Ångström`,
	startDate: day('2026-10-01', i * 5),
	endDate: null,
	inScope: true
}));
const leavers: Row[] = Array.from({ length: 4 }, (_, i) => ({
	id: `leaver-${i}`,
	name: `Leaver ${i}`,
	startDate: '2024-02-01',
	endDate: day('2026-11-15', i * 20),
	inScope: true
}));
const others: Row[] = [
	{
		id: 'out-of-scope',
		name: 'Out Of Scope',
		startDate: '2026-12-01',
		endDate: null,
		inScope: false
	},
	{ id: 'veteran', name: 'Long Timer', startDate: '2020-01-06', endDate: null, inScope: true }
];
type Kind = 'security_training' | 'access_granted' | 'access_removed';
const checks: Array<{ personId: string; kind: Kind; date: string | null }> = [
	...hires.slice(0, 8).map((h) => ({
		personId: h.id,
		kind: 'security_training' as const,
		date: day(h.startDate, 10)
	})),
	...hires
		.slice(0, 15)
		.map((h) => ({ personId: h.id, kind: 'access_granted' as const, date: h.startDate })),
	...leavers.map((l) => ({ personId: l.id, kind: 'access_removed' as const, date: l.endDate })),
	// Outside the window, undated, or out of scope: in no population.
	{ personId: 'veteran', kind: 'security_training', date: '2026-05-01' },
	{ personId: 'veteran', kind: 'security_training', date: null },
	{ personId: 'out-of-scope', kind: 'access_granted', date: '2026-12-01' }
];

/** Population keys per process, as the module comment of sampling.ts documents them. */
const POPULATION_KEYS: Record<string, string[]> = {
	hires: hires.map((h) => h.id),
	leavers: leavers.map((l) => l.id),
	training_completions: checks
		.filter((c) => c.kind === 'security_training' && c.personId.startsWith('hire'))
		.map((c) => `${c.personId}|${c.kind}|${c.date}`),
	access_changes: checks
		.filter((c) => c.kind !== 'security_training' && c.personId !== 'out-of-scope')
		.map((c) => `${c.personId}|${c.kind}|${c.date}`)
};
/** Sizes from the table in sample-size.ts, by hand: 30 → 5 (13–52), 4 → 2, 8 → 2, 19 → 5. */
const EXPECTED: Array<[SampleProcess, string, number, number]> = [
	['Hires', 'hires', 30, 5],
	['Leavers', 'leavers', 4, 2],
	['Security training completions', 'training_completions', 8, 2],
	['Access changes', 'access_changes', 19, 5]
];

// ---- the oracle: the documented draw, re-implemented here without the app's code ----

function fnv(text: string): number {
	let h = 2166136261;
	for (const b of Buffer.from(text, 'utf8')) h = Math.imul(h ^ b, 16777619) >>> 0;
	return h;
}
function mulberry(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}
function expectedKeys(seed: string, process: string, size: number): string[] {
	const pool = [...(POPULATION_KEYS[process] ?? [])].sort();
	const next = mulberry(fnv(`${seed}\u0000${process}`));
	for (let i = 0; i < size; i++) {
		const j = i + Math.floor(next() * (pool.length - i));
		[pool[i], pool[j]] = [pool[j]!, pool[i]!];
	}
	return pool.slice(0, size);
}
const nameOf = new Map([...hires, ...leavers, ...others].map((p) => [p.id, p.name]));
const expectedNames = (seed: string, process: string, size: number) =>
	expectedKeys(seed, process, size)
		.map((k) => nameOf.get(k.split('|')[0]!)!)
		.sort();

/** The stored samples, read with the raw IndexedDB API. */
async function storedSamples(page: import('@playwright/test').Page) {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const rows = await new Promise<
			Array<{ id: string; process: string; items: Array<{ personId: string }> }>
		>((resolve, reject) => {
			const req = db.transaction('peopleSamples').objectStore('peopleSamples').getAll();
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		db.close();
		return rows;
	});
}

async function seedRoster(page: import('@playwright/test').Page, assessmentId: string) {
	const people = [...hires, ...leavers, ...others].map((p) => ({
		...p,
		assessmentId,
		email: null,
		role: 'Engineer',
		department: 'Engineering',
		manager: 'Manager',
		employmentType: 'employee',
		companyDevice: true,
		createdAt: NOW,
		updatedAt: NOW
	}));
	const rows = checks.map((c, i) => ({
		...c,
		id: `check-${i}`,
		assessmentId,
		note: '',
		updatedAt: NOW
	}));
	await page.evaluate(
		async ({ people, rows }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open('soc2-readiness');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			const tx = db.transaction(['people', 'personChecks'], 'readwrite');
			for (const p of people) tx.objectStore('people').put(p);
			for (const c of rows) tx.objectStore('personChecks').put(c);
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ people, rows }
	);
}

test('Type II samples: populations, a reproducible draw from a seed, and the request list as CSV and XLSX', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	await page.clock.setFixedTime(TODAY);
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Samples Co');
	await new AssessmentNav(page).open('People');
	const tab = new PeopleSamplesPage(page);
	await tab.openTab();

	// No roster yet: the tab says so and leads to the roster.
	await expect(page.getByRole('heading', { name: 'No one is on the roster yet' })).toBeVisible();
	await page.getByRole('button', { name: 'Go to the roster' }).click();
	await expect(page.getByRole('tab', { name: 'Roster and checks' })).toHaveAttribute(
		'aria-selected',
		'true'
	);

	await waitForAppDatabase(page);
	await seedRoster(page, id);
	await page.reload();
	await tab.openTab();

	// The trailing 6-month window, and each population with its size from the table.
	await expect(tab.start).toHaveValue('2026-09-30');
	await expect(tab.end).toHaveValue('2027-03-31');
	for (const [label, , n, size] of EXPECTED)
		expect(await tab.sizes(label), label).toEqual([n, size]);
	await expect(tab.population('Hires')).toContainText(
		'30 hires in the window: 5, the size for a population of 13–52.'
	);
	await expect(tab.population('Leavers')).toContainText('IAM-05');
	await expect(page.getByText('Your auditor decides the final sample')).toBeVisible();

	await expectNoAxeViolations(page, 'populations, desktop, light');

	// Draw from TEST-SEED: the seed beside every sample, the names the documented draw gives.
	await tab.seed.fill('TEST-SEED');
	await tab.draw();
	for (const [label, process, , size] of EXPECTED) {
		await expect(tab.sample(label).getByTestId('sample-seed')).toHaveText('TEST-SEED');
		await expect(tab.sample(label)).toContainText(`${size} of`);
		expect((await tab.names(label)).sort(), label).toEqual(
			expectedNames('TEST-SEED', process, size)
		);
	}
	const first = Object.fromEntries(
		await Promise.all(EXPECTED.map(async ([l]) => [l, await tab.names(l)] as const))
	);

	// After a reload the tab comes back with the seed; drawing again gives the same names.
	await page.reload();
	await expect(tab.seed).toHaveValue('TEST-SEED');
	const before = await storedSamples(page);
	await tab.draw();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	// The new draw replaced the old one (new rows, no more of them) and picked the same people.
	const after = await storedSamples(page);
	expect(after).toHaveLength(4);
	expect(after.map((s) => s.id).filter((x) => before.some((b) => b.id === x))).toEqual([]);
	for (const [label, process] of EXPECTED) {
		const stored = after.find((s) => s.process === process);
		expect(stored?.items.map((i) => nameOf.get(i.personId)).sort(), label).toEqual(
			[...(first[label] ?? [])].sort()
		);
		await expect.poll(() => tab.names(label), label).toEqual(first[label]);
	}

	// Another seed, another selection; Undo brings the TEST-SEED samples back.
	await tab.seed.fill('OTHER-SEED');
	await tab.draw();
	await expect(tab.sample('Hires').getByTestId('sample-seed')).toHaveText('OTHER-SEED');
	expect((await tab.names('Hires')).sort()).toEqual(expectedNames('OTHER-SEED', 'hires', 5));
	expect(await tab.names('Hires')).not.toEqual(first['Hires']);
	await page.getByRole('button', { name: 'Undo' }).last().click();
	await expect(tab.sample('Hires').getByTestId('sample-seed')).toHaveText('TEST-SEED');
	await expect.poll(() => tab.names('Hires')).toEqual(first['Hires']);

	// A window with nothing in it, and one ending after today.
	await tab.start.fill('2019-01-01');
	await tab.end.fill('2019-06-30');
	await expect(
		page.getByText(/No hires, leavers, training completions or access changes fall/)
	).toBeVisible();
	await tab.end.fill('2020-01-01');
	await tab.start.fill('2026-10-01');
	await expect(page.getByText('The window must start before it ends.')).toBeVisible();
	await tab.end.fill('2027-06-30');
	await expect(page.getByText(/populations are incomplete/)).toBeVisible();
	await page.getByRole('button', { name: 'Last 6 months' }).click();
	await expect(tab.end).toHaveValue('2027-03-31');
	await tab.seed.fill('TEST-SEED');

	// The evidence request list: one row per sampled item, read back by other code.
	const total = EXPECTED.reduce((n, [, , , size]) => n + size, 0);
	const csvFile = await tab.download('Sample requests (CSV)');
	expect(csvFile.suggestedFilename()).toBe('samples-co-type2-people-samples-2027-03-31.csv');
	const csvPath = testInfo.outputPath('samples.csv');
	await csvFile.saveAs(csvPath);
	const csv = Papa.parse<Record<string, string>>(
		readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''),
		{
			header: true,
			skipEmptyLines: true
		}
	);
	expect(csv.errors).toEqual([]);
	expect(csv.data).toHaveLength(total);
	for (const [label, , , size] of EXPECTED)
		expect(
			csv.data.filter((r) => r.Process === label),
			label
		).toHaveLength(size);
	const hireRow = csv.data.find((r) => r.Process === 'Hires');
	expect(hireRow?.Controls).toBe('HR-02, HR-07, HR-04, HR-01, END-01, IAM-02, IAM-04');
	expect(hireRow?.['Evidence to provide']).toContain(
		'Background check completion record dated on or before the start date'
	);
	expect(hireRow?.Sample).toBe(
		'Seed TEST-SEED; window 2026-09-30 to 2027-03-31; 5 of 30 drawn 2027-03-31'
	);
	expect(csv.data.filter((r) => r.Process === 'Hires').map((r) => r.Person)).toEqual(
		first['Hires']
	);

	const xlsxFile = await tab.download('Sample requests (XLSX)');
	const xlsxPath = testInfo.outputPath('samples.xlsx');
	await xlsxFile.saveAs(xlsxPath);
	const [about, items] = readXlsx(new Uint8Array(readFileSync(xlsxPath)));
	expect(about?.name).toBe('About these samples');
	expect(about?.rows.map((r) => r.join(' ')).join(' ')).toContain(
		'auditor decides the final sample'
	);
	expect(items?.name).toBe('Sample requests');
	expect(items?.rows[0]?.slice(0, 3)).toEqual(['Process', 'Controls', 'Person']);
	expect(items?.rows.slice(1)).toHaveLength(total);
	expect(items?.rows.slice(1).map((r) => r[2])).toEqual(csv.data.map((r) => r.Person));

	// Phone width, dark: nothing an accessibility checker objects to.
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.setViewportSize({ width: 390, height: 800 });
	await expectNoAxeViolations(page, 'samples, phone, dark');
	await page.emulateMedia({ colorScheme: 'light' });
	await page.setViewportSize({ width: 1280, height: 800 });
	// Delete asks first and can be undone.
	page.once('dialog', (d) => void d.accept());
	await tab.sample('Leavers').getByRole('button', { name: 'Delete the leavers sample' }).click();
	await expect(tab.sample('Leavers')).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).last().click();
	await expect.poll(() => tab.names('Leavers')).toEqual(first['Leavers']);

	// The Evidence page lists the sampled items beside the control requests.
	await new AssessmentNav(page).open('Evidence');
	const listed = page.getByRole('table', { name: 'Evidence for the people samples' });
	await expect(listed.getByRole('row')).toHaveCount(total + 1);
	for (const name of first['Hires'] ?? []) await expect(listed).toContainText(name);
});
