/**
 * Team sync between two devices (two browser contexts) through a CouchDB-compatible server on
 * 127.0.0.1 (express-pouchdb over memory, scripts/couch-server.mjs). The build names that server
 * (SYNC_ORIGIN, set by `npm run test:e2e`), so the Content-Security-Policy lets the app reach it
 * and nothing else. What the server holds is read from Node, never through the app.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { startCouch, type Couch, type StoredDoc } from '../../scripts/couch-server.mjs';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { AssessmentNav, ControlsPage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';
import { openDoc, opaqueId, sealDoc, teamKeyFromPassphrase } from '../../src/lib/sync/envelope';
import { decodeBase64Url } from '../../src/lib/sync/base64url';

const SYNC_ORIGIN = process.env.SYNC_ORIGIN ?? '';
const DB = 'zephyr-client';
const PASSPHRASE = 'correct horse battery staple 42';
const COMPANY = 'Zephyr Widgets <b>&</b>';

test.use({ allowedOrigins: SYNC_ORIGIN ? [SYNC_ORIGIN] : [] });

let couch: Couch;
let auth: string;

test.beforeAll(async ({ baseURL }) => {
	expect(SYNC_ORIGIN, 'run through `npm run test:e2e`, which builds with SYNC_ORIGIN').not.toBe('');
	couch = await startCouch({
		port: Number(new URL(SYNC_ORIGIN).port),
		origin: new URL(baseURL ?? '').origin
	});
	expect(couch.url).toBe(SYNC_ORIGIN);
	auth = `Basic ${Buffer.from(`${couch.user}:${couch.password}`).toString('base64')}`;
	const made = await fetch(`${couch.url}/${DB}`, {
		method: 'PUT',
		headers: { authorization: auth }
	});
	expect(made.status).toBe(201);
});

test.afterAll(async () => {
	await couch?.close();
});

/** The server's documents, read over HTTP as an admin would. */
async function serverDocs(): Promise<StoredDoc[]> {
	const res = await fetch(`${couch.url}/${DB}/_all_docs?include_docs=true`, {
		headers: { authorization: auth }
	});
	const body = (await res.json()) as { rows: { doc: StoredDoc }[] };
	return body.rows.map((r) => r.doc);
}

async function putDoc(doc: StoredDoc): Promise<void> {
	const res = await fetch(`${couch.url}/${DB}/${encodeURIComponent(doc._id)}`, {
		method: 'PUT',
		headers: { authorization: auth, 'content-type': 'application/json' },
		body: JSON.stringify(doc)
	});
	expect(res.status, await res.clone().text()).toBe(201);
}

/** The team key, derived as a device would: from the passphrase and the team document's salt. */
async function teamKey() {
	const team = (await serverDocs()).find((d) => d._id === 'team');
	const salt = decodeBase64Url(String(team?.salt));
	if (!salt) throw new Error('no team salt');
	return teamKeyFromPassphrase(PASSPHRASE, salt, Number(team?.iterations));
}

async function fillAccount(scope: Page | ReturnType<Page['getByRole']>, passphrase: string) {
	await scope.getByLabel('Database name').fill(DB);
	await scope.getByLabel('User name').fill(couch.user);
	await scope.getByLabel('Password', { exact: true }).fill(couch.password);
	await scope.getByLabel('Team passphrase', { exact: true }).fill(passphrase);
}

async function syncNow(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled();
}

/** Watches a second context as the fixture watches the first: no request to another origin. */
function guard(context: BrowserContext, appOrigin: string): string[] {
	const foreign: string[] = [];
	context.on('request', (r) => {
		const origin = new URL(r.url()).origin;
		if (origin !== appOrigin && origin !== SYNC_ORIGIN) foreign.push(r.url());
	});
	return foreign;
}

