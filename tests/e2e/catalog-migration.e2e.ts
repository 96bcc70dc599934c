/**
 * An assessment made with an older control catalog ends up with the same work whether it is
 * opened in place or imported from a backup, and no work is dropped (a retired control's state,
 * evidence and tasks stay). The app ships no older catalog yet, so the test plays the next
 * release: it serves the real build with one catalog migration added to the catalog chunk, the
 * way a release that renames, merges and retires controls would ship it.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForAppDatabase } from './fixtures';
import { ControlsPage } from './page-models/assessment-pages';

const FIXTURE = 'tests/fixtures/backups/old-catalog-2025.4.json';
const ID = '3f1c9a2e-7b6d-4e58-9a01-2c4d6e8f0a12';
const MIGRATION = {
	from: '2025.4',
	to: '2026.1',
	controls: {
		'ACC-01': 'IAM-01',
		'ACC-02': 'IAM-02',
		'ACC-03': 'IAM-02',
		'ACC-04': 'IAM-03',
		'OLD-07': null
	}
};

type Row = Record<string, unknown>;
interface Bundle {
	assessments: Array<{ assessment: Row } & Record<string, Row[]>>;
}

/**
 * Serves the build with the migration in the catalog; counts the chunks it changed. Collects
 * uncaught page errors too (these contexts are not the guarded default one).
 */
async function withMigration(context: BrowserContext, errors: string[]): Promise<() => number> {
	context.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
	let patched = 0;
	await context.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		const response = await route.fetch();
		if (!(await response.text()).includes('migrations:[]')) return route.fulfill({ response });
		patched++;
		const body = (await response.text()).replace(
			'migrations:[]',
			`migrations:[${JSON.stringify(MIGRATION)}]`
		);
		// The server sends gzip; the text here is decoded, so its encoding and length go too.
		const headers = { ...response.headers() };
		delete headers['content-encoding'];
		delete headers['content-length'];
		return route.fulfill({ status: response.status(), headers, body });
	});
	return () => patched;
}

/** Raw IndexedDB, outside the app: the reader the oracle trusts. */
async function readRows(page: Page, store: string): Promise<Row[]> {
	return page.evaluate(
		([name, id]) =>
			new Promise<Row[]>((resolve, reject) => {
				const open = indexedDB.open('soc2-readiness');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(name, 'readonly');
					const all = tx.objectStore(name).getAll();
					all.onsuccess = () => {
						db.close();
						resolve((all.result as Row[]).filter((r) => (r.assessmentId ?? r.id) === id));
					};
					all.onerror = () => reject(all.error);
				};
			}),
		[store, ID] as const
	);
}

/** Writes the backup's rows straight into the database, as an older app would have left them. */
async function seedInPlace(page: Page, bundle: Bundle): Promise<void> {
	const item = bundle.assessments[0]!;
	const { summary, progress, ...row } = item.assessment;
	const rows: Record<string, Row[]> = {
		assessments: [row],
		activity: [
			{ assessmentId: ID, editedAt: row.updatedAt, summary, progress, updatedAt: row.updatedAt }
		],
		controlStates: item.controls ?? [],
		evidence: item.evidence ?? [],
		tasks: item.tasks ?? []
	};
	await waitForAppDatabase(page);
	await page.evaluate(
		(tables) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('soc2-readiness');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(Object.keys(tables), 'readwrite');
					for (const [name, list] of Object.entries(tables))
						for (const r of list) tx.objectStore(name).put(r);
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		rows
	);
}

const byKey = (key: string) => (rows: Row[]) =>
	[...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));

async function work(page: Page) {
	return {
		controls: byKey('controlId')(await readRows(page, 'controlStates')),
		evidence: byKey('id')(await readRows(page, 'evidence')),
		tasks: byKey('id')(await readRows(page, 'tasks')),
		progress: (await readRows(page, 'activity'))[0]?.progress
	};
}