test('two devices edit offline and converge, same-field edits wait for review, the server sees no plaintext, bad server data is refused and a passphrase change re-keys', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	// Device A: creates the assessment and turns sync on as the first device.
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create(COMPANY, 'Ana');
	const nav = new AssessmentNav(page);
	await nav.open('Sync');
	await fillAccount(page, PASSPHRASE);
	await page.getByLabel("This device's name").fill("Ana's laptop");
	await page.getByLabel('This is the first device').check();
	await page.getByRole('button', { name: 'Turn on sync' }).click();
	await expect(page.getByTestId('sync-status')).toContainText('Synced', { timeout: 20_000 });
	await expect(page.getByTestId('sync-indicator')).toHaveText('Synced');

	// Device B: a wrong passphrase is refused and writes nothing; the right one joins.
	const contextB = await browser.newContext();
	const foreignB = guard(contextB, new URL(baseURL ?? '').origin);
	const pageB = await contextB.newPage();
	await new HomePage(pageB).goto();
	await pageB.getByRole('button', { name: 'Join a team assessment' }).click();
	const join = pageB.getByRole('dialog', { name: 'Join a team assessment' });
	await fillAccount(join, 'not the team passphrase at all');
	await join.getByLabel("This device's name").fill("Bo's tablet");
	await join.getByRole('button', { name: 'Join the team assessment' }).click();
	await expect(join.getByRole('alert')).toContainText(
		'Not joined, nothing was written: This passphrase or team code is not the one'
	);
	await join.getByLabel('Team passphrase', { exact: true }).fill(PASSPHRASE);
	await join.getByRole('button', { name: 'Join the team assessment' }).click();
	await pageB.waitForURL(`**/assessment/${id}`);
	await expect(pageB.getByTestId('company-name')).toHaveText(COMPANY);
	await expect(pageB.getByTestId('sync-indicator')).toHaveText('Synced');

	// Both go offline and edit: different fields of IAM-01, the same field of INC-01.
	const controlsA = new ControlsPage(page);
	const controlsB = new ControlsPage(pageB);
	await nav.open('Controls');
	await new AssessmentNav(pageB).open('Controls');
	await page.context().setOffline(true);
	await contextB.setOffline(true);

	let item = await controlsA.expand('IAM-01');
	await item.getByLabel('Owner').fill('Ana Owner');
	await expect(page.getByTestId('save-state')).toContainText('Saved');
	item = await controlsA.expand('INC-01');
	await item.getByLabel('Notes').fill('Tabletop drill booked for March');

	item = await controlsB.expand('IAM-01');
	await item.getByLabel('Notes').fill('Rotate keys quarterly');
	await expect(pageB.getByTestId('save-state')).toContainText('Saved');
	item = await controlsB.expand('INC-01');
	await item.getByLabel('Notes').fill('Runbook lives in the wiki');
	await expect(pageB.getByTestId('save-state')).toContainText('Saved');
	await expect(page.getByTestId('save-state')).toContainText('Saved');

	// A round after the edits finds no server: the changes wait, and the bar says so.
	await expect(page.getByTestId('sync-indicator')).toHaveText(/^Offline: \d+ waiting$/, {
		timeout: 15_000
	});
	await expect(pageB.getByTestId('sync-indicator')).toHaveText(/^Offline: \d+ waiting$/, {
		timeout: 15_000
	});

	// Back online: each syncs (A, B, then A again to receive what B sent).
	await page.context().setOffline(false);
	await contextB.setOffline(false);
	await nav.open('Sync');
	await new AssessmentNav(pageB).open('Sync');
	await syncNow(page);
	await syncNow(pageB);
	await syncNow(page);
	for (const p of [page, pageB]) {
		await expect(p.getByTestId('sync-status')).toContainText('Synced');
		await expect(p.getByTestId('sync-status')).toContainText('1 to review');
		const review = p.getByTestId('needs-review');
		await expect(review.getByRole('listitem')).toHaveCount(1);
		await expect(review).toContainText('Tabletop drill booked for March');
		await expect(review).toContainText('Runbook lives in the wiki');
		await expect(review).toContainText("Ana's laptop");
		await expect(review).toContainText("Bo's tablet");
	}
	await expectNoAxeViolations(page, 'Sync page with an item to review');

	// Different fields merged on both devices.
	for (const p of [page, pageB]) {
		await new AssessmentNav(p).open('Controls');
		const iam = await new ControlsPage(p).expand('IAM-01');
		await expect(iam.getByLabel('Owner')).toHaveValue('Ana Owner');
		await expect(iam.getByLabel('Notes')).toHaveValue('Rotate keys quarterly');
	}

	// The server holds ciphertext only: no company name, owner or note in any revision.
	const stored = JSON.stringify(await couch.dumpAll());
	expect(stored.length).toBeGreaterThan(1000);
	for (const plain of [
		'Zephyr',
		'Ana Owner',
		'Rotate keys',
		'Tabletop drill',
		'Runbook',
		'IAM-01',
		"Ana's laptop"
	])
		expect(stored, plain).not.toContain(plain);

	// Device A keeps B's value; after a round each, B has it too and nothing waits for review.
	await nav.open('Sync');
	const review = page.getByTestId('needs-review');
	await review.getByRole('button', { name: /Keep .*Runbook lives in the wiki/ }).click();
	await expect(review.getByRole('listitem')).toHaveCount(0);
	await new AssessmentNav(pageB).open('Sync');
	await syncNow(pageB);
	await expect(pageB.getByTestId('needs-review').getByRole('listitem')).toHaveCount(0);
	for (const p of [page, pageB]) {
		await new AssessmentNav(p).open('Controls');
		const inc = await new ControlsPage(p).expand('INC-01');
		await expect(inc.getByLabel('Notes')).toHaveValue('Runbook lives in the wiki');
	}

	// Bad input from the server. The documents, opened with the team key as a device would.
	const key = await teamKey();
	const docs = (await serverDocs()).filter((d) => d._id !== 'team');
	const opened = await Promise.all(
		docs.map(async (d) => ({ doc: d, payload: (await openDoc(key, d._id, d)) as Payload }))
	);
	const control = opened.find((o) => o.payload.record?.ownerName === 'Ana Owner');
	expect(control, 'IAM-01 on the server').toBeDefined();

	// A tampered ciphertext: refused with a clear status, nothing applied, nothing lost.
	await nav.open('Sync');
	const { doc: good } = control!;
	const ct = String(good.ct);
	const flipped = ct.slice(0, 20) + (ct[20] === 'A' ? 'B' : 'A') + ct.slice(21);
	await putDoc({ ...good, ct: flipped });
	await syncNow(page);
	await expect(page.getByTestId('sync-status')).toContainText('Sync error');
	await expect(page.getByTestId('sync-message')).toContainText(
		'failed its integrity check; nothing from it was applied'
	);

	// The server repairs the document, then replays an older revision of it (before A set the
	// owner): authentic, but older than what the devices have seen. A keeps the newer values.
	let current = (await serverDocs()).find((d) => d._id === good._id)!;
	await putDoc({ _id: good._id, _rev: current._rev, v: good.v, iv: good.iv, ct: good.ct });
	const ancestors = (await couch.dumpAll()).filter((e) => !e.leaf && e.doc._id === good._id);
	let replay: StoredDoc | undefined;
	for (const e of ancestors) {
		// The tampered revision is among them, and opens to nothing.
		const p = (await openDoc(key, e.doc._id, e.doc).catch(() => null)) as Payload | null;
		if (p?.record && p.record.ownerName !== 'Ana Owner') replay = e.doc;
	}
	expect(replay, 'an older revision of IAM-01 on the server').toBeDefined();
	current = (await serverDocs()).find((d) => d._id === good._id)!;
	await putDoc({ _id: good._id, _rev: current._rev, v: replay!.v, iv: replay!.iv, ct: replay!.ct });
	await syncNow(page);
	await expect(page.getByTestId('sync-status')).toContainText('Synced');
	current = (await serverDocs()).find((d) => d._id === good._id)!;
	expect(((await openDoc(key, current._id, current)) as Payload).record?.ownerName).toBe(
		'Ana Owner'
	);
	await nav.open('Controls');
	const iam = await controlsA.expand('IAM-01');
	await expect(iam.getByLabel('Owner')).toHaveValue('Ana Owner');
	await expect(iam.getByLabel('Notes')).toHaveValue('Rotate keys quarterly');

	// A record from a newer app version: device B applies nothing of it and says to update.
	const assessmentDoc = await opaqueId(key, 'assessments', id);
	const latest = (await serverDocs()).find((d) => d._id === assessmentDoc)!;
	const newer = (await openDoc(key, latest._id, latest)) as Payload;
	newer.schemaVersion += 1;
	newer.record = { ...newer.record, companyName: 'Renamed by a newer app' };
	await putDoc({ _id: latest._id, _rev: latest._rev, ...(await sealDoc(key, latest._id, newer)) });
	await new AssessmentNav(pageB).open('Sync');
	await syncNow(pageB);
	await expect(pageB.getByTestId('sync-status')).toContainText('Update the app');
	await expect(pageB.getByTestId('sync-message')).toContainText('update the app to keep syncing');
	await expect(pageB.getByTestId('company-name')).toHaveText(COMPANY);

	// The newer record is withdrawn (the current one put back on top), and B syncs again.
	const withdrawn = (await serverDocs()).find((d) => d._id === assessmentDoc)!;
	await putDoc({
		_id: withdrawn._id,
		_rev: withdrawn._rev,
		v: latest.v,
		iv: latest.iv,
		ct: latest.ct
	});
	await syncNow(pageB);
	await expect(pageB.getByTestId('sync-status')).toContainText('Synced');

	// A changes the team passphrase: everything is sealed anew, under new ids.
	const NEW_PASSPHRASE = 'a brand new team passphrase 2027';
	const fingerprintBefore = (await serverDocs()).find((d) => d._id === 'team')?.fingerprint;
	await nav.open('Sync');
	const keyBox = page.getByTestId('team-key');
	await keyBox.getByLabel('New team passphrase').fill(NEW_PASSPHRASE);
	await keyBox.getByLabel('The new passphrase again').fill(NEW_PASSPHRASE);
	await keyBox.getByRole('button', { name: 'Change the passphrase' }).click();
	await expect(keyBox.getByRole('status')).toContainText('Passphrase changed', { timeout: 20_000 });
	await expect(page.getByTestId('sync-status')).toContainText('Synced');
	const rekeyed = await serverDocs();
	expect(rekeyed.find((d) => d._id === 'team')?.fingerprint).not.toBe(fingerprintBefore);
	const newKey = await teamKeyFromPassphrase(
		NEW_PASSPHRASE,
		decodeBase64Url(String(rekeyed.find((d) => d._id === 'team')?.salt))!,
		Number(rekeyed.find((d) => d._id === 'team')?.iterations)
	);
	const live = rekeyed.filter((d) => d._id !== 'team');
	expect(live.length).toBe(docs.length);
	for (const d of live) await openDoc(newKey, d._id, d);
	expect(live.map((d) => d._id)).not.toContain(docs[0]?._id);

	// B, still on the old key, stops and says why; with the new passphrase it syncs again and
	// its edit made meanwhile reaches A.
	await new AssessmentNav(pageB).open('Controls');
	item = await controlsB.expand('IAM-01');
	await item.getByLabel('Owner').fill('Bo Owner');
	await expect(pageB.getByTestId('save-state')).toContainText('Saved');
	await new AssessmentNav(pageB).open('Sync');
	await syncNow(pageB);
	await expect(pageB.getByTestId('sync-status')).toContainText('Wrong team key');
	await expect(pageB.getByTestId('sync-message')).toContainText(
		'The team passphrase was changed on another device'
	);
	await expectNoAxeViolations(pageB, 'Sync page asking for the new team key');
	const newKeyBox = pageB.getByTestId('team-key');
	await newKeyBox.getByLabel('New team passphrase').fill(PASSPHRASE);
	await newKeyBox.getByRole('button', { name: 'Use the new key' }).click();
	await expect(newKeyBox.getByRole('alert')).toContainText('Nothing was changed: This passphrase');
	await newKeyBox.getByLabel('New team passphrase').fill(NEW_PASSPHRASE);
	await newKeyBox.getByRole('button', { name: 'Use the new key' }).click();
	await expect(pageB.getByTestId('sync-status')).toContainText('Synced', { timeout: 20_000 });
	// A follows the server's changes feed: no "Sync now" needed to see B's edit.
	await nav.open('Controls');
	await expect((await controlsA.expand('IAM-01')).getByLabel('Owner')).toHaveValue('Bo Owner', {
		timeout: 15_000
	});
	const after = JSON.stringify(await couch.dumpAll());
	for (const plain of ['Zephyr', 'Bo Owner', 'Rotate keys']) expect(after).not.toContain(plain);

	expect(foreignB, 'requests to another origin from device B').toEqual([]);
	await contextB.close();
});

interface Payload {
	table: string;
	schemaVersion: number;
	record: Record<string, unknown> | null;
}