test('an old-catalog backup imports with the same work as opening it in place, none dropped', async ({
	browser
}) => {
	const bundle = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Bundle;
	const inPlace = await browser.newContext();
	const imported = await browser.newContext();
	const errors: string[] = [];
	const patchedA = await withMigration(inPlace, errors);
	const patchedB = await withMigration(imported, errors);

	// Opened in place: the rows were there before this release; opening migrates them.
	const a = await inPlace.newPage();
	await a.goto('/');
	await expect(a.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
	await seedInPlace(a, bundle);
	await a.goto(`/assessment/${ID}/controls`);
	await expect(a.getByRole('heading', { level: 1, name: 'Controls' })).toBeVisible();
	// Brought to the app's catalog (2026.3), past the release the migration above ends at.
	await expect
		.poll(async () => (await readRows(a, 'assessments'))[0]?.catalogVersion)
		.toBe('2026.3');

	// Imported from the backup on another device, after a preview that says what moves.
	const b = await imported.newPage();
	await b.goto('/settings');
	const chooser = b.waitForEvent('filechooser');
	await b.getByLabel('Import backup').click();
	await (await chooser).setFiles(FIXTURE);
	const note = b.getByTestId('catalog-changes');
	await expect(note).toContainText('Made with control catalog 2025.4');
	await expect(note).toContainText('Renamed: ACC-01 is now IAM-01.');
	await expect(note).toContainText(
		'Merged: ACC-02 and ACC-03 into IAM-02 (IAM-02 takes the state of ACC-03, the most recently edited; ACC-02 stays on record under its old id).'
	);
	await expect(note).toContainText(
		'Merged: ACC-04 into IAM-03 (IAM-03 keeps its own state; ACC-04 stays on record under its old id).'
	);
	await expect(note).toContainText('Retired: OLD-07. Its work is kept but no longer scored.');
	await b.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(b.getByText(/Imported old-catalog-2025\.4\.json: 1 added/)).toBeVisible();

	// Both ways give the same work.
	const there = await work(a);
	const here = await work(b);
	expect(here).toEqual(there);

	// And it is the work the rules promise, written out.
	const notes = Object.fromEntries(here.controls.map((c) => [c.controlId, c.notes]));
	expect(notes).toEqual({
		'ACC-02': 'Hardware keys for administrators.',
		'ACC-04': 'Retire the shared kiosk login.',
		'IAM-01': 'SSO through the identity provider since 2024.',
		'IAM-02': 'TOTP enforced for every staff account.',
		'IAM-03': 'Named accounts only; checked quarterly.',
		'OLD-07': 'Fax machine locked in the comms room.'
	});
	expect(here.evidence.map((e) => [e.id, e.controlId])).toEqual([
		['ev-acc-02', 'IAM-02'],
		['ev-old-07', 'OLD-07']
	]);
	expect(here.tasks.map((t) => [t.id, t.gapKey, t.controlIds])).toEqual([
		['task-acc-01', 'evidence:IAM-01', ['IAM-01']],
		['task-old-07', 'control:OLD-07', ['OLD-07']]
	]);
	expect(here.progress).toEqual({ scopeDone: true });

	// The renamed control shows its work on the checklist.
	await b.goto(`/assessment/${ID}/controls`);
	const controls = new ControlsPage(b);
	await expect(b.getByLabel('Status of IAM-01')).toHaveValue('implemented');
	const iam01 = await controls.expand('IAM-01');
	await expect(iam01.getByLabel('Notes')).toHaveValue(
		'SSO through the identity provider since 2024.'
	);

	// The patch reached the catalog chunk in each browser, so the test ran what it claims.
	expect(patchedA()).toBeGreaterThan(0);
	expect(patchedB()).toBeGreaterThan(0);
	expect(errors, 'uncaught errors in the page').toEqual([]);
	await inPlace.close();
	await imported.close();
});
